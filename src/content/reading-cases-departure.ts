import type { RuleGroup } from './reading-rule';

/** The doubtful cases on what a departure is (reading-cases-practice.ts lists all cases about practice). */
export const DEPARTURE_CASES: RuleGroup = {
  title: { nl: 'Wat een afwijking is', en: 'What a departure is' },
  rules: [
    {
      nl: 'Regelt de afspraak ook een situatie die nog niet voorkwam? Dan is het geen afwijking dat dat deel nog niet is gebruikt, als de rest wel is toegepast. Kwam de situatie wel voor, maar is de afspraak nog in geen enkele casus toegepast? Dan wordt ze niet altijd gevolgd.',
      en: 'If the agreement also covers a situation that has not yet occurred, leaving that part unused is not a departure if the rest was applied. If the situation did occur but the agreement was applied in no case, it is not always followed.',
    },
    {
      nl: 'Tel vanaf het moment dat de afspraak er is. Casussen die al liepen, tellen vanaf dan ook mee, tenzij de afspraak ze uitzondert. Wat daarin al vóór de afspraak gebeurde, hoeft niet opnieuw. Alleen wat in de afspraak staat, telt: wat er niet in staat, is geen afwijking.',
      en: 'Count from the moment the agreement exists. Cases already running count from then on too, unless the agreement exempts them. What had already happened in them before the agreement need not be done again. Only what the agreement says counts: what it does not say is not a departure.',
    },
    {
      nl: 'Doet een partner meer dan de afspraak vraagt, zoals een instrument een extra keer gebruiken? Dan is dat geen afwijking, als wat de afspraak vraagt ook op tijd gebeurt. Zo’n extra keer is dus niet ‘te vroeg’.',
      en: 'Doing more than the agreement asks, such as using an instrument one more time, is not a departure. This applies as long as what the agreement asks is also done on time. So such an additional use is not ‘too early’.',
    },
    {
      nl: 'Sluit de afspraak uit wat de partner extra deed, zoals die extra keer? Dan is dat wel een afwijking. Ook ‘alleen’ sluit iets uit: ‘alleen bij meldingen met geweld’ betekent niet bij andere meldingen.',
      en: 'If the agreement rules out the extra action, such as that additional use, then the extra action is a departure. ‘Only’ also rules things out: ‘only for reported signals involving violence’ means not for other reported signals.',
    },
    {
      nl: 'Was een moment uit de afspraak al voorbij toen de afspraak begon, zoals ‘drie maanden vóór de vrijlating’? Dan is het geen afwijking dat het toen niet gebeurde.',
      en: 'Suppose a moment the agreement names, such as ‘three months before the release’, had already passed when the agreement began. Then missing that moment is not a departure.',
    },
    {
      nl: 'Een afwijking van vóór de afgelopen twee jaar telt niet, ook als wat toen is gemaakt, zoals een plan, nog in gebruik is.',
      en: 'A departure from before the past two years does not count, even if what was made then, such as a plan, is still in use.',
    },
    {
      nl: 'Reken de afgelopen twee jaar terug vanaf de dag waarop jullie de vraag beantwoorden, ook als een verslag of overzicht over een andere periode gaat. Dat geldt overal waar de checklist de afgelopen twee jaar noemt.',
      en: 'Count the past two years back from the day you answer the question, even if minutes or an overview covers a different period. This applies wherever the checklist refers to the past two years.',
    },
    {
      nl: 'Een bepaling over hoe jullie een werkstap doen, zoals een plan maken, geldt in een lopende casus vanaf de volgende keer dat jullie die doen. Een oud plan alleen in een nieuw format zetten is die werkstap niet, tenzij het casusoverleg het opnieuw vaststelde. Voor termijnen gelden de regels hieronder.',
      en: 'A provision on how to take a work step, such as making a plan, applies in a running case from that work step’s next occurrence. Merely copying an old plan to a new template is not that work step, unless the case meeting adopted it again. Time limits: see below.',
    },
    {
      nl: 'Neemt het casusoverleg in een lopende casus na het begin van de afspraak een nieuw besluit, zoals een interventie voortzetten? Dan geldt de afspraak ook voor dat besluit, tenzij de afspraak die casus uitzondert.',
      en: 'Suppose the case meeting takes a new decision in a running case after the agreement began, such as continuing an intervention. Then the agreement applies to that decision too, unless it exempts that case.',
    },
    {
      nl: 'Een termijn in de afspraak hoort erbij. Loopt die termijn nog, dan is wat nog niet gedaan is geen afwijking. ‘Na zes maanden’ of ‘duurt zes maanden’ betekent: niet eerder dan na zes maanden. Later is geen afwijking, tenzij de afspraak een uiterste termijn noemt.',
      en: 'A time limit in the agreement is part of it. While it still runs, what is not yet done is not a departure. ‘After six months’ or ‘lasts six months’ means no sooner than six months. Later is not a departure, unless the agreement sets a deadline.',
    },
    {
      nl: 'Woorden als ‘in beginsel’ of ‘in de regel’ veranderen een termijn of bepaling niet. Afwijken zonder besluit vooraf blijft een afwijking.',
      en: 'Words such as ‘in principle’ or ‘as a rule’ do not change a time limit or provision. Departing without a prior decision is still a departure.',
    },
    {
      nl: 'Tel maanden als kalendermaanden: zes maanden na 12 maart is 12 september. Een besluit dat een paar dagen te vroeg viel, is ook een afwijking, tenzij het een uitzondering was (zie ‘Wat toch als gevolgd telt’). Het moment van het besluit telt, niet wanneer het ingaat.',
      en: 'Count months as calendar months: six months after 12 March is 12 September. Even a decision taken a few days too early is a departure, unless it was an exception (see ‘What still counts as followed’). What counts is when the decision is taken, not when it takes effect.',
    },
    {
      nl: 'Een terugkerende termijn rekenen jullie per kalenderjaar, kalenderkwartaal of twee kalenderjaren, tenzij de afspraak iets anders zegt. Tel vanaf het eerste hele jaar of kwartaal van de afspraak. Zegt die ‘eens in de twee jaar’ en begon die in maart 2022? Dan zijn de termijnen 2023–2024, 2025–2026, enzovoort.',
      en: 'Unless the agreement says otherwise, measure a recurring time limit in calendar years, calendar quarters or pairs of calendar years. Count from the agreement’s first full year or quarter. If it says ‘every two years’ and began in March 2022, the periods are 2023–2024, 2025–2026, and so on.',
    },
    {
      nl: 'Zegt de afspraak alleen voor welke jaren die geldt, zoals een plan voor 2025–2026? Dan zegt die over de termijn niets anders. Zegt zo’n plan ‘elk jaar’ en begon het in maart 2025? Dan is 2026 de eerste termijn.',
      en: 'Suppose the agreement says only which years it covers, such as a plan for 2025–2026. That alone does not change how the time limit is counted. If such a plan says ‘every year’ and began in March 2025, the first period is 2026.',
    },
    {
      nl: 'Noemt een plan voor een periode een terugkerende termijn die niet per casus telt, zoals ‘elk jaar’? En valt er geen hele termijn binnen de looptijd van het plan? Dan is het einde van die looptijd de termijn. Een vast moment, zoals ‘elk voorjaar’, valt niet onder deze regel.',
      en: 'Suppose a plan for a set period names a recurring time limit not counted per case, such as ‘every year’. If no whole period falls within the plan’s term, its end is the time limit. A set moment, such as ‘every spring’, is not covered here.',
    },
    {
      nl: 'Komt een termijn per casus steeds terug? Dan loopt de eerste termijn vanaf de start van de casus in de PGA, of van de fase waarin die geldt, zoals monitoren. Liep de casus of fase al? Dan vanaf het begin van de afspraak. Daarna loopt die vanaf de vorige keer.',
      en: 'A recurring per-case time limit first runs from the case’s start in the PGA, or from the start of its phase, such as monitoring. If the case or phase was already running, it runs from the agreement’s start. After that, each period runs from the previous occasion.',
    },
    {
      nl: 'Bij zo’n terugkerende termijn is een paar dagen te laat een afwijking. Eerder niet, tenzij de afspraak dat uitsluit. De volgende termijn begint bij de laatste keer, ook bij een extra keer. Zegt de afspraak ‘na’, zoals ‘na zes maanden’? Dan laat een extra keer de termijn niet opnieuw beginnen.',
      en: 'With such a recurring limit, a few days late is a departure. Early is not, unless the agreement rules it out. The next period runs from the last occasion, even if that was an extra one. With ‘after’, as in ‘after six months’, an extra occasion does not restart it.',
    },
    {
      nl: 'Noemt de afspraak een vast moment, zoals een maand, ‘elk voorjaar’ of de jaarlijkse evaluatie? Dan telt elk zo’n moment na het begin van de afspraak, ook in het eerste jaar.',
      en: 'Suppose the agreement names a set moment, such as a month, ‘every spring’ or the annual evaluation. Then every such moment after the agreement began counts, even in its first year.',
    },
    {
      nl: 'Een bepaling voor een situatie geldt ook als die situatie zonder besluit ontstond. Zo geldt een bepaling voor een casus in een impasse ook als niemand besloot dat de casus vastzat.',
      en: 'A provision for a situation also applies if that situation arose without a decision. So a provision for a case at an impasse also applies if nobody decided that the case was stuck.',
    },
    {
      nl: 'Houdt een partner zich niet aan een besluit van het casusoverleg? Dan wordt de afspraak niet altijd gevolgd. Dat telt bij de vraag over het deel dat niet is uitgevoerd. Monitort de aangewezen partner niet? Dan telt dat bij wie monitort, niet bij wat er wordt gemonitord.',
      en: 'If a partner does not keep to a decision of the case meeting, the agreement is not always followed. That counts under the question on the part not carried out. If the designated partner does not monitor, that counts under who monitors, not under what is monitored.',
    },
    {
      nl: 'Een afwijking blijft een afwijking, ook bij overmacht en ook als die later is hersteld of besproken. Een voorbeeld van overmacht: de afspraak vraagt een plan vóór elke vrijlating, en de rechter laat iemand onverwacht vrij voordat er een plan is.',
      en: 'A departure is still a departure, even when caused by force majeure, and even if it was put right or discussed later. An example of force majeure: the agreement asks for a plan before every release, and a court unexpectedly releases someone before there is a plan.',
    },
    {
      nl: 'Staat al vast dat iets niet binnen de lopende termijn gebeurt? Dan is het nu al een afwijking. Bijvoorbeeld: een bijeenkomst die zonder besluit van het casusoverleg vooraf naar volgend jaar is verzet. Is er alleen nog niets gepland? Dan staat het nog niet vast.',
      en: 'If it is already certain that something will not happen within the current time limit, it is a departure now. An example is a meeting moved to next year without a prior decision of the case meeting. That nothing has been scheduled yet does not make it certain.',
    },
    {
      nl: 'Regelt de afspraak een training of bijeenkomst voor een groep? Dan is het een afwijking als die niet doorging en de termijn voorbij is, niet als iemand uit de groep niet kwam. ‘De vaste leden houden een sessie’ zegt niet dat iedereen komt.',
      en: 'Suppose the agreement provides for a course or meeting for a group. If it did not happen before the time limit ran out, that is a departure, but not if a group member did not attend. ‘The members hold a session’ does not mean that everyone attends.',
    },
    {
      nl: 'Zegt de afspraak dat iedereen komt, of dat de leden van de groep de training volgen? Dan is elke afwezige persoon een afwijking, ook als een collega van dezelfde partner wel kwam. Loopt de termijn voor de training nog? Dan telt een afwezige pas als die termijn voorbij is.',
      en: 'If the agreement says everyone attends, or that the group’s members take the course, each absent person is a departure. This applies even if a colleague from the same partner attended. If the time limit for the course has not yet passed, an absence counts only once it has.',
    },
    {
      nl: 'Bekeek iemand binnen de termijn een opname van de training? Dan volgde die de training (keuze van de checklist).',
      en: 'Someone who watched a recording of the course within the time limit took the course (the checklist’s choice).',
    },
    {
      nl: 'Noemt de afspraak geen termijn of moment? Dan is iets later doen geen afwijking. Geldt het document voor een periode, zoals een opleidingsplan 2025–2026? Dan is het einde daarvan de termijn.',
      en: 'If the agreement names no time limit or moment, doing something later is not a departure. If the document covers a period, such as a 2025–2026 training plan, that period’s end is the time limit.',
    },
    {
      nl: 'Moet iets één keer gebeuren, los van casussen, zoals de meldroute bekendmaken? En noemt de afspraak geen termijn, moment of periode? Dan is het een afwijking als het een jaar nadat de afspraak begon nog niet is gedaan (keuze van de checklist). Dit gaat vóór de regel hierboven.',
      en: 'Take a one-off task apart from any case, such as making the reporting route known, with no time limit, moment or period. If it is still not done a year after the agreement began, that is a departure (the checklist’s choice). This overrides the rule above.',
    },
    {
      nl: 'Iets eerder doen dan de afspraak zegt, is geen afwijking, tenzij de afspraak dat uitsluit. Een voorbeeld: de afspraak zegt ‘zes maanden vóór de vrijlating’, en een partner deed het zeven maanden vooraf. Bij ‘na zes maanden’ of ‘duurt zes maanden’ is eerder wel een afwijking (zie hierboven).',
      en: 'Doing something earlier than the agreement says is not a departure, unless the agreement rules that out. An example: the agreement says ‘six months before release’, and a partner did it seven months before. With ‘after six months’ or ‘lasts six months’, earlier is a departure (see above).',
    },
    {
      nl: 'Gaat de vraag over wanneer jullie iets doen, en noemt de afspraak geen termijn of moment? Dan regelt die dat deel alleen als die zegt in welke situaties of onder welke voorwaarden jullie het doen, zoals ‘bij nieuwe signalen’.',
      en: 'Suppose the question asks when you do something, and the agreement names no time limit or moment. Then it covers that part only if it names the situations or conditions in which you do it, such as ‘when there are new signals’.',
    },
    {
      nl: 'Zegt een bepaling wat iemand doet als iets gebeurt? Dan noemt die bepaling een moment (keuze van de checklist). Voorbeelden: ‘bij (elk) uitstel legt de procesregisseur de grond vast’ en ‘bij elk nieuw plan bespreken we een interventie buiten het gebruikelijke aanbod’.',
      en: 'If a provision says what someone does when something happens, it names a moment (the checklist’s choice). Examples: ‘on (each) postponement, the process coordinator records the ground’ and ‘for each new plan we discuss an intervention outside the usual range’.',
    },
    {
      nl: 'Gebeurde het in een casusoverleg, zoals een besluit tot uitstel of een nieuw plan? Dan moet de taak in dat overleg gebeuren. Wat in het verslag staat, geldt als gedaan in dat overleg. Gebeurde het erbuiten? Dan is de termijn het eerste casusoverleg nadat een partner ervan wist.',
      en: 'If the event happened in a case meeting, such as a decision to postpone or a new plan, the task must be done there. What its minutes record counts as done there. Otherwise, the task is due by the first case meeting after a partner knew of it.',
    },
    {
      nl: 'Is de taak iets vastleggen over wat in dat overleg gebeurde, zoals de grond van een uitstel? Dan telt vastleggen vóór het volgende casusoverleg ook als gedaan in dat overleg (keuze van de checklist). Dat geldt niet als de bepaling zelf zegt dat het in het overleg gebeurt.',
      en: 'Suppose the task is to record something about what happened there, such as the ground for a postponement. Recording it before the next case meeting also counts as done there (the checklist’s choice). This does not apply if the provision itself says it is done in the meeting.',
    },
    {
      nl: 'Noemt de bepaling zelf een termijn, zoals ‘binnen een week’? Dan geldt die termijn, niet het overleg. Is de taak pas na de termijn gedaan? Dan is dat een afwijking.',
      en: 'If the provision itself sets a time limit, such as ‘within a week’, that limit applies instead of the meeting. A task done after the time limit is a departure.',
    },
    {
      nl: 'Noemt een bepaling geen gebeurtenis, maar alleen voor welke casussen die geldt, zoals ‘bij elke casus’ of ‘in elke casus’? Dan noemt die geen moment. Die regelt dan ook niet wanneer jullie iets doen.',
      en: 'If a provision names no event, only which cases it applies to, such as ‘for every case’ or ‘in every case’, it names no moment. Nor does it then cover when you do something.',
    },
    {
      nl: '‘Bij elke nieuwe casus’ noemt wel een gebeurtenis: de start van de casus in de PGA. Een toestand die een tijd duurt, zoals een casus in een impasse, is geen gebeurtenis.',
      en: '‘For each new case’ does name an event: the start of the case in the PGA. A state that lasts for a time, such as a case at an impasse, is not an event.',
    },
    {
      nl: 'Zegt de afspraak wat iets moet bevatten, zoals een datum bij elk subdoel? Het moment waarop het wordt vastgesteld, is dan de termijn. Ontbrak die inhoud toen? Dan is dat een afwijking, ook als die later is aangevuld.',
      en: 'If the agreement says what something must contain, such as a date for each sub-goal, the moment it is set is the time limit. Content missing then is a departure, even if added later.',
    },
    {
      nl: '‘Altijd gevolgd’ telt alleen als jullie van elke casus of melding die jullie kennen, weten dat de afspraak is gevolgd (keuze van de checklist). Dat kan blijken, bijvoorbeeld uit het verslag of het dossier. Of de partners die het deden, bevestigen het, en niemand spreekt het tegen.',
      en: '‘Always followed’ counts only if, for each case or report you know of, you know the agreement was followed (the checklist’s choice). This may be evident, for example from the minutes or the case file. Or the partners who did it confirm it, and nobody disputes it.',
    },
    {
      nl: 'Is geen afwijking bekend, maar alleen omdat niemand het nagaat of bijhoudt? Dan wordt de afspraak niet altijd gevolgd. Signalen, meldingen of casussen die jullie niet kennen, hoeven jullie niet op te sporen. Loopt de termijn nog? Dan hoeven jullie niet te weten of het al gedaan is.',
      en: 'If no departure is known, but only because nobody checks or keeps track, the agreement is not always followed. You need not look for signals, reports or cases you do not know of. While the time limit is still running, you need not know whether the task is already done.',
    },
    {
      nl: 'Vroeg iemand de partners of de afspraak is gevolgd, en meldde niemand een afwijking? Dat is alleen een bevestiging als de partners die het deden, zeggen dat de afspraak bij elke casus of melding is gevolgd. Alleen geen afwijking melden is geen bevestiging (keuze van de checklist).',
      en: 'Suppose someone asked the partners whether the agreement was followed, and nobody reported a departure. That is a confirmation only if the partners who did it say the agreement was followed in each case or report. Merely reporting no departure is not a confirmation (the checklist’s choice).',
    },
    {
      nl: 'Een afwijking telt alleen bij de vraag over het deel van de bepaling dat niet is gevolgd. Een notificatie die later kwam dan afgesproken, telt dus bij notificeren, ook als het werkproces de volgorde noemt.',
      en: 'A departure counts only for the question about the part of the provision that was not followed. So a notification later than agreed counts under the notification questions, even if the work process sets the order.',
    },
    {
      nl: 'Noemt één zin twee delen, zoals ‘het casusoverleg stelt het plan binnen zes weken vast’? Dan is elk deel apart. Gaat geen vraag over het deel dat niet is gevolgd, zoals die termijn? Dan telt de afwijking nergens mee. Dit gaat vóór de regels hieronder over een te late werkstap.',
      en: 'Suppose one sentence has two parts, such as ‘the case meeting adopts the plan within six weeks’. Each part is then separate. If no question asks about the part not followed, such as that limit, the departure counts nowhere. This overrides the rules below on late work steps.',
    },
    {
      nl: 'Sloegen jullie in een casus een werkstap met een eigen punt over, zoals tussentijds duiden? Of kwam die later dan een bepaling over die werkstap zelf zegt? Tel dat alleen bij het punt van die werkstap, ook als de procesregisseur die werkstap moest bewaken.',
      en: 'Take a work step with its own point, such as re-interpreting a case. If it was skipped, or came later than a provision on that work step itself allows, count this only under that step’s point. This applies even if the process coordinator was meant to oversee it.',
    },
    {
      nl: 'Liet de procesregisseur daarbij een eigen taak liggen, zoals de te late werkstap melden? Dan telt dat bij het punt waar die taak telt. Meestal is dat ‘De rol van de procesregisseur’.',
      en: 'Suppose the process coordinator left one of their own tasks undone, such as reporting the late work step. That counts under the point where the task counts. This is usually ‘The role of the process coordinator’.',
    },
    {
      nl: 'Een uitzondering zijn de vijf taken die daar niet meetellen, zoals bijhouden welke casus wanneer aan de beurt is. Die tellen bij ‘Werkproces, rollen en taken’. Is de taak informatie ophalen voor de werkstap? Dan telt die bij het punt van die werkstap.',
      en: 'The exceptions are the five tasks that do not count there, such as keeping track of when each case is due. They count under ‘Work process, roles and tasks’. If the task is gathering information for the work step, it counts under that work step’s point.',
    },
    {
      nl: 'Kwam een werkstap met een eigen punt in een andere volgorde dan in het werkproces? Is er geen bepaling over die werkstap zelf? Of staat zo’n bepaling dat moment toe? Dan telt de afwijking alleen bij het werkproces. Anders telt die alleen bij het punt van die werkstap.',
      en: 'Suppose a work step with its own point was not done in the order the work process sets. If there is no provision on that work step itself, or one allows that moment, count the departure only under the work process. Otherwise, count it only under that work step’s point.',
    },
    {
      nl: 'Blijkt een volgorde alleen uit de plaats van een werkstap in een opsomming, schema of beschrijving van het proces of een fase? Dan is het geen bepaling over die werkstap zelf. Dat geldt ook bij woorden als ‘daarna’ of ‘vervolgens’.',
      en: 'Suppose an order shows only from where a work step stands in a list, chart or description of the process or a phase. Then it is not a provision on the work step itself. The same holds for words such as ‘then’ or ‘next’.',
    },
    {
      nl: 'Noemt de tekst bij een werkstap zelf een ander moment of een andere werkstap, zoals ‘notificeren vóór de eerste interventie’? Dan is het wel een bepaling over die werkstap, waar die tekst ook staat.',
      en: 'Suppose the text on a work step itself names another moment or work step, such as ‘notify before the first intervention’. Then it is a provision on that work step, wherever that text stands.',
    },
    {
      nl: 'Kwam een werkstap in een andere volgorde, en staat het werkproces zelf die volgorde toe? Dan is die volgorde bij het werkproces geen afwijking. Heeft die werkstap een eigen punt? Dan is die volgorde daar alleen een afwijking als een bepaling over die werkstap zelf dat moment niet toestaat.',
      en: 'If a work step came in another order that the work process itself allows, that order is not a departure under the work process. At the step’s own point, if any, it is a departure only if a provision on the step itself does not allow that moment.',
    },
    {
      nl: 'Kwam een werkstap in een andere volgorde door een uitstel dat de afspraak over die werkstap of de wet toestaat? Dan is dat ook bij het werkproces geen afwijking. Een voorbeeld is later notificeren op een wettelijke uitzonderingsgrond.',
      en: 'Suppose a work step came out of order because of a postponement that the agreement on that work step, or the law, allows. Then that is not a departure under the work process either. An example is notifying later on a statutory ground for an exception.',
    },
    {
      nl: 'Werkten jullie een keer zonder het voorgeschreven formulier, format of lijst, terwijl de werkstap wel gebeurde? Dan telt dat alleen bij de vraag over het gebruik daarvan. Bij de andere vragen kijken jullie alleen of er gedaan is wat een veld of onderdeel ervan vraagt, met of zonder formulier.',
      en: 'Suppose the work step took place once without the form, template or list the agreement prescribes. That counts only under the question on using it. Under the other questions, you look only at whether what a field or item in it asks for was done, with or without the form.',
    },
    {
      nl: 'Voorbeelden zijn de vragen over het format voor het casusoverleg (§1.6) en hetzelfde dossierformat in elke casus (§2.2). Bij het weegformulier is het de vraag over het vastleggen van de weging (§1.2). Bij een format voor tussentijds duiden is het de vraag over een vaste manier van opnieuw duiden (§1.3).',
      en: 'Examples are the questions on the case-meeting template (§1.6) and on using the same case-file template in every case (§2.2). For the assessment form, it is the question on recording the assessment (§1.2). For a re-interpretation template, it is the question on a set method for re-interpreting (§1.3).',
    },
    {
      nl: 'Bleef een veld of vraag van zo’n formulier, format of lijst leeg? Dan is dat bij de andere vragen niet vanzelf een afwijking. Daar telt of gedaan is wat het veld vraagt. Dat kan ook op een andere manier blijken, of de partners bevestigen het en niemand spreekt het tegen.',
      en: 'Suppose a field or question of such a form, template or list was left empty. Under the other questions, that alone is no departure. There, what counts is whether the field’s task was done. This may be evident otherwise, or the partners confirm it without dispute.',
    },
  ],
};
