// What the harness knows the app reported as saved, per scan, and the check of a restarted browser against it.
// Each field holds what the UI last confirmed and what an action under way may have got to: a kill in between
// may leave either, but never less than what was confirmed, and never anything else.
import { decodeStored } from '../../../src/domain/file-format';

/** The one question whose note and level the harness edits. */
export const QUESTION = 'sig-structuur-helder';

export interface ScanFacts {
  title: string;
  present: boolean;
  note: string;
  level: string;
  actions: string[];
  sources: number;
  contentVersion: string;
}

interface Expected {
  title: string;
  /** Scans from the old checklist: only their presence and version are followed, not their answers. */
  old: boolean;
  present: Set<boolean>;
  note: { confirmed: string; attempted: string };
  levels: Set<string>;
  actions: { confirmed: string[]; attempted: string[] };
  sources: Set<number>;
  contentVersions: Set<string>;
}

export type FindingKind = 'loss' | 'corruption' | 'resurrection';
export interface Finding {
  kind: FindingKind;
  id: string;
  detail: string;
}

/** Facts of a stored scan text, or null when it is not a readable scan. */
export function factsOf(raw: string): ScanFacts | null {
  if (!decodeStored(raw).ok) return null;
  const a = JSON.parse(raw) as {
    title: string;
    contentVersion: string;
    answers: Record<string, { level?: unknown; note?: string } | undefined>;
    actions?: Array<{ title: string }>;
    workshop?: { sources?: unknown[] };
  };
  const answer = a.answers[QUESTION];
  return {
    title: a.title,
    present: true,
    note: answer?.note ?? '',
    // No level is no level, whether the answer is missing or holds level null (a note typed on a question
    // that had no answer yet): the CI run of 2026-11-30 reported that as a loss.
    level: answer?.level === undefined || answer.level === null ? '' : String(answer.level),
    actions: (a.actions ?? []).map((x) => x.title),
    sources: a.workshop?.sources?.length ?? 0,
    contentVersion: a.contentVersion,
  };
}

const prefixOf = (list: string[], of: string[]) =>
  list.length <= of.length && list.every((t, i) => (of[i] ?? '').startsWith(t));

export class Expectations {
  private scans = new Map<string, Expected>();

  /** A scan that is there (seeded, or found at a check). */
  known(id: string, facts: ScanFacts, old = false): void {
    this.scans.set(id, {
      title: facts.title,
      old,
      present: new Set([facts.present]),
      note: { confirmed: facts.note, attempted: facts.note },
      levels: new Set([facts.level]),
      actions: { confirmed: facts.actions, attempted: facts.actions },
      sources: new Set([facts.sources]),
      contentVersions: new Set([facts.contentVersion]),
    });
  }

  get(id: string): Readonly<Expected> {
    const e = this.scans.get(id);
    if (!e) throw new Error(`no expectation for ${id}`);
    return e;
  }

  ids(filter: (e: Readonly<Expected>) => boolean): string[] {
    return [...this.scans].filter(([, e]) => filter(e)).map(([id]) => id);
  }

  /** An action has started: its result may or may not be kept. */
  begin(id: string, change: Partial<ScanFacts>): void {
    const e = this.scans.get(id);
    if (!e) throw new Error(`no expectation for ${id}`);
    if (change.present !== undefined) e.present.add(change.present);
    if (change.note !== undefined) e.note.attempted = change.note;
    if (change.level !== undefined) e.levels.add(change.level);
    if (change.actions !== undefined) e.actions.attempted = change.actions;
    if (change.sources !== undefined) e.sources.add(change.sources);
    if (change.contentVersion !== undefined) e.contentVersions.add(change.contentVersion);
  }

  /** The UI reported it saved: from now on it must survive. */
  confirm(id: string, facts: Partial<ScanFacts>): void {
    const e = this.scans.get(id);
    if (!e) throw new Error(`no expectation for ${id}`);
    if (facts.present !== undefined) e.present = new Set([facts.present]);
    if (facts.note !== undefined) e.note = { confirmed: facts.note, attempted: facts.note };
    if (facts.level !== undefined) e.levels = new Set([facts.level]);
    if (facts.actions !== undefined) e.actions = { confirmed: facts.actions, attempted: facts.actions };
    if (facts.sources !== undefined) e.sources = new Set([facts.sources]);
    if (facts.contentVersion !== undefined) e.contentVersions = new Set([facts.contentVersion]);
  }

  /** Checks what a restarted browser holds, then takes it as the new starting point. */
  check(stored: Record<string, string>, unreadableShown: boolean): Finding[] {
    const findings: Finding[] = [];
    if (unreadableShown) findings.push({ kind: 'corruption', id: '-', detail: 'unreadable notice shown' });
    const facts = new Map<string, ScanFacts>();
    for (const [id, raw] of Object.entries(stored)) {
      const f = factsOf(raw);
      if (f) facts.set(id, f);
      else findings.push({ kind: 'corruption', id, detail: `unreadable text: ${raw.slice(0, 80)}` });
      if (f && !this.scans.has(id))
        findings.push({ kind: 'corruption', id, detail: `unknown scan "${f.title}"` });
    }
    const titles = [...facts.values()].map((f) => f.title);
    for (const title of new Set(titles.filter((t, i) => titles.indexOf(t) !== i)))
      findings.push({ kind: 'corruption', id: '-', detail: `duplicated: "${title}"` });
    for (const [id, e] of this.scans)
      findings.push(...this.compare(id, e, facts.get(id) ?? null, id in stored));
    for (const [id, e] of this.scans) {
      const f = facts.get(id);
      this.known(id, f ?? { ...this.absent(e), present: false }, e.old);
    }
    for (const [id, f] of facts) if (!this.scans.has(id)) this.known(id, f);
    return findings;
  }

  private absent(e: Expected): ScanFacts {
    return {
      title: e.title,
      present: false,
      note: e.note.confirmed,
      level: [...e.levels][0] ?? '',
      actions: e.actions.confirmed,
      sources: [...e.sources][0] ?? 0,
      contentVersion: [...e.contentVersions][0] ?? '',
    };
  }

  private compare(id: string, e: Expected, f: ScanFacts | null, stored: boolean): Finding[] {
    const there = stored;
    if (!e.present.has(there))
      return [
        there
          ? { kind: 'resurrection', id, detail: `deleted "${e.title}" came back` }
          : { kind: 'loss', id, detail: `"${e.title}" is gone` },
      ];
    if (!f) return [];
    const wrong: string[] = [];
    if (f.title !== e.title) wrong.push(`title "${f.title}"`);
    if (!e.contentVersions.has(f.contentVersion)) wrong.push(`content version ${f.contentVersion}`);
    if (!e.old) {
      if (!(f.note.startsWith(e.note.confirmed) && e.note.attempted.startsWith(f.note)))
        wrong.push(`note ${JSON.stringify(f.note)}, saved ${JSON.stringify(e.note.confirmed)}`);
      if (!e.levels.has(f.level)) wrong.push(`level ${f.level}, saved ${[...e.levels].join('/')}`);
      const confirmedKept = e.actions.confirmed.every((t, i) => f.actions[i] === t);
      if (!confirmedKept || !prefixOf(f.actions, e.actions.attempted))
        wrong.push(`actions ${JSON.stringify(f.actions)}, saved ${JSON.stringify(e.actions.confirmed)}`);
      if (!e.sources.has(f.sources)) wrong.push(`${f.sources} sources, saved ${[...e.sources].join('/')}`);
    }
    return wrong.length > 0 ? [{ kind: 'loss', id, detail: `"${e.title}": ${wrong.join('; ')}` }] : [];
  }
}
