// The editing app at /beheer/ in a real Chromium, served with the site's own headers (its CSP): an
// editor opens it (without WCAG 2.1 AA problems), works on a repository in the browser's
// local-repository mode, fills in the form for a new practice example and saves. The file the app
// wrote must pass `npm run controleer` and build into a page. The app itself is the real npm bundle;
// only the folder picker is answered with a folder in the browser's own file system (OPFS), filled
// with the repository's content files.
import { AxeBuilder } from '@axe-core/playwright';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { startServer } from '../../scripts/serve.ts';
import { slugify } from '../../src/lib/slug.ts';
import { CMS_CONTENT_SECURITY_POLICY } from '../../src/integrations/host-headers.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { copyFixture, type FixtureCopy } from '../helpers/content-fixture.ts';
import { ROOT } from '../setup/build-site.ts';

const siteDir = inject('siteDir');
const subpathDir = inject('subpathDir');
const subpath = inject('subpath');
let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;
let fixture: FixtureCopy;

beforeAll(async () => {
  browser = await launchBrowser();
  // Sveltia offers its local-repository mode on localhost only; 127.0.0.1 counts.
  server = await startServer({ dir: siteDir, host: '127.0.0.1' });
  fixture = copyFixture();
  // As in the real handreiking, more sources than fit in a row of radio buttons: the app offers them in a
  // list box, as editors see it (a single source would be a radio button, a form they never get).
  for (let number = 1; number <= 6; number++)
    fixture.write(
      `bronnen/extra-bron-${number}.yaml`,
      `titel: Extra bron ${number}\nuitgever: Testuitgever\njaar: 2020\n`,
    );
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  fixture?.remove();
});

const origin = () => `http://127.0.0.1:${server.port}`;

/** Every file under the content folder, as the repository has it: `content/tips/formeer-duos.mdx`. */
function repositoryFiles(contentDir: string): { path: string; text: string }[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) =>
      statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)],
    );
  return walk(contentDir).map((file) => ({
    path: `content/${relative(contentDir, file).split('\\').join('/')}`,
    text: readFileSync(file, 'utf8'),
  }));
}

/** Watches a page for what the app must never do: break its CSP, fail, or ask another website. */
function watch(page: Page, siteOrigin: string) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text()))
      problems.push(`CSP: ${message.text().slice(0, 200)}`);
  });
  page.on('pageerror', (error) => problems.push(`fout: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== siteOrigin && url.protocol !== 'blob:' && url.protocol !== 'data:')
      problems.push(`verzoek naar ${request.url()}`);
  });
  return problems;
}

/** WCAG 2.1 AA problems axe-core finds on the page, as `rule: element`. */
async function accessibilityViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`);
}

