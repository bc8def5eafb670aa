import type { AttentionPoint } from '../types';
import { rubric, t } from '../text';

export const intPalet: AttentionPoint = {
  id: 'int-palet',
  ref: '1.6',
  title: t('Een breed palet aan interventies', 'A broad range of interventions'),
  summary: t(
    'Professionals zoeken creatief, ook buiten de gebaande paden, naar interventies die aansluiten bij problemen op de leefgebieden. Eerst gaat het om contact, informatie en vertrouwen; later meer om wonen, schulden en andere leefgebieden, wat vaak concrete resultaten geeft. Zulke praktische steun kan zorgen voor een cognitieve opening: iemand gaat openstaan voor contact en voor andere ideeën. Daarnaast wordt geprobeerd zicht te krijgen op iemands ideologie en alternatieve interpretaties aan te bieden, bijvoorbeeld via een theoloog of een gemeentelijke professional met kennis van die ideologie.',
    'Professionals look creatively, also off the beaten track, for interventions that address problems in the life domains. First the focus is on contact, information and trust; later more on housing, debts and other domains, which often brings concrete results. Such practical support can create a cognitive opening: the person becomes open to contact and to other ideas. Partners also try to understand someone’s ideology and offer alternative readings of it, for example through a theologian or a municipal professional who knows that ideology.',
  ),
  rubric: rubric(
    t(
      'Er is nauwelijks een aanbod van interventies buiten het veiligheidsdomein.',
      'There is hardly any range of interventions outside the security domain.',
    ),
    t(
      'Interventies worden per casus bedacht, afhankelijk van het netwerk van individuele professionals.',
      'Interventions are devised case by case, depending on individual professionals’ networks.',
    ),
    t(
      'Partners weten van elkaar welke interventies mogelijk zijn, maar er is geen overzicht en de inzet van duidingsexperts is niet geregeld.',
      'Partners know from each other which interventions are possible, but there is no overview and the use of experts on ideology is not arranged.',
    ),
    t(
      'Er is een bijgehouden overzicht van interventies op de leefgebieden en van duidingsexperts (zoals theologen), met afspraken over hoe ze worden ingezet.',
      'There is a maintained overview of interventions in the life domains and of experts on ideology (such as theologians), with agreements on how they are deployed.',
    ),
    t(
      'Het interventieaanbod wordt periodiek geëvalueerd op wat werkt, ook om een cognitieve opening te bereiken, en aangevuld.',
      'The range of interventions is evaluated at set intervals on what works, including for reaching a cognitive opening, and extended.',
    ),
  ),
  questions: [
    {
      id: 'int-palet-breed',
      origin: 'derived',
      text: t(
        'Kunnen de partners een breed palet aan interventies inzetten, van praktische hulp op de leefgebieden tot gesprekken over ideologie met een theoloog of andere duidingsexpert?',
        'Can the partners draw on a broad range of interventions, from practical help in the life domains to conversations about ideology with a theologian or another expert?',
      ),
    },
    {
      id: 'int-cognitieve-opening',
      origin: 'derived',
      text: t(
        'Zetten de partners praktische ondersteuning bewust in om contact en een cognitieve opening te bereiken?',
        'Do the partners use practical support deliberately to build contact and reach a cognitive opening?',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'int-palet-overzicht',
      title: t('Overzicht van interventies en experts', 'An overview of interventions and experts'),
      description: t(
        'Houd een overzicht bij van beschikbare interventies op de leefgebieden en van duidingsexperts, met contactpersoon en hoe ze in te zetten zijn.',
        'Keep an overview of available interventions in the life domains and of experts on ideology, with a contact person and how to engage them.',
      ),
    },
  ],
};
