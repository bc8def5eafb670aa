import type { ContentMigration } from './content-migration-types';

// The checklist steps from 2024.6 on that kept every question id: rules and wording changed, answers stay where they
// are. Kept apart so content-migrations.ts holds the steps that move answers.

/** A step that keeps every question, point and template id. */
function sameIds(from: string, to: string): ContentMigration {
  return { from, to, questions: {}, points: {}, templatePoints: {}, templates: {} };
}

/** 2024.5 → 2024.11, oldest first. */
export const SAME_ID_STEPS: readonly ContentMigration[] = [
  /**
   * 2024.5 → 2024.6: plainer questions (readings 121 to 124). Seven questions ask one thing in plainer Dutch, with
   * the same meaning: an example, a second object or a presupposition moved into the explanation (sig-online-training,
   * sig-veiligheidsbeeld, weg-toegerust, dui-rechtmatig, not-transparant, sam-rollen, int-format-overleg). Ids and
   * answers stay, as for the instrument question in 2024.5.
   */
  sameIds('2024.5', '2024.6'),
  /**
   * 2024.6 → 2024.7: rules that decide what rounds 173 to 175 left to the rule for doubt (the agreement of the one
   * partner that must adopt it, what nobody knows, groups as 'in which cases', the chair's decisions, and more; see
   * docs/content-validation.md). Questions, ids and answers stay; one activity (not-afwijken) says what departing
   * from openness is, as its explanation already did.
   */
  sameIds('2024.6', '2024.7'),
  /**
   * 2024.7 → 2024.8: for rounds 181 and 182, a departure counted only if certain on any reasonable reading of the
   * agreement; withdrawn after them, so that the rules are 2024.7's again, with 'always followed' in fewer words
   * (docs/content-validation.md). Questions, ids and answers stay.
   */
  sameIds('2024.7', '2024.8'),
  /**
   * 2024.8 → 2024.9: 'always followed' must be known, as everything else that counts must be shown or confirmed; an
   * agreement nobody checks no longer counts as followed because nobody knows of a departure (readings 128, 130 and
   * 131; docs/content-validation.md). Questions, ids and answers stay.
   */
  sameIds('2024.8', '2024.9'),
  /**
   * 2024.9 → 2024.10: a weighing agreement is joint only if, where a municipality and the police both assess, at
   * least one municipality and the police adopted it, so that the police and the OM cannot adopt it without a
   * municipality (readings 132 and 133; docs/content-validation.md). Questions, ids and answers stay.
   */
  sameIds('2024.9', '2024.10'),
  /**
   * 2024.10 → 2024.11: a provision counts under one point, the point it is about; where it is about several, its part
   * of the document or else the checklist's order breaks the tie. Before, it counted under every point it was about
   * (the 136th reading's; check 313; docs/content-validation.md). Questions, ids and answers stay.
   */
  sameIds('2024.10', '2024.11'),
];
