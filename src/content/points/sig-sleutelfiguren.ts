import type { AttentionPoint } from '../types';
import { rubric, t } from '../text';

export const sigSleutelfiguren: AttentionPoint = {
  id: 'sig-sleutelfiguren',
  ref: '1.1',
  title: t('Brede inzet op sleutelfiguren', 'Key figures across all communities'),
  summary: t(
    'De afgelopen jaren is vooral geïnvesteerd in een netwerk van sleutelfiguren in de moslimgemeenschap, omdat de aandacht lag op moslimextremisme. Contact met sleutelfiguren in andere gemeenschappen, waar andere vormen van radicalisering en extremisme voorkomen, is even belangrijk. Veel organisaties weten niet om welke gemeenschappen het lokaal gaat.',
    'In recent years investment went mainly into a network of key figures in the Muslim community, as attention was on Islamist extremism. Contact with key figures in other communities, where other forms of radicalisation and extremism occur, matters just as much. Many organisations do not know which communities are relevant locally.',
  ),
  rubric: rubric(
    t(
      'Er is geen beeld van relevante sleutelfiguren en geen contact met hen.',
      'There is no picture of relevant key figures and no contact with them.',
    ),
    t(
      'Er is contact met enkele sleutelfiguren, vooral in één gemeenschap, via individuele professionals.',
      'There is contact with a few key figures, mainly in one community, through individual professionals.',
    ),
    t(
      'Partners hebben afgesproken welke gemeenschappen en sleutelfiguren relevant zijn, maar het netwerk is nog smal of niet onderhouden.',
      'Partners have agreed which communities and key figures matter, but the network is still narrow or not maintained.',
    ),
    t(
      'Er is een vastgelegd overzicht van sleutelfiguren in meerdere gemeenschappen; contact wordt structureel onderhouden.',
      'There is a written overview of key figures in several communities; contact is maintained on a regular basis.',
    ),
    t(
      'Het netwerk wordt periodiek getoetst aan lokale ontwikkelingen en uitgebreid waar nieuwe vormen van extremisme opkomen.',
      'The network is checked against local developments at set intervals and extended where new forms of extremism emerge.',
    ),
  ),
  questions: [
    {
      id: 'sig-sleutelfiguren-beeld',
      origin: 'report',
      reportQuestion: 3,
      text: t(
        'Is in beeld welke sleutelfiguren in de gemeente of regio een belangrijke signalerende functie kunnen hebben, ook in andere gemeenschappen dan waar de aandacht tot nu toe lag?',
        'Do you know which key figures in the municipality or region could play an important role in spotting signals, including in communities other than those that have had attention so far?',
      ),
    },
    {
      id: 'sig-sleutelfiguren-contact',
      origin: 'report',
      reportQuestion: 4,
      text: t(
        'In hoeverre heeft de gemeente goed contact met deze sleutelfiguren?',
        'How good is the municipality’s contact with these key figures?',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'sig-sleutelfiguren-kaart',
      title: t('Gemeenschappen en sleutelfiguren in kaart brengen', 'Map communities and key figures'),
      description: t(
        'Breng samen met de partners in kaart in welke gemeenschappen lokaal vormen van radicalisering en extremisme voorkomen, en wie daar sleutelfiguren zijn.',
        'With the partners, map which local communities see forms of radicalisation and extremism, and who the key figures there are.',
      ),
    },
    {
      id: 'sig-sleutelfiguren-netwerk',
      title: t('Netwerk van sleutelfiguren verbreden', 'Broaden the network of key figures'),
      description: t(
        'Bouw contact op met sleutelfiguren buiten de gemeenschap waar het netwerk nu ligt, en spreek af wie dat contact onderhoudt.',
        'Build contact with key figures beyond the community where the network lies now, and agree who maintains that contact.',
      ),
    },
  ],
};
