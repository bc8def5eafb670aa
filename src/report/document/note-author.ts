import type { Locale } from '../../content/types';
import { roleName } from '../../content/lookup';
import type { NoteGroup } from '../../domain/session-notes';
import type { Translate } from './report-text';

/** Who wrote a group of notes, as the facilitator chose to show it: the organisation, or only its domain. */
export function noteAuthor(group: NoteGroup, t: Translate, locale: Locale): string {
  const p = group.participant;
  if (!p) return t(`workshop.domains.${group.domain}`);
  const role = roleName(p.role, locale);
  if (!role || role === p.organisation) return p.organisation;
  // A role name that already holds the organisation's ('Zorg- en Veiligheidshuis (Care and Safety House)') is said
  // once, not as 'Zorg- en Veiligheidshuis (Zorg- en Veiligheidshuis (Care and Safety House))'.
  if (role.startsWith(p.organisation)) return role;
  // A role name that ends in brackets of its own ('Mental health care (GGZ)') gets a comma inside the outer ones.
  return `${p.organisation} (${role.replace(/ \(([^()]*)\)$/, ', $1')})`;
}
