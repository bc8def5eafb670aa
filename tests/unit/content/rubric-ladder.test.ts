import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { LEVELS, LOCALES } from '../../../src/content/types';
import { SCALE } from '../../../src/content/scale';
import { questionRubric } from '../../../src/content/lookup';

// The ladder every rubric shares (moved out of content-language.test.ts, which keeps the wording checks).
const points = CHECKLIST.sections.flatMap((s) => s.attentionPoints);

describe('one ladder for every rubric, built from three yes/no facts about one topic', () => {
  // Round 6: A. a joint agreement on the topic; B. on paper, always followed and covering the whole topic (round 11: level 3 names the part-agreement; round 13: levels 4 and 5
  // say "dekt het hele onderwerp"; round 29: B is about what the scored question asks about); C. a review (READING_TERMS (5)) of this point's question (round 9; round 13: "terugblik", not "niet alle partners"); D. (only without A)
  // does anyone do it. L1 = ¬A ¬D, L2 = ¬A D, L3 = A ¬B, L4 = A B ¬C, L5 = A B C.
  // The shared sentences are written out here rather than imported, so that the test reads what a rater reads.
  const S = {
    nl: {
      noJoint: (x: string) =>
        `Over ${x} is er geen gezamenlijke afspraak die iets regelt van wat de vraag noemt. `,
      notKept: (x: string) =>
        `Een gezamenlijke afspraak over ${x} regelt minstens een deel van wat de vraag noemt. Maar die afspraak regelt niet alles, staat niet of maar deels op papier, of wordt niet altijd gevolgd.`,
      kept: (x: string) =>
        `De gezamenlijke afspraak over ${x} regelt alles wat de vraag noemt. Die staat op papier en wordt altijd gevolgd. `,
      noReview: 'Er is geen terugblik op deze afspraak.',
      review: /^Er is een terugblik op deze afspraak, bijvoorbeeld om na te gaan of ([^.]+)\.$/,
      nobody: 'Dit gebeurde in de periode ook niet: ',
      someone: 'Dit gebeurde in de periode wel: ',
      actOfQuestion: 'handeling die bij de vraag staat',
    },
    en: {
      noJoint: (x: string) => `No joint agreement on ${x} covers any part of what the question asks about. `,
      notKept: (x: string) =>
        `A joint agreement on ${x} covers at least part of what the question asks about. But the agreement does not cover everything the question asks about, is not (fully) in writing, or is not always followed.`,
      kept: (x: string) =>
        `The joint agreement on ${x} covers everything the question asks about. The agreement is in writing and always followed. `,
      noReview: 'There is no review of this agreement.',
      review: /^There is a review of this agreement, for example to check whether ([^.]+)\.$/,
      nobody: 'Nor did this happen in the period: ',
      someone: 'But this did happen in the period: ',
      actOfQuestion: 'activity named for this question',
    },
  } as const;
  const topicOf = (p: (typeof points)[number], locale: (typeof LOCALES)[number]) => p.topic[locale];

  it('names the same topic, in the same words, at every level of every point', () => {
    for (const p of points)
      for (const locale of LOCALES) {
        const topic = topicOf(p, locale);
        expect(topic.length, `${p.id} ${locale}`).toBeGreaterThan(5);
        // Dutch levels 1 and 2 open on the topic ("Over … is er geen gezamenlijke afspraak die …", check 310: a
        // relative clause after the topic read as the topic's), 3 to 5 name it after the agreement; the same words.
        const lead = locale === 'nl' ? `gezamenlijke afspraak over ${topic}` : `agreement on ${topic}`;
        for (const l of LEVELS) {
          const text = p.rubric[l].text[locale];
          if (locale === 'nl' && l < 3)
            expect(text.startsWith(`Over ${topic} is er `), `${p.id} ${l}`).toBe(true);
          else expect(text, `${p.id} ${l} ${locale}`).toContain(lead);
        }
      }
  });

  it('says at levels 1 and 2 that there is no joint agreement, and differs only in whether the question’s activity happened', () => {
    for (const p of points)
      for (const locale of LOCALES) {
        const opening = S[locale].noJoint(topicOf(p, locale));
        // Round 32: the point's own levels 1 and 2 refer to the act each question names.
        expect(p.rubric[1].text[locale], p.id).toContain(S[locale].actOfQuestion);
        expect(p.rubric[2].text[locale], p.id).toContain(S[locale].actOfQuestion);
        expect(p.rubric[1].text[locale].startsWith(opening), p.id).toBe(true);
        expect(p.rubric[2].text[locale].startsWith(opening), p.id).toBe(true);
      }
    for (const p of points)
      for (const q of p.questions)
        for (const locale of LOCALES) {
          const opening = S[locale].noJoint(topicOf(p, locale));
          const levels = questionRubric(p, q);
          const [one, two] = [levels[1].text[locale], levels[2].text[locale]];
          for (const l of [3, 4, 5] as const) expect(levels[l], q.id).toBe(p.rubric[l]);
          expect(one.startsWith(opening), `${p.id} ${locale}: ${one}`).toBe(true);
          expect(two.startsWith(opening), `${p.id} ${locale}: ${two}`).toBe(true);
          const [none, some] = [one.slice(opening.length), two.slice(opening.length)];
          // Round 22: fact D about one act, the same at both levels, so level 1 is level 2 negated; round 32: the
          // question's own act.
          expect(none.startsWith(S[locale].nobody), `${p.id}: ${none}`).toBe(true);
          expect(some.startsWith(S[locale].someone), `${p.id}: ${some}`).toBe(true);
          const act = some.slice(S[locale].someone.length);
          expect(act, q.id).toBe(q.activity[locale]);
          expect(act, q.id).toMatch(/^[a-z(].*\.$/);
          expect(none.slice(S[locale].nobody.length), p.id).toBe(act);
          expect(act, p.id).not.toMatch(/\b(niemand|nooit|geen enkele|nobody|never)\b/i);
          // Facts B and C belong to levels 3 to 5 only; no pattern of how it happens (rounds 3 and 4).
          for (const own of [none, some]) {
            expect(own, p.id).not.toMatch(
              /op papier|vaste moment|on paper|in writing|set time|gezamenlijk|joint/,
            );
            expect(own, p.id).not.toMatch(
              /weleens|vaak|regelmatig|minder vaak|ieder op eigen|hangt af van|at times|often|depends on/,
            );
          }
        }
  });

  it('says at level 3 that there is a joint agreement, only on part of the topic, not on paper or not always followed', () => {
    for (const p of points)
      for (const locale of LOCALES)
        expect(p.rubric[3].text[locale], p.id).toBe(S[locale].notKept(topicOf(p, locale)));
  });

  it('says at levels 4 and 5 that the joint agreement covers everything the question asks about, on paper and always followed, and only 5 has the review', () => {
    for (const p of points)
      for (const locale of LOCALES) {
        const kept = S[locale].kept(topicOf(p, locale));
        const five = p.rubric[5].text[locale];
        expect(five.startsWith(kept), p.id).toBe(true);
        const clause = S[locale].review.exec(five.slice(kept.length))?.[1];
        expect(clause, p.id).toBeDefined();
        // Round 9: level 4 is level 5's own review negated, so a practice with some other review still fits 4.
        expect(p.rubric[4].text[locale], p.id).toBe(kept + S[locale].noReview);
      }
  });

  it('names in level 5 this point’s own review, of whether the agreement works, marked as the checklist’s own', () => {
    // Round 9: a generic review sentence left raters guessing what is reviewed, and some examples re-checked cases,
    // which READING_RULE says is no review.
    const own = (p: (typeof points)[number], locale: (typeof LOCALES)[number]) =>
      S[locale].review.exec(p.rubric[5].text[locale].slice(S[locale].kept(topicOf(p, locale)).length))?.[1] ??
      '';
    for (const locale of LOCALES) expect(new Set(points.map((p) => own(p, locale))).size).toBe(points.length);
    for (const p of points) {
      expect(own(p, 'nl'), p.id).not.toMatch(
        /casus(sen)? (na|op)lopen|hoe liep|welke casus|elke casus|wie .* wat voor/,
      );
      expect(own(p, 'en'), p.id).not.toMatch(/\b(did|was|were)\b|each case|which case/);
      expect(p.rubric[5].basis.nl, p.id).toMatch(/^Eigen toevoeging van de checklist/);
      expect(p.rubric[5].basis.en, p.id).toMatch(/^The checklist’s own addition/);
      // Round 12: chapter 3 offers DSP's support with an evaluation; it does not call it a next step.
      expect(p.rubric[5].basis.nl, p.id).not.toMatch(/vervolgstap/);
    }
  });

  it('keeps every level short enough for a card on the presentation screen', () => {
    // A first guard only: the presentation e2e (presentation-fit.test.ts) is the check, every question at five screen
    // sizes with type at 0.7 or more. Round 17's longest card (278 characters) needed type at 0.82 at 1024×768.
    // The cards show a question's own levels (round 32).
    for (const p of points)
      for (const q of p.questions)
        for (const locale of LOCALES)
          for (const l of LEVELS) {
            const card = `${SCALE[l - 1]?.name[locale]} · ${questionRubric(p, q)[l].text[locale]}`;
            expect(card.length, `${q.id} ${l} ${locale}`).toBeLessThanOrEqual(280);
          }
  });

  it('has a scale that says the same ladder, about “the topic”', () => {
    for (const locale of LOCALES) {
      const s = S[locale];
      const topic = locale === 'nl' ? 'het onderwerp' : 'the topic';
      expect(SCALE[0]?.description[locale].startsWith(s.noJoint(topic))).toBe(true);
      expect(SCALE[1]?.description[locale].startsWith(s.noJoint(topic))).toBe(true);
      expect(SCALE[2]?.description[locale]).toBe(s.notKept(topic));
      expect(SCALE[3]?.description[locale].endsWith(s.noReview)).toBe(true);
      expect(SCALE[4]?.description[locale]).toMatch(
        locale === 'nl'
          ? /Er is een terugblik op deze afspraak\.$/
          : /There is a review of this agreement\.$/,
      );
    }
  });
});
