import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { CONTENT_VERSION } from '../../../src/content/version';
import { allQuestions } from '../../../src/domain/content-index';
import { lowerAnswer, upgradeContent } from '../../../src/domain/content-upgrade';
import { decodeStored, parseImport } from '../../../src/domain/file-format';
import { addSource } from '../../../src/domain/session-sources';
import { createAssessment } from '../../../src/domain/assessment';
import type { Answer, Assessment } from '../../../src/domain/types';
import { migrate } from '../../../src/domain/migrations';
import { addedSince } from '../../support/added-since';

const FILE = readFileSync('tests/fixtures/content-2024.1.pgascan.json', 'utf8');
const raw = JSON.parse(FILE) as { assessment: Record<string, unknown> };
// The file's schema brought up to date first, as every read does; the checklist stays the old one.
const migrated = migrate(raw.assessment);
const old = (migrated.ok ? migrated.data : raw.assessment) as unknown as Assessment;
const oldAnswers = old.answers as Record<string, Answer>;

/** Questions added in 2024.3 and still asked: no older answer leads to them. */
const NEW_IN_2024_3 = [
  'sig-veiligheidsbeeld',
  'dui-informatie-recent',
  'mon-wat',
  'mon-opschalen',
  'sam-visie',
  'geg-terughoudend',
  'geg-format-volledig',
];

function imported(): Assessment {
  const result = parseImport(FILE, FILE.length);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.assessment;
}

describe('merging two answers into one question', () => {
  it('keeps the lower level, prefers a level to none, and don’t-know to n/a', () => {
    expect(lowerAnswer(4, 2)).toBe(2);
    expect(lowerAnswer(2, 4)).toBe(2);
    expect(lowerAnswer(3, 3)).toBe(3);
    expect(lowerAnswer(null, 5)).toBe(5);
    expect(lowerAnswer('na', 1)).toBe(1);
    expect(lowerAnswer('unknown', 'na')).toBe('unknown');
    expect(lowerAnswer('na', 'unknown')).toBe('unknown');
    expect(lowerAnswer(null, 'na')).toBe('na');
    expect(lowerAnswer(null, null)).toBeNull();
  });
});

