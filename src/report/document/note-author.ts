import type { Locale } from '../../content/types';
import { roleName } from '../../content/lookup';
import type { NoteGroup } from '../../domain/session-notes';
import type { Translate } from './report-text';

/** Who wrote a group of notes, as the facilitator chose to show it: the organisation, or only its domain. */
export function noteAuthor(group: NoteGroup, t: Translate, locale: Locale): string {
  const p = group.participant;
  if (!p) return t(`workshop.domains.${group.domain}`);
  const role = roleName(p.role, locale);
  return role && role !== p.organisation ? `${p.organisation} (${role})` : p.organisation;
}
