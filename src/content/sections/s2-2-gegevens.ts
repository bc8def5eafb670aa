import type { Section } from '../types';
import { t } from '../text';
import { gegDelen } from '../points/geg-delen';
import { gegDossier } from '../points/geg-dossier';

export const gegevens: Section = {
  id: 'gegevens',
  ref: '2.2',
  phase: 'gegevens',
  title: t('Gegevensdeling en dossiervorming', 'Information sharing and record-keeping'),
  summary: t(
    'Signalering en aanpak volgen nu vooral het convenant over de persoonsgerichte aanpak van radicalisering en extremisme uit 2017. Dat geeft geen specifieke wettelijke grondslag; die moet een wet in voorbereiding bieden. Daarnaast kan de burgemeester op grond van de Gemeentewet (art. 172) de openbare orde handhaven, heeft het college taken in het sociaal domein, en geldt de AVG. Lokaal moet worden vastgelegd wat op welk moment door wie wordt gedeeld en vastgelegd, en wanneer informatie wordt verwijderd.',
    'Signalling and the approach currently follow mainly the 2017 covenant on the case-based approach to preventing radicalisation and extremism. It gives no specific legal basis; a bill in preparation is meant to provide one. In addition, the mayor may maintain public order under the Municipalities Act (art. 172), the municipal executive has tasks in the social domain, and the GDPR applies. Locally it must be set down what is shared and recorded, at what moment and by whom, and when information is deleted.',
  ),
  attentionPoints: [gegDelen, gegDossier],
};
