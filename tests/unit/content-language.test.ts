import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../src/content/pga-2024';
import { LEVELS, type Text } from '../../src/content/types';
import { PARTNER_ROLES } from '../../src/content/partners';
import { allQuestions } from '../../src/domain/content-index';
import { meanSentenceLength, sentences, words } from '../support/language';

const points = CHECKLIST.sections.flatMap((s) => s.attentionPoints);
const questions = allQuestions(CHECKLIST).map((r) => r.question);

/** Every bilingual text in the checklist, with where it sits. */
function texts(value: unknown, path = 'checklist'): [string, Text][] {
  if (value === null || typeof value !== 'object') return [];
  const keys = Object.keys(value);
  if (keys.length === 2 && keys.includes('nl') && keys.includes('en')) return [[path, value as Text]];
  return Object.entries(value).flatMap(([k, v]) => texts(v, `${path}.${k}`));
}

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
  it('keeps every question within 25 words, and most within 20', () => {
    const over20 = questions.filter((q) => words(q.text.nl).length > 20);
    for (const q of questions) expect(words(q.text.nl).length, q.id).toBeLessThanOrEqual(25);
    for (const q of questions) expect(words(q.text.en).length, q.id).toBeLessThanOrEqual(25);
    expect(over20.length).toBeLessThanOrEqual(Math.floor(questions.length / 10));
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
    for (const g of CHECKLIST.glossary)
      for (const locale of ['nl', 'en'] as const)
        for (const avoid of g.avoid?.[locale] ?? [])
          for (const [path, text] of all)
            expect(text[locale].toLowerCase(), `${path} uses “${avoid}” for ${g.id}`).not.toContain(avoid);
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

  it('gives each rubric level its own text and a basis, and no two levels of a point the same text', () => {
    for (const p of points) {
      const levelTexts = LEVELS.map((l) => p.rubric[l].text.nl);
      expect(new Set(levelTexts).size, p.id).toBe(5);
      for (const l of LEVELS) {
        expect(p.rubric[l].basis.nl, `${p.id} ${l}`).toMatch(/§\d\.\d|H3|checklist/);
        expect(p.rubric[l].basis.en, `${p.id} ${l}`).toMatch(/§\d\.\d|ch\. 3|checklist/);
      }
    }
  });

  it('asks level 4 for a written document and at most two conditions, and level 5 for evaluation', () => {
    for (const p of points) {
      const four = p.rubric[4].text.nl;
      expect(four, p.id).toMatch(/op papier|vastgelegd|format|overzicht|plan/i);
      // Conditions are joined by "en" or a comma or semicolon; more than two joins is a bundle.
      const joins = (four.match(/;|, en |, /g) ?? []).length;
      expect(joins, `${p.id}: ${four}`).toBeLessThanOrEqual(2);
      expect(p.rubric[5].text.nl, p.id).toMatch(/op vaste momenten/);
    }
  });
});

describe('one ladder for every rubric (the scale of scale.ts, said for each point)', () => {
  it('keeps level 1 (it does not happen) apart from level 2 (it happens, nothing agreed together)', () => {
    for (const p of points) {
      expect(p.rubric[2].text.nl, p.id).toMatch(/samen (is )?niets afgesproken|niet samen afgesproken/i);
      expect(p.rubric[2].text.en, p.id).toMatch(/nothing has been agreed together|not agreed together/i);
      expect(p.rubric[1].text.nl, p.id).not.toMatch(/afgesproken/);
    }
  });

  it('gives level 3 both states: agreed but not on paper, and on paper but not applied in every case', () => {
    for (const p of points) {
      const { nl, en } = p.rubric[3].text;
      expect(nl, p.id).toMatch(/samen/);
      expect(nl, p.id).toMatch(/niet (in een format )?op papier/);
      expect(nl, p.id).toMatch(/op papier maar|format wordt niet/);
      expect(en, p.id).toMatch(/not written down/);
      expect(en, p.id).toMatch(/written down but|format is not used/);
    }
  });

  it('asks level 4 for what is on paper, applied every time, and nothing else', () => {
    for (const p of points) {
      expect(p.rubric[4].text.nl, p.id).toMatch(/op papier/i);
      expect(p.rubric[4].text.nl, p.id).toMatch(/\belke?\b|ook zoals afgesproken/);
      expect(p.rubric[4].text.en, p.id).toMatch(/written down/);
      expect(p.rubric[4].text.en, p.id).toMatch(/\bevery\b|as agreed/);
      for (const extra of ['uur', 'deelname', 'contactpersoon', 'trainingsplan', 'kennisplan', 'casusplan'])
        expect(p.rubric[4].text.nl.toLowerCase(), `${p.id}: ${extra}`).not.toContain(extra);
    }
  });

  it('builds level 5 on level 4, with a review of this point’s own question', () => {
    const fives = points.map((p) => p.rubric[5].text.nl);
    expect(new Set(fives).size).toBe(points.length);
    for (const p of points) {
      expect(p.rubric[5].text.nl, p.id).toMatch(/^Zoals niveau 4\. Daarnaast .*op vaste momenten samen/);
      expect(p.rubric[5].text.en, p.id).toMatch(/^As at level 4\. In addition, .*together at set times/);
      // Level 4 says that the review of level 5 is not there, so the two never both fit.
      expect(p.rubric[4].text.nl, p.id).toMatch(/De terugblik van niveau 5 is er niet\.$/);
      expect(p.rubric[4].text.en, p.id).toMatch(/The review of level 5 does not take place\.$/);
    }
  });

  it('has a scale whose level 3 holds both states', async () => {
    const { SCALE } = await import('../../src/content/scale');
    expect(SCALE[2]?.description.nl).toMatch(/niet op papier, of het staat op papier maar/);
    expect(SCALE[4]?.description.nl).toMatch(/^Zoals niveau 4:/);
    expect(SCALE[3]?.description.nl).toMatch(/Een vaste gezamenlijke terugblik is er niet/);
  });
});

describe('partners', () => {
  it('includes every partner §2.1 names, each in the domain the report groups it with', () => {
    const domain = (id: string) => PARTNER_ROLES.find((r) => r.id === id)?.domain;
    expect(domain('gemeente-oov')).toBe('veiligheid');
    expect(domain('politie')).toBe('veiligheid');
    expect(domain('om')).toBe('veiligheid');
    expect(domain('aivd')).toBe('veiligheid');
    expect(domain('gemeente-sociaal')).toBe('sociaal');
    expect(domain('ggz')).toBe('sociaal');
    expect(domain('rvdk')).toBe('sociaal');
    expect(domain('reclassering')).toBe('sociaal');
    expect(domain('jongerenwerk')).toBe('sociaal');
    expect(domain('zvh')).toBe('other');
  });
});
