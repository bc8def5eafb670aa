import { isOneOf } from '../domain/choices';

/** Passes a <select>'s value on only when it is one of the options; the DOM can hold any string. */
export function onPick<T extends string>(options: readonly T[], event: Event, use: (value: T) => void): void {
  const value = (event.target as HTMLSelectElement).value;
  if (isOneOf(options, value)) use(value);
}
