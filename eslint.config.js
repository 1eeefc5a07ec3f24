import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const uiLibraries = [
  'react',
  'react-dom',
  'react/*',
  '@xyflow/react',
  'zustand',
  'zustand/*',
  'immer',
];

/** Folder boundaries from docs/architecture (shared/style.md): who may import whom. */
const boundary = (files, patterns, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] },
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  boundary(
    ['src/model/**'],
    [...uiLibraries, '**/store/**', '**/canvas/**', '**/io/**', '**/ui/**', '**/i18n/**'],
    'src/model is pure: no React, React Flow, zustand, immer or other src folders.',
  ),
  boundary(
    ['src/store/**'],
    ['react-dom', '@xyflow/react', '**/canvas/**', '**/ui/**', '**/io/**'],
    'src/store imports only src/model, zustand, immer (and React for its hooks).',
  ),
  boundary(
    ['src/io/**'],
    [...uiLibraries, '**/canvas/**', '**/ui/**', '**/store/**'],
    'src/io imports src/model and browser APIs only.',
  ),
  boundary(
    ['src/i18n/**'],
    ['**/model/**', '**/store/**', '**/canvas/**', '**/ui/**', '**/io/**'],
    'src/i18n imports nothing from src.',
  ),
  boundary(['src/canvas/**'], ['**/ui/**'], 'src/canvas must not import src/ui.'),
  boundary(
    ['src/session/**'],
    ['**/ui/**', '**/canvas/**', '**/wizard/**', 'react-dom', '@xyflow/react'],
    'src/session decides where the document lives; UI calls it, never the other way round.',
  ),
  boundary(
    ['src/collab/**'],
    [
      ...uiLibraries,
      '**/store/**',
      '**/canvas/**',
      '**/io/**',
      '**/ui/**',
      '**/i18n/**',
      '**/session/**',
    ],
    'src/collab maps the blueprint onto Yjs: it imports src/model and yjs only.',
  ),
  boundary(
    ['server/**'],
    [
      ...uiLibraries,
      '**/src/store/**',
      '**/src/canvas/**',
      '**/src/io/**',
      '**/src/ui/**',
      '**/src/session/**',
    ],
    'The server imports src/model and src/collab only from the app.',
  ),
);
