// Look-ups over the content data: the only logic in src/content besides the t()/lv()/rubric() builders.
import type { AttentionPoint, Level, Locale, Question, RubricLevel, Text } from './types';
import { lowerLevels } from './text';
import { PARTNER_ROLES } from './partners';
import { SCALE, THE_TOPIC, type LevelDefinition } from './scale';
import { CONTENT_MIGRATIONS } from './content-migrations';

/** The name to show for a participant's role: a known partner's name, or the text as entered. */
export function roleName(role: string, locale: Locale): string {
  return PARTNER_ROLES.find((r) => r.id === role)?.name[locale] ?? role;
}

/**
 * An organisation with its role in brackets, in the reader's language. A role name that already holds the
 * organisation's ('Zorg- en Veiligheidshuis (Care and Safety House)') is said once, and a role name that ends in
 * brackets of its own ('Mental health care (GGZ)') gets a comma inside the outer ones: brackets never nest.
 */
export function organisationWithRole(organisation: string, role: string, locale: Locale): string {
  const name = roleName(role, locale);
  if (!name || name === organisation) return organisation;
  if (name.startsWith(organisation)) return name;
  return `${organisation} (${name.replace(/ \(([^()]*)\)$/, ', $1')})`;
}

export function levelDefinition(level: Level): LevelDefinition {
  const found = SCALE.find((d) => d.level === level);
  if (!found) throw new Error(`Unknown level ${level}`);
  return found;
}

/** A level's meaning under a question's level choice: the scale, with the question's own activity at levels 1 and 2. */
export function scaleDescription(level: Level, activity?: Text): Text {
  if (!activity || level > 2) return levelDefinition(level).description;
  const [one, two] = lowerLevels(THE_TOPIC, activity);
  return level === 1 ? one : two;
}

/** The text of a question that no longer exists, for showing a kept answer. */
export function retiredQuestionText(questionId: string): Text | undefined {
  for (const m of CONTENT_MIGRATIONS) {
    const move = m.questions[questionId];
    if (move && move.kind !== 'renamed') return move.text;
  }
  return undefined;
}

/** The five levels as they read for one question: the point's rubric, with the question's own activity at 1 and 2. */
export function questionRubric(point: AttentionPoint, question: Question): Record<Level, RubricLevel> {
  const [one, two] = lowerLevels(point.topic, question.activity);
  return {
    ...point.rubric,
    1: { text: one, basis: point.rubric[1].basis },
    2: { text: two, basis: point.rubric[2].basis },
  };
}
