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
    'Voor het inventariseren van signalen en voor de aanpak gelden nu vooral de regels van het convenant uit 2017. Dat convenant gaat over de persoonsgerichte aanpak om radicalisering en extremisme te voorkomen. Dat convenant geeft geen specifieke wettelijke grondslag. Een wet die die grondslag moet geven, was bij het verschijnen van het rapport in voorbereiding. Daarnaast kan de PGA steunen op art. 172 Gemeentewet: de burgemeester is bevoegd de openbare orde te handhaven. Ook heeft het college taken in het sociaal domein die voor de PGA kunnen worden ingezet. De AVG geldt. Het is van belang dat partners lokaal vastleggen wie wat op welk moment deelt en vastlegt, en wanneer informatie wordt verwijderd.',
    'At present, taking stock of signals and running the approach are governed mainly by the 2017 covenant on the person-centred approach to preventing radicalisation and extremism. That covenant gives no specific legal basis. A law meant to provide one was in preparation when the report appeared. The PGA can also rest on art. 172 of the Municipalities Act, which gives the mayor the power to maintain public order. The municipal executive also has tasks in the social domain that can be used for the PGA. The GDPR applies. It is important that the partners agree locally, in writing, who shares and records which information at which stage, and when it is deleted.',
  ),
  attentionPoints: [gegDelen, gegDossier],
};
