import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { actionsCsv, type CsvLabels } from '../../../src/report/csv';
import type { Action } from '../../../src/domain/types';

const labels: CsvLabels = {
  headers: [
    'Stap',
    'Aandachtspunt',
    'Actie',
    'Omschrijving',
    'Eigenaar',
    'Gereed op',
    'Prioriteit',
    'Status',
  ],
  priority: { high: 'Hoog', medium: 'Middel', low: 'Laag' },
  status: { open: 'Open', 'in-progress': 'Bezig', done: 'Gereed' },
};
const action = (patch: Partial<Action>): Action => ({
  id: 'x',
  attentionPointId: 'weg-kennis',
  title: 'Kennissessies',
  description: '',
  owner: 'Politie',
  due: '2027-03-01',
  priority: 'high',
  status: 'open',
  origin: 'suggested',
  ...patch,
});

describe('CSV for Dutch Excel', () => {
  it('starts with a BOM and uses semicolons and CRLF', () => {
    const csv = actionsCsv(CHECKLIST, [action({})], 'nl', labels);
    expect(csv).toBe(
      '\ufeffStap;Aandachtspunt;Actie;Omschrijving;Eigenaar;Gereed op;Prioriteit;Status\r\n' +
        '§1.2 Wegen van signalen;Kennis van stromingen;Kennissessies;;Politie;2027-03-01;Hoog;Open\r\n',
    );
  });

  it('keeps diacritics and quotes fields with separators, quotes or line breaks', () => {
    const csv = actionsCsv(
      CHECKLIST,
      [action({ title: 'Eén “plan”; ĳ €', description: 'regel 1\nregel "2"' })],
      'nl',
      labels,
    );
    expect(csv).toContain(';"Eén “plan”; ĳ €";"regel 1\nregel ""2""";');
  });

  it('defuses cells that a spreadsheet would run as a formula', () => {
    const csv = actionsCsv(
      CHECKLIST,
      [action({ title: '=HYPERLINK("x")', owner: '+31 6', description: '@SUM(A1)' })],
      'nl',
      labels,
    );
    expect(csv).toContain(`;"'=HYPERLINK(""x"")";'@SUM(A1);'+31 6;`);
  });

  it('uses the chosen language for content titles', () => {
    expect(actionsCsv(CHECKLIST, [action({})], 'en', labels)).toContain(
      '§1.2 Assessing signals;Knowledge of movements;',
    );
  });
});
