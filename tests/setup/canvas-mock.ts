// A canvas for Chart.js under happy-dom. Imported from a setup file of our own, not named in setupFiles, so that
// Vite resolves it like any import: inside Stryker's sandbox, through its symlinked node_modules.
import 'vitest-canvas-mock';
