import type { GlossaryTerm } from './types';
import { SIGNAL_TO_INTERPRETATION } from './glossary/signal-to-interpretation';
import { CASE_AND_COOPERATION } from './glossary/case-and-cooperation';
import { LAW_AND_RECORDS } from './glossary/law-and-records';

// The report's own terms, explained once, in the order in which they first appear.
export const GLOSSARY: GlossaryTerm[] = [
  ...SIGNAL_TO_INTERPRETATION,
  ...CASE_AND_COOPERATION,
  ...LAW_AND_RECORDS,
];
