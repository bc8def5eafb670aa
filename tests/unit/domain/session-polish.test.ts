import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { buildResults } from '../../../src/domain/results';
import { fileName } from '../../../src/browser/files';
import { seededAssessment } from '../../e2e/seed';

describe('issue 23 §6: smaller things', () => {
  it('never names the same point as both strongest and weakest, also with only a few points scored', () => {
    for (const scored of [1, 2, 3, 4, 5, 6, 40]) {
      const a = seededAssessment();
      const keep = new Set(
        CHECKLIST.sections
          .flatMap((s) => s.attentionPoints)
          .slice(0, scored)
          .flatMap((p) => p.questions.map((q) => q.id)),
      );
      a.answers = Object.fromEntries(Object.entries(a.answers).filter(([id]) => keep.has(id)));
      const r = buildResults(CHECKLIST, a);
      const strong = r.strongest.map((p) => p.point.id);
      const weak = r.weakest.map((p) => p.point.id);
      expect(
        strong.filter((id) => weak.includes(id)),
        `${scored} points`,
      ).toEqual([]);
      expect(strong.length, `${scored} points`).toBeGreaterThan(0);
      if (scored >= 2) expect(weak.length, `${scored} points`).toBeGreaterThan(0);
    }
  });

  it('names an invitation after the session and the partner, and cuts a long name at a word', () => {
    expect(fileName('uitnodiging Werksessie PGA 2026 Politie Oost', '', 'pgascan.json')).toBe(
      'uitnodiging-werksessie-pga-2026-politie-oost.pgascan.json',
    );
    const long = fileName(
      'PGA-partnersessie najaar 2026 Openbaar Ministerie parket Oost-Nederland',
      '2026-11-30',
      'pgascan.json',
    );
    expect(long).toBe('pga-partnersessie-najaar-2026-openbaar-ministerie-parket-2026-11-30.pgascan.json');
  });
});
