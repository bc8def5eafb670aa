import type { Plugin } from 'chart.js';
import { Chart } from './chart-setup';
import { radarConfig, type ChartInput } from './chart-config';

/** 150 mm at 96 CSS px per inch; with devicePixelRatio 3 that is about 300 dpi on paper. */
const SIZE_PX = 567;

// JPEG has no transparency, so paint white first; a transparent PNG would cost jsPDF an extra mask image.
const whiteBackground: Plugin<'radar'> = {
  id: 'white-background',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** The radar chart drawn off-screen at print resolution, as a JPEG data URL for the PDF. */
export function radarImage(input: ChartInput): string {
  const canvas = document.createElement('canvas');
  canvas.width = SIZE_PX;
  canvas.height = SIZE_PX;
  const config = radarConfig(input, { print: true });
  config.plugins = [whiteBackground];
  const chart = new Chart(canvas, config);
  try {
    return chart.toBase64Image('image/jpeg', 0.9);
  } finally {
    chart.destroy();
  }
}
