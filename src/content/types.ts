// The shape of the checklist. Data only: the UI renders whatever these types hold.
export type Locale = 'nl' | 'en';
export const LOCALES: readonly Locale[] = ['nl', 'en'];
export type Text = Record<Locale, string>;

export type Level = 1 | 2 | 3 | 4 | 5;
export const LEVELS: readonly Level[] = [1, 2, 3, 4, 5];

export type PhaseId = 'signaleren' | 'wegen' | 'duiden' | 'start' | 'monitoren' | 'samenwerking' | 'gegevens';

export interface Phase {
  id: PhaseId;
  title: Text;
  /** Process steps come from chapter 1 of the report; themes from chapter 2 cut across all steps. */
  kind: 'process' | 'theme';
}

export interface Question {
  /** Stable forever: saved files and later scans refer to it. */
  id: string;
  text: Text;
  /** 'report': a reflection question of the report; 'derived': a condition the report states without asking. */
  origin: 'report' | 'derived';
  /** For report questions: which of the report's 16 reflection-question bullets (1–16) it was split from. */
  reportQuestion?: number;
  /** What the question means and what the report says about it: explanation, read as running text. */
  help?: Text;
  /** How to score this question: the checklist's own rules, one short rule per item, shown as a list under a
   *  heading that marks them as the checklist's (reading 82: as sentences inside the help, with a label each, they
   *  read as one long chain). The two languages have the same items in the same order. */
  rules?: Text[];
  /** Rules for special cases: shown folded under the question, after at most three `rules` (readings 119 and 120:
   *  the full rulebook in view made the rubric read as a legal text). They decide cases rather than settle doubt
   *  (rounds 172p and 173p), so the fold says "special cases", not "doubt". Same form and limits as `rules`. */
  doubts?: Text[];
  /** What levels 1 and 2 ask about for this question: one activity, a sentence after “Dit is de afgelopen twee
   *  jaar wel gebeurd:” / “But this did happen in the past two years:”, lower case, ending in a full stop (round 32). */
  activity: Text;
  /** Why the question is here: the report's finding it follows from (required for derived questions). */
  basis?: Text;
}

/** One level of a point's rubric, and the finding of the report that level rests on. */
export interface RubricLevel {
  text: Text;
  basis: Text;
}

export interface ActionTemplate {
  id: string;
  title: Text;
  description: Text;
}

export interface AttentionPoint {
  id: string;
  /** Section of the report it comes from, e.g. '1.4'. */
  ref: string;
  title: Text;
  /** What the report found, in our own words. */
  summary: Text;
  /** What the agreement of every level is about, a noun phrase after “over” / “on”. */
  topic: Text;
  /** What each maturity level looks like for this point. Levels 1 and 2 refer to the question's activity; the levels
   *  of one question, with its activity, come from questionRubric() in lookup.ts. */
  rubric: Record<Level, RubricLevel>;
  /** What the whole topic of the rubric's agreement covers, one sentence shown with the rubric (round 13): levels 4
   *  and 5 ask for an agreement on the whole topic, and this says what that is. */
  scope: Text;
  questions: Question[];
  suggestedActions: ActionTemplate[];
}

export interface Section {
  id: string;
  ref: string;
  phase: PhaseId;
  title: Text;
  summary: Text;
  attentionPoints: AttentionPoint[];
}

export interface GlossaryTerm {
  id: string;
  term: Text;
  definition: Text;
  /** Section of the report where the term first appears ('intro' for its unnumbered introduction, '3' for its closing
   *  chapter), or 'checklist' for words the report does not use. */
  ref: string;
  /** Wordings the checklist must not use for this term (checked by the content test), per language. */
  avoid?: Partial<Record<Locale, string[]>>;
}

export interface SourceReference {
  title: string;
  author: string;
  publisher: string;
  date: string;
}

export interface Checklist {
  /** Bumped when questions change; saved assessments record the version they were made with. */
  version: string;
  source: SourceReference;
  phases: Phase[];
  sections: Section[];
}
