import { afterEach, describe, expect, it } from 'vitest';
import type { VueWrapper } from '@vue/test-utils';
import { nextTick } from 'vue';
import { Chart } from '../../src/report/chart-setup';
import ResultsCharts from '../../src/components/ResultsCharts.vue';
import { CHECKLIST } from '../../src/content/pga-2024';
import { createAssessment, withAnswer, withTarget } from '../../src/domain/assessment';
import { createFollowUp } from '../../src/domain/follow-up';
import { buildResults } from '../../src/domain/results';
import { mountWithI18n } from './mount';

const now = new Date('2026-11-28T10:00:00Z');
let wrapper: VueWrapper | undefined;
afterEach(() => wrapper?.unmount());

function scan() {
  let a = createAssessment({ title: 'Scan', region: 'Regio', date: '2026-11-28' }, CHECKLIST.version, now);
  a = withAnswer(a, 'weg-manier', { level: 2 }, now);
  a = withAnswer(a, 'weg-criteria', { level: 3 }, now);
  a = withAnswer(a, 'weg-toegerust', { level: 4 }, now);
  a = withAnswer(a, 'sig-kennis', { level: 'unknown' }, now);
  return withTarget(a, 'wegen', 4, now);
}

const cell = (w: VueWrapper, rowId: string, col: string) =>
  w.find(`[data-row-id="${rowId}"] [data-col="${col}"]`).text();

describe('ResultsCharts', () => {
  it('draws a radar and a bar chart, each with a summary and a data table', async () => {
    const results = buildResults(CHECKLIST, scan());
    wrapper = mountWithI18n(ResultsCharts, { props: { results } });
    await nextTick();
    const canvases = wrapper.findAll('canvas');
    expect(canvases).toHaveLength(2);
    const charts = canvases.map((c) => Chart.getChart(c.element));
    expect(charts.map((c) => (c?.config as { type?: string } | undefined)?.type)).toEqual(['radar', 'bar']);
    expect(charts[0]?.data.labels).toHaveLength(9);
    expect(charts[1]?.data.labels).toHaveLength(20);
    // Current and ambition on the radar; no earlier scan, so no third series.
    expect(charts[0]?.data.datasets.map((d) => d.label)).toEqual(['Huidige score', 'Ambitie']);
    expect(canvases[0]?.attributes('role')).toBe('img');
    expect(canvases[0]?.attributes('aria-label')).toContain('Hoogste: §1.2 Wegen van signalen (3,3)');
    expect(wrapper.findAll('table caption').map((c) => c.text())).toEqual([
      'Scores per stap',
      'Scores per aandachtspunt',
    ]);
  });

  it('shows the domain’s figures in the tables, with level names, coverage and gap', () => {
    const results = buildResults(CHECKLIST, scan());
    wrapper = mountWithI18n(ResultsCharts, { props: { results } });
    const wegen = results.sections.find((s) => s.section.id === 'wegen')!;
    // weg-systematisch = (2+3)/2 = 2.5, weg-kennis = 4, section = 3.25.
    expect(wegen.score.value).toBe(3.25);
    expect(cell(wrapper, 'wegen', 'score')).toBe('3,3 voorlopig');
    expect(cell(wrapper, 'wegen', 'level')).toBe('3 Afgesproken');
    expect(cell(wrapper, 'wegen', 'coverage')).toBe('3 van 7 beantwoord');
    expect(cell(wrapper, 'wegen', 'target')).toBe('4 Vastgelegd en toegepast');
    expect(cell(wrapper, 'wegen', 'gap')).toBe('+0,8');
    expect(cell(wrapper, 'weg-systematisch', 'score')).toBe('2,5 voorlopig');
    expect(cell(wrapper, 'sig-signaalkennis', 'coverage')).toBe('1 van 2 beantwoord (1 weet niet)');
    expect(cell(wrapper, 'signaleren', 'score')).toBe('–');
  });

  it('adds the earlier scan as a third series and a change column for a follow-up', async () => {
    let next = createFollowUp(
      scan(),
      { title: 'Vervolg', date: '2027-06-01', prefill: true },
      CHECKLIST.version,
      now,
    );
    next = withAnswer(next, 'weg-manier', { level: 4 }, now);
    wrapper = mountWithI18n(ResultsCharts, { props: { results: buildResults(CHECKLIST, next) } }, 'en');
    await nextTick();
    const radar = Chart.getChart(wrapper.find('canvas').element);
    expect(radar?.data.datasets.map((d) => d.label)).toEqual(['Current score', 'Ambition', 'Previous scan']);
    expect(cell(wrapper, 'weg-systematisch', 'change')).toBe('up (+1.0)');
    expect(cell(wrapper, 'weg-kennis', 'change')).toBe('unchanged');
  });
});
