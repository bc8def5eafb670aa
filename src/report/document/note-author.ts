import type { Locale } from '../../content/types';
import { organisationWithRole } from '../../content/lookup';
import type { NoteGroup } from '../../domain/session-notes';
import type { Translate } from './report-text';

/** Who wrote a group of notes, as the facilitator chose to show it: the organisation, or only its domain. */
export function noteAuthor(group: NoteGroup, t: Translate, locale: Locale): string {
  const p = group.participant;
  return p ? organisationWithRole(p.organisation, p.role, locale) : t(`workshop.domains.${group.domain}`);
}
