import type { Section } from '../types';
import { t } from '../text';
import { wegSystematisch } from '../points/weg-systematisch';
import { wegKennis } from '../points/weg-kennis';

export const wegen: Section = {
  id: 'wegen',
  ref: '1.2',
  phase: 'wegen',
  title: t('Wegen van signalen', 'Assessing signals'),
  summary: t(
    'Bij het wegen beoordeelt een weegploeg van gemeente, politie en OM welke risico’s voor de openbare orde en veiligheid uit een signaal blijken. Op basis daarvan besluit zij of een PGA start. Het rapport noemt in de inleiding twee kanten. De partners werken op het scherpst van de snede: het thema is gevoelig, en een terroristisch misdrijf heeft grote gevolgen. Tegelijk zijn gemeenten voorzichtig: een label als extremist of radicaal kan iemands leven flink raken.\n\nHoe er gewogen wordt, verschilt: met of zonder risicotaxatie-instrument, en vaak op kennis, ervaring en niet-pluisgevoel. Een wetsvoorstel (Kamerstuk 36 225) wil het OM standaard laten meedoen aan de weging en het casusoverleg. Toen het rapport verscheen, moest de Eerste Kamer dat voorstel nog aannemen (§2.1, voetnoot 9).',
    'In the assessment, a team of the municipality, police and Public Prosecution Service (OM) judges what risks a signal poses to public order and safety. On that basis it decides whether a PGA starts. The report’s introduction names two sides. The partners work where the stakes are highest: the subject is sensitive, and a terrorist offence has grave consequences. At the same time, municipalities are cautious: being labelled an extremist or a radical can have a major impact on someone’s life.\n\nHow the assessment is done varies: with or without a risk-assessment instrument, and often on knowledge, experience and gut feeling. Bill 36 225 would make the OM a standard partner in the assessment and in the case meeting. When the report appeared, the Senate had yet to pass that bill (§2.1, footnote 9).',
  ),
  attentionPoints: [wegSystematisch, wegKennis],
};
