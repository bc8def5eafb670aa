import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VueWrapper } from '@vue/test-utils';
import { Chart } from '../../../src/charts/chart-setup';
import ResultsCharts from '../../../src/components/results/ResultsCharts.vue';
import { CHECKLIST } from '../../../src/content/pga-2024';
import { createAssessment, withAnswer, withTarget } from '../../../src/domain/assessment';
import { createFollowUp } from '../../../src/domain/follow-up';
import { buildResults } from '../../../src/domain/results';
import { mountWithI18n } from '../../support/mount';

const now = new Date('2026-11-28T10:00:00Z');
let wrapper: VueWrapper | undefined;

/** Stands in for the browser's IntersectionObserver (happy-dom's never reports): the test says when a chart is near. */
let nearScreen: (() => void)[] = [];
class FakeObserver {
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(target: Element) {
    nearScreen.push(() =>
      this.callback(
        [{ isIntersecting: true, target } as IntersectionObserverEntry],
        this as unknown as IntersectionObserver,
      ),
    );
  }
  disconnect() {}
}
beforeEach(() => {
  nearScreen = [];
  vi.stubGlobal('IntersectionObserver', FakeObserver);
});
afterEach(() => {
  wrapper?.unmount();
  vi.unstubAllGlobals();
});

/** Brings every chart near the screen and waits until each is drawn. */
async function drawn(w: VueWrapper) {
  nearScreen.forEach((show) => show());
  const canvases = w.findAll('canvas');
  // The charts load Chart.js lazily; on a loaded CI machine that import can take longer than waitFor's 1 s default.
  await vi.waitFor(() => expect(canvases.every((c) => Chart.getChart(c.element))).toBe(true), {
    timeout: 10_000,
  });
  return canvases;
}

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
    const canvases = await drawn(wrapper);
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
    const radar = Chart.getChart((await drawn(wrapper))[0]!.element);
    expect(radar?.data.datasets.map((d) => d.label)).toEqual(['Current score', 'Ambition', 'Previous scan']);
    expect(cell(wrapper, 'weg-systematisch', 'change')).toBe('up (+1.0)');
    expect(cell(wrapper, 'weg-kennis', 'change')).toBe('unchanged');
  });

  it('draws a chart only once it comes near the screen, and then without animation', async () => {
    wrapper = mountWithI18n(ResultsCharts, { props: { results: buildResults(CHECKLIST, scan()) } });
    const [radar, bar] = wrapper.findAll('canvas');
    await new Promise((r) => setTimeout(r, 50));
    expect(Chart.getChart(radar!.element)).toBeUndefined();
    // The text alternative and the table do not wait for the chart.
    expect(radar!.attributes('aria-label')).toContain('Hoogste');
    expect(wrapper.findAll('table')).toHaveLength(2);
    nearScreen[0]!();
    await vi.waitFor(() => expect(Chart.getChart(radar!.element)).toBeDefined(), { timeout: 10_000 });
    expect(Chart.getChart(radar!.element)?.options.animation).toBe(false);
    expect(Chart.getChart(bar!.element)).toBeUndefined();
  });
});
