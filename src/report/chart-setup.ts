import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LineElement,
  LinearScale,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
} from 'chart.js';

// Only what the radar and bar charts use; this keeps the chart chunk small. Colours are set by hand
// in chart-config.ts, since the Colors plugin is not registered.
Chart.register(
  RadarController,
  BarController,
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
