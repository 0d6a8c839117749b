import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const forbiddenHtmlSinks = [
  {
    selector: "AssignmentExpression > MemberExpression.left[property.name='innerHTML']",
    message: 'Never insert a string as HTML.',
  },
  {
    selector: "AssignmentExpression > MemberExpression.left[property.name='outerHTML']",
    message: 'Never insert a string as HTML.',
  },
  {
    selector: "MemberExpression[property.name='insertAdjacentHTML']",
    message: 'Never insert a string as HTML.',
  },
  {
    selector: "MemberExpression[object.name='document'][property.name='write']",
    message: 'Never write HTML into the page.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Never insert a string as HTML.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-firefox', 'node_modules', 'tests/artifacts', 'tests/fixtures'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      'no-restricted-syntax': ['error', ...forbiddenHtmlSinks],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs', 'src/cli/**', 'tests/**', '*.config.*'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    // The core is pure: it must run in Node and in any extension context alike.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/content/**',
                '**/ui/**',
                '**/popup/**',
                '**/options/**',
                '**/background/**',
                '**/platform/**',
                '**/cli/**',
              ],
              message: 'core/ imports nothing from the shells.',
            },
            {
              group: ['webextension-polyfill', 'preact', 'preact/*', 'idb', 'node:*'],
              message: 'core/ knows no browser, UI or Node API.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'document',
        'window',
        'chrome',
        'browser',
        'navigator',
        'location',
        'process',
      ],
    },
  },
  {
    files: [
      'src/content/**',
      'src/ui/**',
      'src/popup/**',
      'src/options/**',
      'src/background/**',
      'src/platform/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', '**/cli/**'], message: 'Extension code cannot use Node APIs.' },
          ],
        },
      ],
    },
  },
);
