import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'data/',
      'dist/',
      'web/dist/',
      'web/.build/',
      'coverage/',
      'test-output/',
      'scratch/',
      'bench/out/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // Front doors (issue 21.2, docs/ARCHITECTURE.md): a module uses another only through that module's
  // index.ts. Tests may reach inside the module they test and the fixtures of others.
  {
    files: ['src/modules/*/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./[a-z-]+/(?!index\\.ts$)',
              message:
                "另一个模块只能通过它的 index.ts 使用（a module's front door: import '../other/index.ts'）",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/modules/*/*/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./\\.\\./[a-z-]+/(?!index\\.ts$)',
              message:
                "另一个模块只能通过它的 index.ts 使用（a module's front door: import '../../other/index.ts'）",
            },
          ],
        },
      ],
    },
  },
  // One contract (issue 21.1): the web reaches the API through the typed client (web/src/api/client.ts), whose
  // paths come from the server's OpenAPI document; no page writes an /api/v1 URL of its own. boot.ts, the
  // framework-free first script, asks /auth/me before the client is loaded.
  {
    files: ['web/src/**/*.ts', 'web/src/**/*.tsx'],
    ignores: ['web/src/api/**', 'web/src/boot.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[value=/^\\/api\\/v1\\//]',
          message:
            "use the typed client (api.get('/children/{id}', …)) or apiUrl() from web/src/api/client.ts",
        },
        {
          selector: 'TemplateElement[value.raw=/^\\/api\\/v1\\//]',
          message:
            "use the typed client (api.get('/children/{id}', …)) or apiUrl() from web/src/api/client.ts",
        },
      ],
    },
  },
);
