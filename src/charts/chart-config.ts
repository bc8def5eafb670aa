import type { ChartConfiguration, ChartDataset } from 'chart.js';

export type SeriesKind = 'current' | 'target' | 'baseline' | 'veiligheid' | 'sociaal';

export interface Series {
  kind: SeriesKind;
  label: string;
  values: (number | null)[];
}

export interface ChartInput {
  /** One label per axis or bar; an array of strings breaks the label over lines. */
  labels: (string | string[])[];
  series: Series[];
  /** Names of levels 1–5, shown on the value axis so levels never depend on colour alone. */
  levelNames: string[];
  /** Decimal formatter for tooltips, e.g. Dutch comma. */
  format: (value: number) => string;
}

export interface RenderOptions {
  /** Off-screen rendering for print: fixed size, no animation (an animated chart renders blank). */
  print?: boolean;
}

// Okabe–Ito colours stay distinct for colour-blind readers; line style and point shape keep them
// apart in greyscale print too.
const STYLE: Record<
  SeriesKind,
  {
    color: string;
    fill: string;
    dash: number[];
    point: 'circle' | 'triangle' | 'rect' | 'rectRot' | 'crossRot';
  }
> = {
  current: { color: '#0072B2', fill: 'rgba(0, 114, 178, 0.18)', dash: [], point: 'circle' },
  target: { color: '#D55E00', fill: 'rgba(0, 0, 0, 0)', dash: [8, 5], point: 'triangle' },
  baseline: { color: '#4d4d4d', fill: 'rgba(0, 0, 0, 0)', dash: [2, 3], point: 'rect' },
  // Darker Okabe–Ito green and purple: at least 3:1 against white, as graphics need.
  veiligheid: { color: '#00775a', fill: 'rgba(0, 0, 0, 0)', dash: [12, 4, 2, 4], point: 'rectRot' },
  sociaal: { color: '#9e3f80', fill: 'rgba(0, 0, 0, 0)', dash: [4, 4], point: 'crossRot' },
};
const TEXT = '#1b1b1b';
const GRID = '#8c8c8c';

function base(options: RenderOptions) {
  return options.print
    ? { responsive: false, animation: false as const, devicePixelRatio: 3 }
    : { responsive: true, maintainAspectRatio: false };
}

/**
 * The level axes' numbers as written, 0 to 5: Chart.js's own tick labels go through Intl.NumberFormat, whose
 * first use loads the language's number data, tens of milliseconds inside the task that draws the first chart.
 */
const wholeTick = (value: string | number) => String(value);

function levelTick(levelNames: string[]) {
  return (value: string | number) => {
    const n = Number(value);
    return Number.isInteger(n) && n >= 1 && n <= 5 ? `${n} ${levelNames[n - 1] ?? ''}` : '';
  };
}

export function radarConfig(input: ChartInput, options: RenderOptions = {}): ChartConfiguration<'radar'> {
  const datasets: ChartDataset<'radar'>[] = input.series.map((s) => {
    const style = STYLE[s.kind];
    return {
      label: s.label,
      data: s.values,
      borderColor: style.color,
      backgroundColor: style.fill,
      pointBackgroundColor: style.color,
      pointStyle: style.point,
      pointRadius: s.kind === 'current' ? 4 : 5,
      borderWidth: s.kind === 'current' ? 3 : 2,
      borderDash: style.dash,
      fill: s.kind === 'current',
      // No line across a step without a value: it would suggest a score that is not there.
      spanGaps: false,
    };
  });
  return {
    type: 'radar',
    data: { labels: input.labels, datasets },
    options: {
      ...base(options),
      scales: {
        r: {
          min: 0,
          max: 5,
          // Numbers only on the radar's axis, where names would cover the data; the caption names the scale.
          ticks: {
            stepSize: 1,
            color: TEXT,
            backdropColor: 'rgba(255,255,255,0.85)',
            font: { size: 11 },
            callback: wholeTick,
          },
          pointLabels: { color: TEXT, font: { size: options.print ? 15 : 12 } },
          grid: { color: GRID },
          angleLines: { color: GRID },
        },
      },
      plugins: {
        legend: { labels: { color: TEXT, usePointStyle: true, font: { size: options.print ? 15 : 12 } } },
        tooltip: { callbacks: { label: (c) => `${c.dataset.label ?? ''}: ${input.format(Number(c.raw))}` } },
      },
    },
  };
}

export function barConfig(input: ChartInput, options: RenderOptions = {}): ChartConfiguration<'bar'> {
  const datasets: ChartDataset<'bar'>[] = input.series.map((s) => {
    const style = STYLE[s.kind];
    return {
      label: s.label,
      data: s.values,
      backgroundColor: s.kind === 'current' ? style.color : '#ffffff',
      borderColor: style.color,
      borderWidth: 2,
      borderDash: style.dash,
      borderSkipped: false,
    };
  });
  return {
    type: 'bar',
    data: { labels: input.labels, datasets },
    options: {
      ...base(options),
      indexAxis: 'y',
      scales: {
        x: {
          min: 0,
          max: 5,
          ticks: { stepSize: 1, color: TEXT, callback: levelTick(input.levelNames) },
          grid: { color: GRID },
        },
        y: { ticks: { color: TEXT, autoSkip: false }, grid: { display: false } },
      },
      plugins: {
        legend: { labels: { color: TEXT } },
        tooltip: { callbacks: { label: (c) => `${c.dataset.label ?? ''}: ${input.format(Number(c.raw))}` } },
      },
    },
  };
}

/** A step's score over the scan dates, with its ambition as a dashed line (for the trend screen). */
export function lineConfig(input: ChartInput, options: RenderOptions = {}): ChartConfiguration<'line'> {
  const datasets: ChartDataset<'line'>[] = input.series.map((s) => {
    const style = STYLE[s.kind];
    return {
      label: s.label,
      data: s.values,
      borderColor: style.color,
      backgroundColor: style.color,
      pointStyle: style.point,
      pointRadius: s.kind === 'current' ? 4 : 5,
      borderWidth: s.kind === 'current' ? 3 : 2,
      borderDash: style.dash,
      // A year without a score is a gap, not a line through it.
      spanGaps: false,
    };
  });
  return {
    type: 'line',
    data: { labels: input.labels, datasets },
    options: {
      ...base(options),
      scales: {
        y: {
          min: 1,
          max: 5,
          ticks: { stepSize: 1, color: TEXT, callback: wholeTick },
          grid: { color: GRID },
        },
        x: { ticks: { color: TEXT }, grid: { display: false } },
      },
      plugins: {
        legend: { labels: { color: TEXT, usePointStyle: true } },
        tooltip: { callbacks: { label: (c) => `${c.dataset.label ?? ''}: ${input.format(Number(c.raw))}` } },
      },
    },
  };
}

/** Breaks a long label into lines of at most `width` characters, for radar axes and bar labels. */
export function wrapLabel(text: string, width = 22): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
