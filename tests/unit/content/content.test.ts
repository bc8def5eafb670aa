import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { GLOSSARY, glossaryRefKind } from '../../../src/content/glossary';
import { LEVELS } from '../../../src/content/types';
import { allQuestions } from '../../../src/domain/content-index';
import { texts } from '../../support/content-texts';

const points = CHECKLIST.sections.flatMap((s) => s.attentionPoints);
const questions = allQuestions(CHECKLIST).map((r) => r.question);

// Pinned: saved files and later scans refer to these ids. Changing this list is a deliberate act
// that needs a content version bump and a migration note.
const QUESTION_IDS = [
  'sig-structuur-helder', 'sig-structuur-bekend', 'sig-kennis', 'sig-online-training',
  'sig-sleutelfiguren-beeld', 'sig-sleutelfiguren-contact', 'sig-veiligheidsbeeld', 'sig-online-contact',
  'weg-manier', 'weg-criteria', 'weg-betrokkenen', 'weg-instrumenten', 'weg-vastleggen', 'weg-toegerust',
  'weg-nieuwe-stromingen',
  'dui-gaandeweg', 'dui-criteria', 'dui-informatie', 'dui-informatie-recent', 'dui-thermometer',
  'dui-rechtmatig', 'dui-onvolledig-beeld',
  'not-afspraken', 'not-uitzonderingsgrond', 'not-afwijken', 'not-transparant',
  'doel-concreet', 'doel-gezamenlijk', 'doel-onderbouwing',
  'int-aansluiting-doelen', 'int-factoren', 'int-format-overleg', 'int-palet-breed', 'int-cognitieve-opening',
  'int-extern-voorbereiden', 'int-extern-intrekking',
  'mon-impasse-afspraak', 'mon-impasse-besluit', 'mon-definitie', 'mon-overgang', 'mon-afsluiten', 'mon-wie',
  'mon-wat', 'mon-opschalen', 'mon-heropenen',
  'sam-perspectieven-bespreekbaar', 'sam-visie', 'sam-werkproces-helder', 'sam-rollen',
  'sam-afspraken-helder', 'sam-omgangsvormen', 'sam-procesregie',
  'geg-per-fase', 'geg-bewaren', 'geg-verwijderen', 'geg-niet-deelbaar', 'geg-terughoudend',
  'geg-afspraken-manier', 'geg-afspraken-wie', 'geg-format', 'geg-format-volledig',
]; // prettier-ignore

// The report's reflection-question bullets (16 in all), numbered in reading order, per section.
const REPORT_BULLETS: Record<string, number[]> = {
  '1.1': [1, 2, 3, 4, 5],
  '1.2': [6, 7],
  '1.3': [8, 9],
  '1.4': [10],
  '1.5': [11],
  '1.6': [12],
  '1.7': [13],
  '2.1': [14, 15],
  '2.2': [16],
};
// Attention points per section: the report's "Aandachtspunt" headings, split where one heading holds two
// things a rubric cannot measure as one (§1.1 route and knowledge, §2.1 agreements and process coordination).
const POINTS_PER_SECTION: Record<string, number> = {
  '1.1': 4, '1.2': 2, '1.3': 2, '1.4': 1, '1.5': 1, '1.6': 2, '1.7': 2, '2.1': 4, '2.2': 2,
}; // prettier-ignore

