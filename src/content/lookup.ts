// Look-ups over the content data: the only logic in src/content besides the t()/lv()/rubric() builders.
import type { Level, Locale, Text } from './types';
import { PARTNER_ROLES } from './partners';
import { SCALE, type LevelDefinition } from './scale';
import { CONTENT_MIGRATIONS } from './content-migrations';

/** The name to show for a participant's role: a known partner's name, or the text as entered. */
export function roleName(role: string, locale: Locale): string {
  return PARTNER_ROLES.find((r) => r.id === role)?.name[locale] ?? role;
}

export function levelDefinition(level: Level): LevelDefinition {
  const found = SCALE.find((d) => d.level === level);
  if (!found) throw new Error(`Unknown level ${level}`);
  return found;
}

/** The text of a question that no longer exists, for showing a kept answer. */
export function retiredQuestionText(questionId: string): Text | undefined {
  for (const m of CONTENT_MIGRATIONS) {
    const move = m.questions[questionId];
    if (move && move.kind !== 'renamed') return move.text;
  }
  return undefined;
}
