// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.tmp/', '.astro/', 'node_modules/', '**/*.bouw/', '**/*.vorige/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/integrations/offline/service-worker.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
);
