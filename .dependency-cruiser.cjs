// Layer rules (docs/architecture.md): a layer imports only from the layers above it, and nothing is circular.
// Type-only imports count too: a type cycle is still a cycle for the next person who changes the code.
const layer = (name, mayNotImport) => ({
  name: `${name}-layer`,
  severity: 'error',
  comment: `${name} may not import from ${mayNotImport.join(', ')}`,
  from: { path: `^src/${name}/` },
  to: { path: `^src/(${mayNotImport.join('|')})/` },
});
const UI = ['stores', 'composables', 'components', 'views'];

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    layer('content', ['domain', 'storage', 'i18n', 'report', ...UI]),
    layer('domain', ['storage', 'i18n', 'report', ...UI]),
    layer('storage', ['i18n', 'report', ...UI]),
    layer('i18n', ['domain', 'storage', 'report', ...UI]),
    layer('charts', ['storage', 'report', ...UI]),
    layer('report', ['storage', ...UI]),
    layer('stores', ['composables', 'components', 'views']),
    layer('composables', ['components', 'views']),
    layer('components', ['views']),
    {
      name: 'no-node-in-browser',
      severity: 'error',
      comment: 'src/ runs in the browser: Node built-ins belong in tests and tools',
      from: { path: '^src/' },
      to: { dependencyTypes: ['core'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.app.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.vue', '.js', '.json'] },
  },
};
