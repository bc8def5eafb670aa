import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { AUTOSAVE_DELAY_MS, useAssessmentsStore } from '../../../src/stores/assessments';
import type { SaveState } from '../../../src/stores/types';
import { configureStorage } from '../../../src/storage/context';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { createAssessment, withAnswer } from '../../../src/domain/assessment';
import { suggestions } from '../../../src/domain/actions';
import type { ActionInput } from '../../../src/domain/action-edits';
import type { EvidenceInput } from '../../../src/domain/evidence';
import { participantRemoval } from '../../../src/domain/session-undo';
import type { Assessment } from '../../../src/domain/types';
import { MemoryStorage } from '../../support/memory-storage';
import { committed, storedScan } from '../../support/open-scan';

// Every named edit of the open scan, through the store: what it changes, and whether it is written at once (a
// click or a choice) or batched by the autosave (typing).
const START = new Date('2027-03-01T09:00:00.000Z');
const POINT = 'mon-afspraken';
const REF: EvidenceInput = {
  title: 'Convenant PGA',
  version: '2026',
  owner: 'Gemeente',
  location: 'G:/pga/convenant.pdf',
  effective: '2026-01-01',
  reviewBy: '2028-01-01',
};
const OWN: ActionInput = {
  attentionPointId: POINT,
  title: 'Eigen actie',
  description: '',
  owner: 'OOV',
  due: '2027-06-01',
  priority: 'medium',
  status: 'open',
  origin: 'own',
};

let store: ReturnType<typeof useAssessmentsStore>;
let id: string;

beforeEach(async () => {
  vi.useFakeTimers({ now: START });
  configureStorage(new MemoryStorage());
  setActivePinia(createPinia());
  store = useAssessmentsStore();
  id = store.create({ title: 'Scan', region: 'Regio', date: '2027-03-01' }).id;
  await committed();
  // Later edits carry a later time than the scan's creation.
  vi.advanceTimersByTime(1000);
});
afterEach(() => vi.useRealTimers());

function open(): Assessment {
  if (!store.current) throw new Error('no open scan');
  return store.current;
}

/** A click or a choice: 'writing' at once, and storage already holds what the window shows. */
function writtenAtOnce(state: SaveState) {
  expect(state).toBe('writing');
  expect(storedScan(id)).toEqual(store.current);
}

/** Typing: 'pending', and storage keeps the version before it until the autosave's delay has passed. */
function batched(state: SaveState, before: Assessment) {
  expect(state).toBe('pending');
  expect(storedScan(id)).toEqual(before);
  vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
  expect(storedScan(id)).toEqual(store.current);
}

/** A partner's own scan as a file brings it: who made it, and one level. */
function partnerScan(level: 2 | 4): Assessment {
  const scan = createAssessment(
    { title: 'Zelfscan politie', region: 'Regio', date: '2027-02-01' },
    CHECKLIST.version,
    START,
  );
  return {
    ...withAnswer(scan, 'weg-manier', { level }, START),
    respondent: { name: '', organisation: 'Politie', role: 'politie', domain: 'veiligheid' },
  };
}

describe('marks', () => {
  it('marks a question at once by default, and clears the mark again', () => {
    writtenAtOnce(store.setMark('weg-manier', { reason: 'unsure', text: 'twijfel' }));
    expect(open().marks).toEqual({ 'weg-manier': { reason: 'unsure', text: 'twijfel' } });
    writtenAtOnce(store.setMark('weg-manier', null));
    expect(open().marks).toEqual({});
  });

  it("batches the mark's reason while it is typed", () => {
    const before = storedScan(id);
    batched(store.setMark('weg-manier', { reason: 'evidence', text: 'zie' }, 'typing'), before);
    expect(open().marks['weg-manier']?.text).toBe('zie');
  });
});

