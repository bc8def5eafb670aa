// When a scan last got a copy outside this browser (an export or its linked file), and whether it is time to
// remind the user: a browser profile can be wiped, a file on their own drive or share outlives it.
import type { Assessment } from './types';

/** Edits this many days old with no backup since bring a quiet reminder. */
export const BACKUP_REMINDER_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The scan as it is once a copy of it has been made; not an edit, so updatedAt stays. */
export function markBackedUp(assessment: Assessment, now: Date): Assessment {
  return { ...assessment, backedUpAt: now.toISOString() };
}

/** Whole calendar-independent days since the last backup, or null when there never was one. */
export function daysSinceBackup(assessment: Assessment, now: Date): number | null {
  if (!assessment.backedUpAt) return null;
  const at = Date.parse(assessment.backedUpAt);
  return Number.isNaN(at) ? null : Math.max(0, Math.floor((now.getTime() - at) / DAY_MS));
}

/** Whether the scan has edits no backup holds, and has had them (or no backup at all) for 14 days or more. */
export function needsBackupReminder(assessment: Assessment, now: Date): boolean {
  const backedUp = assessment.backedUpAt ?? '';
  if (backedUp !== '' && assessment.updatedAt <= backedUp) return false;
  const since = Date.parse(backedUp || assessment.createdAt);
  return !Number.isNaN(since) && now.getTime() - since >= BACKUP_REMINDER_DAYS * DAY_MS;
}