describe('a scan made with checklist 2024.1', () => {
  const result = parseImport(FILE, FILE.length);

  it('imports, reports what changed, and ends on the current checklist with every question answered', () => {
    expect(result.ok && result.upgrade).toEqual({
      from: '2024.1',
      to: CONTENT_VERSION,
      renamed: 3,
      // Two in 2024.2 and 2024.3, three more in 2024.4 (the questions that repeated a level's condition).
      merged: 5,
      removed: 1,
      split: 1,
    });
    const a = imported();
    expect(a.contentVersion).toBe(CONTENT_VERSION);
    const current = allQuestions(CHECKLIST).map((r) => r.question.id);
    const added = addedSince('2024.1');
    expect(Object.keys(a.answers).sort()).toEqual(
      current.filter((id) => !NEW_IN_2024_3.includes(id) && !added.has(id)).sort(),
    );
  });

  it('keeps the lower level and both notes where two questions merged', () => {
    expect(imported().answers['mon-impasse-afspraak']).toEqual({
      level: 2,
      note: 'Afspraak over impasse staat in het werkproces.\n\nImpasse: bij ons blijven casussen hangen, zie notulen maart.',
      mergedFrom: ['dui-geen-informatie'],
    });
  });

  it('carries renamed questions over unchanged', () => {
    const a = imported();
    expect(a.answers['not-transparant']).toEqual(oldAnswers['not-contact-houding']);
    expect(a.answers['int-extern-intrekking']).toEqual(oldAnswers['int-extern-buiten-beeld']);
  });

  it('keeps the answer to a removed question, from the scan and from its earlier-scan snapshot', () => {
    expect(imported().retired).toEqual([
      {
        questionId: 'not-contact-opbouwen',
        contentVersion: '2024.1',
        level: 3,
        note: 'Contact loopt vaak via de schuldhulp: “haakje”.',
        from: 'answers',
      },
      {
        questionId: 'not-contact-opbouwen',
        contentVersion: '2024.1',
        level: 2,
        note: 'Eerdere scan: contact via familie.',
        from: 'baseline',
      },
    ]);
  });

  it('loses no note: every old note is in an answer or among the removed ones', () => {
    const a = imported();
    const kept = [...Object.values(a.answers).map((x) => x.note), ...a.retired.map((r) => r.note)].join('\n');
    for (const [id, answer] of Object.entries(oldAnswers)) expect(kept, id).toContain(answer.note);
  });

  it('loses no level: every old level is kept, or a lower one stands in its merged question', () => {
    const a = imported();
    const where: Record<string, string> = {
      'dui-geen-informatie': 'mon-impasse-afspraak',
      'not-contact-houding': 'not-transparant',
      'int-extern-buiten-beeld': 'int-extern-intrekking',
      'int-format-dossier': 'geg-format',
      'mon-wie-wat': 'mon-wie',
      'sam-werkproces-papier': 'sam-werkproces-helder',
      'sam-afspraken-samen': 'sam-afspraken-helder',
      'geg-wat-wie-wanneer': 'geg-per-fase',
    };
    for (const [id, answer] of Object.entries(oldAnswers)) {
      if (id === 'not-contact-opbouwen') {
        expect(a.retired[0]?.level).toBe(answer.level);
        continue;
      }
      const now = a.answers[where[id] ?? id]?.level;
      if (typeof answer.level === 'number' && typeof now === 'number')
        expect(now, id).toBeLessThanOrEqual(answer.level);
      // Where a don't-know or N/A met a level in a merged question, the level stands.
      else if (!(id in where && typeof now === 'number')) expect(now, id).toBe(answer.level);
    }
  });

  it('moves actions to the point their template now sits under, and drops withdrawn templates only', () => {
    const byId = Object.fromEntries(
      imported().actions.map((x) => [x.id, [x.attentionPointId, x.templateId]]),
    );
    expect(byId).toEqual({
      'act-1': ['sig-signaalkennis', 'sig-structuur-training'],
      'act-2': ['sig-structuur', undefined],
      'act-3': ['not-openheid', undefined],
      'act-4': ['mon-impasse', 'mon-impasse-protocol'],
      'act-5': ['int-aansluiting', undefined],
      'act-6': ['sam-regie', 'sam-afspraken-procesregisseur'],
    });
    expect(imported().dismissed).toEqual(['mon-impasse-protocol', 'weg-kennis-expert']);
  });

  it('maps partner scans already in the session and the shows of hands', () => {
    const { workshop } = imported();
    const source = workshop.sources[0];
    expect(source?.contentVersion).toBe(CONTENT_VERSION);
    expect(source?.answers['mon-impasse-afspraak']).toBe(1);
    expect(source?.answers['not-transparant']).toBe(oldAnswers['not-contact-houding']?.level);
    expect(source?.answers).not.toHaveProperty('dui-geen-informatie');
    expect(source?.answers).not.toHaveProperty('not-contact-opbouwen');
    expect(workshop.tallies).toMatchObject({
      'mon-impasse-afspraak': { '2': 3, '4': 1 },
      'int-extern-intrekking': { '1': 2, '2': 2 },
    });
    expect(Object.keys(workshop.tallies)).toHaveLength(2);
  });

  it('opens from browser storage the same way, and an upgraded scan needs no second upgrade', () => {
    const stored = decodeStored(JSON.stringify({ ...old }));
    expect(stored.ok && stored.upgrade?.merged).toBe(5);
    expect(stored.ok && stored.assessment).toEqual(imported());
    expect(upgradeContent(imported()).upgrade).toBeUndefined();
  });

  it('merges into a workshop as a partner file without losing a level', () => {
    const facilitator = createAssessment(
      { title: 'Sessie', region: 'Regio', date: '2026-11-29' },
      CONTENT_VERSION,
      new Date(),
    );
    const added = addSource(CHECKLIST, facilitator, imported(), new Date());
    expect(added.ignored).toBe(0);
    const levels = added.workshop.sources[0]?.answers ?? {};
    expect(levels['mon-impasse-afspraak']).toBe(2);
    // Every old answer but the removed one and the five merged into another question.
    expect(Object.keys(levels)).toHaveLength(Object.keys(oldAnswers).length - 6);
  });

  it('leaves a scan of the current checklist, or of an unknown one, alone', () => {
    const fresh = createAssessment(
      { title: 'Nieuw', region: '', date: '2026-11-29' },
      CONTENT_VERSION,
      new Date(),
    );
    expect(upgradeContent(fresh)).toEqual({ assessment: fresh });
    const future = {
      ...fresh,
      contentVersion: '2031.1',
      answers: { 'dui-geen-informatie': { level: 3 as const, note: '' } },
    };
    expect(upgradeContent(future)).toEqual({ assessment: future });
  });

  it('counts only answered questions as changed, so an empty old scan gets no notice', () => {
    const blank: Assessment = { ...old, answers: {}, baseline: undefined, retired: [] };
    const result = upgradeContent(blank);
    expect(result.upgrade).toBeUndefined();
    expect(result.assessment.contentVersion).toBe(CONTENT_VERSION);
  });
});
