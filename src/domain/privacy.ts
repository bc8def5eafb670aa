export type PersonalDataKind = 'bsn' | 'email' | 'phone' | 'birthdate';

/** The Dutch citizen service number check: 9×d1 + 8×d2 + … + 2×d8 − d9 must be a multiple of 11. */
export function passesElfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d.-]+\.[\p{L}]{2,}/u;
// Dutch numbers: 06-12345678, 06 1234 5678, +31 6 12345678, 0031…, 010-1234567, 020 123 4567.
const PHONE = /(?<![\d§.,])(?:(?:\+|00)31[\s-]?(?:\(0\))?[\s-]?|0)[1-9](?:[\s-]?\d){8}(?![\d])/;
// Nine digits standing alone (also written as 123.456.789 or 123 456 789), the shape of a BSN.
const NINE_DIGITS = /(?<![\d§.,-])\d{3}[ .]?\d{3}[ .]?\d{3}(?![\d,-]|\.\d)/g;
const DATE_NUMERIC = /(?<![\d§.])(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/g;
const MONTHS =
  'jan|januari|feb|februari|mrt|maart|apr|april|mei|jun|juni|jul|juli|aug|augustus|sep|sept|september|okt|oktober|nov|november|dec|december|january|february|march|may|june|july|august|october';
const DATE_WRITTEN = new RegExp(`(?<!\\d)(\\d{1,2})\\s+(?:${MONTHS})\\.?\\s+(\\d{4})(?!\\d)`, 'giu');
const BIRTH_WORDS = /\b(geboren|geboortedatum|geb\.|born|date of birth|dob)\b/i;

/**
 * A date long enough ago to be someone's birth date (over 12 years), or any date next to a word
 * such as "geboren". Meeting dates and deadlines in a note are recent, and years alone never count.
 */
function hasBirthdate(text: string, now: Date): boolean {
  const limit = now.getFullYear() - 12;
  const dates = [
    ...[...text.matchAll(DATE_NUMERIC)]
      .filter((m) => Number(m[1]) <= 31 && Number(m[2]) <= 12)
      .map((m) => Number(m[3])),
    ...[...text.matchAll(DATE_WRITTEN)].map((m) => Number(m[2])),
  ];
  return dates.some((year) => year >= 1900 && (year <= limit || BIRTH_WORDS.test(text)));
}

/**
 * What in a note looks like personal data about someone in a case. Used for a gentle warning only:
 * notes are about the partnership's process, not about people.
 */
export function personalDataIn(text: string, now: Date): PersonalDataKind[] {
  const found: PersonalDataKind[] = [];
  if ([...text.matchAll(NINE_DIGITS)].some((m) => passesElfproef(m[0].replace(/[ .]/g, ''))))
    found.push('bsn');
  if (EMAIL.test(text)) found.push('email');
  if (PHONE.test(text)) found.push('phone');
  if (hasBirthdate(text, now)) found.push('birthdate');
  return found;
}
