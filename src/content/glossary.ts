import type { GlossaryTerm, Locale } from './types';
import { SIGNAL_TO_INTERPRETATION } from './glossary/signal-to-interpretation';
import { WEIGHING_AND_INTERPRETING } from './glossary/weighing-and-interpreting';
import { CASE_AND_COOPERATION } from './glossary/case-and-cooperation';
import { LAW_AND_RECORDS } from './glossary/law-and-records';
import { JUSTICE_WORDS } from './glossary/justice-words';
import { FIELD_WORDS } from './glossary/field-words';
import { CHECKLIST_WORDS } from './glossary/checklist-words';

// The report's own terms, explained once, grouped by the part of the report where they first appear; then the
// plain words of the field that the checklist explains; then the checklist's own scoring words.
export const GLOSSARY: GlossaryTerm[] = [
  ...SIGNAL_TO_INTERPRETATION,
  ...WEIGHING_AND_INTERPRETING,
  ...CASE_AND_COOPERATION,
  ...LAW_AND_RECORDS,
  ...JUSTICE_WORDS,
  ...FIELD_WORDS,
  ...CHECKLIST_WORDS,
];

/** The glossary as a reader looks a term up: alphabetical in the reader's language (reading 43). */
export function glossaryInOrder(locale: Locale): GlossaryTerm[] {
  return [...GLOSSARY].sort((a, b) =>
    a.term[locale].localeCompare(b.term[locale], locale, { sensitivity: 'base' }),
  );
}

type GlossaryRefKind = 'checklist' | 'intro' | 'chapter' | 'section';

/** What a term's ref names: a word of the checklist, the report's unnumbered introduction (reading 78), a chapter
 *  ('1', '3'; reading 81) or a section ('1.4'). The glossary page labels each kind in its own words. */
export function glossaryRefKind(ref: string): GlossaryRefKind {
  if (ref === 'checklist' || ref === 'intro') return ref;
  return ref.includes('.') ? 'section' : 'chapter';
}
