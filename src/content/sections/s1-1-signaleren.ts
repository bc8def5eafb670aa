import type { Section } from '../types';
import { t } from '../text';
import { sigStructuur } from '../points/sig-structuur';
import { sigSignaalkennis } from '../points/sig-signaalkennis';
import { sigSleutelfiguren } from '../points/sig-sleutelfiguren';
import { sigOnline } from '../points/sig-online';

export const signaleren: Section = {
  id: 'signaleren',
  ref: '1.1',
  phase: 'signaleren',
  title: t('Signaleren', 'Spotting signals'),
  summary: t(
    'Signaleren is het opmerken van gedrag dat kan wijzen op radicalisering of terroristische activiteiten. De politie is doorgaans de belangrijkste partij die signalen opmerkt. Dat kan vroeg gebeuren, of wanneer iemand al concrete plannen maakt voor een terroristisch misdrijf. Ook andere partijen brengen signalen in, zoals reclassering, zorginstellingen en mensen uit iemands omgeving, meestal familie. Een signaal is bijvoorbeeld dat iemand herhaaldelijk samen wordt gezien met mensen die als geradicaliseerd of extremistisch bekendstaan. Een ander signaal is dat iemand bepaalde uitspraken doet of symbolen gebruikt, zoals een hakenkruis. Vaak gaat het om een optelsom: groeiende problemen op de leefgebieden, samen met radicale of gewelddadige uitingen.',
    'Spotting signals means noticing behaviour that may point to radicalisation or terrorist activity. The police are usually the main party that spots signals. This can be at an early stage, or when someone is already making concrete plans for a terrorist offence. The probation service, care providers and people close to the person, usually relatives, also report signals. A signal may be, for example, that someone is repeatedly seen with people known to be radicalised or extremist. Another signal is that someone makes certain statements or uses symbols, such as a swastika. It is often a combination: mounting problems in areas of someone’s life, together with radical or violent expressions.',
  ),
  attentionPoints: [sigStructuur, sigSignaalkennis, sigSleutelfiguren, sigOnline],
};
