import type { Chart } from 'chart.js';

let loaded: typeof Chart | undefined;

/** Chart.js, a chunk of its own, loaded the first time a chart is drawn. */
export async function loadChart(): Promise<typeof Chart> {
  loaded ??= (await import('./chart-setup')).Chart;
  return loaded;
}

/**
 * Chart.js if it has been loaded, at once. Even an `import()` of a module already there resolves only in a later
 * task, and a printout is laid out before that: a chart drawn for paper needs Chart.js in hand.
 */
export function loadedChart(): typeof Chart | undefined {
  return loaded;
}
