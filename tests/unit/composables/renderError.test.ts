import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportRenderError, useRenderError } from '../../../src/composables/renderError';

afterEach(() => useRenderError().dismiss());

describe('render errors', () => {
  it('starts with no error', () => {
    expect(useRenderError().error.value).toBeNull();
  });

  it('keeps the reported error for every reader, and logs it as a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failure = new Error('boom');
    reportRenderError(failure);
    expect(useRenderError().error.value).toBe(failure);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith('PGA-zelfscan: a screen failed to render', failure);
  });

  it('shows the latest of two errors, and dismiss clears it', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { error, dismiss } = useRenderError();
    reportRenderError('first');
    reportRenderError('second');
    expect(error.value).toBe('second');
    dismiss();
    expect(error.value).toBeNull();
    expect(useRenderError().error.value).toBeNull();
  });
});
