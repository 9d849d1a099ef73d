// What a reader finds around the text, in a real browser: the map of practice examples, the step-by-step
// navigation of a sequence, "Is deze pagina nuttig?" and the date a page was last updated.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, serveSite, type StaticServer } from '../helpers/browser.ts';

let browser: Browser;
let server: StaticServer;
let subpathServer: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveSite(inject('siteDir'));
  subpathServer = await serveSite(inject('subpathDir'), inject('subpath'));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await subpathServer?.close();
});

async function open(path: string, origin = server.origin, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${origin}${path}`);
  return page;
}

/** The count the table of the map gives a province. */
async function tableCount(page: Page, name: string): Promise<number> {
  const row = page.locator('.province-map__table tbody tr').filter({ has: page.getByRole('rowheader', { name }) });
  return Number(await row.getByRole('cell').textContent());
}

describe('map of practice examples', () => {
  it('takes a reader from a province on the map to exactly its examples', async () => {
    const page = await open('/praktijkvoorbeelden/');
    const map = page.getByRole('group', { name: /Kaart van Nederland/ });
    const province = map.getByRole('link', { name: /^Overijssel: \d+ voorbeelden?$/ });
    const label = (await province.getAttribute('aria-label'))!;
    const count = Number(/(\d+)/.exec(label)![1]);
    expect(count).toBeGreaterThan(0);
    expect(await tableCount(page, 'Overijssel')).toBe(count);

    await province.click();
    expect(new URL(page.url()).pathname).toBe('/praktijkvoorbeelden/provincie/overijssel/');
    const cards = page.locator('.card-list > li');
    expect(await cards.count()).toBe(count);
    for (const kicker of await cards.locator('.kicker').allTextContents()) expect(kicker).toMatch(/Overijssel$/);
    await page.close();
  });

  it('shows all twelve provinces, "landelijk" beside them and the same numbers in a table', async () => {
    const page = await open('/praktijkvoorbeelden/provincie/');
    const map = page.getByRole('group', { name: /Kaart van Nederland/ });
    expect(await map.locator('path').count()).toBe(12);
    expect(await page.locator('.province-map__table tbody tr').count()).toBe(13);
    const links = await map.getByRole('link').count();
    const empty = await map.getByRole('img', { name: /geen voorbeelden$/ }).count();
    expect(links + empty).toBe(12);
    // The numbers in the table add up to every practice example.
    const counts = (await page.locator('.province-map__table tbody td').allTextContents()).map(Number);
    const overview = await open('/praktijkvoorbeelden/');
    const total = Number(/(\d+) voorbeelden/.exec((await overview.locator('.lead').first().textContent())!)![1]);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(total);
    await page.getByRole('link', { name: /landelijk of in meerdere provincies/ }).click();
    expect(new URL(page.url()).pathname).toBe('/praktijkvoorbeelden/provincie/landelijk/');
    expect(await page.locator('.card-list > li').count()).toBe(counts.at(-1));
    await overview.close();
    await page.close();
  });

  it('prints the table instead of the map', async () => {
    const page = await open('/praktijkvoorbeelden/provincie/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.province-map__svg').isVisible()).toBe(false);
    expect(await page.locator('.province-map__table table').isVisible()).toBe(true);
    await page.close();
  });

  it('links to the province pages under a sub-path too', async () => {
    const page = await open('/handreiking/praktijkvoorbeelden/', subpathServer.origin);
    await page
      .getByRole('group', { name: /Kaart van Nederland/ })
      .getByRole('link', { name: /^Zuid-Holland/ })
      .click();
    expect(new URL(page.url()).pathname).toBe('/handreiking/praktijkvoorbeelden/provincie/zuid-holland/');
    expect(await page.locator('h1').textContent()).toBe('Praktijkvoorbeelden in Zuid-Holland');
    await page.close();
  });
});

describe('step-by-step navigation', () => {
  const plan = (page: Page) =>
    page.getByRole('navigation', { name: 'Preventie van kindermishandeling in drie stappen' });

  it('marks where the reader is and links the step before and after', async () => {
    const page = await open('/hoofdstukken/monitoring-en-evaluatie/');
    const nav = plan(page);
    expect(await nav.locator('[aria-current="page"]').textContent()).toBe('Monitoring en evaluatie');
    const current = nav.locator('.step-by-step__step--current');
    expect(await current.count()).toBe(1);
    expect(await current.locator('.step-by-step__name').textContent()).toContain('Stuur en monitor uw aanpak');

    // The NJi: after step 3 you start again at step 1.
    await nav.getByRole('link', { name: 'Stap ervoor: 2. Bepaal wat u in uw gemeente kunt doen en hoe' }).click();
    expect(new URL(page.url()).pathname).toBe('/hoofdstukken/drie-stappen/');
    expect(new URL(page.url()).hash).toBe('#stap-2-bepaal-wat-u-kunt-doen-en-hoe');
    await page.goBack();
    await plan(page)
      .getByRole('link', { name: /^Begin weer bij stap 1\. Beoordeel/ })
      .click();
    expect(new URL(page.url()).hash).toBe('#stap-1-beoordeel-de-situatie-in-uw-gemeente');
    await page.close();
  });

  it('shows a chapter that treats two steps as both, with only the next step after them', async () => {
    const page = await open('/hoofdstukken/preventie/');
    const nav = plan(page);
    const names = await nav.locator('.step-by-step__step--current .step-by-step__name').allTextContents();
    expect(names.map((name) => name.replace(/\s+/g, ' ').trim())).toEqual([
      'Stap 1: Beoordeel de situatie in uw gemeente (u bent hier)',
      'Stap 2: Bepaal wat u in uw gemeente kunt doen en hoe (u bent hier)',
    ]);
    expect(await nav.getByRole('link', { name: /^Stap ervoor/ }).count()).toBe(0);
    await nav.getByRole('link', { name: 'Stap hierna: 3. Stuur en monitor uw aanpak' }).click();
    expect(new URL(page.url()).hash).toBe('#stap-3-stuur-en-monitor-uw-aanpak');
    await page.close();
  });

  it('shows the whole plan on its own chapter without marking one step as where the reader is', async () => {
    const page = await open('/hoofdstukken/drie-stappen/');
    const nav = plan(page);
    expect(await nav.locator('.step-by-step__step').count()).toBe(3);
    expect(await nav.locator('.step-by-step__step--current').count()).toBe(0);
    expect(await nav.getByText('(u bent hier)').count()).toBe(0);
    expect(await nav.getByRole('link', { name: /^(Stap ervoor|Stap hierna|Begin weer)/ }).count()).toBe(0);
    await page.close();
  });

  it('is not on chapters outside a sequence', async () => {
    const page = await open('/hoofdstukken/veiligheidsdomein/');
    expect(await page.locator('.step-by-step').count()).toBe(0);
    await page.close();
  });
});

describe('"Is deze pagina nuttig?"', () => {
  for (const path of ['/tips/formeer-duos/', '/praktijkvoorbeelden/provincie/', '/begrippen/']) {
    it(`fills in the page title and address on ${path}`, async () => {
      const page = await open(path);
      const block = page.getByRole('complementary', { name: 'Is deze pagina nuttig?' });
      const title = (await page.locator('h1').textContent())!.trim();
      const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;

      const issue = new URL((await block.getByRole('link', { name: 'Reageer op GitHub' }).getAttribute('href'))!);
      expect(issue.origin + issue.pathname).toMatch(/^https:\/\/github\.com\/.+\/issues\/new$/);
      expect(issue.searchParams.get('title')).toContain(title);
      expect(issue.searchParams.get('body')).toContain(canonical);

      const mail = (await block.getByRole('link', { name: 'Stuur een e-mail aan de redactie' }).getAttribute('href'))!;
      expect(mail).toMatch(/^mailto:[^?]+@[^?]+\?subject=/);
      const params = new URLSearchParams(mail.slice(mail.indexOf('?') + 1));
      expect(params.get('subject')).toContain(title);
      expect(params.get('body')).toContain(canonical);
      await page.close();
    });
  }

  it('works without scripts and sets no cookies', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/tips/formeer-duos/`);
    expect(await page.getByRole('link', { name: 'Reageer op GitHub' }).isVisible()).toBe(true);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });
});

describe('last updated', () => {
  it('writes the date without stray spaces', async () => {
    const page = await open('/tips/formeer-duos/');
    const text = (await page.locator('.entry__updated').textContent())!;
    expect(text).toMatch(/^Laatst bijgewerkt op \d{1,2} [a-z]+ \d{4}\.$/);
    await page.close();
  });
});
