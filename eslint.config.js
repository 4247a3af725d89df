// Lint rules, including where code may run: src/shared stays pure, the renderer never touches Node or Electron.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import layersPlugin from './eslint/sharedLayers.js'
import i18next from 'eslint-plugin-i18next'

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
  i18n: ['model'],
  demo: [],
  music: ['model'],
  library: ['model'],
  engine: ['i18n', 'model'],
  circuits: ['engine', 'i18n', 'model'],
  history: ['engine', 'i18n', 'model'],
  run: ['color', 'engine', 'history', 'library', 'model', 'session'],
  session: ['engine', 'history', 'library', 'model', 'run'],
  remote: ['model', 'run'],
  ipc: ['circuits', 'history', 'library', 'model', 'remote', 'session'],
}

/** Files whose every user-facing word comes from locales/. */
export const I18N_FILES = [
  'src/main/menu.ts',
  'src/main/electron/startupFailure.ts',
  'src/main/electron/updates.ts',
  'src/main/updates/updateFlow.ts',
  'src/main/handlers/circuitsHandlers.ts',
  'src/main/handlers/historyHandlers.ts',
  'src/main/ipc/dispatch.ts',
  'src/main/i18n/fsWords.ts',
  'src/main/files/readUserFile.ts',
  'src/main/remote/phoneMessages.ts',
  'src/main/remote/remoteService.ts',
  'src/main/session/sessionService.ts',
  'src/main/startup/openDataFolder.ts',
  'src/main/startup/readOnlyHandlers.ts',
  'src/main/startup/historyPart.ts',
  'src/main/store/storeAccess.ts',
  'src/main/store/document.ts',
  'src/main/store/documentRead.ts',
  'src/main/store/circuitsStore.ts',
  'src/main/store/exercisesStore.ts',
  'src/main/store/historyStore.ts',
  'src/main/store/historyEntries.ts',
  'src/main/store/historyRecovery.ts',
  'src/main/store/journalRead.ts',
  'src/main/store/journalStore.ts',
  'src/main/store/conflictCopies.ts',
  'src/main/store/conflictMerge.ts',
  'src/main/store/fileSlot.ts',
  'src/main/store/salvage.ts',
  'src/main/i18n/importWords.ts',
  'src/main/history/historyExport.ts',
  'src/main/handlers/deviceHandlers.ts',
  'src/main/electron/electronPlatform.ts',
  'src/renderer/src/features/settings/LanguageSetting.tsx',
  'src/renderer/src/i18n/*.tsx',
]

/** Every React screen: their JSX text and readable attributes come from locales/. */
export const I18N_SCREEN_FILES = ['src/renderer/src/**/*.tsx']

/**
 * Left out of I18N_SCREEN_FILES: the demos page is the developers' contact sheet of drawn moves
 * (docs/demos, the demos benchmark), never opened by the app.
 */
export const I18N_SCREEN_EXCEPTIONS = ['src/renderer/src/demos/**']

/** eslint-plugin-i18next's no-literal-string, checking every string and template, with its allow-list. */
export const NO_LITERAL_STRING = {
  mode: 'all',
  'should-validate-template': true,
  words: {
    exclude: [
      // Keys, ids, roles, channels, commands and event names: one word with no space (main:menu.file,
      // navigate:run, toggleDevTools, openDataFolder, utf8). What people read has a space or a capital.
      '[a-z][\\w.:/-]*',
      // Accelerators (CmdOrCtrl+N, F11) and file extensions: keys on a keyboard, the same in every language.
      '(CmdOrCtrl|Ctrl|Cmd|Alt|Shift|F\\d+)(\\+\\S+)*',
      // The brand is a name, never translated.
      'Cadence',
      // Punctuation, numbers and upper-case constants (the plugin's own defaults).
      '[0-9!-/:-@[-`{-~\\s]+',
      '[A-Z_-]+',
    ],
  },
  // Log lines go to developers in English; errors thrown to the caller are wrapped in a user message;
  // file contents are data, not text on screen.
  callees: {
    exclude: [
      't',
      'i18n(ext)?',
      'console\\.\\w+',
      'log',
      'Error',
      'AppError',
      'writeFileAtomic',
      // Paths and log lines written to disk are file names and data, not words.
      'join',
      '\\w+\\.appendSoon',
    ],
  },
  // Suggested file names stay English, like CSV columns: files travel between machines and tools.
  'object-properties': { exclude: ['defaultName'] },
}

/**
 * no-literal-string for React screens: JSX text, and the attributes people read or hear (class names, ids,
 * test ids and roles are code). Strings outside JSX are code there (keys, CSS, event names); the words a
 * screen builds outside JSX go through t() as the review of each screen checks.
 */
export const NO_LITERAL_JSX = {
  mode: 'jsx-only',
  'jsx-attributes': {
    include: ['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label', 'hint'],
  },
  words: {
    exclude: [
      ...NO_LITERAL_STRING.words.exclude,
      // Signs that read the same in every language: dots, arrows, crosses, ticks, the drag handle, dashes.
      '[\\s·•●×✕✓⠿→←↑↓…–—−%+]+',
      // Key caps drawn in <kbd> name the key as printed on it, like main's accelerators.
      'Enter|Esc',
    ],
  },
}

/** The phone page builds its DOM by hand (no JSX), so every string is checked, as in main. */
export const I18N_PHONE_FILES = ['src/renderer/src/remote/**/*.ts']

/** Selectors, data-* names and DOM calls are code, not words: the phone page's allow-list adds those. */
export const NO_LITERAL_PHONE = {
  ...NO_LITERAL_STRING,
  callees: {
    exclude: [
      ...NO_LITERAL_STRING.callees.exclude,
      // Selectors and attribute names.
      '\\$',
      'querySelector(All)?',
      'setAttribute',
      'removeProperty',
      'setProperty',
      'button',
    ],
  },
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
  // No literal text where users read it: main's menus, dialogs and file pickers speak through t().
  {
    files: I18N_FILES,
    plugins: { i18next },
    rules: { 'i18next/no-literal-string': ['error', NO_LITERAL_STRING] },
  },
  {
    files: I18N_SCREEN_FILES,
    ignores: I18N_SCREEN_EXCEPTIONS,
    plugins: { i18next },
    rules: { 'i18next/no-literal-string': ['error', NO_LITERAL_JSX] },
  },
  {
    files: I18N_PHONE_FILES,
    plugins: { i18next },
    rules: { 'i18next/no-literal-string': ['error', NO_LITERAL_PHONE] },
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
