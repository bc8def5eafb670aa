// The checklist's skeleton, ids only: enough for the start page to show each scan's progress without
// loading the whole checklist text. A unit test keeps it equal to pga-2024.ts.
export interface OutlineSection {
  id: string;
  attentionPoints: { questions: { id: string }[] }[];
}

// prettier-ignore
export const OUTLINE: { sections: OutlineSection[] } = {
  sections: [
    { id: 'signaleren', attentionPoints: [
      { questions: [{ id: 'sig-structuur-helder' }, { id: 'sig-structuur-bekend' }] },
      { questions: [{ id: 'sig-kennis' }, { id: 'sig-online-training' }] },
      { questions: [{ id: 'sig-sleutelfiguren-beeld' }, { id: 'sig-sleutelfiguren-contact' }, { id: 'sig-veiligheidsbeeld' }] },
      { questions: [{ id: 'sig-online-contact' }] },
    ] },
    { id: 'wegen', attentionPoints: [
      { questions: [{ id: 'weg-manier' }, { id: 'weg-criteria' }, { id: 'weg-betrokkenen' }, { id: 'weg-instrumenten' }, { id: 'weg-vastleggen' }] },
      { questions: [{ id: 'weg-toegerust' }, { id: 'weg-nieuwe-stromingen' }] },
    ] },
    { id: 'duiden', attentionPoints: [
      { questions: [{ id: 'dui-gaandeweg' }, { id: 'dui-criteria' }, { id: 'dui-informatie' }, { id: 'dui-informatie-recent' }, { id: 'dui-thermometer' }, { id: 'dui-rechtmatig' }] },
      { questions: [{ id: 'dui-onvolledig-beeld' }] },
    ] },
    { id: 'notificeren', attentionPoints: [
      { questions: [{ id: 'not-afspraken' }, { id: 'not-uitzonderingsgrond' }, { id: 'not-afwijken' }, { id: 'not-transparant' }] },
    ] },
    { id: 'doel', attentionPoints: [
      { questions: [{ id: 'doel-concreet' }, { id: 'doel-gezamenlijk' }, { id: 'doel-onderbouwing' }] },
    ] },
    { id: 'interventies', attentionPoints: [
      { questions: [{ id: 'int-aansluiting-doelen' }, { id: 'int-factoren' }, { id: 'int-format-overleg' }, { id: 'int-palet-breed' }, { id: 'int-cognitieve-opening' }] },
      { questions: [{ id: 'int-extern-voorbereiden' }, { id: 'int-extern-intrekking' }] },
    ] },
    { id: 'monitoren', attentionPoints: [
      { questions: [{ id: 'mon-impasse-afspraak' }, { id: 'mon-impasse-besluit' }] },
      { questions: [{ id: 'mon-definitie' }, { id: 'mon-overgang' }, { id: 'mon-afsluiten' }, { id: 'mon-wie' }, { id: 'mon-wat' }, { id: 'mon-opschalen' }, { id: 'mon-heropenen' }] },
    ] },
    { id: 'samenwerking', attentionPoints: [
      { questions: [{ id: 'sam-perspectieven-bespreekbaar' }, { id: 'sam-visie' }] },
      { questions: [{ id: 'sam-werkproces-helder' }, { id: 'sam-rollen' }] },
      { questions: [{ id: 'sam-afspraken-helder' }, { id: 'sam-omgangsvormen' }] },
      { questions: [{ id: 'sam-procesregie' }] },
    ] },
    { id: 'gegevens', attentionPoints: [
      { questions: [{ id: 'geg-per-fase' }, { id: 'geg-bewaren' }, { id: 'geg-verwijderen' }, { id: 'geg-niet-deelbaar' }, { id: 'geg-terughoudend' }] },
      { questions: [{ id: 'geg-afspraken-manier' }, { id: 'geg-afspraken-wie' }, { id: 'geg-format' }, { id: 'geg-format-volledig' }] },
    ] },
  ],
};