describe('checklist content', () => {
  it('has all nine sections in the report’s order, each in its phase', () => {
    expect(CHECKLIST.sections.map((s) => `${s.ref} ${s.phase}`)).toEqual([
      '1.1 signaleren',
      '1.2 wegen',
      '1.3 duiden',
      '1.4 start',
      '1.5 start',
      '1.6 start',
      '1.7 monitoren',
      '2.1 samenwerking',
      '2.2 gegevens',
    ]);
    const phaseIds = CHECKLIST.phases.map((p) => p.id);
    for (const s of CHECKLIST.sections) expect(phaseIds).toContain(s.phase);
  });

  it('has every text in Dutch and English, none empty, and the two never identical for long texts', () => {
    const all = texts(CHECKLIST);
    expect(all.length).toBeGreaterThan(300);
    for (const [path, text] of all) {
      expect(text.nl.trim(), `${path}.nl`).not.toBe('');
      expect(text.en.trim(), `${path}.en`).not.toBe('');
      if (text.nl.length > 40) expect(text.en, `${path} is not translated`).not.toBe(text.nl);
    }
  });

  it('pins the full list of question ids', () => {
    expect(questions.map((q) => q.id)).toEqual(QUESTION_IDS);
  });

  it('has unique ids for sections, points, questions, actions and glossary terms', () => {
    const ids = [
      ...CHECKLIST.sections.map((s) => s.id),
      ...points.map((p) => p.id),
      ...questions.map((q) => q.id),
      ...points.flatMap((p) => p.suggestedActions.map((a) => a.id)),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    const glossary = GLOSSARY.map((g) => g.id);
    expect(new Set(glossary).size).toBe(glossary.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  it('gives every attention point a five-level rubric, a summary, questions and a suggested action', () => {
    for (const p of points) {
      expect(Object.keys(p.rubric).map(Number), p.id).toEqual([...LEVELS]);
      expect(p.summary.nl.length, p.id).toBeGreaterThan(100);
      expect(p.questions.length, p.id).toBeGreaterThan(0);
      expect(p.suggestedActions.length, p.id).toBeGreaterThan(0);
    }
  });

  it('names the section of each item', () => {
    for (const s of CHECKLIST.sections) for (const p of s.attentionPoints) expect(p.ref, p.id).toBe(s.ref);
    const refs = new Set(['intro', '1', '3', 'checklist', ...CHECKLIST.sections.map((s) => s.ref)]);
    for (const g of GLOSSARY) expect(refs.has(g.ref), g.id).toBe(true);
    // The glossary page labels each kind of ref in its own words.
    expect(['checklist', 'intro', '3', '1.4'].map(glossaryRefKind)).toEqual([
      'checklist',
      'intro',
      'chapter',
      'section',
    ]);
  });

  it('matches the report: attention points and reflection questions per section', () => {
    for (const s of CHECKLIST.sections) {
      const qs = s.attentionPoints.flatMap((p) => p.questions);
      expect(qs.length, s.ref).toBeGreaterThan(0);
      expect(s.attentionPoints.length, s.ref).toBe(POINTS_PER_SECTION[s.ref]);
      const bullets = [...new Set(qs.flatMap((q) => (q.origin === 'report' ? [q.reportQuestion] : [])))];
      expect(
        bullets.sort((a, b) => (a ?? 0) - (b ?? 0)),
        s.ref,
      ).toEqual(REPORT_BULLETS[s.ref]);
    }
    const all = questions.filter((q) => q.origin === 'report').map((q) => q.reportQuestion);
    expect(new Set(all).size).toBe(16);
    expect(all.every((n) => n !== undefined && n >= 1 && n <= 16)).toBe(true);
    expect(questions.filter((q) => q.origin === 'derived').every((q) => q.reportQuestion === undefined)).toBe(
      true,
    );
  });

  it('asks every question as a question', () => {
    for (const q of questions) {
      expect(q.text.nl.trim().endsWith('?'), q.id).toBe(true);
      expect(q.text.en.trim().endsWith('?'), q.id).toBe(true);
    }
  });

  it('explains the report’s own terms in the glossary', () => {
    const terms = GLOSSARY.map((g) => g.term.nl.toLowerCase()).join(' | ');
    for (const word of [
      'pga',
      'weegploeg',
      'casusoverleg',
      'procesregisseur',
      'notificeren',
      'leefgebieden',
      'cognitieve opening',
      'uitzonderingsgrond',
      'afbreukrisico',
      'pro-sociaal netwerk',
      'risicotaxatie',
      'sleutelfiguren',
      'niet-pluisgevoel',
      'monitoren',
      'dossiervorming',
      'werkproces',
      'inventariseren',
      'aivd',
      'ggz',
      'terugkeerders',
    ])
      expect(terms).toContain(word);
  });

  it('keeps no glossary term that no text of the checklist uses', async () => {
    const { PARTNER_ROLES } = await import('../../../src/content/partners');
    const rule = await import('../../../src/content/reading-rule');
    const { READING_CASES } = await import('../../../src/content/reading-cases');
    const { SCALE } = await import('../../../src/content/scale');
    const ruleTexts = [rule.READING_STEPS, rule.READING_TERMS, READING_CASES, rule.STEP_RULES];
    const used = [...texts(CHECKLIST.sections), ...texts(PARTNER_ROLES), ...texts(ruleTexts), ...texts(SCALE)]
      .map(([, x]) => x.nl.toLowerCase())
      .join(' | ');
    for (const g of GLOSSARY) {
      const term = g.term.nl.toLowerCase().replace(/\s*\(.*?\)/g, '');
      // A term counts as used in its own form, inflected (integraal → integrale), or by its head word
      // (Convenant PGA (2017) → convenant).
      const forms = [term, term.replace(/aal\b/g, 'ale'), term.split(' ')[0] ?? term];
      expect(
        forms.some((f) => used.includes(f)),
        `${g.id} is not used`,
      ).toBe(true);
    }
  });
});

describe('outline', () => {
  it('is the checklist’s exact skeleton, so the start page shows true progress', async () => {
    const { OUTLINE } = await import('../../../src/content/outline');
    expect(OUTLINE.sections).toEqual(
      CHECKLIST.sections.map((s) => ({
        id: s.id,
        attentionPoints: s.attentionPoints.map((p) => ({
          questions: p.questions.map((q) => ({ id: q.id })),
        })),
      })),
    );
  });
});
