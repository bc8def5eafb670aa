import { LOCALES, type Locale } from '../../content/types';
import { roleName } from '../../content/lookup';
import type { NoteGroup } from '../../domain/session-notes';
import type { Translate } from './report-text';

/** Who wrote a group of notes, as the facilitator chose to show it: the organisation, or only its domain. */
export function noteAuthor(group: NoteGroup, t: Translate, locale: Locale): string {
  const p = group.participant;
  if (!p) return t(`workshop.domains.${group.domain}`);
  const role = roleName(p.role, locale);
  if (!role || role === p.organisation) return p.organisation;
  // An organisation called by its role's name in either language ('Zorg- en Veiligheidshuis') is named once, as
  // the role, rather than 'Zorg- en Veiligheidshuis (Zorg- en Veiligheidshuis (Care and Safety House))'.
  if (LOCALES.some((l) => roleName(p.role, l) === p.organisation)) return role;
  // A role name that ends in brackets of its own ('Mental health care (GGZ)') gets a comma inside the outer ones.
  return `${p.organisation} (${role.replace(/ \(([^()]*)\)$/, ', $1')})`;
}
