import type { RuleGroup } from './reading-rule';

/** The doubtful cases on what makes an agreement joint (reading-cases.ts has the other groups): who decides, who
 *  signs, covenants and the documents they name, and several local case meetings. */
export const JOINT_AGREEMENT_CASES: RuleGroup = {
  title: { nl: 'Wat een gezamenlijke afspraak is', en: 'What a joint agreement is' },
  rules: [
    {
      nl: 'Besluit of tekent één gemeente namens de andere gemeenten, met hun opdracht daarvoor? Dan telt dat voor al die gemeenten. Tekent iemand namens een stuurgroep? Dan telt dat als besluit van die stuurgroep.',
      en: 'If one municipality decides or signs on behalf of the others, with their mandate to do so, that counts for all of them. If someone signs on behalf of a steering group, that counts as a decision of that steering group.',
    },
    {
      nl: 'Een nieuwe versie van de afspraak is dezelfde afspraak. Tel terugblikken en afwijkingen dus ook van vóór de nieuwe versie, binnen de afgelopen twee jaar. Staat een bepaling pas in de nieuwe versie? Dan telt een terugblik van daarvóór niet voor die bepaling, tenzij de bepaling uit die terugblik kwam.',
      en: 'A new version of the agreement is the same agreement. So count reviews and departures from before it too, within the past two years. If a provision first appears in the new version, an earlier review counts for it only if the provision came out of that review.',
    },
    {
      nl: 'Is een bepaling in de nieuwe versie alleen aangepast, bijvoorbeeld in de rol van één partner? Dan staat die bepaling er niet pas in. Een terugblik van daarvóór telt dan ook voor die bepaling.',
      en: 'If a provision was only amended in the new version, for example in one partner’s role, it does not first appear in that version. A review from before the new version then counts for that provision too.',
    },
    {
      nl: 'Regelt de aangepaste bepaling nu een deel van de vraag dat eerst niet geregeld was? Dan staat dat deel wel pas in de nieuwe versie. Een extra criterium in een lijst die de vraag al helemaal regelde, is geen nieuw deel.',
      en: 'If the amended provision now covers part of the question that was not covered before, that part does first appear in the new version. An extra criterion in a list that already covered the whole question is not a new part.',
    },
    {
      nl: 'Een besluit van het casusoverleg telt ook als een partner die keer afwezig was. Een heidag, themamiddag of evaluatie van de vaste partners telt als casusoverleg. Stelden de vaste partners samen een afspraak vast in een andere bijeenkomst? Ook dat telt. Een werkgroep die een tekst voorbereidt, besluit niet.',
      en: 'A case-meeting decision counts even if a partner was absent. An away day, themed workshop or evaluation meeting of the standing partners counts as a case meeting. So does another meeting where the standing partners adopted an agreement together. A working group that prepares a text does not decide.',
    },
    {
      nl: 'Besloot het casusoverleg over een afspraak, maar zei een vaste partner in datzelfde overleg dat die partner de afspraak niet vaststelt? Bijvoorbeeld met ‘neemt er kennis van’. Dan is het een afspraak van maar een deel van de partners, ook al besloot het casusoverleg erover.',
      en: 'Suppose the case meeting decided on an agreement. At that same meeting, a standing partner said it did not adopt the agreement, for example that it only ‘takes note’ of it. It is then an agreement of only some of the partners, even though the case meeting decided on it.',
    },
    {
      nl: 'De regel hierboven geldt niet voor de organisatie die het casusoverleg organiseert of voorzit: die hoeft de afspraak niet vast te stellen. Het geldt ook niet als die partner in hetzelfde overleg zei volgens de afspraak te gaan werken.',
      en: 'The rule above does not apply to the organisation that hosts or chairs the case meeting, as it need not adopt the agreement. Nor does it apply if that partner also said at that meeting that it works by the agreement.',
    },
    {
      nl: 'Stelt die partner de afspraak later alsnog vast? Dan is de afspraak gezamenlijk vanaf dat moment.',
      en: 'If that partner adopts the agreement later, the agreement is joint from that moment.',
    },
    {
      nl: 'Stelde het casusoverleg de afspraak vast? Dan is die gezamenlijk vanaf dat besluit, ook als een partner er later nog apart over besluit of tekent. Uitzondering: de regel hierboven over een partner die in dat overleg zei de afspraak niet vast te stellen.',
      en: 'If the case meeting adopted the agreement, it is joint from that decision, even if a partner decides on it or signs it separately later. The exception is the rule above on a partner that said at that meeting that it did not adopt it.',
    },
    {
      nl: 'Een besluit van een stuurgroep is alleen een gezamenlijke afspraak als alle partners van dat moment erin zaten. Ook elke gemeente hoort daarbij, zelf of via een andere gemeente met opdracht. De organisatie die het casusoverleg organiseert of voorzit, mag ontbreken. Een lid dat die keer afwezig was, telt mee.',
      en: 'A steering group’s decision is a joint agreement only if all partners at the time sat on it. This includes every municipality, directly or through a municipality it mandated. The organisation that hosts or chairs the case meeting may be missing. A member absent on that occasion still counts.',
    },
    {
      nl: 'Een gemeente is vaste partner vanaf wat het eerst komt: het convenant van de PGA tekenen, of het eerste casusoverleg waaraan die meedoet. Een andere organisatie is vaste partner vanaf het eerste casusoverleg waaraan die vast meedoet. Alleen tekenen maakt zo’n organisatie geen vaste partner (keuze van de checklist).',
      en: 'A municipality is a standing partner from whichever comes first: signing the PGA covenant or the first case meeting it takes part in. Any other organisation becomes one at the first case meeting it joins on a standing basis, not by signing alone (the checklist’s choice).',
    },
    {
      nl: 'Werd een organisatie later vaste partner? Dan hoefde die niet mee te doen aan een besluit, vaststelling, ondertekening of terugblik van vóór die dag.',
      en: 'An organisation that became a standing partner later need not have taken part in an earlier decision, adoption, signing or review.',
    },
    {
      nl: 'Een besluit over één casus is geen gezamenlijke afspraak. Een besluit of actiepunt om iets één keer te doen, zoals één bijeenkomst, ook niet. Dat geldt ook als elke partner het één keer moet doen, en ook voor beleid bij signaleren.',
      en: 'A decision on one case is not a joint agreement. Nor is a decision or action point to do something once, such as one meeting. This applies even if each partner must do it once, and also to policy under spotting signals.',
    },
    {
      nl: 'Een besluit over hoe jullie voortaan werken, niet alleen in de besproken casus, gaat niet over één casus. Dat geldt ook als er toen maar één casus was.',
      en: 'A decision on how you will work from now on, not only in the case discussed, is not about one case. This applies even if there was only one case at the time.',
    },
    {
      nl: 'Een bepaling in een plan voor een periode, zoals een jaarplan of opleidingsplan 2025, is geen besluit om iets eenmalig te doen. Dat blijft zo, ook als elke partner of professional het één keer moet doen. Is het plan een gezamenlijke afspraak? Dan telt zo’n bepaling zolang de periode loopt.',
      en: 'A provision in a period plan, such as a 2025 annual or training plan, is not a decision to do something once. That remains so even if each partner or professional must do it once. If the plan is a joint agreement, the provision counts while the period runs.',
    },
    {
      // Round 172's reviewer (R14) and check 292: a decision that each member of a group does something in a named
      // period was read as a one-off.
      nl: 'Besloot het casusoverleg, zonder plan, dat elk lid van een groep iets doet binnen een genoemde periode, zoals ‘alle wijkagenten volgen in 2026 de module’? Dan is dat een bepaling voor die periode, net als in een plan.',
      en: 'Suppose the case meeting decided, without a plan, that each member of a group does something within a named period. An example is ‘all community police officers take the module in 2026’. That is a provision for that period, as in a plan.',
    },
    {
      nl: 'De regel hierboven over een besluit voor een genoemde periode gaat vóór de regel over een besluit om iets één keer te doen. Eén gezamenlijke bijeenkomst blijft wel een besluit om iets één keer te doen.',
      en: 'The rule above on decisions for a named period overrides the rule on a decision to do something once. A single joint meeting is still a decision to do something once.',
    },
    {
      nl: 'Geldt het plan voor een periode die nog niet begon, zoals een opleidingsplan voor 2027? Dan telt het nog niet (keuze van de checklist).',
      en: 'A plan for a period that has not yet begun, such as a 2027 training plan, does not count yet (the checklist’s choice).',
    },
    {
      nl: 'Een actiepunt van een evaluatie, heidag of themamiddag telt wel als besluit als het zegt hoe jullie voortaan werken, zoals ‘bij elke nieuwe duiding nagaan …’.',
      en: 'An action point of an evaluation, away day or themed workshop is a decision if it says how you work from now on. An example is ‘check … at every re-interpretation’.',
    },
    {
      nl: 'Besloot het casusoverleg over één onderdeel van een concept dat nog niet is vastgesteld? Dan is alleen dat onderdeel afgesproken.',
      en: 'If the case meeting decided on one part of a draft that has not been adopted, only that part is agreed.',
    },
    {
      nl: 'Een besluit dat nergens is opgeschreven, telt als de partners die het namen het bevestigen en geen partner het tegenspreekt. Het staat dan niet op papier.',
      en: 'A decision that was never written down counts if the partners who took it confirm it and no partner contradicts it. It is then not in writing.',
    },
    {
      nl: 'Tekende een partner niet, maar zei die in het casusoverleg volgens de afspraak te gaan werken? Dan stelde die de afspraak mee vast, vanaf die dag. Bij een convenant telt die vanaf die dag als getekend. Dit geldt als het verslag dat zegt, of als die partner het bevestigt.',
      en: 'Suppose a partner did not sign, but said in the case meeting that it works by the agreement. Then it adopted the agreement too, from that day. For a covenant, it counts as signed from that day. This holds if the minutes say so or that partner confirms it.',
    },
    {
      nl: 'Een gewoonte zonder besluit is geen gezamenlijke afspraak, ook niet als iedereen ermee werkt. Alleen zeggen ‘er is afgesproken’ telt ook niet. Een uitleg in het casusoverleg waar niemand op reageerde, is ook geen besluit.',
      en: 'A habit without a decision is not a joint agreement, even if everyone works by it. Merely saying ‘it was agreed’ does not count either. An explanation given in the case meeting that nobody responded to is not a decision either.',
    },
    {
      nl: 'Een afspraak van maar een deel van de partners is geen gezamenlijke afspraak. Wat één partner of één team alleen regelt, ook niet. Dan is het hoogstens niveau 2.',
      en: 'An agreement of only some of the partners is not a joint agreement. Nor is what one partner or one team arranges alone. That is level 2 at most.',
    },
    {
      // Rounds 173 to 175: with the host exempt, raters could not tell whether one remaining partner makes it joint.
      nl: 'De organisatie die het casusoverleg organiseert of voorzit, telt daarbij niet mee. Stelden alle andere partners de afspraak vast? Dan is die gezamenlijk, ook als er maar één andere partner is.',
      en: 'The organisation that hosts or chairs the case meeting is left out here. If all the other partners adopted the agreement, it is joint, even if there is only one other partner.',
    },
    {
      nl: 'Stelde de organisatie die het casusoverleg organiseert of voorzit de afspraak alleen vast, toen er nog geen andere vaste partner was? Dan is die niet gezamenlijk. Dat wordt die pas als de andere vaste partners die vaststellen, bijvoorbeeld in het casusoverleg (keuze van de checklist).',
      en: 'Suppose the organisation that hosts or chairs the case meeting adopted the agreement alone, when there was no other standing partner yet. Then it is not joint. It becomes joint only when the other standing partners adopt it, for example in the case meeting (the checklist’s choice).',
    },
    {
      nl: 'Een algemene zin is geen afspraak over het onderwerp van een punt. Een zin is algemeen als jullie niet kunnen nagaan of die gevolgd is. Voorbeelden zijn ‘constructief samenwerken’, ‘de noodzakelijke informatie delen’ en ‘periodiek nagaan’ zonder te zeggen wanneer.',
      en: 'A general phrase is not an agreement on a point’s topic. A phrase is general if you cannot check whether it was followed. Examples are ‘working together constructively’, ‘sharing the necessary information’ and ‘checking periodically’ without saying when.',
    },
    {
      nl: 'Is een deel van zo’n zin wel na te gaan? Dan regelt de zin dat deel: ‘zo spoedig mogelijk notificeren’ regelt dát jullie notificeren, niet wanneer.',
      en: 'If part of such a phrase can be checked, the phrase covers that part. Thus ‘notify as soon as possible’ covers the fact that you notify, not when.',
    },
    {
      nl: 'Een zin die alleen iets toestaat, zoals ‘partners kunnen een instrument gebruiken’, regelt niets: niemand kan ervan afwijken. Zegt de zin wel wie wanneer besluit? Dan regelt die dat besluit. Noemt de zin een voorwaarde, zoals ‘kan naar monitoren als de doelen zijn bereikt’? Dan regelt de zin die voorwaarde.',
      en: 'A sentence that only allows something, such as ‘partners may use an instrument’, covers nothing: nobody can depart from it. If it does say who decides when, it covers that decision. If it names a condition, such as ‘can move to monitoring once goals are met’, it covers that condition.',
    },
    {
      nl: 'Gebeurde wat zo’n zin toestaat, terwijl niet aan de voorwaarde was voldaan? Dan is dat een afwijking (keuze van de checklist). Gebeurde het niet, terwijl wel aan de voorwaarde was voldaan? Dan is dat geen afwijking.',
      en: 'If what such a sentence allows happened while the condition was not met, that is a departure (the checklist’s choice). If it did not happen although the condition was met, that is not a departure.',
    },
    {
      nl: 'Een zin die de keuze aan elke partner laat, zoals ‘elke gemeente bepaalt zelf hoe’, regelt ook niets. Zegt de zin wel waarop ze kiezen, zoals ‘op basis van het veiligheidsbeeld’? Dan regelt die dat deel.',
      en: 'A sentence that leaves the choice to each partner, such as ‘each municipality decides for itself how’, covers nothing either. If it does say what they base the choice on, such as ‘on the basis of the security analysis’, it covers that part.',
    },
    {
      nl: 'Een zin als ‘elke partner zorgt dat de eigen medewerkers …’ regelt wie het doet: elke partner, voor de eigen medewerkers. Dat is geen keuze die aan elke partner wordt gelaten. Zegt de zin ook wanneer of in welke gevallen, zo dat jullie het kunnen nagaan? Dan regelt die dat ook.',
      en: 'A sentence such as ‘each partner makes sure that its own staff …’ covers who does it: each partner, for its own staff. It does not leave the choice to each partner. If it also says when or in which cases, in a way you can check, it covers that too.',
    },
    {
      nl: 'Noemt een afspraak ‘een partner’? Dan telt ook een organisatie die alleen bij sommige casussen aanschuift, tenzij de afspraak het zelf anders omschrijft.',
      en: 'If an agreement says ‘a partner’, an organisation that joins only for some cases counts too, unless the agreement itself defines it otherwise.',
    },
    {
      nl: 'Gaat de vraag over wie, wat, welke, wanneer, hoe of óf jullie iets doen? Of over welke afspraken jullie over iets hebben? Dan telt ook een afspraak om het niet te doen, of om het anders te doen dan het rapport aanraadt.',
      en: 'Some questions ask who, what, which, when, how or whether you do something, or which agreements you have on something. There, an agreement not to do it counts too, as does one to do it differently from what the report advises.',
    },
    {
      // Reading 79: an agreement not to train reached level 5 on a point the report calls a precondition; the
      // neutrality is deliberate (docs/content-validation.md), so it is said where raters and users read it.
      nl: 'Bij zulke vragen meten de niveaus hoeveel de gezamenlijke afspraak regelt van wat de vraag noemt, en hoe vast die is. Ze meten niet of die het rapport volgt (keuze van de checklist). Wat het rapport aanraadt, staat bij de stap van de checklist (zoals §1.4) en bij het punt.',
      en: 'For such questions, the levels measure how much the joint agreement covers of what the question asks about, and how firm it is. They do not measure whether it follows the report (the checklist’s choice). The report’s advice is under the checklist step (such as §1.4) and the point.',
    },
    {
      // Reading 97 (F-2): where the report asks how well or to what extent, the checklist asks about an agreement;
      // each such question says so, and this says it once for all of them.
      nl: 'Vraagt het rapport hoe goed of in hoeverre iets gebeurt? Dan vraagt de checklist naar een afspraak erover. De uitleg bij de vraag zegt dat. De niveaus meten dus niet hoe goed het werk zelf is (keuze van de checklist).',
      en: 'Where the report asks how well or to what extent something happens, the checklist asks about an agreement on it instead. The question’s explanation says so. So the levels do not measure how good the work itself is (the checklist’s choice).',
    },
    {
      nl: 'Gaat de vraag over een afspraak dát jullie iets doen, zoals ‘Hebben jullie afgesproken dat …’ of ‘Hebben jullie afgesproken praktische hulp te overwegen …’? Dan telt alleen een afspraak om precies dat te doen.',
      en: 'Some questions ask about an agreement that you do something. Examples are ‘Have you agreed that …’ and ‘Have you agreed to consider practical help …’. For such a question, only an agreement to do exactly that counts.',
    },
    {
      nl: 'Een afspraak om een plicht niet na te komen, zoals de notificatieplicht, telt nooit als afspraak. Uitstel van notificeren op een uitzonderingsgrond is geen afspraak om niet te notificeren (keuze van de checklist).',
      en: 'An agreement not to meet a duty, such as notifying, never counts as an agreement. Postponing notification on a ground for an exception is not an agreement not to notify (the checklist’s choice).',
    },
    {
      nl: 'Wie de afspraak schreef, maakt niet uit, behalve in twee gevallen. Zegt de tekst na ‘Dit punt gaat over’ wie de afspraak opstelt? Dan telt dat. Schreven alle partners die de afspraak vaststellen de tekst samen, en werken zij ermee? Dan stelden zij die samen vast, ook zonder besluit.',
      en: 'Who wrote the agreement does not matter, except in two cases. First, where a point’s scope says who draws the agreement up. Second, where all the partners who adopt it wrote it together and work by it. They have then adopted it together, even without a formal decision.',
    },
    {
      // Round 177: with one partner left to adopt, raters read 'wrote it and works by it' as adopting it.
      nl: 'Schreef maar één partner de tekst, of een medewerker van één partner? Dan is die niet vastgesteld alleen doordat die partner ermee werkt. Vaststellen gaat dan zoals de andere regels hier zeggen, bijvoorbeeld met een besluit of handtekening.',
      en: 'Suppose only one partner, or a member of its staff, wrote the text. It is then not adopted just because that partner works by it. It must be adopted as the other rules here say, for example by a decision or signature.',
    },
    {
      nl: 'Zegt de tekst na ‘Dit punt gaat over’ dat de vaste partners de afspraak samen opstellen? Dan is een afspraak die zij allemaal samen opstelden, gezamenlijk, zonder apart besluit. Samen vaststellen, elk apart tekenen of een besluit van een stuurgroep van alle partners telt dan ook (keuze van de checklist).',
      en: 'Suppose the scope says the standing partners draw up the agreement together. Then an agreement they all drew up together is joint, even without a separate decision. Adopting it together, each signing it, or a decision of a steering group of all partners counts too (the checklist’s choice).',
    },
    {
      nl: 'Een convenant dat alle partners ondertekenden, telt alleen voor de concrete bepalingen die erin staan. Dat geldt ook voor het convenant ‘persoonsgerichte aanpak voorkoming radicalisering en extremisme’ uit 2017.',
      en: 'A covenant that all partners signed counts only for the concrete provisions it contains. This also applies to the 2017 covenant on the person-centred approach to preventing radicalisation and extremism.',
    },
    {
      nl: 'Zegt zo’n convenant dat een ander document geldt, zoals ‘het werkproces is de werkwijze van de PGA’? Dan geldt dat document als vastgesteld door alle partners. Dat is vanaf de dag waarop het convenant een gezamenlijke afspraak werd, in de versie van die dag.',
      en: 'Suppose such a covenant says that another document applies, such as ‘the work process is the PGA’s way of working’. That document counts as adopted by all partners from the day the covenant became a joint agreement, in its version of that day.',
    },
    {
      nl: 'Een latere versie van zo’n document telt alleen als die versie zelf een gezamenlijke afspraak is (zie ‘Gezamenlijke afspraak’).',
      en: 'A later version of such a document counts only if that version is itself a joint agreement (see ‘Joint agreement’).',
    },
    {
      nl: 'Tekenden partijen een convenant op verschillende dagen, zonder eerder besluit van het casusoverleg? Kijk per dag welke organisaties toen vast meededen. Alleen tekenen is hier geen vast meedoen. Zoek de eerste dag waarop er organisaties vast meededen en al die organisaties hadden getekend. Vanaf die dag is het convenant gezamenlijk.',
      en: 'Suppose parties signed a covenant on different days, with no earlier case-meeting decision. Signing alone is not standing participation here. The covenant becomes joint on the first day on which organisations took part on a standing basis and all of them had signed it. Check this day by day.',
    },
    {
      nl: 'De organisatie die het casusoverleg organiseert of voorzit, hoeft een convenant niet te tekenen, ook als dat een gemeente is. Is het convenant eenmaal gezamenlijk? Dan blijft het dat, ook als een partij daarna vast gaat meedoen of daarmee stopt.',
      en: 'The organisation that hosts or chairs the case meeting need not sign a covenant, even if it is a municipality. Once the covenant is joint, it stays joint, even if a party later starts or stops taking part as a standing partner.',
    },
    {
      nl: 'Heeft jullie PGA meer dan één casusoverleg, zoals één per gemeente? Dan is een afspraak van één van die overleggen een gezamenlijke afspraak voor het deel van het gebied waar dat overleg over gaat. Het is dan geen afspraak van maar een deel van de partners.',
      en: 'Your PGA may have more than one case meeting, such as one per municipality. An agreement of one of these meetings is then a joint agreement for the part of the area that meeting covers. It is then not an agreement of only some of the partners.',
    },
    {
      nl: 'Regelt de afspraak van elk overleg alles wat de vraag noemt, voor het eigen deel van het gebied? Dan regelen die afspraken samen alles. Staat één ervan niet op papier, of wordt één ervan niet altijd gevolgd? Dan is het niveau 3.',
      en: 'If each meeting’s agreement covers everything the question asks about for its own part of the area, those agreements together cover everything. If any of them is not in writing or not always followed, the level is 3.',
    },
    {
      nl: 'Bespreekt elk overleg de eigen afspraak op vaste momenten (zie ‘Wat een terugblik is’)? Dan is er een terugblik, ook al zaten niet alle partners van de PGA erbij. Doet één overleg dat niet? Dan is er geen terugblik.',
      en: 'If each meeting discusses its own agreement at set times (see ‘What a review is’), there is a review. This is so even though not all of the PGA’s partners took part. If one meeting does not, there is no review.',
    },
    {
      nl: 'Regelt een gezamenlijke afspraak voor het hele gebied al alles wat de vraag noemt? Dan maakt een extra afspraak voor een deel van het gebied niets uit voor het niveau, ook niet voor de terugblik.',
      en: 'Suppose a joint agreement for the whole area already covers everything the question asks about. Then an extra agreement for part of the area does not change the level or the review.',
    },
    {
      nl: 'Werkt een overleg anders dan de afspraak voor het hele gebied, op grond van een eigen extra afspraak? Dan is dat een afwijking, geen uitzondering (keuze van de checklist). Besloten de partners van de afspraak voor het hele gebied vooraf tot dat verschil? Dan niet.',
      en: 'Suppose a meeting works differently from the agreement for the whole area, because of an extra agreement of its own. That is a departure, not an exception (the checklist’s choice). If the partners to the whole-area agreement decided on that difference beforehand, it is not.',
    },
  ],
};
