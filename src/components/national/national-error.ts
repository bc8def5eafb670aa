/** The placeholders of a refused file's message: its version or its field, when the error has one. */
export function errorParams(error: {
  code: string;
  version?: number;
  field?: string;
}): Record<string, unknown> {
  return error.version !== undefined
    ? { version: error.version }
    : error.field !== undefined
      ? { field: error.field }
      : {};
}
