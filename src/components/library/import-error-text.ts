import type { ImportError } from '../../domain/file-format';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** What went wrong with an imported file, in the user's language; one wording for every import. */
export function importErrorText(t: Translate, error: ImportError | { code: 'write-failed' }): string {
  const params =
    error.code === 'newer-version'
      ? { version: error.version }
      : error.code === 'invalid'
        ? { field: error.field }
        : {};
  return t(`import.error.${error.code}`, params);
}
