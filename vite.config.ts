import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

// Relative base: the same build works from any folder of a static host and from file://.
export default defineConfig({
  base: './',
  plugins: [vue()],
  // vue-i18n feature flags: composition API only, no devtools hooks in the build.
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  resolve: {
    // jsPDF reaches these only from doc.html(), which the app never calls; keep them out of dist/.
    alias: {
      html2canvas: fileURLToPath(new URL('./src/report/empty-module.ts', import.meta.url)),
      canvg: fileURLToPath(new URL('./src/report/empty-module.ts', import.meta.url)),
      dompurify: fileURLToPath(new URL('./src/report/empty-module.ts', import.meta.url)),
    },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['vitest-canvas-mock', 'tests/setup/fail-on-console-error.ts'],
        },
      },
      {
        // Browser tests against the built app (the test command builds it first).
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
