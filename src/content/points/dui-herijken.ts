import type { AttentionPoint } from '../types';
import { ladder, t } from '../text';
import { INFORMATION_QUESTIONS } from './dui-informatie';

const NOT_SYSTEMATIC = t(
  '§1.3: tussentijds duiden gebeurt niet systematisch en vaak impliciet, zonder duidelijke conclusies.',
  '§1.3: re-interpreting a case along the way is not systematic and often implicit, without clear conclusions.',
);
const CRITERIA = t(
  '§1.3: het rapport vraagt hoe partners de casus gaandeweg duiden en met welke criteria voor voor- of achteruitgang. §1.3 noemt alleen afspraken bij een casus die vastloopt en bij een onvolledig beeld. Die afspraken staan bij ‘Casussen in een impasse’ en ‘Een gedeelde keuze bij een onvolledig beeld’.',
  '§1.3: the report asks how partners re-interpret the case along the way and with which criteria for progress or decline. §1.3 mentions agreements only for a case that gets stuck and for an incomplete picture. Those agreements are under ‘Cases at an impasse’ and ‘A shared choice when the picture is incomplete’.',
);

export const duiHerijken: AttentionPoint = {
  id: 'dui-herijken',
  ref: '1.3',
  title: t('De aanpak tussentijds herijken', 'Adjusting the approach along the way'),
  summary: t(
    'Tijdens de aanpak kijken partners niet systematisch opnieuw naar iemands gedachtegoed en eventuele geweldsbereidheid, en hoe die samenhangen met de leefgebieden. Vaak gebeurt het impliciet, zonder dat partners er duidelijke conclusies of gevolgen aan verbinden. Risicotaxatie-instrumenten van de start worden meestal niet opnieuw gebruikt. Zijn ze bij de start gebruikt? Dan vindt het rapport het zinvol ze regelmatig opnieuw te gebruiken, als een soort thermometer.\n\nVeel interventies dienen om meer over de betrokkene te weten te komen. Soms verzamelen partners lang geen nieuwe informatie. Blijft iemand contact weigeren, dan zijn er op den duur geen interventies meer mogelijk en loopt de casus vast (een impasse). Op zo’n moment grijpen partners regelmatig terug op de mogelijk verouderde informatie van de start. Ze vinden doorgaan dan nodig, omdat er geen nieuws over verbetering is. Het rapport vraagt wat de PGA nog toevoegt als er geen interventies meer mogelijk zijn en niets wijst op verslechtering. Wat er dan moet gebeuren, behandelt deze checklist bij §1.7.',
    'While a case is in the PGA, partners do not systematically re-interpret a person’s ideas and beliefs or any readiness to use violence. The same goes for how these relate to the areas of their life. It is often left implicit, with no clear conclusions or consequences attached. Risk-assessment instruments from the start are usually not used again. Where they were used at the start, the report considers it worthwhile to reuse them regularly, as a kind of thermometer.\n\nMany interventions aim to learn more about the person. Sometimes partners gather no new information for a long time. If someone keeps refusing contact, the options for intervention eventually run out and the case gets stuck (an impasse). At that point, partners frequently fall back on the possibly outdated information from the start. They then consider continuing necessary, because there is no news of any improvement. The report asks what the PGA still adds when no interventions are possible and nothing points to a decline. What should happen then is covered by this checklist under §1.7.',
  ),
  ...ladder({
    topic: t('het tussentijds duiden', 're-interpreting cases along the way'),
    scope: t(
      'wanneer jullie een casus opnieuw duiden en met welke criteria. Zulke criteria gaan bijvoorbeeld over wat de interventies opleverden en of de doelen worden bereikt. Ook hoort erbij op welke informatie jullie duiden, en of jullie een instrument van de start opnieuw gebruiken. Verder hoort erbij dat jullie nagaan of jullie de betrokkene nog mogen bespreken en informatie over hem of haar mogen delen (§1.3). Het besluit om door te gaan hoort hier ook bij, behalve bij een impasse: dat hoort bij ‘Casussen in een impasse’. De vraag wanneer een casus naar monitoren gaat of wordt afgesloten, hoort bij ‘Monitoren: wat het is en wat jullie erover afspreken’.',
      'when you re-interpret a case and with which criteria. Such criteria concern, for example, what the interventions achieved and whether the goals are being met. It also covers what information you use, and whether you reuse an instrument from the start. It further covers checking whether it is still lawful to discuss the person and share information about them (§1.3). The decision to continue belongs here too, except at an impasse: that belongs under ‘Cases at an impasse’. The question of when a case moves to monitoring or is closed belongs under ‘Monitoring: what it is and what you agree on’.',
    ),
    review: t('de afspraak tot conclusies leidt', 'the agreement leads to conclusions'),
    basis: [NOT_SYSTEMATIC, NOT_SYSTEMATIC, CRITERIA, CRITERIA],
    agreementIsChoice: true,
  }),
  questions: [
    {
      id: 'dui-gaandeweg',
      activity: t(
        'iemand beoordeelde tijdens een casus opnieuw of het beter of slechter ging. Alleen nieuws doorgeven telt niet.',
        'during a case, someone judged again whether the situation had improved or worsened. Merely passing on news does not count.',
      ),
      origin: 'report',
      reportQuestion: 8,
      text: t(
        'Hebben jullie een vaste manier afgesproken om een casus tijdens de PGA opnieuw te duiden?',
        'Have you agreed a set method for re-interpreting a case while it is in the PGA?',
      ),
      help: t(
        'Aangepaste vraag: het rapport vraagt hoe jullie duiden; ‘een vaste manier afgesproken’ is toegevoegd (§1.3). Het gaat om gedachtegoed, eventuele geweldsbereidheid en de situatie op de leefgebieden, in samenhang.',
        'Adapted question: the report asks how you re-interpret; ‘agreed a set method’ was added (§1.3). This concerns ideas and beliefs, any readiness to use violence and the situation in the areas of life, taken together.',
      ),
      rules: [
        t(
          'Ook een afspraak over het moment waarop jullie besluiten of de aanpak doorgaat, hoort bij deze vraag.',
          'An agreement on the moment at which you decide whether the approach goes on also belongs to this question.',
        ),
        t(
          'Een vaste manier regelt alles als die zegt wie opnieuw duidt en wanneer. Ook moet die zeggen dat jullie daarbij het gedachtegoed, de eventuele geweldsbereidheid en de leefgebieden bekijken. Mist iets daarvan? Dan regelt die een deel (keuze van de checklist).',
          'A set method covers everything if it says who re-interprets and when. It must also say that you look at the person’s ideas and beliefs, any readiness to use violence and the areas of life. If any of this is missing, it covers part (the checklist’s choice).',
        ),
        t(
          'Zegt een afspraak alleen hoe vaak jullie een casus bespreken, of dat jullie de voortgang bespreken, of allebei? Dan regelt die niets van deze vraag (keuze van de checklist). Zegt die dat jullie elke casus op vaste momenten evalueren of opnieuw beoordelen? Dan regelt die wanneer jullie opnieuw duiden. Dat geldt ook voor ‘de voortgang evalueren’.',
          'An agreement may say only how often you discuss a case, that you discuss its progress, or both. Then it does not cover this question at all (the checklist’s choice). If it says you evaluate or judge every case anew at set times, it covers when you re-interpret. This includes ‘evaluating progress’.',
        ),
      ],
      doubts: [
        t(
          'Spraken jullie af dat jullie bij elk tussentijds duiden een format gebruiken met vaste onderdelen over het gedachtegoed, de eventuele geweldsbereidheid of de leefgebieden? Dan regelt die afspraak een deel van de vaste manier om een casus opnieuw te duiden. Staan er geen zulke onderdelen in het format? Dan regelt het format zelf bij deze vraag niets.',
          'Suppose you agreed to use a template each time you re-interpret a case. The template has set items on ideas and beliefs, on any readiness to use violence or on the areas of life. Then that agreement covers part of the set method. If the template has no such items, the template itself covers nothing under this question.',
        ),
      ],
    },
    {
      id: 'dui-criteria',
      activity: t(
        'iemand gebruikte bij het tussentijds duiden een criterium of de subdoelen om voor- of achteruitgang te bepalen.',
        'when re-interpreting a case, someone used a criterion or the sub-goals to judge progress or decline.',
      ),
      origin: 'report',
      reportQuestion: 8,
      text: t(
        'Hebben jullie vaste criteria afgesproken om bij het tussentijds duiden voor- of achteruitgang te bepalen?',
        'Have you agreed on set criteria to judge progress or decline when re-interpreting a case along the way?',
      ),
      help: t(
        'Aangepaste vraag: het rapport vraagt welke criteria jullie gebruiken. ‘Vaste criteria afgesproken’ is toegevoegd (§1.3). Zulke criteria gaan bijvoorbeeld over wat de interventies opleverden en of de doelen worden bereikt (§1.3). Ook de subdoelen kunnen een criterium zijn: volgens het rapport helpen (sub)doelen om te bepalen of de aanpak nog op koers ligt (§1.5).',
        'Adapted question: the report asks which criteria you use. ‘Agreed on set criteria’ was added (§1.3). Such criteria are, for example, about what the interventions achieved and whether the goals are being met (§1.3). The sub-goals can also be a criterion: according to the report, (sub-)goals help to determine whether the approach is still on course (§1.5).',
      ),
      rules: [
        t(
          'Gaat een criterium over iets wat een casus nog niet heeft, zoals subdoelen? Dan is het geen afwijking dat jullie dat criterium in die casus niet gebruikten.',
          'If a criterion concerns something a case does not yet have, such as sub-goals, not using that criterion in that case is not a departure.',
        ),
        t(
          'Vraagt een format bij elk tussentijds duiden of elk subdoel is behaald? Dan zijn de subdoelen een afgesproken criterium.',
          'If a template asks, each time you re-interpret a case, whether each sub-goal has been reached, the sub-goals are an agreed criterion.',
        ),
      ],
    },
    ...INFORMATION_QUESTIONS,
    {
      id: 'dui-thermometer',
      activity: t(
        'iemand herhaalde tijdens een casus het risicotaxatie-instrument van de start, of besprak of jullie dat zouden doen.',
        'during a case, someone repeated the risk-assessment instrument used at the start, or discussed whether you would do so.',
      ),
      origin: 'derived',
      text: t(
        'Hebben jullie afgesproken of jullie bij het tussentijds duiden het risicotaxatie-instrument van de start herhalen?',
        'Have you agreed whether you repeat the risk-assessment instrument from the start when re-interpreting a case?',
      ),
      help: t(
        'Volgens het rapport is het zinvol een instrument dat bij de start is gebruikt, regelmatig te herhalen (§1.3). Let op: een hoog niveau zegt alleen dat jullie afspraak alles regelt, op papier staat en wordt gevolgd. Het zegt niet dat jullie het instrument herhalen. Dat vindt het rapport wel zinvol.',
        'According to the report, it is worthwhile to repeat an instrument used at the start regularly (§1.3). Note: a high level says only that your agreement covers everything, is in writing and is followed. It does not say that you repeat the instrument; the report considers doing so worthwhile.',
      ),
      rules: [
        t(
          'N.v.t. past alleen als er de afgelopen twee jaar geen casus liep waarin bij de start een instrument is gebruikt. Tel casussen die eerder begonnen ook mee.',
          'N/A applies only if, in the past two years, no case was running in which an instrument was used at the start. Count cases that started earlier too.',
        ),
        t(
          'Een instrument dat een partner alleen buiten de PGA gebruikt, zoals bij toezicht, telt niet, tenzij die de uitkomst in het casusoverleg inbrengt.',
          'An instrument a partner uses only outside the PGA, such as during supervision, does not count. It does count if that partner brings the result into the case meeting.',
        ),
        t(
          'Zegt de afspraak alleen dat jullie bij elke nieuwe duiding besluiten óf jullie het instrument van de start herhalen, en niet wanneer wel? Dan regelt die een deel (keuze van de checklist). Zo is het ook bij afsluiten na monitoren en bij het instrument bij het wegen.',
          'Suppose the agreement says only that at every re-interpretation you decide whether to repeat the instrument from the start, and not when you do. Then it covers part (the checklist’s choice). The same applies to closing a case after monitoring, and to using an instrument when a reported signal is assessed.',
        ),
      ],
      doubts: [
        t(
          'Het instrument van de start is het eerste risicotaxatie-instrument dat voor de betrokkene in de PGA werd gebruikt. Dat telt alleen als het vóór het eerste tussentijdse duiden was. Het mag ook bij de weging zijn geweest, of weken na het besluit om de casus te bespreken (keuze van de checklist).',
          'The instrument from the start is the first risk-assessment instrument used for the person in the PGA. It counts only if it was used before the case was first re-interpreted. It may also have been used at the assessment, or weeks after the decision to discuss the case (the checklist’s choice).',
        ),
        t(
          'Ook een instrument dat één partner afnam, zoals de VERA-2R van de reclassering, telt.',
          'An instrument one partner administered, such as the probation service’s VERA-2R, counts too.',
        ),
        t(
          'Noemt een eigen lijst of tabel vooraf vastgelegde risico- en beschermende factoren? En vullen jullie die bij de start per factor in? Dan telt die lijst of tabel ook als instrument (keuze van de checklist). Een format met alleen open velden voor factoren, ook per leefgebied, is geen instrument.',
          'Suppose you have your own list or table of risk and protective factors that were fixed in advance. Suppose also that you fill it in for each factor at the start. It then counts as an instrument too (the checklist’s choice). A template with only open fields for factors, even one per area of life, is not an instrument.',
        ),
      ],
      basis: t(
        '§1.3: het is zinvol instrumenten van de start regelmatig opnieuw te gebruiken, als thermometer; dat gebeurt meestal niet.',
        '§1.3: it is worthwhile to reuse instruments from the start regularly, as a thermometer; this usually does not happen.',
      ),
    },
    {
      id: 'dui-rechtmatig',
      activity: t(
        'iemand ging tijdens een casus na of jullie de betrokkene nog mochten bespreken of informatie over hem of haar delen.',
        'during a case, someone checked whether you could still lawfully discuss the person or share information on them.',
      ),
      origin: 'derived',
      text: t(
        'Hebben jullie afgesproken dat jullie bij tussentijds duiden nagaan of jullie de casus nog mogen bespreken en informatie delen?',
        'Have you agreed that, when re-interpreting a case, you check whether discussing it and sharing information are still lawful?',
      ),
      help: t(
        'Het gaat om een afspraak dat jullie dit bij het tussentijds duiden nagaan. Het rapport noemt het bespreken en het delen van informatie over de betrokkene samen (§1.3). Jullie kunnen bijvoorbeeld afspreken dat dit een vast agendapunt is, of een vraag op het format voor het duiden (uitleg van de checklist).',
        'This question concerns an agreement to check this when re-interpreting a case. The report names discussing the case and sharing information about the person together (§1.3). For example, you can agree to make this a set agenda item, or a question on the template for re-interpreting (the checklist’s explanation).',
      ),
      rules: [
        t(
          'Noemt de afspraak alleen het bespreken of alleen het delen van informatie? Dan regelt die een deel.',
          'If the agreement names only discussing the person or only sharing information, it covers part.',
        ),
        t('De afspraak hoeft niet te zeggen wie het nagaat.', 'The agreement need not say who checks.'),
      ],
      basis: t(
        '§1.3: partners moeten steeds nagaan of het bespreken en het delen van informatie nog rechtmatig is.',
        '§1.3: partners must keep checking whether discussing the person and sharing information is still lawful.',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'dui-herijken-thermometer',
      title: t(
        'Risicotaxatie herhalen als thermometer',
        'Reuse the risk-assessment instrument as a thermometer',
      ),
      description: t(
        'Gebruikten jullie bij de start een risicotaxatie-instrument? Herhaal het dan regelmatig, op vaste momenten die jullie afspreken (voorstel van de checklist). Zo wordt de voortgang in de casus zichtbaar.',
        'If you used a risk-assessment instrument at the start, repeat it regularly, at set moments you agree on (the checklist’s suggestion). This makes progress in the case visible.',
      ),
    },
    {
      id: 'dui-herijken-momenten',
      title: t('Vaste herijkmomenten en criteria', 'Set moments and criteria for adjusting'),
      description: t(
        'Spreek af wanneer elke casus opnieuw wordt geduid, op welke informatie, en met welke criteria voor voor- en achteruitgang (voorstel van de checklist).',
        'Agree when each case is re-interpreted, on what information, and with which criteria for progress and decline (the checklist’s suggestion).',
      ),
    },
  ],
};
