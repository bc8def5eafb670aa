// WCAG 2.1 A and AA: Robust (principle 4).
import type { SuccessCriterion } from './types';
import { t } from '../text';

export const ROBUST: SuccessCriterion[] = [
  {
    id: '4.1.1',
    level: 'A',
    name: t('Parsen', 'Parsing'),
    how: t(
      'De HTML komt uit Vue-sjablonen; id’s zijn uniek.',
      'The HTML comes from Vue templates; ids are unique.',
    ),
    check: t('axe-core (duplicate-id)', 'axe-core (duplicate-id)'),
  },
  {
    id: '4.1.2',
    level: 'A',
    name: t('Naam, rol, waarde', 'Name, role, value'),
    how: t(
      'Standaard HTML-elementen; uitklapblokken zijn details/summary; de schaal bestaat uit radioknoppen.',
      'Standard HTML elements; disclosures are details/summary; the scale is a set of radio buttons.',
    ),
    check: t('axe-core en ScaleInput.test.ts', 'axe-core and ScaleInput.test.ts'),
  },
  {
    id: '4.1.3',
    level: 'AA',
    name: t('Statusberichten', 'Status messages'),
    how: t(
      'Opslaan, importeren, downloaden en fouten worden gemeld in role="status" of role="alert".',
      'Saving, importing, downloading and errors are announced in role="status" or role="alert".',
    ),
    check: t(
      'journey.test.ts, data.test.ts en write-failures.test.ts lezen de meldingen',
      'journey.test.ts, data.test.ts and write-failures.test.ts read the messages',
    ),
  },
];
