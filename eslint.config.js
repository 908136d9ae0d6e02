// Lint: `npm run lint` (eslint . --max-warnings 0). Every rule is an error; there are no warnings.
// Beyond the usual TypeScript and React-hooks checks, it enforces the architecture's boundaries
// (docs: ARCHITECTURE.md, "Arrows only point this way"):
//   shared/            imports no electron, no Node built-ins, no DOM or React, nothing from electron/ or renderer/
//   renderer/          imports nothing from electron/, no electron, no Node built-ins
//   electron/archive/  (and the CLI and server, which run it in plain Node) never import electron or electron/main
//   electron/preload/  is sandboxed: electron and shared/ only, no Node built-ins
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('_'));

const noElectron = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };
const noNodeBuiltins = [
  ...nodeBuiltins.map((name) => ({ name, message: 'Node built-ins are not available here.' })),
];
const noNodePrefix = { regex: '^node:', message: 'Node built-ins are not available here.' };
const noReact = ['react', 'react-dom', 'react-dom/client', 'react-router-dom', '@tanstack/react-virtual'].map((name) => ({
  name,
  message: 'shared/ is pure TypeScript: no DOM, no React.',
}));
const intoFolder = (folder, message) => ({ regex: `(^|/)${folder}/`, message });

/** One no-restricted-imports rule per folder: flat config replaces, it does not merge, a rule's options. */
const restrict = (paths, patterns) => ({ 'no-restricted-imports': ['error', { paths, patterns }] });

export default tseslint.config(
  {
    ignores: ['out/', 'node_modules/', 'dist/', 'native/', 'resources/', 'test-results/', 'playwright-report/', '.shots/'],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // React event props may be async (onSubmit={async () => ...}); promises elsewhere are still checked.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.node },
  },
  {
    files: ['electron/**', 'scripts/**', 'tests/**', 'bin/**', '*.config.*'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs['recommended-latest'].rules,
      ...restrict([noElectron, ...noNodeBuiltins], [noNodePrefix, intoFolder('electron', 'The renderer talks to the engine only through the contract (renderer/src/api).')]),
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      ...restrict(
        [noElectron, ...noNodeBuiltins, ...noReact],
        [noNodePrefix, intoFolder('electron', 'shared/ must not depend on electron/.'), intoFolder('renderer', 'shared/ must not depend on renderer/.')],
      ),
      // shared/ is type-checked with both DOM and Node types, so the compiler cannot catch these.
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'HTMLElement', 'fetch', 'process', 'Buffer', 'require', '__dirname', '__filename', 'global'].map(
          (name) => ({ name, message: 'shared/ is pure TypeScript: no DOM and no Node.' }),
        ),
      ],
    },
  },
  {
    files: ['electron/archive/**/*.ts', 'electron/cli/**/*.ts', 'electron/server/**/*.ts'],
    rules: restrict(
      [{ ...noElectron, message: 'The engine, CLI and server run in plain Node: never import electron.' }],
      [
        // electron/main/security.ts is pure policy without electron; browser mode shares it.
        { regex: '(^|/)main/(?!security$)', message: 'electron/main is the Electron shell; the engine must not depend on it.' },
        intoFolder('renderer', 'The engine must not depend on renderer/.'),
      ],
    ),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict(noNodeBuiltins, [
      noNodePrefix,
      intoFolder('main', 'The sandboxed preload can only require electron; electron/main pulls in Node modules.'),
      intoFolder('archive', 'The sandboxed preload can only require electron; the engine is Node code.'),
      intoFolder('renderer', 'The preload must not depend on renderer/.'),
    ]),
  },
);
