import type { AttentionPoint } from '../types';
import { rubric, t } from '../text';

export const duiDoorpakken: AttentionPoint = {
  id: 'dui-doorpakken',
  ref: '1.3',
  title: t('Handelen zonder volledig beeld', 'Acting without the full picture'),
  summary: t(
    'Sommige professionals willen eerst een volledig beeld van de betrokkene, bijvoorbeeld een gesprek over diens ideologie, voordat er gericht interventies worden ingezet. Anderen willen aan de slag met wat wel bekend is. Duiden als doorlopend proces kan zo ook remmen: als partners niet samen durven te zeggen “dit weten we, hierop zetten we interventies in, en daarna kijken we opnieuw”.',
    'Some professionals want a full picture of the person, such as a conversation about their ideology, before targeted interventions start. Others want to act on what is known. Ongoing interpretation can then hold things back: when partners do not dare to say together “this is what we know, these are the interventions we will start, and then we look again”.',
  ),
  rubric: rubric(
    t(
      'Interventies wachten tot iedereen een volledig beeld heeft; daar is geen afspraak over.',
      'Interventions wait until everyone has the full picture; there is no agreement about this.',
    ),
    t(
      'Of er wordt doorgepakt, hangt af van wie aan tafel zit.',
      'Whether action is taken depends on who is at the table.',
    ),
    t(
      'Partners hebben afgesproken op basis van wat bekend is te handelen en daarna opnieuw te kijken, maar passen dat wisselend toe.',
      'Partners have agreed to act on what is known and then look again, but apply this unevenly.',
    ),
    t(
      'Het is vastgelegd dat interventies worden gekozen op basis van wat bekend is, met een afgesproken moment om opnieuw te duiden; zo werkt men in elke casus.',
      'It is written down that interventions are chosen on what is known, with an agreed moment to reassess; this is how every case is handled.',
    ),
    t(
      'Partners evalueren periodiek of zij niet te lang wachten of te snel handelen, en stellen de afspraak bij.',
      'Partners evaluate at set intervals whether they wait too long or act too fast, and adjust the agreement.',
    ),
  ),
  questions: [
    {
      id: 'dui-onvolledig-beeld',
      origin: 'report',
      reportQuestion: 9,
      text: t(
        'Zijn er afspraken over de inzet van interventies als professionals het gevoel hebben nog geen volledig beeld van de betrokkene te hebben?',
        'Are there agreements on starting interventions when professionals feel they do not yet have a full picture of the person?',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'dui-doorpakken-werkwijze',
      title: t('Werkwijze “handelen op wat we weten”', 'A “act on what we know” way of working'),
      description: t(
        'Spreek af dat het casusoverleg benoemt wat wel bekend is, op basis daarvan interventies kiest en een datum zet om opnieuw te duiden.',
        'Agree that the case meeting names what is known, chooses interventions on that basis and sets a date to reassess.',
      ),
    },
  ],
};
