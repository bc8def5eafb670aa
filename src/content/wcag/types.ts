import type { Text } from '../types';

/** One WCAG 2.1 success criterion: how the app meets it, and how that is checked. */
export interface SuccessCriterion {
  id: string;
  level: 'A' | 'AA';
  name: Text;
  how: Text;
  check: Text;
}
