import type { Level } from '../content/types';
import type { PartnerDomain } from '../content/partners';

export type AnswerValue = Level | 'na' | 'unknown' | null;

export interface Answer {
  level: AnswerValue;
  note: string;
  /** Questions of an older checklist whose answers were merged into this one (their notes are in `note`). */
  mergedFrom?: string[];
}

/** An answer to a question that a checklist update removed: kept, readable, never scored. */
export interface RetiredAnswer {
  questionId: string;
  /** The checklist version the question belonged to. */
  contentVersion: string;
  level: AnswerValue;
  note: string;
  /** Whether it came from the scan's own answers or from its earlier-scan snapshot. */
  from: 'answers' | 'baseline';
}

export type Organisation = string;

export interface Participant {
  id: string;
  /** Optional: a workshop record may name people, never people in a case. */
  name: string;
  organisation: Organisation;
  /** A partner role id from content/partners (e.g. 'politie'), or free text for any other role. */
  role: string;
  /** Which perspective the participant brings: security, social, or other. */
  domain: PartnerDomain;
  /** When the facilitator last made this participant's invitation file; the session's own record only. */
  invitedAt?: string;
}

/** One partner's own scan, imported into a workshop: its levels and its notes. */
export interface SourceScan {
  /** The id of the partner's own assessment, so importing the same file again replaces it. */
  id: string;
  participantId: string;
  title: string;
  contentVersion: string;
  importedAt: string;
  answers: Record<string, AnswerValue>;
  /** The partner's notes per question id, only where they wrote one (from schema v5; older sessions have none). */
  notes: Record<string, string>;
  /** The questions the partner marked for discussion (from schema v6; absent where the partner marked none). */
  marks?: Record<string, Mark>;
}

/** Why a question is marked for discussion: the advisor is unsure, partners disagree, or evidence is missing. */
export type MarkReason = 'unsure' | 'disagree' | 'evidence';

/** A question marked "bespreken": present means marked. */
export interface Mark {
  reason: MarkReason;
  /** A short reason in the user's words; may be empty. */
  text: string;
}

/**
 * A reference to a document that backs an attention point's level: where it is, never the document itself.
 * Dates are YYYY-MM-DD or empty (not known yet).
 */
export interface EvidenceRef {
  id: string;
  title: string;
  /** A version number or a date, as the document itself says it. */
  version: string;
  /** The organisation that owns the document: a partner from the list or free text. */
  owner: string;
  /** Where it is kept (a drive path or a link), shown as text and never fetched. */
  location: string;
  /** The document's SHA-256 fingerprint (64 lower-case hex digits), computed in the browser; optional. */
  sha256?: string;
  effective: string;
  reviewBy: string;
}

export type TallyKey = '1' | '2' | '3' | '4' | '5' | 'unknown' | 'na';
/** A live show of hands: how many partners chose each answer. */
export type Tally = Partial<Record<TallyKey, number>>;

/** How partners' notes are shown to the room: under each partner's name, or anonymised per domain. */
export type NotesBy = 'partner' | 'domain';

/** The facilitator's choices for questions the room did not agree on (both off: only agreed levels count). */
export interface SessionChoices {
  /** Take over the level where every partner who gave a level gave the same one. */
  unanimous: boolean;
  /** Use the partners' median as a provisional level for the questions left. */
  median: boolean;
}

export interface Workshop {
  sources: SourceScan[];
  tallies: Record<string, Tally>;
  notesBy: NotesBy;
  choices: SessionChoices;
  /** How the facilitator trimmed the agenda; absent means every flagged question, widest spread first. */
  agenda?: AgendaSettings;
}

export type AgendaOrder = 'spread' | 'gap';
export interface AgendaSettings {
  order: AgendaOrder;
  /** Only the first so many questions; null for all. */
  top: number | null;
  /** Only the questions of this section (step or theme); null for all. */
  section: string | null;
  /** Flagged questions the facilitator took off the agenda. */
  removed: string[];
  /** Questions without disagreement the facilitator put on it. */
  added: string[];
}

export type Priority = 'high' | 'medium' | 'low';
export type ActionStatus = 'open' | 'in-progress' | 'done';

export interface Action {
  id: string;
  attentionPointId: string;
  title: string;
  description: string;
  owner: string;
  due: string;
  priority: Priority;
  status: ActionStatus;
  origin: 'suggested' | 'own';
  /** Template the action was adopted from, if any. */
  templateId?: string;
}

/** Who filled in a scan: as the invitation said, or as its maker said on the new-scan form. */
export type Respondent = Omit<Participant, 'id' | 'invitedAt'>;

/** The partnership session a partner's own scan was made for, from the invitation the facilitator sent. */
export interface SessionLink {
  /** The facilitator's scan, which is the session. */
  id: string;
  /** The participant this partner is in that session. */
  participantId: string;
  title: string;
  region: string;
  date: string;
}

export interface Assessment {
  /** Always the current version once read: older files are migrated first (migrations.ts). */
  schemaVersion: typeof SCHEMA_VERSION;
  id: string;
  title: string;
  region: string;
  /** The date the scan is about (YYYY-MM-DD), chosen by the user. */
  date: string;
  createdAt: string;
  updatedAt: string;
  contentVersion: string;
  participants: Participant[];
  answers: Record<string, Answer>;
  targets: Record<string, Level>;
  actions: Action[];
  /** Individual scans and shows of hands; the assessment's own answers are the agreed levels. */
  workshop: Workshop;
  /** Suggested action templates the user set aside, so they are not offered again. */
  dismissed: string[];
  /** Answers to questions that a checklist update removed. */
  retired: RetiredAnswer[];
  /** The earlier scan this one follows up, kept as a snapshot so the comparison survives export and deletion. */
  baseline?: Baseline;
  /** Who filled this scan in, when they said so. */
  respondent?: Respondent;
  /** The session this scan was made for, when it was started from an invitation. */
  session?: SessionLink;
  /**
   * When the scan was last exported or written to its linked file (ISO time). A backup is not an edit, so it
   * leaves updatedAt alone; optional, so files of this schema version without it stay valid both ways.
   */
  backedUpAt?: string;
  /** Document references per attention point id (from schema v6). */
  evidence: Record<string, EvidenceRef[]>;
  /** Questions marked for discussion, per question id (from schema v6). */
  marks: Record<string, Mark>;
}

export interface Baseline {
  id: string;
  title: string;
  date: string;
  answers: Record<string, Answer>;
  targets: Record<string, Level>;
  actions: Action[];
}

export const SCHEMA_VERSION = 6;
