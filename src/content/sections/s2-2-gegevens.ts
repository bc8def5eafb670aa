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
    'Toen het rapport verscheen (mei 2024), golden voor het inventariseren van signalen en voor de aanpak vooral de bepalingen van het convenant uit 2017. Dat convenant gaat over de persoonsgerichte aanpak om radicalisering en extremisme te voorkomen. Het geeft geen specifieke wettelijke grondslag. Een wet voor die grondslag was toen in voorbereiding; de verwachting was dat die in 2024 in werking zou treden. Ga na wat nu geldt.\n\nDaarnaast kan de PGA steunen op art. 172 Gemeentewet: de burgemeester is bevoegd de openbare orde te handhaven. Ook heeft het college taken in het sociaal domein die voor de PGA kunnen worden ingezet. De AVG geldt. Het is van belang dat partners lokaal afspraken vastleggen over wie wat op welk moment deelt en vastlegt, en wanneer informatie wordt verwijderd.',
    'When the report appeared (May 2024), taking stock of signals and running the approach were governed mainly by the 2017 covenant. This covenant, on the person-centred approach to preventing radicalisation and extremism, provides no specific legal basis. A law meant to provide one was then in preparation; at the time it was expected to take effect in 2024. Check what applies now.\n\nThe PGA can also rest on art. 172 of the Municipalities Act, which gives the mayor the power to maintain public order. The municipal executive also has tasks in the social domain that can be used for the PGA. The GDPR applies. It is important that the partners agree locally, in writing, who shares and records which information at which moment, and when it is deleted.',
  ),
  attentionPoints: [gegDelen, gegDossier],
};
