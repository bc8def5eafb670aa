// The unit and component tests only, for StrykerJS: it runs them once per mutant, so no browser tests here.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  plugins: [vue()],
  // Stryker's sandbox reaches node_modules through a symlink; resolving it to its real path outside the sandbox
  // left setup files such as vitest-canvas-mock unloadable, so paths stay as the sandbox sees them.
  resolve: { preserveSymlinks: true },
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
    environment: 'happy-dom',
    setupFiles: ['tests/setup/canvas-mock.ts', 'tests/setup/fail-on-console-error.ts'],
  },
});
