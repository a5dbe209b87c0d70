/** Architecture rules (docs/ARCHITECTURE.md): arrows point one way, nothing in the browser imports build/. */
const BROWSER = '^src/(model|charts|elements|story|embed)/';
const TEST = '\\.(test|spec)\\.ts$|^src/test-utils/|^tests/';
/** The pages' scripts: the story, the iframe page, the library, the host loader. */
const ENTRY = '^src/(start|main|embed/(embed-start|embed-page|library|loader))\\.ts$';
const LIT = '(^|/)node_modules/(lit|lit-html|lit-element|@lit|@lit-labs)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'No import cycles, type-only ones included.', from: {}, to: { circular: true } },
    {
      name: 'model-imports-only-model',
      severity: 'error',
      comment: 'src/model is the bottom layer: data types, formatting, growth maths, UI strings.',
      from: { path: '^src/model/', pathNot: TEST },
      to: { path: '^src/', pathNot: '^src/model/' },
    },
    {
      name: 'pure-layers-no-lit',
      severity: 'error',
      comment:
        "model, the kit (but its render/), and a chart's views, text and layout import no lit: they run in Node and in tests without a DOM.",
      from: { path: '^src/(model/|charts/)', pathNot: ['^src/charts/kit/render/', '^src/charts/[^/]+/(plot|element)\\.ts$', TEST] },
      to: { path: LIT, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'charts-only-down',
      severity: 'error',
      comment: 'Charts know nothing about the story, embeds or the build.',
      from: { path: '^src/charts/' },
      to: { path: '^src/(story|embed|build)/' },
    },
    {
      name: 'kit-knows-no-chart',
      severity: 'error',
      comment: 'The kit is shared by charts; only the registry names each chart (its view names).',
      from: { path: '^src/charts/kit/', pathNot: ['^src/charts/kit/registry\\.ts$', TEST] },
      to: { path: '^src/charts/(?!kit/)' },
    },
    {
      name: 'registry-reads-view-names-only',
      severity: 'error',
      comment: "The registry is on every page: it may read a chart's view-names.ts, never its views, layout or element.",
      from: { path: '^src/charts/kit/registry\\.ts$' },
      to: { path: '^src/charts/(?!kit/)[^/]+/(?!view-names\\.ts$)' },
    },
    {
      name: 'only-element-uses-elements',
      severity: 'error',
      comment: "A chart's element.ts extends the element base; its layout, text and plot do not touch src/elements.",
      from: { path: '^src/charts/', pathNot: ['^src/charts/[^/]+/element\\.ts$', TEST] },
      to: { path: '^src/elements/' },
    },
    {
      name: 'elements-only-down',
      severity: 'error',
      comment: "Elements use the kit and model; a chart's code arrives only through the registry's loader.",
      from: { path: '^src/elements/', pathNot: TEST },
      to: { path: ['^src/(story|embed|build)/', '^src/charts/(?!kit/)'] },
    },
    {
      name: 'story-and-embed-apart',
      severity: 'error',
      from: { path: '^src/(story|embed)/' },
      to: { path: '^src/(story|embed)/', pathNot: '^src/$1/' },
    },
    {
      name: 'build-is-build-only',
      severity: 'error',
      comment: 'Nothing outside src/build imports it, but the Vite configs (and tests).',
      from: { pathNot: ['^src/build/', '^vite(\\.lib)?\\.config\\.ts$', '^scripts/', TEST] },
      to: { path: '^src/build/' },
    },
    {
      name: 'browser-no-node',
      severity: 'error',
      comment: 'Browser code imports no Node built-ins and no devDependencies.',
      from: { path: BROWSER, pathNot: TEST },
      to: { dependencyTypes: ['core', 'npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'test-utils-for-tests',
      severity: 'error',
      from: { pathNot: TEST },
      to: { path: '^src/test-utils/' },
    },
    {
      name: 'scrollama-in-one-module',
      severity: 'error',
      comment: 'STYLE.md 4: scrollama is imported in exactly one module.',
      from: { pathNot: '^src/story/scroll-steps\\.ts$' },
      to: { path: '(^|/)node_modules/scrollama/' },
    },
    {
      name: 'definitions-not-in-browser',
      severity: 'error',
      comment: 'src/charts/definitions.ts imports every chart: for the build and tests, never for a page.',
      from: { path: BROWSER, pathNot: TEST },
      to: { path: '^src/charts/definitions\\.ts$' },
    },
    {
      name: 'no-dead-modules',
      severity: 'error',
      comment:
        'Every module is reachable from a page entry, a Vite config, a script or a test (chart elements load through import.meta.glob in src/elements/load-chart.ts, which dependency-cruiser does not read).',
      from: { path: [ENTRY, '^vite(\\.lib)?\\.config\\.ts$', '^scripts/', TEST] },
      to: { path: '^src/', pathNot: [ENTRY, TEST, '^src/charts/[^/]+/element\\.ts$', '\\.d\\.ts$', '\\.css$'], reachable: false },
    },
    { name: 'not-to-unresolvable', severity: 'error', from: {}, to: { couldNotResolve: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|test-results|playwright-report|bench)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.mjs', '.js', '.json', '.d.ts'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