describe('the editing app at /beheer/', () => {
  it('writes a new practice example that passes the content check and builds into a page', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    // The one stand-in: the folder picker answers with a folder in the browser's own file system.
    await context.addInitScript(() => {
      const picker = async () => (await navigator.storage.getDirectory()).getDirectoryHandle('repository');
      Object.defineProperty(window, 'showDirectoryPicker', { value: picker, configurable: true });
    });
    const page = await context.newPage();
    const problems = watch(page, origin());

    await page.goto(`${origin()}/beheer/`);
    // The repository: its content files, and .git, by which the app knows a repository's root.
    await page.evaluate(async (files) => {
      const repository = await (
        await navigator.storage.getDirectory()
      ).getDirectoryHandle('repository', {
        create: true,
      });
      await repository.getDirectoryHandle('.git', { create: true });
      for (const { path, text } of files) {
        const parts = path.split('/');
        let folder = repository;
        for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
        const writable = await (await folder.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    }, repositoryFiles(fixture.contentDir));

    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Werken met een lokale repository' }).click();
    // The first collection, the practice examples, opens by itself.
    await page.getByRole('button', { name: 'Nieuw' }).click();
    await page.getByRole('textbox', { name: 'Titel' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const title = 'Één loket voor gezinnen in Coevorden';
    const sentence = 'Ouders kunnen in Coevorden op één plek terecht met vragen over opvoeden.';
    const form = page.getByRole('group', { name: /Inhoud in het/ });
    await form.getByRole('textbox', { name: 'Titel' }).fill(title);
    await form
      .getByRole('textbox', { name: 'Samenvatting' })
      .fill('Coevorden opende één loket voor ouders met vragen.');
    await form.getByRole('textbox', { name: 'Gemeente' }).fill('Coevorden');
    await form.getByRole('combobox', { name: 'Provincie' }).click();
    await page.getByRole('option', { name: 'Drenthe' }).click();
    await form.getByRole('spinbutton', { name: 'Jaar' }).fill('2024');
    await form.getByRole('checkbox', { name: 'Preventie' }).check();
    await form.getByRole('button', { name: /Organisatie.*toevoegen/ }).click();
    await form.getByRole('textbox', { name: 'Organisatie', exact: true }).fill('Gemeente Coevorden');
    const source = parse(readFileSync(join(fixture.contentDir, 'bronnen/taskforce-2016.yaml'), 'utf8')) as {
      titel: string;
    };
    // The sources are listed from what the app loads: the choice is checked again just before saving.
    const sourceBox = form.getByRole('combobox', { name: 'Document' });
    const chooseSource = async () => {
      await sourceBox.click();
      await page.getByRole('option', { name: source.titel }).click();
    };
    await chooseSource();
    await form.getByRole('textbox', { name: 'Onderdeel' }).fill('Hoofdstuk 1 Preventie');
    // The form draws its fields as they scroll into view.
    const body = form.getByRole('textbox', { name: 'Tekst' });
    await page.mouse.move(300, 600);
    for (let step = 0; step < 20 && (await body.count()) === 0; step++) await page.mouse.wheel(0, 800);
    // On a loaded machine the rich-text editor may not take keys yet: type until the text is there.
    for (let attempt = 0; attempt < 5 && !((await body.textContent()) ?? '').includes(sentence); attempt++) {
      await body.click();
      await page.waitForTimeout(attempt * 500);
      if (!((await body.textContent()) ?? '').includes(sentence)) await page.keyboard.type(sentence);
    }
    expect(await body.textContent()).toContain(sentence);
    expect(await form.getByRole('textbox', { name: 'Titel' }).inputValue()).toBe(title);
    if (!((await sourceBox.textContent()) ?? '').includes(source.titel)) await chooseSource();
    await page.getByRole('button', { name: 'Opslaan' }).click();

    // The app writes the file where the content check looks, named as `npm run nieuw:voorbeeld` names it.
    const id = slugify(title);
    const readBack = () =>
      page.evaluate(async (name) => {
        try {
          const repository = await (await navigator.storage.getDirectory()).getDirectoryHandle('repository');
          const folder = await (
            await repository.getDirectoryHandle('content')
          ).getDirectoryHandle('praktijkvoorbeelden');
          return await (await (await folder.getFileHandle(name)).getFile()).text();
        } catch {
          return '';
        }
      }, `${id}.mdx`);
    // Generous: on a loaded CI machine the app takes its time to write; the test waits, it does not time.
    // If it did not save, the message says what the form showed (a field it found missing, say).
    const shownErrors = () =>
      page
        .locator('[role="alert"], [aria-invalid="true"]')
        .evaluateAll((nodes) => nodes.map((node) => node.textContent || node.getAttribute('aria-label') || ''));
    // If it did not save (a choice lost while the form was drawn again), the choice is made again and saved once more.
    const saved = await expect
      .poll(readBack, { timeout: 20_000 })
      .not.toBe('')
      .then(() => true)
      .catch(() => false);
    if (!saved) {
      await chooseSource();
      await page.getByRole('button', { name: 'Opslaan' }).click();
    }
    await expect
      .poll(readBack, { timeout: 60_000, message: 'het bestand is niet opgeslagen' })
      .not.toBe('')
      .catch(async (error: Error) => {
        throw new Error(`${error.message}\nMeldingen in het formulier: ${JSON.stringify(await shownErrors())}`);
      });
    const text = await readBack();
    expect(id).toBe('een-loket-voor-gezinnen-in-coevorden');
    const data = parse(text.split('---')[1]!) as Record<string, unknown>;
    expect(data).toMatchObject({
      titel: title,
      gemeente: 'Coevorden',
      provincie: 'Drenthe',
      jaar: 2024,
      themas: ['preventie'],
      organisaties: ['Gemeente Coevorden'],
      bron: { document: 'taskforce-2016', onderdeel: 'Hoofdstuk 1 Preventie' },
    });
    // Empty optional fields are left out, never written as '' (which the schema would refuse).
    expect(data).not.toHaveProperty('regio');
    expect(data).not.toHaveProperty('link');
    expect(text).toContain(sentence);
    expect(problems).toEqual([]);
    await context.close();

    // The file in a copy of the content folder: the check accepts it, and the build makes its page.
    writeFileSync(join(fixture.contentDir, 'praktijkvoorbeelden', `${id}.mdx`), text);
    // Without GITHUB_ACTIONS: the plain report, as an editor sees it.
    const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: fixture.contentDir, GITHUB_ACTIONS: '' };
    const check = spawnSync(process.execPath, ['scripts/controleer.ts'], { cwd: ROOT, env, encoding: 'utf8' });
    expect(check.stderr + check.stdout).toContain('geen problemen');
    expect(check.status).toBe(0);

    const out = join(fixture.root, 'site');
    const build = spawnSync(process.execPath, ['scripts/build.mjs', '--out', out], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    });
    expect(build.status, build.stderr).toBe(0);
    const built = readFileSync(join(out, 'praktijkvoorbeelden', id, 'index.html'), 'utf8');
    expect(built).toContain(title);
    expect(built).toContain(sentence);
  }, 600_000);

  it('has its own CSP, which the app runs under, and is not for search engines', async () => {
    const response = await fetch(`${origin()}/beheer/`);
    expect(response.headers.get('content-security-policy')).toBe(CMS_CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(CMS_CONTENT_SECURITY_POLICY).toContain("connect-src 'self' data: https://api.github.com;");
    expect(CMS_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https:\/\/\*|\* /);
    // The rest of the site keeps its own, stricter policy.
    const home = await fetch(`${origin()}/`);
    expect(home.headers.get('content-security-policy')).not.toContain('api.github.com');
    expect(await response.text()).toContain('<meta name="robots" content="noindex, nofollow">');
  });

  it('on the published site, offers sign-in with a GitHub access token, and no local folders', async () => {
    // The published address (https, not localhost), answered by the local server with the built files.
    const context = await browser.newContext({ locale: 'nl-NL' });
    await context.route('https://handreiking.example/**', async (route) => {
      const url = new URL(route.request().url());
      const response = await fetch(`${origin()}${url.pathname}${url.search}`);
      const headers = Object.fromEntries(response.headers);
      delete headers['content-encoding'];
      delete headers['content-length'];
      await route.fulfill({ status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) });
    });
    const page = await context.newPage();
    const problems = watch(page, 'https://handreiking.example');
    await page.goto('https://handreiking.example/beheer/');
    await page.getByRole('button', { name: 'Inloggen met een toegangstoken' }).click();
    await page.getByRole('textbox', { name: 'Persoonlijk toegangstoken' }).fill('github_pat_voorbeeld');
    expect(await page.getByRole('button', { name: 'Inloggen', exact: true }).isEnabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Werken met een lokale repository' }).count()).toBe(0);
    // OAuth needs a client of the host's (BEHEER_OAUTH_URL); without one the app does not offer it.
    expect(await page.getByRole('button', { name: /Inloggen met GitHub/ }).count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('stays out of the sitemap, the search index, the offline list and the download', () => {
    const sitemaps = readdirSync(siteDir).filter((name) => /^sitemap.*\.xml$/.test(name));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const name of sitemaps) expect(readFileSync(join(siteDir, name), 'utf8')).not.toContain('/beheer/');
    const list = readdirSync(siteDir).find((name) => /^offline-[0-9a-f]+\.json$/.test(name))!;
    const urls = (JSON.parse(readFileSync(join(siteDir, list), 'utf8')) as { url: string }[]).map((file) => file.url);
    expect(urls).toContain('/');
    expect(urls.filter((url) => url.includes('/beheer/'))).toEqual([]);
    const zip = unzipSync(readFileSync(join(siteDir, 'handreiking-offline.zip')), {
      filter: (file) => file.name.includes('/beheer/') || file.name.endsWith('index.html'),
    });
    expect(Object.keys(zip)).toContain('handreiking/index.html');
    expect(Object.keys(zip).filter((name) => name.includes('/beheer/'))).toEqual([]);
    // Pagefind indexes only pages with data-pagefind-body; the app's page has none, and is skipped by path.
    expect(readFileSync(join(siteDir, 'beheer/index.html'), 'utf8')).not.toContain('data-pagefind');
    expect(existsSync(join(siteDir, 'beheer/sveltia-cms.js'))).toBe(true);
  });

  it('works under a base path', async () => {
    const sub = await startServer({ dir: subpathDir, base: subpath, host: '127.0.0.1' });
    try {
      const page = await browser.newPage({ locale: 'nl-NL' });
      const subOrigin = `http://127.0.0.1:${sub.port}`;
      const problems = watch(page, subOrigin);
      await page.goto(`${subOrigin}${subpath}beheer/`);
      await page.getByRole('button', { name: 'Werken met een lokale repository' }).waitFor();
      expect(problems).toEqual([]);
      const config = parse(readFileSync(join(subpathDir, 'beheer/config.yml'), 'utf8')) as Record<string, unknown>;
      expect(config.logo).toEqual({ src: `${subpath}favicon.svg` });
      expect(config.site_url).toMatch(new RegExp(`${subpath.replace(/\/$/, '')}$`));
      await page.close();
    } finally {
      await sub.close();
    }
  });
});
