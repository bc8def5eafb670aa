import * as v from 'valibot';
import type {
  Action,
  Answer,
  Assessment,
  Baseline,
  EvidenceRef,
  Mark,
  Participant,
  Respondent,
  RetiredAnswer,
  SessionLink,
  Workshop,
} from './types';
import { SCHEMA_VERSION } from './types';
import { ACTION_STATUSES, PARTNER_DOMAINS, PRIORITIES } from './choices';

// Caps keep a hostile or broken file from filling the browser's storage or the screen.
export const LIMITS = {
  shortText: 300,
  longText: 20_000,
  id: 100,
  items: 5_000,
  /** References per attention point, and the longest location text (a deep share path or a long link). */
  evidencePerPoint: 20,
  location: 1_000,
} as const;

/** Ids are lower-case letters, digits and dashes, so no key can be __proto__ or break a selector. */
const id = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,100}$/));
const shortText = v.pipe(v.string(), v.maxLength(LIMITS.shortText));
const longText = v.pipe(v.string(), v.maxLength(LIMITS.longText));
const level = v.picklist([1, 2, 3, 4, 5] as const);
const isoDate = v.pipe(v.string(), v.maxLength(40));

/** A calendar date, or empty when not known yet. */
const dayOrEmpty = v.pipe(v.string(), v.regex(/^(\d{4}-\d{2}-\d{2})?$/));

const markSchema = v.object({
  reason: v.picklist(['unsure', 'disagree', 'evidence'] as const),
  text: shortText,
});

export const evidenceSchema = v.object({
  id,
  title: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.shortText)),
  version: shortText,
  owner: shortText,
  location: v.pipe(v.string(), v.maxLength(LIMITS.location)),
  sha256: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/))),
  effective: dayOrEmpty,
  reviewBy: dayOrEmpty,
});

const answerValue = v.nullable(v.union([level, v.picklist(['na', 'unknown'] as const)]));

const answerSchema = v.object({
  level: answerValue,
  note: longText,
  mergedFrom: v.optional(v.pipe(v.array(id), v.maxLength(20))),
});

const retiredSchema = v.object({
  questionId: id,
  contentVersion: v.pipe(v.string(), v.maxLength(20)),
  level: answerValue,
  note: longText,
  from: v.picklist(['answers', 'baseline'] as const),
});

const respondentSchema = v.object({
  name: shortText,
  organisation: shortText,
  role: shortText,
  domain: v.picklist(PARTNER_DOMAINS),
});

const participantSchema = v.object({ id, ...respondentSchema.entries, invitedAt: v.optional(isoDate) });

const sessionLinkSchema = v.object({
  id,
  participantId: id,
  title: shortText,
  region: shortText,
  date: v.pipe(v.string(), v.maxLength(10)),
});

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1000));

const workshopSchema = v.object({
  sources: v.pipe(
    v.array(
      v.object({
        id,
        participantId: id,
        title: shortText,
        contentVersion: v.pipe(v.string(), v.maxLength(20)),
        importedAt: isoDate,
        answers: v.record(id, answerValue),
        notes: v.record(id, longText),
        marks: v.optional(v.record(id, markSchema)),
      }),
    ),
    v.maxLength(200),
  ),
  tallies: v.record(
    id,
    v.partial(
      v.object({ '1': count, '2': count, '3': count, '4': count, '5': count, unknown: count, na: count }),
    ),
  ),
  notesBy: v.picklist(['partner', 'domain'] as const),
  choices: v.object({ unanimous: v.boolean(), median: v.boolean() }),
  agenda: v.optional(
    v.object({
      order: v.picklist(['spread', 'gap'] as const),
      top: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(LIMITS.items))),
      section: v.nullable(id),
      removed: v.pipe(v.array(id), v.maxLength(LIMITS.items)),
      added: v.pipe(v.array(id), v.maxLength(LIMITS.items)),
    }),
  ),
});

const actionSchema = v.object({
  id,
  attentionPointId: id,
  title: shortText,
  description: longText,
  owner: shortText,
  due: v.pipe(v.string(), v.maxLength(10)),
  priority: v.picklist(PRIORITIES),
  status: v.picklist(ACTION_STATUSES),
  origin: v.picklist(['suggested', 'own'] as const),
  templateId: v.optional(id),
});

const baselineSchema = v.object({
  id,
  title: shortText,
  date: v.pipe(v.string(), v.maxLength(10)),
  answers: v.record(id, answerSchema),
  targets: v.record(id, level),
  actions: v.pipe(v.array(actionSchema), v.maxLength(LIMITS.items)),
});

/** v.object drops unknown keys, so nothing unexpected is carried into the app. */
export const assessmentSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  id,
  title: shortText,
  region: shortText,
  date: v.pipe(v.string(), v.maxLength(10)),
  createdAt: isoDate,
  updatedAt: isoDate,
  contentVersion: v.pipe(v.string(), v.maxLength(20)),
  participants: v.pipe(v.array(participantSchema), v.maxLength(LIMITS.items)),
  answers: v.record(id, answerSchema),
  targets: v.record(id, level),
  actions: v.pipe(v.array(actionSchema), v.maxLength(LIMITS.items)),
  workshop: workshopSchema,
  dismissed: v.pipe(v.array(id), v.maxLength(LIMITS.items)),
  retired: v.pipe(v.array(retiredSchema), v.maxLength(LIMITS.items)),
  // Before the optional fields, in the order a new scan has them: a read-back text equals the saved one.
  evidence: v.record(id, v.pipe(v.array(evidenceSchema), v.maxLength(LIMITS.evidencePerPoint))),
  marks: v.record(id, markSchema),
  baseline: v.optional(baselineSchema),
  respondent: v.optional(respondentSchema),
  session: v.optional(sessionLinkSchema),
  backedUpAt: v.optional(isoDate),
});

/**
 * The saved shape is written twice: as interfaces in types.ts (for their comments) and as the schema above
 * (which every read goes through, and which drops keys it does not know). These checks fail the typecheck
 * when a field is added to, removed from or changed on one side only, so no field is saved once and then
 * silently lost on the next reload, export or import.
 */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Out<S extends v.GenericSchema> = v.InferOutput<S>;
/** @public Read by the compiler, not by code. */
export const SAME_SHAPE: {
  assessment: Same<Out<typeof assessmentSchema>, Assessment>;
  answer: Same<Out<typeof answerSchema>, Answer>;
  retired: Same<Out<typeof retiredSchema>, RetiredAnswer>;
  participant: Same<Out<typeof participantSchema>, Participant>;
  respondent: Same<Out<typeof respondentSchema>, Respondent>;
  session: Same<Out<typeof sessionLinkSchema>, SessionLink>;
  workshop: Same<Out<typeof workshopSchema>, Workshop>;
  action: Same<Out<typeof actionSchema>, Action>;
  baseline: Same<Out<typeof baselineSchema>, Baseline>;
  evidence: Same<Out<typeof evidenceSchema>, EvidenceRef>;
  mark: Same<Out<typeof markSchema>, Mark>;
} = {
  assessment: true,
  answer: true,
  retired: true,
  participant: true,
  respondent: true,
  session: true,
  workshop: true,
  action: true,
  baseline: true,
  evidence: true,
  mark: true,
};
