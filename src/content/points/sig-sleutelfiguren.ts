import type { AttentionPoint } from '../types';
import { EVALUATION_BASIS, lv, rubric, t } from '../text';

const FOCUS = t(
  '§1.1: er is vooral geïnvesteerd in sleutelfiguren in de moslimgemeenschap.',
  '§1.1: investment has gone mainly into key figures in the Muslim community.',
);
const UNCLEAR = t(
  '§1.1: voor veel organisaties is niet duidelijk om welke gemeenschappen het lokaal gaat.',
  '§1.1: many organisations do not know which communities matter locally.',
);
const BROAD = t(
  '§1.1: een netwerk van sleutelfiguren in andere gemeenschappen is net zo belangrijk.',
  '§1.1: a network of key figures in other communities matters just as much.',
);

export const sigSleutelfiguren: AttentionPoint = {
  id: 'sig-sleutelfiguren',
  ref: '1.1',
  title: t('Sleutelfiguren in alle gemeenschappen', 'Key figures in every community'),
  summary: t(
    'De afgelopen jaren lag de nadruk op moslimextremisme. Daarom is vooral geïnvesteerd in sleutelfiguren in de moslimgemeenschap. Contact met hen blijft belangrijk. Maar ook in andere gemeenschappen, waar andere vormen van extremisme spelen, is een netwerk nodig. Veel organisaties weten niet om welke gemeenschappen het lokaal gaat.',
    'In recent years the focus was on Muslim extremism. Investment therefore went mainly into key figures in the Muslim community. Contact with them remains important. But a network is also needed in other communities, where other forms of extremism occur. Many organisations do not know which communities matter locally.',
  ),
  rubric: rubric(
    lv(
      t(
        'De gemeente heeft geen contact met sleutelfiguren.',
        'The municipality has no contact with key figures.',
      ),
      FOCUS,
    ),
    lv(
      t(
        'Contact met sleutelfiguren loopt via enkele personen en blijft beperkt tot één gemeenschap.',
        'Contact with key figures runs through a few people and stays limited to one community.',
      ),
      FOCUS,
    ),
    lv(
      t(
        'De partners hebben besproken welke gemeenschappen lokaal van belang zijn, maar hebben nog niet met al die gemeenschappen contact.',
        'The partners have discussed which communities matter locally, but are not yet in contact with all of them.',
      ),
      UNCLEAR,
    ),
    lv(
      t(
        'Een bijgehouden overzicht noemt sleutelfiguren in alle gemeenschappen die lokaal van belang zijn, elk met een vaste contactpersoon.',
        'A maintained overview names key figures in every community that matters locally, each with a named contact person.',
      ),
      BROAD,
    ),
    lv(
      t(
        'De partners bekijken op vaste momenten of het netwerk nog past bij wat lokaal speelt, en vullen het aan.',
        'The partners check at set times whether the network still fits what happens locally, and extend it.',
      ),
      EVALUATION_BASIS,
    ),
  ),
  questions: [
    {
      id: 'sig-sleutelfiguren-beeld',
      origin: 'report',
      reportQuestion: 3,
      text: t(
        'Weten jullie welke sleutelfiguren in de gemeente of regio een signalerende rol kunnen hebben, ook in andere gemeenschappen?',
        'Do you know which key figures in the municipality or region could help spot signals, including in other communities?',
      ),
    },
    {
      id: 'sig-sleutelfiguren-contact',
      origin: 'report',
      reportQuestion: 4,
      text: t(
        'In hoeverre hebben jullie vanuit de gemeente goed contact met deze sleutelfiguren?',
        'To what extent do you, as the municipality, have good contact with these key figures?',
      ),
    },
  ],
  suggestedActions: [
    {
      id: 'sig-sleutelfiguren-kaart',
      title: t('Gemeenschappen en sleutelfiguren in kaart brengen', 'Map communities and key figures'),
      description: t(
        'Breng samen met de partners in kaart in welke gemeenschappen lokaal vormen van radicalisering en extremisme voorkomen. Noteer wie daar sleutelfiguren zijn.',
        'With the partners, map which local communities see forms of radicalisation and extremism. Note who the key figures there are.',
      ),
    },
    {
      id: 'sig-sleutelfiguren-netwerk',
      title: t('Netwerk van sleutelfiguren verbreden', 'Broaden the network of key figures'),
      description: t(
        'Bouw contact op met sleutelfiguren in andere gemeenschappen dan waar het netwerk nu ligt. Spreek af wie dat contact onderhoudt.',
        'Build contact with key figures in communities other than where the network lies now. Agree who maintains that contact.',
      ),
    },
  ],
};
