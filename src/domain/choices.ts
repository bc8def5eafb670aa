import type { PartnerDomain } from '../content/partners';
import type { ActionStatus, Priority } from './types';

// The options of the saved shape's closed fields, written once: the schema checks them, the forms list them.
export const PRIORITIES = ['high', 'medium', 'low'] as const satisfies readonly Priority[];
export const ACTION_STATUSES = ['open', 'in-progress', 'done'] as const satisfies readonly ActionStatus[];
export const PARTNER_DOMAINS = ['veiligheid', 'sociaal', 'other'] as const satisfies readonly PartnerDomain[];

/** A <select>'s value is any string the DOM holds; only one of the options may reach the scan. */
export function isOneOf<T extends string>(options: readonly T[], value: string): value is T {
  return (options as readonly string[]).includes(value);
}
