// The three tools (hulpmiddelen) in a real browser, each through its main path: the rekenhulp with
// and without JavaScript, the zelfscan saved in localStorage and downloaded, and the uitvoeringsplan
// from choice to Markdown. No request leaves the site, no cookie is set and no CSP rule is broken.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, serveSite, type StaticServer } from '../helpers/browser.ts';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveSite(inject('siteDir'));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that records CSP violations, script errors and requests to other hosts. */
async function open(context: BrowserContext, path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== server.origin && url.protocol !== 'blob:' && url.protocol !== 'data:')
      problems.push(`request to ${request.url()}`);
  });
  await page.goto(`${server.origin}${path}`);
  return { page, problems };
}

async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, void];
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

describe('hulpmiddelen', () => {
  it('lists the three tools', async () => {
    const context = await browser.newContext();
    const { page, problems } = await open(context, '/hulpmiddelen/');
    for (const name of ['Reken maar even mee', 'Zelfscan preventieve acties', 'Maak een uitvoeringsplan'])
      expect(await page.getByRole('link', { name }).count(), name).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('rekenhulp: shows the worked example without JavaScript, and calculates with it', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(`${server.origin}/hulpmiddelen/rekenhulp/`);
    const text = await plain.locator('main').innerText();
    expect(text).toContain('5.000 inwoners × 23% = 1.150 minderjarigen');
    expect(text).toContain('1.150 minderjarigen × 3% = 34,5 kinderen per jaar');
    expect(text).toContain('ruim één schoolklas');
    expect(text).toMatch(/aantal inwoners × percentage minderjarigen × percentage kinderen/);
    expect(await plain.locator('#rekenhulp').isVisible()).toBe(false);
    expect(await plain.locator('[data-zonder-js]').isVisible()).toBe(true);
    await noScript.close();

    const context = await browser.newContext();
    const { page, problems } = await open(context, '/hulpmiddelen/rekenhulp/');
    await page.locator('#rekenhulp').waitFor();
    expect(await page.locator('[data-zonder-js]').isVisible()).toBe(false);
    // Submitting empty: an error summary takes focus and the field says what is wrong.
    await page.getByRole('button', { name: 'Reken uit' }).click();
    const summary = page.locator('#rekenhulp-fouten');
    expect(await summary.getAttribute('role')).toBe('alert');
    expect(await summary.innerText()).toContain('Vul het aantal inwoners in.');
    expect(await page.evaluate(() => document.activeElement?.closest('#rekenhulp-fouten') !== null)).toBe(true);
    const inwoners = page.getByLabel('Aantal inwoners');
    expect(await inwoners.getAttribute('aria-invalid')).toBe('true');
    await summary.getByRole('link').click();
    expect(await inwoners.evaluate((input) => input === document.activeElement)).toBe(true);

    // With the keyboard: type and press Enter.
    await page.keyboard.type('5.000');
    await page.keyboard.press('Enter');
    const result = page.locator('#uitkomst');
    await result.waitFor();
    expect(await result.locator('[data-uitkomst="minderjarigen"]').textContent()).toBe('1.150');
    expect(await result.locator('[data-uitkomst="kinderen"]').textContent()).toBe('ongeveer 35 kinderen');
    expect(await result.locator('[data-uitkomst="klassen"]').textContent()).toBe('ruim één schoolklas');
    expect(await inwoners.getAttribute('aria-invalid')).toBeNull();
    expect(await summary.isVisible()).toBe(false);
    await page.waitForFunction(() => document.querySelector('#rekenhulp-status')?.textContent?.includes('35'));

    // The CBS share of minors.
    await page.getByLabel(/19%, het landelijke cijfer van het CBS/).check();
    await page.getByRole('button', { name: 'Reken uit' }).click();
    expect(await result.locator('[data-uitkomst="minderjarigen"]').textContent()).toBe('950');
    expect(await result.innerText()).toContain('950 minderjarigen × 3% = 28,5 kinderen per jaar');

    expect(problems).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it('zelfscan: keeps scores in localStorage only, shows the overview, and downloads CSV and Markdown', async () => {
    const context = await browser.newContext();
    const { page, problems } = await open(context, '/hulpmiddelen/zelfscan/');
    // Each action links to tips and practice examples that help with it.
    const eerste = page.locator('#actie-01-screening-zwangere-vrouwen');
    expect(
      await eerste.getByRole('link', { name: 'Prenatale screening beter verbinden met het sociale veld' }).count(),
    ).toBe(1);

    await page.getByLabel('Naam van uw gemeente').fill('Zwijndrecht');
    await page.getByLabel('Borging bij actie 1', { exact: true }).selectOption('3');
    await page.getByLabel('Operationeel bij actie 1', { exact: true }).selectOption('2');
    await page.getByLabel('Bereik bij actie 1', { exact: true }).selectOption('1');
    await page.getByLabel('Borging bij actie 2', { exact: true }).selectOption('0');
    await page.getByLabel(/Toelichting of volgende stap.*bij actie 2$/).fill('Met de GGD bespreken');
    await page.waitForFunction(() => localStorage.getItem('handreiking-zelfscan-v1')?.includes('Met de GGD bespreken'));

    // Still there after a reload.
    await page.reload();
    expect(await page.getByLabel('Borging bij actie 1', { exact: true }).inputValue()).toBe('3');
    expect(await page.getByLabel(/Toelichting of volgende stap.*bij actie 2$/).inputValue()).toBe(
      'Met de GGD bespreken',
    );
    const overview = page.locator('#zelfscan-overzicht');
    const row = overview.locator('tr', { hasText: 'Screening en hulp voor zwangere vrouwen' });
    expect(await row.innerText()).toMatch(/3 – Vastgelegd\s+2 – Deels\s+1 – Geschat\s+6 van 9/);
    expect(await overview.innerText()).toContain('U heeft 4 van de 36 scores ingevuld.');

    const csv = await downloadText(page, () => page.getByRole('button', { name: /Download als CSV/ }).click());
    expect(csv.name).toMatch(/^zelfscan-preventieve-acties-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Nummer;Actie;Borging (0-3);Operationeel (0-3);Bereik (0-3);Totaal (van 9);Toelichting');
    expect(lines[1]).toBe('1;Screening en hulp voor zwangere vrouwen in hoogrisicosituaties;3;2;1;6;');
    expect(lines).toHaveLength(14); // header, twelve actions, empty last line
    const md = await downloadText(page, () => page.getByRole('button', { name: /Download als Markdown/ }).click());
    expect(md.text).toContain('# Zelfscan preventieve acties: Zwijndrecht');
    expect(md.text).toContain('Met de GGD bespreken');
    await page.waitForFunction(() => document.querySelector('#zelfscan-status')?.textContent?.includes('.md'));

    // On paper: the overview, not the form.
    await page.emulateMedia({ media: 'print' });
    expect(await overview.locator('table').isVisible()).toBe(true);
    expect(await page.locator('#zelfscan').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // Wiping asks first, then leaves nothing behind.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Wis alle antwoorden' }).click();
    expect(await page.evaluate(() => localStorage.getItem('handreiking-zelfscan-v1'))).toBeNull();
    expect(await page.getByLabel('Borging bij actie 1', { exact: true }).inputValue()).toBe('');

    expect(problems).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it('uitvoeringsplan: turns chosen themes, actions and tips into a plan with a budget, and exports it', async () => {
    const context = await browser.newContext();
    const { page, problems } = await open(context, '/hulpmiddelen/uitvoeringsplan/');
    const maak = page.getByRole('button', { name: 'Maak het conceptplan' });
    await maak.click();
    expect(await page.locator('#plan-keuze-fouten').innerText()).toContain('Kies minstens één thema.');

    await page.getByRole('checkbox', { name: 'Preventie', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Samenwerking', exact: true }).check();
    const preventie = page.locator('[data-thema-items="preventie"]');
    await preventie.getByLabel(/Preventieve actie 5 Opvoedondersteuning/).check();
    await preventie.getByLabel(/Zorg voor betrokkenheid van de geboortezorg/).check();
    await page.locator('[data-thema-items="samenwerking"]').getByLabel("Tip Formeer duo's").check();
    await maak.click();

    const plan = page.locator('#plan');
    await plan.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('plan-titel-kop');
    expect(await plan.getByRole('heading', { name: /^Thema \d/ }).allTextContents()).toEqual([
      'Thema 1: Preventie',
      'Thema 2: Samenwerking',
    ]);
    await plan.getByLabel('Gemeente').fill('Zwijndrecht');
    await plan.getByLabel('Doel').fill('Eind 2028 minder hermeldingen bij Veilig Thuis.');
    await plan.getByLabel(/^Wanneer, activiteit 1 bij Preventie$/).fill('Vanaf 2027');
    await plan.getByLabel(/^Budget in euro's, activiteit 1 bij Preventie$/).fill('28.000');
    await plan.getByLabel(/^Budget in euro's, activiteit 2 bij Preventie$/).fill('7000');
    expect(await plan.locator('[data-totaal="preventie"]').textContent()).toBe('€ 35.000');

    // An own activity, added with the keyboard, with an amount that is not an amount.
    await plan.getByRole('button', { name: 'Activiteit toevoegen bij Samenwerking' }).click();
    await page.keyboard.type('Netwerkbijeenkomsten');
    const budget = plan.getByLabel(/^Budget in euro's, activiteit 2 bij Samenwerking$/);
    await budget.fill('veel');
    await plan.getByRole('button', { name: /Download als Markdown/ }).click();
    expect(await page.locator('#plan-fouten').innerText()).toContain('Budget bij ‘Netwerkbijeenkomsten’');
    expect(await budget.getAttribute('aria-invalid')).toBe('true');
    await budget.fill('15.000');

    // Choosing again keeps what was typed.
    await preventie.getByLabel(/Preventieve actie 1 Screening/).check();
    await page.getByRole('button', { name: 'Werk het conceptplan bij' }).click();
    // The new action comes first, in the order of the handreiking; the rows typed in keep their values.
    expect(await plan.getByLabel(/^Wat, activiteit 1 bij Preventie$/).inputValue()).toMatch(/^Screening/);
    expect(await plan.getByLabel(/^Budget in euro's, activiteit 2 bij Preventie$/).inputValue()).toBe('28.000');
    expect(await plan.getByLabel(/^Budget in euro's, activiteit 2 bij Samenwerking$/).inputValue()).toBe('15.000');

    const md = await downloadText(page, () => plan.getByRole('button', { name: /Download als Markdown/ }).click());
    expect(md.name).toBe('uitvoeringsplan-zwijndrecht.md');
    expect(md.text).toContain('# Uitvoeringsplan aanpak kindermishandeling – Zwijndrecht');
    expect(md.text).toContain(
      '| Opvoedondersteuning bij ernstige opvoed- en opgroeiproblemen | Vanaf 2027 | € 28.000 |',
    );
    expect(md.text).toContain('| Netwerkbijeenkomsten |  | € 15.000 |');
    expect(md.text).toContain('| **Totaal** | **€ 50.000** |');
    expect(md.text).toContain('(https://handreiking-kindermishandeling.example/tips/formeer-duos/)');

    // On paper: the plan as text, without the form.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#plan-keuze').isVisible()).toBe(false);
    const printed = page.locator('#plan-print');
    expect(await printed.isVisible()).toBe(true);
    expect(await printed.innerText()).toContain('Eind 2028 minder hermeldingen bij Veilig Thuis.');
    // Paper and download are one document: the same headings, in the same order.
    const downloadHeadings = md.text
      .split('\n')
      .filter((line) => line.startsWith('#'))
      .map((line) => line.replace(/^#+ /, ''));
    expect(await printed.locator('h2, h3').allTextContents()).toEqual(downloadHeadings);
    // The closing line names the example plan the tool follows, by its title, with its page.
    expect(md.text).toMatch(
      /naar het voorbeeld van \[[^\]]+\]\(https:\/\/[^)]+\/praktijkvoorbeelden\/uitvoeringsplan-zwijndrecht\/\)\.\n/,
    );

    expect(problems).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await context.close();
  });
});
