import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeStored, exportFile, MAX_FILE_BYTES, parseImport } from '../../../src/domain/file-format';
import { lowerAnswer } from '../../../src/domain/content-upgrade';
import { SCHEMA_VERSION, type AnswerValue } from '../../../src/domain/types';
import { seededAssessment } from '../../e2e/seed';
import { MERGED_IN_2024_4 } from '../../support/merged-2024-4';
import { CONTENT_VERSION } from '../../../src/content/version';

const fixture = (name: string) => readFileSync(`tests/fixtures/${name}`, 'utf8');
const load = (name: string) => parseImport(fixture(name), Buffer.byteLength(fixture(name)));

type Answers = Record<string, { level: unknown; note: string; mergedFrom?: string[] }>;

/**
 * What an older scan's answers become now, written out by hand. 2024.1 → 2024.2: two questions renamed, one
 * merged into the impasse question (lower level, both notes), one removed (kept aside, so absent here).
 * 2024.2 → 2024.3: one renamed, and the §1.6 case-file format question merged into the §2.2 one.
 * 2024.3 → 2024.4: five questions that repeated a level's condition merged into the question they repeated.
 * 2024.4 → 2024.5: one question split; its answer stays, so the answers do not change.
 */
function expectedAnswers(scan: { contentVersion?: string; answers: Answers }): Answers {
  const version = scan.contentVersion ?? '2024.1';
  const a = version === '2024.1' ? from2024_1({ ...scan.answers }) : { ...scan.answers };
  return version === '2024.4' || version === '2024.5'
    ? a
    : from2024_3(version === '2024.3' ? a : from2024_2(a));
}

function from2024_3(answers: Answers): Answers {
  let a = answers;
  for (const [id, to] of MERGED_IN_2024_4) {
    const { [id]: moved, ...rest } = a;
    if (!moved) continue;
    const target = rest[to];
    a = {
      ...rest,
      [to]: {
        level: lowerAnswer((target?.level ?? null) as AnswerValue, moved.level as AnswerValue),
        note: [target?.note ?? '', moved.note].filter((n) => n !== '').join('\n\n'),
        mergedFrom: [...(target?.mergedFrom ?? []), id],
      },
    };
  }
  return a;
}

/** A partner's levels from 2024.3 on: the lower of two levels that meet. */
function levelsFrom2024_3(levels: Record<string, AnswerValue>): Record<string, AnswerValue> {
  let out = levels;
  for (const [id, to] of MERGED_IN_2024_4) {
    if (!(id in out)) continue;
    const { [id]: moved = null, ...rest } = out;
    out = { ...rest, [to]: to in rest ? lowerAnswer(rest[to] ?? null, moved) : moved };
  }
  return out;
}

function from2024_2(a: Answers): Answers {
  if ('mon-wie-wat' in a) {
    a['mon-wie'] = a['mon-wie-wat']!;
    delete a['mon-wie-wat'];
  }
  const moved = a['int-format-dossier'];
  const target = a['geg-format'];
  if (moved) {
    a['geg-format'] = {
      level: lowerAnswer((target?.level ?? null) as AnswerValue, moved.level as AnswerValue),
      note: [target?.note ?? '', moved.note].filter((n) => n !== '').join('\n\n'),
      mergedFrom: [...(target?.mergedFrom ?? []), 'int-format-dossier'],
    };
  }
  delete a['int-format-dossier'];
  return a;
}

function from2024_1(a: Answers): Answers {
  if (!('dui-geen-informatie' in a)) return a;
  a['not-transparant'] = a['not-contact-houding']!;
  a['int-extern-intrekking'] = a['int-extern-buiten-beeld']!;
  delete a['not-contact-houding'];
  delete a['int-extern-buiten-beeld'];
  const merged = a['dui-geen-informatie']!;
  const target = a['mon-impasse-afspraak']!;
  a['mon-impasse-afspraak'] = {
    level: Math.min(Number(merged.level), Number(target.level)),
    note: `${target.note}\n\n${merged.note}`,
    mergedFrom: ['dui-geen-informatie'],
  };
  delete a['dui-geen-informatie'];
  delete a['not-contact-opbouwen'];
  return a;
}

