import type { Section } from '../types';
import { t } from '../text';
import { wegSystematisch } from '../points/weg-systematisch';
import { wegKennis } from '../points/weg-kennis';

export const wegen: Section = {
  id: 'wegen',
  ref: '1.2',
  phase: 'wegen',
  title: t('Wegen van signalen', 'Weighing signals'),
  summary: t(
    'Bij het wegen schat een weegploeg van gemeente, politie en OM in welke risico’s een signaal voor de openbare orde en veiligheid meebrengt, en beslist of een PGA wordt gestart. Hoe dat gebeurt, verschilt sterk: met of zonder risicotaxatie-instrument, en vaak op basis van kennis, ervaring en niet-pluisgevoel.',
    'In weighing, a team from the municipality, police and Public Prosecution Service (OM) judges what risks a signal poses to public order and safety, and decides whether to start a PGA. How this is done varies widely: with or without a risk-assessment instrument, and often on knowledge, experience and gut feeling.',
  ),
  attentionPoints: [wegSystematisch, wegKennis],
};
