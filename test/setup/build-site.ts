// Builds the real site once before the tests that read the built output: at the root, and under a
// sub-path (/handreiking/) to prove every link, asset and the search bundle respect the base path.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

export const ROOT = resolve(import.meta.dirname, '../..');
// TEST_SITE_DIR lets two test runs on one machine build into their own folders.
const testSiteDir = process.env.TEST_SITE_DIR ?? '.tmp/test-site';
export const SITE_DIR = resolve(ROOT, testSiteDir);
export const SUBPATH_DIR = resolve(ROOT, `${testSiteDir}-subpath`);
export const SUBPATH = '/handreiking/';

function build(out: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['scripts/build.mjs', '--out', out], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0 || !existsSync(resolve(out, 'index.html'))) {
    throw new Error(`De testbuild is mislukt:\n${result.stdout}\n${result.stderr}`);
  }
}

export default function setup(project: TestProject) {
  build(SITE_DIR);
  build(SUBPATH_DIR, { BASE_PATH: SUBPATH });
  project.provide('siteDir', SITE_DIR);
  project.provide('subpathDir', SUBPATH_DIR);
  project.provide('subpath', SUBPATH);
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    subpathDir: string;
    subpath: string;
  }
}
