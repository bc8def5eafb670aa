import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
} from 'chart.js';

// Only what the radar, bar and trend line charts use; this keeps the chart chunk small. Colours are set by hand
// in chart-config.ts, since the Colors plugin is not registered.
Chart.register(
  RadarController,
  BarController,
  LineController,
  RadialLinearScale,
  LinearScale,
  CategoryScale,
  PointElement,
  LineElement,
  BarElement,
  Filler,
  Legend,
  Tooltip,
);

export { Chart };
