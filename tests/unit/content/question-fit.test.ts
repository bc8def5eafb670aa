import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { LOCALES, type Locale } from '../../../src/content/types';

// Every question is answered on its point's one rubric, so it must ask about that rubric's topic (round 10: about
// 19 of 65 questions were scored on a ladder about something else, such as deleting data on "what partners may share").
// A question passes when it names a word of the topic: the topic's words of five letters or more, cut to six letters,
// so that "duiden" finds "tussentijds duiden" and "monitoren" finds "na monitoren".
const TOPIC = {
  nl: /^Er is geen gezamenlijke afspraak over ([^.]+)\. /,
  en: /^There is no joint agreement on ([^.]+)\. /,
} as const;
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
const topicOf = (p: (typeof points)[number], locale: Locale) =>
  TOPIC[locale].exec(p.rubric[1].text[locale])?.[1] ?? '';

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

  it('says in a help text what the agreement on each point’s topic covers', () => {
    // Round 12: without “De afspraak over X zegt …”, “dekt maar een deel van het onderwerp” could not be decided,
    // and a question outside the topic was scored on a ladder that did not measure it.
    for (const p of points)
      for (const locale of LOCALES) {
        const lead = `${locale === 'nl' ? 'afspraak over' : 'agreement on'} ${topicOf(p, locale)}`;
        const helps = p.questions.map((q) => q.help?.[locale] ?? '');
        expect(
          helps.some((h) => h.includes(lead)),
          `${p.id} (${locale}): no help says what the “${lead}” covers`,
        ).toBe(true);
      }
  });
});
