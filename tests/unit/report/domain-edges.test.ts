// Edges of the smaller domain rules, each written out by hand.
import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { roleName, levelDefinition, retiredQuestionText } from '../../../src/content/lookup';
import { findPoint, findSection, neighbours } from '../../../src/domain/content-index';
import { decodeStored, parseImport, MAX_FILE_BYTES } from '../../../src/domain/file-format';
import { migrate } from '../../../src/domain/migrations';
import { createAssessment, withTarget, withAnswer } from '../../../src/domain/assessment';
import { suggestions } from '../../../src/domain/actions';
import { adoptSuggestion, dismissSuggestion, restoreSuggestions } from '../../../src/domain/action-edits';
import { addParticipant, removeParticipant, updateParticipant } from '../../../src/domain/participants';
import { buildReportModel } from '../../../src/domain/report-model';
import { reportText } from '../../../src/report/document/report-text';
import type { Action, Assessment } from '../../../src/domain/types';
import { seededAssessment } from '../../e2e/seed';

const now = new Date('2026-11-29T10:00:00Z');
const blank = (): Assessment =>
  createAssessment({ title: 't', region: 'r', date: '2026-11-29' }, CHECKLIST.version, now);
const file = (assessment: unknown) => JSON.stringify({ app: 'pga-zelfscan', assessment });

describe('content look-ups', () => {
  it('finds sections, their neighbours and points, and nothing for unknown ids', () => {
    expect(findSection(CHECKLIST, 'wegen')?.ref).toBe('1.2');
    expect(findSection(CHECKLIST, 'nope')).toBeUndefined();
    expect(neighbours(CHECKLIST, 'signaleren')).toEqual({ prev: undefined, next: CHECKLIST.sections[1] });
    expect(neighbours(CHECKLIST, 'wegen')).toEqual({
      prev: CHECKLIST.sections[0],
      next: CHECKLIST.sections[2],
    });
    expect(neighbours(CHECKLIST, 'gegevens').next).toBeUndefined();
    expect(neighbours(CHECKLIST, 'nope')).toEqual({});
    expect(findPoint(CHECKLIST, 'sam-regie')?.section.id).toBe('samenwerking');
    expect(findPoint(CHECKLIST, 'nope')).toBeUndefined();
  });

  it('names roles, levels and removed questions', () => {
    expect(roleName('aivd', 'nl')).toBe('AIVD');
    expect(roleName('ggz', 'en')).toBe('Mental health care (GGZ)');
    expect(roleName('Wijkteam Oost', 'nl')).toBe('Wijkteam Oost');
    expect(levelDefinition(3).name.nl).toBe('Afgesproken');
    expect(() => levelDefinition(9 as 1)).toThrow('Unknown level 9');
    expect(retiredQuestionText('not-contact-opbouwen')?.nl).toMatch(/^Is er per casus aandacht/);
    expect(retiredQuestionText('dui-geen-informatie')?.en).toMatch(/^Is it agreed/);
    expect(retiredQuestionText('not-contact-houding')).toBeUndefined();
    expect(retiredQuestionText('weg-manier')).toBeUndefined();
  });
});

