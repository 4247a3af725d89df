// Lint rules, including where code may run: src/shared stays pure, the renderer never touches Node or Electron.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import layersPlugin from './eslint/sharedLayers.js'

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'http',
  'net',
]

export const SHARED_RESTRICTIONS = {
  paths: [
    { name: 'electron', message: 'src/shared is pure: no Electron.' },
    { name: 'react', message: 'src/shared is pure: no React.' },
    { name: 'react-dom', message: 'src/shared is pure: no React.' },
    { name: 'howler', message: 'src/shared is pure: no audio.' },
    { name: 'electron-store', message: 'src/shared is pure: storage belongs to src/main.' },
    { name: 'conf', message: 'src/shared is pure: storage belongs to src/main.' },
  ],
  patterns: [
    { group: NODE_BUILTINS, message: 'src/shared is pure: no Node built-ins.' },
    {
      group: [
        '**/main/**',
        '**/renderer/**',
        '**/preload/**',
        '@main/*',
        '@renderer/*',
        '@tests/*',
        '@resources/*',
      ],
      message: 'src/shared may import only src/shared.',
    },
  ],
}

/**
 * The layers of src/shared, bottom first: each folder (or file directly in src/shared) may import only
 * the layers listed for it. README, Architecture, draws the same graph.
 */
export const SHARED_LAYERS = {
  model: [],
  color: [],
  platformAdvice: [],
  demo: [],
  library: ['model'],
  engine: ['model'],
  circuits: ['engine', 'model'],
  history: ['engine', 'model'],
  run: ['color', 'engine', 'history', 'library', 'model', 'session'],
  session: ['engine', 'history', 'library', 'model', 'run'],
  remote: ['model', 'run'],
  ipc: ['circuits', 'history', 'library', 'model', 'remote', 'session'],
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'tests/e2e/artifacts/**',
      'resources/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Type-aware rules on TypeScript: promises that nobody awaits, promises passed where a plain callback is
  // expected, and switches that miss a case are errors, not habits.
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({
    ...config,
    files: ['**/*.{ts,tsx}'],
  })),
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    plugins: { cadence: layersPlugin },
    rules: {
      'cadence/shared-layers': ['error', { root: 'src/shared', layers: SHARED_LAYERS }],
      'no-restricted-imports': ['error', SHARED_RESTRICTIONS],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'process',
          'Buffer',
          'require',
          '__dirname',
        ].map((name) => ({ name, message: 'src/shared is pure: no DOM or Node globals.' })),
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks to main only through window.api.' },
          ],
          patterns: [
            { group: NODE_BUILTINS, message: 'The renderer runs sandboxed: no Node built-ins.' },
            {
              group: ['**/main/**', '**/preload/index*', '@main/*', '@tests/*'],
              message: 'The renderer may not import main-process code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**/*.ts', 'src/preload/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'howler'].map((name) => ({
            name,
            message: 'UI code belongs in src/renderer.',
          })),
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,mjs}', 'security/**/*.mjs', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'no-console': 'off',
      'no-empty-pattern': 'off',
      // Tests patch and spy on prototype methods on purpose.
      '@typescript-eslint/unbound-method': 'off',
    },
  }
)
