import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { LOCALES, type Locale, type Question } from '../../../src/content/types';
import { scoringRules } from '../../support/content-texts';

// Every question is answered on its point's one rubric, so it must ask about that rubric's topic (round 10: about
// 19 of 65 questions were scored on a ladder about something else, such as deleting data on "what partners may share").
// A question passes when it names a word of the topic: the topic's words of five letters or more, cut to six letters,
// so that "duiden" finds "tussentijds duiden" and "monitoren" finds "na monitoren".
// Words that name no topic of their own.
const GENERIC = new Set(['partners', 'tegenover', 'between', 'together', 'whether', 'their']);

function stems(topic: string): string[] {
  return topic
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .filter((w) => w.length >= 5 && !GENERIC.has(w))
    .map((w) => w.slice(0, 6));
}

function names(question: string, topic: string): boolean {
  const text = question.toLowerCase();
  return stems(topic).some((s) => text.includes(s));
}

const points = CHECKLIST.sections.flatMap((s) => s.attentionPoints);
const ruleText = (q: Question, locale: Locale) =>
  scoringRules(q)
    .map((r) => r[locale])
    .join(' ');
// Everything said under a question: its explanation and its scoring rules.
const explained = (q: Question, locale: Locale) => `${q.help?.[locale] ?? ''} ${ruleText(q, locale)}`;
// The topic as levels 1 to 5 name it (content-language.test.ts checks that each level does).
const topicOf = (p: (typeof points)[number], locale: Locale) => p.topic[locale];

describe('every question fits its point’s ladder', () => {
  it('tells a question about the topic from one about something else', () => {
    // The round-9 mismatch the reviewer cited: a question about deletion scored on a topic about sharing.
    expect(
      names(
        'Staat bij jullie op papier wanneer informatie wordt verwijderd?',
        'wat partners per fase mogen delen',
      ),
    ).toBe(false);
    expect(names('Kennen de professionals jullie meldroute?', 'de meldroute voor signalen')).toBe(true);
    expect(stems('het tussentijds duiden')).toEqual(['tussen', 'duiden']);
  });

  it('names a word of its point’s topic in every question, in both languages', () => {
    for (const p of points)
      for (const locale of LOCALES) {
        const topic = topicOf(p, locale);
        expect(stems(topic).length, `${p.id} ${locale}: ${topic}`).toBeGreaterThan(0);
        for (const q of p.questions)
          expect(names(q.text[locale], topic), `${q.id} (${locale}) on “${topic}”: ${q.text[locale]}`).toBe(
            true,
          );
      }
  });

  it('says in the point’s scope what the agreement on its topic covers, in both languages', () => {
    // Round 12: without “De afspraak over X zegt …”, “dekt maar een deel van het onderwerp” could not be decided.
    // Round 13: levels 4 and 5 ask for the whole topic, so each point says what that is once, in its scope, shown
    // with the rubric; it names the topic in the rubric's words and cites the report.
    for (const p of points)
      for (const locale of LOCALES) {
        const lead =
          locale === 'nl'
            ? `Dit punt gaat over de afspraak over ${topicOf(p, locale)}. Daarbij hoort: `
            : `This point covers the agreement on ${topicOf(p, locale)}. It includes: `;
        const scope = p.scope?.[locale] ?? '';
        expect(scope.startsWith(lead), `${p.id} (${locale}): ${scope}`).toBe(true);
        expect(scope.length - lead.length, `${p.id} (${locale}) has no scope of its own`).toBeGreaterThan(20);
        expect(scope, `${p.id} (${locale})`).toMatch(/§\d\.\d/);
      }
  });

  it('asks about an agreement in every question, in both languages (reading 40, R4)', () => {
    // Questions worded as practice ("Wegen jullie …?", "Is duidelijk …?") were scored as agreements only through a
    // reading rule, so a partner who answered the question as written scored too high.
    for (const p of points)
      for (const q of p.questions) {
        expect(q.text.nl, q.id).toMatch(/afgesproken|afspraken/);
        expect(q.text.en, q.id).toMatch(/agreed|agreements/);
      }
    expect('Is bij jullie duidelijk wie weegt?').not.toMatch(/afgesproken|afspraken/);
  });

  it('no longer turns a question’s facet into “part of the topic” in help texts (reading 11, R1)', () => {
    // Each question scores its own part of the topic (READING_ORDER); a help rule that a missing facet caps the
    // point at level 3 made every question of a point score alike.
    for (const p of points)
      for (const q of p.questions) {
        expect(explained(q, 'nl'), q.id).not.toMatch(/deel van het onderwerp/);
        expect(explained(q, 'en'), q.id).not.toMatch(/part of the topic/);
      }
  });
});

// Round 35: "the situation of the question" left raters unsure which situation makes N/A fit (is it a case in
// monitoring, or one closed after it?). N/A now fits only where a question's own explanation names its situation,
// in both languages; these are the questions about a situation that a region may not have met in two years.
const NOT_APPLICABLE = [
  'dui-thermometer',
  'not-uitzonderingsgrond',
  'int-extern-voorbereiden',
  'int-extern-intrekking',
  'mon-impasse-afspraak',
  'mon-impasse-besluit',
  'mon-wie',
  'mon-wat',
  'mon-afsluiten',
  'mon-opschalen',
  'mon-heropenen',
  'geg-niet-deelbaar',
];

describe('N/A', () => {
  it('is said, with its situation, exactly under the questions about a situation that may not occur', () => {
    const questions = points.flatMap((p) => p.questions);
    const mentions = (locale: Locale) => (locale === 'nl' ? /N\.v\.t\./ : /\bN\/A\b/);
    const says = (locale: Locale) =>
      questions.filter((q) => mentions(locale).test(ruleText(q, locale))).map((q) => q.id);
    for (const locale of LOCALES) expect(says(locale).sort()).toEqual([...NOT_APPLICABLE].sort());
    // When N/A fits is a scoring rule, so it stands in the rules list, never in the running explanation.
    for (const q of questions)
      for (const locale of LOCALES) expect(q.help?.[locale] ?? '', q.id).not.toMatch(mentions(locale));
    for (const id of NOT_APPLICABLE) {
      const q = questions.find((x) => x.id === id);
      expect(q && ruleText(q, 'nl'), id).toMatch(/N\.v\.t\. past alleen als|Kies dan N\.v\.t\./);
      expect(q && ruleText(q, 'en'), id).toMatch(/N\/A applies only if|choose N\/A/);
    }
  });
});
