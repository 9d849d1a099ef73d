// What a reader does, in a real browser: read, follow boxes and themes, search by keyboard, filter,
// use the menu on a phone, and land on the 404 page.
import type { Browser, Page } from 'playwright-core';
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

async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(`${server.origin}${path}`);
  return page;
}

describe('reading the handreiking', () => {
  it('goes from home to a chapter, a tip in a box, its theme hub and a practice example', async () => {
    const page = await open('/');
    await page
      .getByRole('region', { name: 'De handreiking' })
      .getByRole('link', { name: 'De gemeente heeft de regie' })
      .click();
    expect(await page.locator('h1').textContent()).toBe('De gemeente heeft de regie');

    await page.getByRole('link', { name: /Meer over deze tip.*Formeer duo/ }).click();
    expect(new URL(page.url()).pathname).toBe('/tips/formeer-duos/');
    expect(await page.locator('h1').textContent()).toBe("Formeer duo's");

    await page.locator('.theme-tags').getByRole('link', { name: 'Samenwerking' }).click();
    expect(new URL(page.url()).pathname).toBe('/themas/samenwerking/');

    await page
      .locator('.entry__links')
      .getByRole('link', { name: /Zorgmail/ })
      .click();
    expect(new URL(page.url()).pathname).toBe('/praktijkvoorbeelden/zorgmail-rijswijk/');
    expect(await page.locator('.facts').textContent()).toContain('Rijswijk');
    await page.close();
  });

  it('follows breadcrumbs and previous/next through the chapters', async () => {
    const page = await open('/hoofdstukken/preventie/');
    await page.getByRole('link', { name: /Volgende/ }).click();
    expect(new URL(page.url()).pathname).toBe('/hoofdstukken/inkoop-en-subsidies/');
    await page.getByRole('link', { name: /Vorige/ }).click();
    expect(new URL(page.url()).pathname).toBe('/hoofdstukken/preventie/');
    await page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link', { name: 'Handreiking' }).click();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.close();
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    for (const path of [
      '/',
      '/hoofdstukken/introductie/',
      '/praktijkvoorbeelden/uitvoeringsplan-zwijndrecht/',
      '/zoeken/?q=vir',
    ]) {
      const page = await open(path, { width: 320, height: 640 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
      await page.close();
    }
  });

  it('opens and closes the menu on a 360 px wide phone', async () => {
    const page = await open('/tips/', { width: 360, height: 740 });
    const menuLink = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Wetgeving' });
    expect(await menuLink.isVisible()).toBe(false);
    const button = page.getByRole('button', { name: 'Menu' });
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await menuLink.isVisible()).toBe(true);
    await menuLink.click();
    expect(new URL(page.url()).pathname).toBe('/wetgeving/');
    // Nothing sticks out sideways on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.close();
  });

  it('shows a helpful 404 page for an unknown address', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${server.origin}/bestaat/niet/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Pagina niet gevonden');
    expect(await page.getByRole('link', { name: 'inhoudsopgave van de handreiking' }).count()).toBe(1);
    await page.close();
  });
});
