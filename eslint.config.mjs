import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'module',
  'worker_threads',
]

function restrict(patterns, message) {
  return {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      { patterns: [{ group: patterns, message, allowTypeImports: true }] },
    ],
  }
}

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'coverage/**', 'bench/results/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Advice for the React Compiler, which this project does not use.
      'react-hooks/incompatible-library': 'off',
      ...restrict(
        [
          'electron',
          'better-sqlite3',
          'pdfmake',
          'pdfmake/*',
          ...nodeBuiltins,
          '**/main/**',
          '**/preload/**',
        ],
        'The renderer runs in a sandboxed page: talk to main through window.rts, never Node or Electron.',
      ),
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: restrict(
      [
        'electron',
        'better-sqlite3',
        'pdfmake',
        'pdfmake/*',
        'react',
        'react-dom',
        '@mantine/*',
        ...nodeBuiltins,
        '**/main/**',
        '**/renderer/**',
        '**/preload/**',
      ],
      'src/shared is pure TypeScript shared by every process: no Electron, Node, DOM or UI imports.',
    ),
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/index.ts', 'src/main/window.ts', 'src/main/ipc/register.ts'],
    rules: restrict(
      ['electron', '**/renderer/**'],
      'Only src/main/index.ts, window.ts and ipc/register.ts may import electron; handlers take their dependencies as arguments.',
    ),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: restrict(
      [
        'better-sqlite3',
        'pdfmake',
        'zod',
        ...nodeBuiltins,
        '**/main/**',
        '**/renderer/**',
        '**/shared/ipc/contract',
      ],
      'The preload only builds the API from the channel list; it bundles nothing else.',
    ),
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: restrict(
      ['electron'],
      'Tests run without the Electron binary; test the plain modules instead.',
    ),
  },
)