describe('reading files and stored scans', () => {
  it('refuses at the size limit plus one, not at the limit', () => {
    const text = file(blank());
    expect(parseImport(text, MAX_FILE_BYTES).ok).toBe(true);
    expect(parseImport(text, MAX_FILE_BYTES + 1)).toEqual({ ok: false, error: { code: 'too-large' } });
  });

  it('says which kind of file it is not', () => {
    expect(parseImport('[]', 2)).toEqual({ ok: false, error: { code: 'not-pga' } });
    expect(parseImport(JSON.stringify({ app: 'other', assessment: {} }), 10)).toEqual({
      ok: false,
      error: { code: 'not-pga' },
    });
    expect(parseImport(JSON.stringify({ app: 'pga-zelfscan', assessment: [] }), 10)).toEqual({
      ok: false,
      error: { code: 'not-pga' },
    });
    expect(parseImport(file({ ...blank(), schemaVersion: 'drie' }), 10)).toEqual({
      ok: false,
      error: { code: 'invalid', field: 'schemaVersion' },
    });
    expect(parseImport(file({ ...blank(), schemaVersion: 99 }), 10)).toEqual({
      ok: false,
      error: { code: 'newer-version', version: 99 },
    });
  });

  it('tells corrupt stored data from data of a newer version', () => {
    expect(decodeStored('{"x":')).toEqual({ ok: false, reason: 'corrupt' });
    expect(decodeStored('[1]')).toEqual({ ok: false, reason: 'corrupt' });
    expect(decodeStored('"text"')).toEqual({ ok: false, reason: 'corrupt' });
    expect(decodeStored(JSON.stringify({ ...blank(), schemaVersion: 99 }))).toEqual({
      ok: false,
      reason: 'newer',
    });
    expect(decodeStored(JSON.stringify({ ...blank(), schemaVersion: 0 }))).toEqual({
      ok: false,
      reason: 'corrupt',
    });
    expect(decodeStored(JSON.stringify({ ...blank(), title: 5 }))).toEqual({ ok: false, reason: 'corrupt' });
    const ok = decodeStored(JSON.stringify(blank()));
    expect(ok.ok && ok.assessment.title).toBe('t');
  });

  it('accepts only whole, positive schema versions it knows', () => {
    for (const version of [undefined, '2', 1.5, 0, -1])
      expect(migrate({ schemaVersion: version })).toMatchObject({ ok: false, reason: 'unknown' });
    expect(migrate({ schemaVersion: 7 })).toEqual({ ok: false, reason: 'newer', version: 7 });
    const up = migrate({ schemaVersion: 2, title: 'x' });
    expect(up).toEqual({
      ok: true,
      data: {
        schemaVersion: 6,
        title: 'x',
        retired: [],
        evidence: {},
        marks: {},
        workshop: { notesBy: 'partner', choices: { unanimous: false, median: false } },
      },
    });
  });

  it('checks ids and names the field that is wrong, as an import does', () => {
    const read = (assessment: unknown) => {
      const text = JSON.stringify({ app: 'pga-zelfscan', assessment });
      return parseImport(text, text.length);
    };
    expect(read(blank()).ok).toBe(true);
    expect(read({ ...blank(), id: 'Hoofdletters' })).toEqual({
      ok: false,
      error: { code: 'invalid', field: 'id' },
    });
    expect(read({ ...blank(), retired: [{ questionId: 'x' }] })).toMatchObject({
      ok: false,
      error: { code: 'invalid', field: expect.stringMatching(/^retired\.0/) },
    });
    expect(read({ ...blank(), id: 'x-y-1' }).ok).toBe(true);
    expect(read({ ...blank(), id: 'a b' }).ok).toBe(false);
    expect(read({ ...blank(), id: 'ab!' }).ok).toBe(false);
    expect(read({ ...blank(), id: '!ab' }).ok).toBe(false);
  });
});

describe('suggested actions', () => {
  it('offers below the ambition but not at it, and gives the priority of the level', () => {
    let a = withAnswer(blank(), 'doel-concreet', { level: 4 }, now);
    a = withTarget(a, 'doel', 4, now);
    expect(suggestions(CHECKLIST, a)).toEqual([]);
    a = withTarget(a, 'doel', 5, now);
    expect(suggestions(CHECKLIST, a).map((s) => s.reasons)).toEqual([['below-target']]);
    const [low] = suggestions(CHECKLIST, withAnswer(blank(), 'weg-toegerust', { level: 2 }, now));
    const adopted = adoptSuggestion(blank(), low!, low!.templates[0]!, 'nl', now).actions[0];
    expect(adopted).toMatchObject({ priority: 'medium', owner: '', due: '', status: 'open' });
    const high = adoptSuggestion(
      blank(),
      { ...low!, score: { ...low!.score, value: 1.5 } },
      low!.templates[0]!,
      'nl',
      now,
    );
    expect(high.actions[0]?.priority).toBe('high');
    const lowPriority = adoptSuggestion(
      blank(),
      { ...low!, score: { ...low!.score, value: 3.4 } },
      low!.templates[0]!,
      'nl',
      now,
    );
    expect(lowPriority.actions[0]?.priority).toBe('low');
  });

  it('does not offer a template already adopted, dismisses once, and restores all', () => {
    let a = withAnswer(blank(), 'weg-toegerust', { level: 1 }, now);
    const [s] = suggestions(CHECKLIST, a);
    a = adoptSuggestion(a, s!, s!.templates[0]!, 'nl', now);
    expect(suggestions(CHECKLIST, a)[0]?.templates.map((x) => x.id)).toEqual(['weg-kennis-expert']);
    const once = dismissSuggestion(a, 'weg-kennis-expert', now);
    expect(dismissSuggestion(once, 'weg-kennis-expert', now)).toBe(once);
    expect(restoreSuggestions(once, now).dismissed).toEqual([]);
  });
});

