import * as v from 'valibot';
import { FILE_APP, isObject, readJson } from './file-format';

export type KindFileError =
  | { code: 'too-large' }
  | { code: 'not-json' }
  /** Not of this kind: foreign JSON, a scan, a library or an invitation. */
  | { code: 'other' }
  /** The app's other national-picture kind (a benchmark where a contribution was asked for, or the reverse). */
  | { code: 'sibling' }
  | { code: 'newer-version'; version: number }
  | { code: 'invalid'; field: string };

/**
 * Reads one of the app's small file kinds (contribution, benchmark) against its schema, or says why not;
 * never throws. `sibling` is the kind a user may pick up by mistake, so its message can name it.
 */
export function readKindFile<T>(
  text: string,
  byteLength: number,
  kind: { name: string; sibling: string; versionKey: string; version: number; maxBytes: number },
  schema: v.GenericSchema<unknown, T>,
): { ok: true; value: T } | { ok: false; error: KindFileError } {
  if (byteLength > kind.maxBytes) return { ok: false, error: { code: 'too-large' } };
  const read = readJson(text, byteLength);
  if (!read.ok) return { ok: false, error: { code: 'not-json' } };
  const raw = read.value;
  if (!isObject(raw) || raw.app !== FILE_APP) return { ok: false, error: { code: 'other' } };
  if (raw.kind === kind.sibling) return { ok: false, error: { code: 'sibling' } };
  if (raw.kind !== kind.name) return { ok: false, error: { code: 'other' } };
  const version = raw[kind.versionKey];
  if (typeof version === 'number' && version > kind.version)
    return { ok: false, error: { code: 'newer-version', version } };
  const parsed = v.safeParse(schema, raw);
  if (!parsed.success) {
    const first = parsed.issues[0];
    return { ok: false, error: { code: 'invalid', field: (first && v.getDotPath(first)) || '(root)' } };
  }
  return { ok: true, value: parsed.output };
}
