import { shallowRef } from 'vue';

// Set by app.config.errorHandler (main.ts), shown by RenderErrorNotice: a failing component must not leave
// a blank region where the user expected their work.
const lastError = shallowRef<unknown>(null);

export function reportRenderError(error: unknown): void {
  lastError.value = error;
  console.warn('PGA-zelfscan: a screen failed to render', error);
}

export function useRenderError() {
  return { error: lastError, dismiss: () => (lastError.value = null) };
}
