// One import rule enforces the layering in shared/design.md: what a file may import follows from its folder.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const ours = (folder) => [`**/${folder}/**`, `**/${folder}`];

/** For each folder, the folders and packages it must not import. */
const layers = {
  'src/shared/**': { folders: ['core', 'renderer', 'cli', 'electron'], packages: ['electron', 'react', 'react-dom', 'sqlite3', 'docx', 'node:*', 'fs', 'path'] },
  'src/core/**': { folders: ['renderer', 'cli', 'electron'], packages: ['electron', 'react', 'react-dom', 'zustand'] },
  'src/renderer/**': { folders: ['core', 'cli', 'electron'], packages: ['electron', 'sqlite3', 'docx', 'node:*', 'fs', 'path'] },
  'src/cli/**': { folders: ['renderer', 'electron'], packages: ['electron', 'react', 'react-dom', 'zustand'] },
  'electron/**': { folders: ['renderer', 'cli'], packages: ['react', 'react-dom', 'zustand'] },
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['src/renderer/**'], languageOptions: { globals: { ...globals.browser } } },
  ...Object.entries(layers).map(([files, { folders, packages }]) => ({
    files: [files],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: folders.flatMap(ours),
              message: 'This import crosses the layering rule in shared/design.md (what a file may import follows from its folder).',
            },
            { group: packages, message: 'This package does not belong in this layer (shared/design.md).' },
          ],
        },
      ],
    },
  })),
);
