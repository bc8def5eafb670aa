import type { Checklist, Locale } from '../content/types';
import type { Action, ActionStatus, Priority } from '../domain/types';
import { findPoint } from '../domain/content-index';

export interface CsvLabels {
  headers: [string, string, string, string, string, string, string, string];
  priority: Record<Priority, string>;
  status: Record<ActionStatus, string>;
}

/**
 * A cell that Excel reads as text: quoted when needed, and with a leading apostrophe when it starts
 * like a formula, so a note such as "=HYPERLINK(...)" cannot run in the partner's spreadsheet.
 */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The plan as CSV for Dutch Excel: UTF-8 with BOM, semicolons, CRLF line ends. */
export function actionsCsv(
  checklist: Checklist,
  actions: readonly Action[],
  locale: Locale,
  labels: CsvLabels,
): string {
  const rows = actions.map((a) => {
    const ref = findPoint(checklist, a.attentionPointId);
    return [
      ref ? `§${ref.section.ref} ${ref.section.title[locale]}` : '',
      ref ? ref.point.title[locale] : '',
      a.title,
      a.description,
      a.owner,
      a.due,
      labels.priority[a.priority],
      labels.status[a.status],
    ];
  });
  return '\ufeff' + [labels.headers, ...rows].map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}