describe('participants', () => {
  it('takes the domain from a known role, keeps it for free text, and changes it with the role', () => {
    let a = addParticipant(blank(), 'aivd', 'AIVD', now);
    a = addParticipant(a, 'Wijkteam', 'Gemeente', now);
    expect(a.participants.map((p) => p.domain)).toEqual(['veiligheid', 'other']);
    const [first, second] = a.participants;
    a = updateParticipant(a, second!.id, { role: 'ggz' }, now);
    expect(a.participants.map((p) => p.domain)).toEqual(['veiligheid', 'sociaal']);
    a = updateParticipant(a, second!.id, { role: 'politie', domain: 'other' }, now);
    expect(a.participants[1]?.domain).toBe('other');
    a = updateParticipant(a, second!.id, { organisation: 'GGZ Centraal' }, now);
    expect(a.participants[1]).toMatchObject({ organisation: 'GGZ Centraal', domain: 'other' });
    expect(a.participants[0]).toEqual(first);
    const withScan: Assessment = {
      ...a,
      workshop: {
        ...a.workshop,
        sources: [
          {
            id: 's',
            participantId: first!.id,
            title: '',
            contentVersion: '',
            importedAt: '',
            answers: {},
            notes: {},
          },
        ],
        tallies: {},
      },
    };
    const removed = removeParticipant(withScan, first!.id, now);
    expect(removed.participants.map((p) => p.id)).toEqual([second!.id]);
    expect(removed.workshop.sources).toEqual([]);
  });
});

describe('report model and wording', () => {
  it('orders the plan by priority, then by step, keeping due-date order within a step', () => {
    const a = seededAssessment();
    const action = (id: string, point: string, priority: Action['priority'], due: string): Action => ({
      id,
      attentionPointId: point,
      title: id,
      description: '',
      owner: '',
      due,
      priority,
      status: 'open',
      origin: 'own',
    });
    a.actions = [
      action('c', 'geg-dossier', 'high', '2027-01-01'),
      action('a', 'sig-online', 'high', '2027-05-01'),
      action('b', 'sig-structuur', 'high', '2027-02-01'),
      action('d', 'nope', 'low', ''),
    ];
    const plan = buildReportModel(CHECKLIST, a).plan;
    expect(plan.map((g) => [g.priority, g.rows.map((r) => r.action.id)])).toEqual([
      ['high', ['b', 'a', 'c']],
      ['low', ['d']],
    ]);
    expect(buildReportModel(CHECKLIST, a).session).toBeUndefined();
  });

  it('lists the session’s organisations alphabetically with their participants', () => {
    const a = seededAssessment();
    a.participants = [
      { id: '1', name: '', organisation: 'Politie', role: 'politie', domain: 'veiligheid' },
      { id: '2', name: 'B', organisation: 'GGZ', role: 'ggz', domain: 'sociaal' },
      { id: '3', name: 'C', organisation: 'GGZ', role: 'ggz', domain: 'sociaal' },
    ];
    a.workshop = { ...a.workshop, sources: [], tallies: { 'weg-manier': { 2: 1 } } };
    const session = buildReportModel(CHECKLIST, a).session;
    expect(session?.organisations.map((o) => [o.organisation, o.participants.map((p) => p.id)])).toEqual([
      ['GGZ', ['2', '3']],
      ['Politie', ['1']],
    ]);
  });

  it('words answers, coverage and flags', () => {
    const t = (key: string, p?: Record<string, unknown>) => `${key}${p ? JSON.stringify(p) : ''}`;
    const w = reportText(t, 'nl');
    expect(w.level(2)).toBe('2 Ad hoc');
    expect(w.level(null)).toBe('–');
    expect(w.answer(null)).toBe('report.unanswered');
    expect(w.answer('na')).toBe('N.v.t.');
    expect(w.answer(4)).toBe('4 Vastgelegd en toegepast');
    const score = { value: 2.5, scored: 1, answered: 3, total: 4, unknown: 1, na: 1, provisional: true };
    expect(w.coverage(score)).toBe(
      'results.coverage{"answered":3,"total":4} (results.coverageUnknown{"n":1}, results.coverageNa{"n":1})',
    );
    expect(w.coverage({ ...score, unknown: 0, na: 0 })).toBe('results.coverage{"answered":3,"total":4}');
    expect(w.scoreWithFlag(score)).toBe('2,5 (results.provisional)');
    expect(w.scoreWithFlag({ ...score, provisional: false })).toBe('2,5');
  });
});
