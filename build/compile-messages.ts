import { baseCompile } from '@intlify/message-compiler';

/** A locale file's messages as vue-i18n's message syntax trees; a message that does not compile fails the build. */
export function compileMessages(value: unknown): unknown {
  if (typeof value === 'string')
    return baseCompile(value, {
      jit: true,
      location: false,
      onError: (error) => {
        throw error;
      },
    }).ast;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compileMessages(v)]));
  return value;
}