describe('document references', () => {
  it('keeps a reference at once and says nothing was refused', () => {
    expect(store.addEvidence(POINT, REF)).toBeNull();
    writtenAtOnce(store.saveState);
    expect(open().evidence).toEqual({ [POINT]: [{ id: expect.any(String), ...REF }] });
  });

  it('changes a reference in place, and removes it', () => {
    store.addEvidence(POINT, REF);
    const refId = open().evidence[POINT]![0]!.id;
    expect(store.updateEvidence(POINT, refId, { ...REF, title: 'Convenant PGA 2027' })).toBeNull();
    writtenAtOnce(store.saveState);
    expect(open().evidence[POINT]).toEqual([{ ...REF, id: refId, title: 'Convenant PGA 2027' }]);
    writtenAtOnce(store.removeEvidence(POINT, refId));
    expect(open().evidence).toEqual({});
  });

  it('changes nothing for a reference it refuses, not even the save state, and says why', async () => {
    store.addEvidence(POINT, REF);
    const refId = open().evidence[POINT]![0]!.id;
    await committed();
    const before = open();
    expect(store.addEvidence(POINT, { ...REF, title: ' ' })).toEqual({ field: 'title', code: 'required' });
    expect(store.updateEvidence(POINT, refId, { ...REF, title: '' })).toEqual({
      field: 'title',
      code: 'required',
    });
    expect(store.current).toBe(before);
    expect(store.saveState).toBe('saved');
    expect(storedScan(id)).toEqual(before);
  });

  it('does nothing without an open scan', () => {
    store.close();
    expect(store.addEvidence(POINT, REF)).toBeNull();
    expect(store.current).toBeNull();
  });
});

describe('answers and targets', () => {
  it('writes a level at once', () => {
    writtenAtOnce(store.setAnswer('weg-manier', { level: 3 }));
    expect(open().answers['weg-manier']).toEqual({ level: 3, note: '' });
  });

  it('batches a note while it is typed', () => {
    const before = storedScan(id);
    batched(store.setAnswer('weg-manier', { note: 'kader' }), before);
    expect(open().answers['weg-manier']?.note).toBe('kader');
  });

  it('writes a target at once', () => {
    writtenAtOnce(store.setTarget('wegen', 4));
    expect(open().targets).toEqual({ wegen: 4 });
  });
});

describe('actions', () => {
  it('adds an action at once and returns that new one, the last in the list', () => {
    const first = store.addAction(OWN);
    const second = store.addAction({ ...OWN, title: 'Tweede' });
    writtenAtOnce(second.state);
    expect(second.action).toEqual({ ...OWN, title: 'Tweede', id: expect.any(String) });
    expect(open().actions).toEqual([first.action, second.action]);
    expect(first.action?.id).not.toBe(second.action?.id);
  });

  it('adopts a suggestion at once and returns the action made from it', () => {
    // Level 1 on every question of a point makes the point score low, so its templates are suggested.
    const point = CHECKLIST.sections[0]!.attentionPoints[0]!;
    for (const q of point.questions) store.setAnswer(q.id, { level: 1 });
    const suggestion = suggestions(CHECKLIST, open()).find((s) => s.point.id === point.id)!;
    const template = suggestion.templates[0]!;
    const adopted = store.adoptSuggestion(suggestion, template, 'nl');
    writtenAtOnce(adopted.state);
    expect(adopted.action).toMatchObject({
      attentionPointId: point.id,
      templateId: template.id,
      title: template.title.nl,
      origin: 'suggested',
      priority: 'high',
    });
    expect(open().actions).toEqual([adopted.action]);
  });

  it('batches an action being typed, and removes one at once', () => {
    const { action } = store.addAction(OWN);
    const before = storedScan(id);
    batched(store.updateAction(action!.id, { title: 'Herzien' }), before);
    expect(open().actions.map((a) => a.title)).toEqual(['Herzien']);
    writtenAtOnce(store.removeAction(action!.id));
    expect(open().actions).toEqual([]);
  });

  it('sets a suggestion aside at once, and brings them all back', () => {
    const template = CHECKLIST.sections[0]!.attentionPoints[0]!.suggestedActions[0]!;
    writtenAtOnce(store.dismissSuggestion(template.id));
    expect(open().dismissed).toEqual([template.id]);
    writtenAtOnce(store.restoreSuggestions());
    expect(open().dismissed).toEqual([]);
  });

  it('returns no action without an open scan', () => {
    store.close();
    expect(store.addAction(OWN)).toEqual({ action: null, state: 'idle' });
  });
});

