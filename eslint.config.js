import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import vueI18n from '@intlify/eslint-plugin-vue-i18n';

// Keys the code builds at run time (t(`import.error.${code}`)) or picks in a ternary, which the
// unused-keys rule cannot follow. A new family of that kind goes here.
const DYNAMIC_KEYS = [
  '/^import\\.error\\./',
  '/^invite\\.error\\./',
  '/^justification\\.(goalMet|pooledGoalMet)$/',
  '/^plan\\.(docx|pdf)(Busy|Done|Failed)$/',
  '/^plan\\.logo(TooBig|WrongType)$/',
  '/^plan\\.origin\\./',
  '/^privacy\\.(bsn|email|phone|birthdate)$/',
  '/^report\\.edition\\./',
  '/^report\\.sum\\.due(One)?$/',
  '/^respondent\\.(again|welcome)$/',
  '/^results\\.change\\./',
  '/^results\\.(barSummary|followUpIntro)$/',
  '/^save\\.(quota|unavailable)$/',
  '/^save\\.file\\./',
  '/^storage\\.(persistent|bestEffort|keepCopyLink|keepCopyExport)$/',
  '/^state\\./',
  '/^status\\./',
  '/^trend\\.direction\\./',
  '/^trend\\.side(Before|After|Both)$/',
  '/^workshop\\.(conflict|domains|match|reason|refuse)\\./',
  '/^national\\.(band|error|compare\\.error)\\./',
  '/^national\\.compare\\.(above|middle|below)$/',
  '/^workshop\\.session(None|Title)$/',
  '/^workshop\\.removed(Participant|WithScan)$/',
  '/^newScan\\.field(Region|Title)Hint$/',
  '/^room\\.phone\\.codeError\\./',
  '/^room\\.host\\.camera\\./',
  '/^room\\.host\\.(received|replaced|again|againRemoved|other-round|mismatch)$/',
  '/^sessionResult\\.(notesBy|origin|domainShort|notesHead)\\./',
  '/^agenda\\.orderBy\\./',
  '/^evidence\\.error\\./',
  '/^marks\\.reason\\./',
];

// The plugin's no-unused-keys crashes ("Fix objects must not be overlapped") when it offers to remove a key
// whose parent object is unused too; this wrapper reports the same findings without the fix suggestions.
const unusedKeys = vueI18n.configs.recommended[0].plugins['@intlify/vue-i18n'].rules['no-unused-keys'];
const pga = {
  rules: {
    'no-unused-i18n-keys': {
      ...unusedKeys,
      create(context) {
        // The context is frozen: a new object on top of it, with its own report.
        const plain = Object.create(context, {
          report: { value: (d) => context.report({ ...d, fix: null, suggest: undefined }) },
        });
        return unusedKeys.create(plain);
      },
    },
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'dist-single/**', 'coverage/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'vue/no-v-html': 'error',
      'vue/multi-word-component-names': 'off',
      'vue/require-default-prop': 'off',
    },
  },
  // The i18n rules are for the app: its source and its locale files, not tests or fixtures.
  ...vueI18n.configs.recommended.map((c) =>
    c.files || c.rules ? { ...c, files: c.files ? ['src/i18n/locales/*.json'] : ['src/**/*.{ts,vue}'] } : c,
  ),
  {
    settings: {
      'vue-i18n': { localeDir: './src/i18n/locales/*.json', messageSyntaxVersion: '^11.0.0' },
    },
  },
  {
    // Content data has its own bilingual t(nl, en); only the interface's t('key') is checked here.
    files: ['src/content/**'],
    rules: { '@intlify/vue-i18n/no-missing-keys': 'off' },
  },
  {
    // Every key the code uses exists in both locales, and every key in the locales is used.
    files: ['src/**/*.{ts,vue,json}'],
    ignores: ['src/content/**'],
    plugins: { pga },
    rules: {
      '@intlify/vue-i18n/no-missing-keys': 'error',
      '@intlify/vue-i18n/no-unused-keys': 'off',
      'pga/no-unused-i18n-keys': [
        'error',
        { extensions: ['.ts', '.vue'], src: './src', ignores: DYNAMIC_KEYS },
      ],
      '@intlify/vue-i18n/no-raw-text': 'off',
      '@intlify/vue-i18n/no-v-html': 'off',
    },
  },
  {
    // src/ runs in the browser. The type check cannot refuse Node here (docx's types pull in @types/node),
    // so the lint does: no Node built-ins, no Node globals.
    files: ['src/**/*.{ts,vue}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ regex: '^node:', message: 'src/ runs in the browser: no Node built-ins.' }],
          paths: ['fs', 'path', 'os', 'crypto', 'child_process', 'url', 'buffer', 'util', 'stream'].map(
            (name) => ({ name, message: 'src/ runs in the browser: no Node built-ins.' }),
          ),
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', 'require', '__dirname', '__filename', 'global'].map((name) => ({
          name,
          message: 'src/ runs in the browser: no Node globals.',
        })),
      ],
    },
  },
  {
    // In tests a failed non-null assertion fails the test, which is what it should do.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  prettier,
);
