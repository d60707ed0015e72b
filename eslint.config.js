// @ts-check
import js from '@eslint/js';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The rooms of src/ and their one-way doors (CONTRIBUTING.md "Layout"). Each entry: the folder, the rooms and
 * packages it must not import. A room is named by its path under src/; an import is matched whatever its `../` depth.
 *
 * @type {{ files: string[], rooms: string[], packages: string[] }[]}
 */
const DOORS = [
  // The shared room (package info, defaults, text helpers) imports no other room.
  {
    files: ['src/shared/**'],
    rooms: ['table', 'importer', 'rules', 'util', 'codegen', 'index', 'configure'],
    packages: ['eslint', '@typescript-eslint/*', 'ts-morph', 'typescript'],
  },
  // The code-table model knows no linter and no generator.
  {
    files: ['src/table/**'],
    rooms: ['importer', 'rules', 'util', 'codegen', 'index', 'configure'],
    packages: ['eslint', '@typescript-eslint/*', 'ts-morph', 'typescript'],
  },
  // The maintainer's SDK importer (catalogue build, SDK tree, drift, page import) reads the table model; only the
  // generator's CLI commands reach it, so no lint run ever loads it.
  {
    files: ['src/importer/**'],
    rooms: ['rules', 'util', 'codegen', 'index', 'configure'],
    packages: ['eslint', '@typescript-eslint/*', 'ts-morph', 'typescript'],
  },
  // The rules and their helpers never reach into the generator.
  {
    files: ['src/rules/**', 'src/util/**'],
    rooms: ['codegen', 'importer', 'index', 'configure'],
    packages: ['ts-morph'],
  },
  // The plugin entry and configure() load the rules, never the generator or the importer.
  { files: ['src/index.ts', 'src/configure.ts'], rooms: ['codegen', 'importer'], packages: ['ts-morph'] },
  // The generator never uses rule helpers; inside it, read → IR → emit runs one way, and format/ is a leaf.
  {
    files: ['src/codegen/**'],
    rooms: ['rules', 'util', 'index', 'configure'],
    packages: ['eslint', '@typescript-eslint/*'],
  },
  {
    files: ['src/codegen/format/**'],
    rooms: [
      'rules',
      'util',
      'index',
      'configure',
      'importer',
      'codegen/keep',
      'codegen/read',
      'codegen/ir',
      'codegen/emit',
      'codegen/cli',
    ],
    packages: ['eslint', '@typescript-eslint/*'],
  },
  {
    files: ['src/codegen/read/**'],
    rooms: [
      'rules',
      'util',
      'index',
      'configure',
      'importer',
      'codegen/keep',
      'codegen/ir',
      'codegen/emit',
      'codegen/cli',
    ],
    packages: ['eslint', '@typescript-eslint/*'],
  },
  {
    files: ['src/codegen/ir/**'],
    rooms: ['rules', 'util', 'index', 'configure', 'importer', 'codegen/keep', 'codegen/emit', 'codegen/cli'],
    packages: ['eslint', '@typescript-eslint/*'],
  },
  // keep/ decides what of an existing file survives a re-run: it reads, builds and prints, but never runs a command.
  {
    files: ['src/codegen/keep/**'],
    rooms: ['rules', 'util', 'index', 'configure', 'importer', 'codegen/cli'],
    packages: ['eslint', '@typescript-eslint/*'],
  },
  {
    files: ['src/codegen/emit/**'],
    rooms: ['rules', 'util', 'index', 'configure', 'importer', 'codegen/keep', 'codegen/read', 'codegen/cli'],
    packages: ['eslint', '@typescript-eslint/*'],
  },
];

/**
 * A `no-restricted-imports` pattern for a room: a relative import that reaches `src/<room>` (`./codegen/…` from
 * src/, `../util/…` or `./../util/…` from a room, any depth); for a room inside codegen/, also the sibling path
 * (`../emit/…` from src/codegen/read). `index` and `configure` are the plugin entry's files at src/.
 */
function roomPattern(room) {
  const [top, sub] = room.split('/');
  const target = sub === undefined ? top : `(?:${top}/)?${sub}`;
  const climb = top === 'index' || top === 'configure' ? '(?:\\./)?(?:\\.\\./)+' : '(?:\\./|(?:\\./)?(?:\\.\\./)+)';
  return {
    regex: `^${climb}${target}(?:/|\\.js$)`,
    message: `src/${room} is behind a one-way door for this folder (CONTRIBUTING.md "Layout").`,
  };
}

const doorConfigs = DOORS.map(({ files, rooms, packages }) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...rooms.map(roomPattern),
          { group: packages, message: 'This room must not depend on that package (CONTRIBUTING.md "Layout").' },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  {
    // examples/gaap-app/src/mistakes.ts holds deliberate mistakes for `npm run example`. ESLint 10 lints the app
    // with its own eslint.config.js, where this ignore does not reach, so `npm run lint` also passes it as
    // --ignore-pattern.
    ignores: [
      'dist/',
      'coverage/',
      'node_modules/',
      'tests/fixtures/',
      '**/__snapshots__/',
      'examples/**/generated/',
      'examples/gaap-app/src/mistakes.ts',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
    },
  },
  {
    files: ['src/rules/**/*.ts'],
    ...eslintPlugin.configs.recommended,
    rules: {
      ...eslintPlugin.configs.recommended.rules,
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Enforce|Require|Disallow) .+[^. ]$' }],
      // createRule (RuleCreator) adds meta.docs.url from the rule name; tests/plugin.test.ts checks every url.
      'eslint-plugin/require-meta-docs-url': 'off',
      'eslint-plugin/require-meta-schema-description': 'error',
      'eslint-plugin/report-message-format': ['error', String.raw`^[A-Z].*[.?]$`],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[object.name="context"][property.name="options"]',
          message: 'Read options from the second parameter of create(), which has the defaults applied.',
        },
      ],
    },
  },
  ...doorConfigs,
  {
    // The generator loads ts-morph's values through src/codegen/ts-morph.ts (with require: an ES import of it costs
    // a sixth of a run); its types come straight from 'ts-morph', erased.
    files: ['src/codegen/**/*.ts'],
    ignores: ['src/codegen/ts-morph.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'ts-morph',
              allowTypeImports: true,
              message: 'Import ts-morph values from src/codegen/ts-morph.ts, which loads it with require.',
            },
          ],
        },
      ],
    },
  },
  {
    // Type-aware lint, as typescript-eslint lints itself: every room of src/ (the rules and their helpers, the
    // generator, the importer, the table model, the shared room, the plugin entry and configure()).
    files: ['src/**/*.ts'],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Messages name line numbers, counts and sizes: a number reads the same in every locale inside a template
      // (typescript-eslint allows it in its own code too); booleans, nullish values and objects stay findings.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    // The groups of a matched regular expression whose groups are all required: `string | undefined` only by
    // noUncheckedIndexedAccess. The file belongs to the SDK-source reader's rewrite, which can fix it in place.
    files: ['src/table/sdk-source.ts'],
    rules: { '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowNullish: true }] },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: globals.node },
  },
);