describe('participants', () => {
  it('adds one at once, with the domain its role brings', () => {
    writtenAtOnce(store.addParticipant('politie', 'Politie Midden-Nederland'));
    expect(open().participants).toEqual([
      {
        id: expect.any(String),
        name: '',
        organisation: 'Politie Midden-Nederland',
        role: 'politie',
        domain: 'veiligheid',
      },
    ]);
  });

  it('batches a name being typed, records an invitation at once with its time, and removes at once', () => {
    store.addParticipant('politie', 'Politie');
    const pid = open().participants[0]!.id;
    const before = storedScan(id);
    batched(store.updateParticipant(pid, { name: 'Jan' }), before);
    expect(open().participants[0]?.name).toBe('Jan');
    writtenAtOnce(store.markInvited(pid));
    expect(open().participants[0]?.invitedAt).toBe(new Date().toISOString());
    writtenAtOnce(store.removeParticipant(pid));
    expect(open().participants).toEqual([]);
  });
});

describe('the session', () => {
  it("reads a partner's scan at once and says whom it was read in for", () => {
    const { outcome, state } = store.addPartnerScan(partnerScan(2));
    writtenAtOnce(state);
    const participant = open().participants[0]!;
    expect(participant).toMatchObject({ organisation: 'Politie', role: 'politie' });
    expect(outcome).toMatchObject({ participantId: participant.id, match: 'identity', replaced: false });
    expect(open().workshop.sources.map((s) => [s.participantId, s.answers])).toEqual([
      [participant.id, { 'weg-manier': 2 }],
    ]);
  });

  it('replaces the same file read again by default, and keeps both when asked to add', () => {
    store.addPartnerScan(partnerScan(2));
    const partner = { ...partnerScan(4), id: open().workshop.sources[0]!.id };
    expect(store.addPartnerScan(partner).outcome?.replaced).toBe(true);
    expect(open().workshop.sources.map((s) => s.answers['weg-manier'])).toEqual([4]);
    expect(store.addPartnerScan(partner, 'add').outcome).toMatchObject({ replaced: false, extra: true });
    expect(open().workshop.sources).toHaveLength(2);
  });

  it('removes a partner scan at once, keeping the participant, and puts a removal back', () => {
    store.addPartnerScan(partnerScan(2));
    const withPartner = open();
    const source = withPartner.workshop.sources[0]!;
    writtenAtOnce(store.removePartnerScan(source.id));
    expect(open().workshop.sources).toEqual([]);
    expect(open().participants).toEqual(withPartner.participants);
    const removal = participantRemoval(open(), source.participantId);
    store.removeParticipant(source.participantId);
    writtenAtOnce(store.undoRemoval({ ...removal, sources: [{ item: source, index: 0 }] }));
    expect(open().participants).toEqual(withPartner.participants);
    expect(open().workshop.sources).toEqual([source]);
  });

  it('keeps a show of hands and the facilitator’s choices at once', () => {
    writtenAtOnce(store.setTally('weg-manier', { '3': 2, '4': 1 }));
    expect(open().workshop.tallies).toEqual({ 'weg-manier': { '3': 2, '4': 1 } });
    writtenAtOnce(
      store.setSessionChoices({ notesBy: 'domain', choices: { unanimous: true, median: false } }),
    );
    expect(open().workshop).toMatchObject({ notesBy: 'domain', choices: { unanimous: true, median: false } });
  });
});
