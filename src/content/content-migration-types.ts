import type { Text } from './types';

// The shape of one checklist step (content-migrations.ts); apart so the step files can share it without a cycle.

/** Where an old question's answer goes when the checklist changes. Ids not listed keep their id. */
export type QuestionMove =
  | { kind: 'renamed'; to: string }
  /** Two answers meet in one question: the lower level is kept, and both notes. */
  | { kind: 'merged'; to: string; text: Text }
  /** No question follows on: the answer is kept, readable, in the scan's list of removed questions. */
  | { kind: 'removed'; text: Text };

export interface ContentMigration {
  from: string;
  to: string;
  questions: Record<string, QuestionMove>;
  /**
   * Questions that asked two things and now ask the first: the id and its answer stay, and `added` is the new
   * question for the second part, which starts unanswered. `text` is the old, double wording.
   */
  split?: Record<string, { added: string; text: Text }>;
  /** Attention points that were folded into another, for the actions that pointed at them. */
  points: Record<string, string>;
  /** Suggested-action templates that moved to another point, and the point they are now under. */
  templatePoints: Record<string, string>;
  /** Templates renamed (to a new id) or withdrawn (null). */
  templates: Record<string, string | null>;
}
