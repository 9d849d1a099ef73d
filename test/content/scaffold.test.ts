// An editor's path: `npm run nieuw:voorbeeld` with flags makes a file that passes the check, builds,
// and appears on its page, its theme hub, the feed and in search.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveSite } from '../helpers/browser.ts';
import { copyFixture, type FixtureCopy } from '../helpers/content-fixture.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let fixture: FixtureCopy;
let site: string;
const run = (args: string[]) =>
  spawnSync(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: fixture.contentDir, ASTRO_CACHE_KEY: 'scaffold' },
    encoding: 'utf8',
    input: '',
  });

const flags = [
  '--titel',
  'Buurtgezinnen in Súdwest-Fryslân',
  '--gemeente',
  'Súdwest-Fryslân',
  '--provincie',
  'Friesland',
  '--thema',
  'preventie',
  '--thema',
  'samenwerking',
  '--samenvatting',
  'Gezinnen in de buurt steunen ouders die het even zwaar hebben.',
];

beforeAll(() => {
  fixture = copyFixture();
  site = join(fixture.root, 'dist');
});
afterAll(() => fixture.remove());

describe('npm run nieuw:voorbeeld', () => {
  it('writes a file with a slug without diacritics, and refuses to overwrite it', () => {
    const first = run(['scripts/nieuw.ts', 'voorbeeld', ...flags]);
    expect(first.status, first.stderr).toBe(0);
    expect(existsSync(join(fixture.contentDir, 'praktijkvoorbeelden/buurtgezinnen-in-sudwest-fryslan.mdx'))).toBe(true);
    const second = run(['scripts/nieuw.ts', 'voorbeeld', ...flags]);
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('bestaat al');
  });

  it('explains wrong flags in Dutch and writes nothing', () => {
    const wrong = run([
      'scripts/nieuw.ts',
      'voorbeeld',
      '--titel',
      'X',
      '--gemeente',
      'Ede',
      '--provincie',
      'Holland',
      '--thema',
      'onbekend',
    ]);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('Provincie "Holland" bestaat niet');
    expect(wrong.stderr).toContain('Thema "onbekend" bestaat niet');
    expect(existsSync(join(fixture.contentDir, 'praktijkvoorbeelden/x.mdx'))).toBe(false);
  });

  it('passes the content check and builds onto its page, theme hub, feed and search', async () => {
    const check = run(['scripts/controleer.ts']);
    expect(check.status, check.stderr).toBe(0);
    const build = run(['scripts/build.mjs', '--out', site]);
    expect(build.status, build.stdout + build.stderr).toBe(0);

    const path = '/praktijkvoorbeelden/buurtgezinnen-in-sudwest-fryslan/';
    expect(readFileSync(join(site, path, 'index.html'), 'utf8')).toContain('Buurtgezinnen in Súdwest-Fryslân');
    expect(readFileSync(join(site, 'themas/samenwerking/index.html'), 'utf8')).toContain(`href="${path}"`);
    expect(readFileSync(join(site, 'praktijkvoorbeelden/feed.xml'), 'utf8')).toContain(`example${path}</link>`);

    const browser = await launchBrowser();
    const server = await serveSite(site);
    const page = await browser.newPage();
    await page.goto(`${server.origin}/zoeken/?q=buurtgezinnen`);
    await page.locator('.zoekresultaat__link').first().waitFor();
    const href = await page.locator('.zoekresultaat__link').first().getAttribute('href');
    expect(new URL(href!, server.origin).pathname).toBe(path);
    await browser.close();
    await server.close();
  }, 120_000);
});
