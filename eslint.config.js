/**
 * ESLint (flat config), run by `npm run lint` and by `npm test` before the tests.
 * The plugins come from the workspace tools/lint (see tools/lint/typescript-api.js for why).
 * Formatting is Prettier's job (`npm run format:check`), so no stylistic rule is turned on here.
 */
import { globals, js, lit, litA11y, tseslint, wc } from 'supplier-flow-lint';
import layers from 'supplier-flow-lint/layers.js';

/** The layers of src/ (docs/DEVELOPING.md): a layer imports itself and those it names. `.` is src/*.ts. */
const LAYERS = {
  entry: {
    from: ['.', 'react', 'frameworks'],
    imports: ['elements', 'i18n', 'theme', 'settings', 'testing', 'api', 'domain'],
  },
  elements: { from: ['elements'], imports: ['i18n', 'theme', 'settings', 'api', 'domain'] },
  i18n: { from: ['i18n'], imports: ['settings', 'domain'] },
  theme: { from: ['theme'], imports: [] },
  testing: { from: ['testing'], imports: ['api', 'domain'] },
  settings: { from: ['settings'], imports: ['api', 'domain'] },
  api: { from: ['api'], imports: ['domain'] },
  // The domain is pure rules: no DOM framework, no schema library, no storage.
  domain: { from: ['domain'], imports: [], packages: ['lit', '@lit', 'zod', 'idb'] },
};

const LIT_FILES = ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts', 'bench/**/*.ts'];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      'dist/',
      'storybook-static/',
      'coverage/',
      'demo-dist/',
      'custom-elements.json',
      'test/generated/',
      'bench/results*',
    ],
  },
  js.configs.recommended,
  // Syntax-only rules: the type-aware ones would need a second type-check of the whole tree on every lint.
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_name` marks a parameter kept for its position (task args, callbacks).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Module augmentation (`interface IntrinsicElements extends SupplierFlowIntrinsicElements {}`) is how hosts' JSX and Vue types learn our tags.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    files: LIT_FILES,
    ...lit.configs['flat/all'],
    rules: {
      ...lit.configs['flat/all'].rules,
      // Arrow functions and `.map` in templates are this codebase's way of writing event handlers and lists.
      'lit/no-template-arrow': 'off',
      'lit/no-template-map': 'off',
      // It flags `value=` on radio buttons, where the attribute is the submitted value and not the state.
      'lit/no-value-attribute': 'off',
    },
  },
  {
    files: LIT_FILES,
    ...wc.configs['flat/best-practice'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['test/**/*.ts'],
    // chai's property assertions (`expect(x).to.be.true`) are expressions by design.
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@web/test-runner-commands',
              importNames: ['setViewport'],
              message: 'WebKit runs over WebDriver, where it throws: use setViewport from test/helpers/viewport.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/e-invoice/xml-writer.ts', 'server/http/documents.ts'],
    // They strip control characters (XML 1.0 cannot carry them; a file name must not), so their patterns name them.
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { 'supplier-flow': layers },
    rules: { 'supplier-flow/layers': ['error', { layers: LAYERS }] },
  },
);
