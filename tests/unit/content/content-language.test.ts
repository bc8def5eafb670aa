import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { GLOSSARY } from '../../../src/content/glossary';
import { LEVELS } from '../../../src/content/types';
import { allQuestions } from '../../../src/domain/content-index';
import { meanSentenceLength, sentences, words } from '../../support/language';
import { texts } from '../../support/content-texts';

const points = CHECKLIST.sections.flatMap((s) => s.attentionPoints);
const questions = allQuestions(CHECKLIST).map((r) => r.question);

describe('the language helpers count as a reader would', () => {
  it('counts words with hyphens, apostrophes and section marks as one', () => {
    expect(words('Weten jullie wat anti-institutioneel extremisme is (§1.2)?')).toEqual([
      'Weten',
      'jullie',
      'wat',
      'anti-institutioneel',
      'extremisme',
      'is',
      '1.2',
    ]);
  });
  it('splits sentences, but not after art. or inside §1.3', () => {
    expect(sentences('Zie art. 172 Gemeentewet. Het rapport (§1.3) zegt dit. Klopt dat?')).toHaveLength(3);
    expect(meanSentenceLength('Een twee drie. Vier vijf.')).toBe(2.5);
  });
});

describe('checklist language (B1, one form of address)', () => {
  it('keeps every question at 20 words or fewer, in both languages', () => {
    for (const q of questions) expect(words(q.text.nl).length, q.id).toBeLessThanOrEqual(20);
    for (const q of questions) expect(words(q.text.en).length, q.id).toBeLessThanOrEqual(20);
  });

  it('keeps summaries at 20 words a sentence or fewer on average', () => {
    const summaries = [...CHECKLIST.sections, ...points].map((x) => [x.id, x.summary] as const);
    for (const [id, s] of summaries) {
      expect(meanSentenceLength(s.nl), `${id} nl`).toBeLessThanOrEqual(20);
      expect(meanSentenceLength(s.en), `${id} en`).toBeLessThanOrEqual(20);
    }
  });

  it('addresses the partnership as “jullie” in every question and never as u, uw, je or jij', () => {
    for (const q of questions) expect(q.text.nl, q.id).toMatch(/\bjullie\b/i);
    for (const q of questions) expect(q.text.en, q.id).toMatch(/\byou(r)?\b/i);
    for (const [path, text] of texts(CHECKLIST))
      expect(text.nl, path).not.toMatch(/(^|[\s(“‘])(u|uw|je|jouw|jij)(?=[\s,.?!)”’]|$)/i);
  });

  it('has English that avoids known calques and uses each glossary term’s own wording', () => {
    const banned = ['knowledge offer', 'find information back', 'find back', 'those who know, know'];
    const all = texts(CHECKLIST);
    for (const [path, text] of all)
      for (const b of banned) expect(text.en.toLowerCase(), path).not.toContain(b);
    for (const g of GLOSSARY)
      for (const locale of ['nl', 'en'] as const)
        for (const avoid of g.avoid?.[locale] ?? [])
          for (const [path, text] of all)
            expect(text[locale].toLowerCase(), `${path} uses “${avoid}” for ${g.id}`).not.toContain(avoid);
  });

  it('keeps to B1 Dutch and plain English where the readings found words to avoid', () => {
    const all = texts(CHECKLIST);
    for (const [path, text] of all) {
      expect(text.nl, path).not.toMatch(/adresse|\bbeleg(gen|t|d)\b|eerstelijns/i);
      expect(text.en, path).not.toMatch(/\bthink of\b|how it (shows|manifests)|\bholds\b|\bsigns?\b/i);
      // Round 12: the Dutch “Vraag? Dan …” is no English construction; English says “If …, …”.
      expect(text.en, path).not.toMatch(/\?\s+Then\b/);
    }
  });

  it('names the process coordinator the same way everywhere', () => {
    const en = texts(CHECKLIST).map(([, x]) => x.en.toLowerCase());
    expect(en.some((x) => x.includes('process coordinator'))).toBe(true);
    expect(en.every((x) => !x.includes('process director'))).toBe(true);
  });

  it('gives a phase with one section that section’s title', () => {
    for (const phase of CHECKLIST.phases) {
      const sections = CHECKLIST.sections.filter((s) => s.phase === phase.id);
      if (sections.length === 1) expect(phase.title, phase.id).toEqual(sections[0]?.title);
    }
  });
});

describe('every derived question and every rubric level names its basis', () => {
  it('gives each derived question a basis that cites a section of the report', () => {
    const derived = questions.filter((q) => q.origin === 'derived');
    expect(derived.length).toBeGreaterThan(20);
    for (const q of derived) {
      expect(q.basis?.nl, q.id).toMatch(/§\d\.\d/);
      expect(q.basis?.en, q.id).toMatch(/§\d\.\d/);
    }
  });

  it('marks level 1 as the ladder’s floor: the report finds “not always”, never “nobody”', () => {
    // Round 12: level-1 bases cited findings such as "niet altijd concreet" for "in no case".
    for (const p of points) {
      expect(p.rubric[1].basis.nl, p.id).toMatch(
        /^§\d\.\d: .*\. Het rapport kent geen niveaus: de hele schaal is van de checklist\.$/,
      );
      expect(p.rubric[1].basis.en, p.id).toMatch(
        /^§\d\.\d: .*\. The report has no levels: the whole scale is the checklist’s own\.$/,
      );
    }
  });

  it('gives each rubric level its own text and a basis, and no two levels of a point the same text', () => {
    for (const p of points) {
      const levelTexts = LEVELS.map((l) => p.rubric[l].text.nl);
      expect(new Set(levelTexts).size, p.id).toBe(5);
      for (const l of LEVELS) {
        expect(p.rubric[l].basis.nl, `${p.id} ${l}`).toMatch(/§\d\.\d|hoofdstuk 3|checklist/);
        expect(p.rubric[l].basis.en, `${p.id} ${l}`).toMatch(/§\d\.\d|ch\. 3|checklist/);
      }
    }
  });

  it('asks level 4 for a written document and at most two conditions, and level 5 for evaluation', () => {
    for (const p of points) {
      const four = p.rubric[4].text.nl;
      expect(four, p.id).toMatch(/op papier/i);
      // Conditions are joined by "en" or a comma or semicolon; more than two joins is a bundle.
      const joins = (four.match(/;|, en |, /g) ?? []).length;
      expect(joins, `${p.id}: ${four}`).toBeLessThanOrEqual(2);
      expect(p.rubric[5].text.nl, p.id).toMatch(
        /Er is een terugblik op deze afspraak, bijvoorbeeld om na te gaan of [^.]+\.$/,
      );
    }
  });
});