describe('export and import', () => {
  it('round-trips an assessment without loss', () => {
    const a = seededAssessment();
    const text = exportFile(a, new Date('2026-11-28T12:00:00Z'));
    const file = JSON.parse(text);
    expect(file).toMatchObject({
      app: 'pga-zelfscan',
      schemaVersion: SCHEMA_VERSION,
      contentVersion: a.contentVersion,
    });
    expect(parseImport(text, text.length)).toEqual({ ok: true, assessment: a });
  });

  it('reads every schema version’s fixture into the current version without loss', () => {
    for (const version of Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1)) {
      const name = `schema-v${version}.pgascan.json`;
      const result = load(name);
      expect(result.ok, name).toBe(true);
      if (!result.ok) continue;
      const original = JSON.parse(fixture(name)).assessment;
      expect(result.assessment.schemaVersion).toBe(SCHEMA_VERSION);
      expect(result.assessment.answers).toEqual(expectedAnswers(original));
      expect(result.assessment.actions).toEqual(original.actions);
      expect(result.assessment.baseline).toEqual(
        original.baseline && { ...original.baseline, answers: expectedAnswers(original.baseline) },
      );
      expect(result.assessment.title).toBe(original.title);
      expect(result.assessment.participants.map((p) => [p.name, p.organisation, p.role])).toEqual(
        original.participants.map((p: Record<string, string>) => [p.name, p.organisation, p.role]),
      );
      // Who made it and for which session: absent before v4, kept from v4 on.
      expect(result.assessment.respondent).toEqual(original.respondent);
      expect(result.assessment.session).toEqual(original.session);
      if (version >= 4) expect(result.assessment.session?.participantId).toBe('p1');
    }
  });

  it('upgrades v1 to v2: participants get a domain, scans get an empty workshop', () => {
    const result = load('schema-v1.pgascan.json');
    expect(result.ok && result.assessment.participants).toEqual([
      {
        id: 'p1',
        name: 'A. de Vries',
        organisation: 'Gemeente Utrecht',
        role: 'Beleidsadviseur OOV',
        domain: 'other',
      },
    ]);
    expect(result.ok && result.assessment.workshop).toEqual({
      sources: [],
      tallies: {},
      notesBy: 'partner',
      choices: { unanimous: false, median: false },
    });
  });

  it('upgrades a v4 session: every partner scan, level, show of hands and agreed level kept, room for notes', () => {
    const original = JSON.parse(fixture('session-v4.pgascan.json')).assessment;
    const result = load('session-v4.pgascan.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const w = result.assessment.workshop;
    expect(w.sources).toEqual(
      original.workshop.sources.map((s: { answers: Record<string, AnswerValue> }) => ({
        ...s,
        contentVersion: CONTENT_VERSION,
        answers: levelsFrom2024_3(s.answers),
        notes: {},
      })),
    );
    expect(w.sources).toHaveLength(4);
    expect(w.tallies).toEqual(original.workshop.tallies);
    // Older sessions counted agreed levels only and showed nothing per domain: so they do now.
    expect(w.notesBy).toBe('partner');
    expect(w.choices).toEqual({ unanimous: false, median: false });
    expect(result.assessment.participants).toEqual(original.participants);
    expect(result.assessment.answers).toEqual(expectedAnswers(original));
    // Nothing of the old file is left unread: every key it had is in the scan as read.
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(result.assessment)).toEqual(expect.arrayContaining(keys(original)));
    expect(keys(w)).toEqual([...keys(original.workshop), 'choices', 'notesBy'].sort());
  });
});

describe('bad files', () => {
  it('says what is wrong, in a form the interface can translate', () => {
    expect(load('broken.pgascan.json')).toEqual({ ok: false, error: { code: 'not-json' } });
    expect(load('other-app.json')).toEqual({ ok: false, error: { code: 'not-pga' } });
    expect(load('newer-version.pgascan.json')).toEqual({
      ok: false,
      error: { code: 'newer-version', version: 99 },
    });
    expect(load('invalid-level.pgascan.json')).toEqual({
      ok: false,
      error: { code: 'invalid', field: 'answers.weg-manier.level' },
    });
    expect(load('too-long-title.pgascan.json')).toEqual({
      ok: false,
      error: { code: 'invalid', field: 'title' },
    });
    expect(parseImport('{}', MAX_FILE_BYTES + 1)).toEqual({ ok: false, error: { code: 'too-large' } });
  });

  it('drops unknown keys and makes __proto__-style keys harmless', () => {
    const result = load('hostile-keys.pgascan.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const a = result.assessment as unknown as Record<string, unknown>;
    expect('unexpected' in a).toBe(false);
    expect(Object.keys(result.assessment.answers['weg-manier'] ?? {})).toEqual(['level', 'note']);
    expect(Object.getPrototypeOf(result.assessment.answers)).toBe(Object.prototype);
    expect(Object.keys(result.assessment.answers)).not.toContain('__proto__');
    expect(Object.keys(result.assessment.targets)).not.toContain('constructor');
    expect(({} as Record<string, unknown>).level).toBeUndefined();
  });

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        const result = parseImport(text, text.length);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary PGA-shaped objects or bytes', () => {
    const shaped = fc.record({ app: fc.constant('pga-zelfscan'), assessment: fc.object() });
    fc.assert(
      fc.property(
        fc.oneof(
          shaped.map((o) => JSON.stringify(o)),
          fc.string(),
          fc.uint8Array().map((b) => new TextDecoder().decode(b)),
        ),
        (text) => {
          expect(() => parseImport(text, text.length)).not.toThrow();
          expect(() => decodeStored(text)).not.toThrow();
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('stored data', () => {
  it('reads what the app saved and refuses data from a newer version or corrupt text', () => {
    const a = seededAssessment();
    expect(decodeStored(JSON.stringify(a))).toEqual({ ok: true, assessment: a });
    expect(decodeStored(JSON.stringify({ ...a, schemaVersion: 99 }))).toEqual({ ok: false, reason: 'newer' });
    expect(decodeStored('{"half":')).toEqual({ ok: false, reason: 'corrupt' });
  });
});
