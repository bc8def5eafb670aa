import { defineConfig } from 'vite';
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
  build: {
    target: 'es2022',
    sourcemap: false,
  },
});
