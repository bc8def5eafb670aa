import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../src/content/pga-2024';
import type { Text } from '../../src/content/types';

// The report sits beside the project (../shared/source), as it does in CI.
const REPORT = readFileSync('../shared/source/pga-radicalisering-dsp-2024.md', 'utf8');
const norm = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFC')
    .match(/[\p{L}\p{N}]+/gu) ?? [];
const source = ` ${norm(REPORT).join(' ')} `;

/** The longest run of words that appears, in this order, in the report. */
function longestSharedRun(text: string): string {
  const w = norm(text);
  let best: string[] = [];
  for (let i = 0; i < w.length; i++)
    for (let j = i + best.length + 1; j <= w.length && source.includes(` ${w.slice(i, j).join(' ')} `); j++)
      best = w.slice(i, j);
  return best.join(' ');
}

/** Texts in our own words: everything but the report's own reflection questions, which we only split. */
function ownTexts(): [string, Text][] {
  const out: [string, Text][] = [];
  for (const s of CHECKLIST.sections) {
    out.push([s.id, s.summary]);
    for (const p of s.attentionPoints) {
      out.push([`${p.id}.summary`, p.summary]);
      for (const [l, r] of Object.entries(p.rubric)) out.push([`${p.id}.rubric.${l}`, r.text]);
      for (const a of p.suggestedActions) out.push([a.id, a.description]);
      for (const q of p.questions) if (q.origin === 'derived') out.push([q.id, q.text]);
    }
  }
  return out;
}

describe('the checklist is in our own words', () => {
  it('finds a shared run when a sentence is copied, and none in plain words', () => {
    expect(
      longestSharedRun('Het ontbreekt regelmatig aan een (heldere) procesbeschrijving van de aanpak.'),
    ).toBe('het ontbreekt regelmatig aan een heldere procesbeschrijving van de aanpak');
    expect(longestSharedRun('Kwallen zwemmen zelden in de Waal.').split(' ').length).toBeLessThan(4);
  });

  it('shares no run of ten words or more with the report in any summary, rubric, action or derived question', () => {
    for (const [path, text] of ownTexts()) {
      const run = longestSharedRun(text.nl);
      expect(run.split(' ').length, `${path}: “${run}”`).toBeLessThan(10);
    }
  });
});
