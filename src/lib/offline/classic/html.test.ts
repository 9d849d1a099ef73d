import { describe, expect, it } from 'vitest';
import { withClassicScripts } from './html.ts';

const classic = { inlineScript: async (code: string, fromRoot: string) => `/*${fromRoot}*/${code.trim()}` };

describe('withClassicScripts', () => {
  it('loads the site’s module scripts as classic scripts, after the page is read', async () => {
    const page = await withClassicScripts(
      '<script type="module" src="/handreiking/_astro/zoeken.abc.js"></script><script type="module">console.log(1)</script>',
      '../',
      '/handreiking/',
      classic,
    );
    expect(page.html).toBe(
      '<script defer src="/handreiking/_astro/zoeken.abc.js"></script><script type="module">console.log(1)</script>',
    );
    expect(page.scripts).toEqual(['_astro/zoeken.abc.js']);
    expect(page.files.size).toBe(0);
  });

  it('turns an inline module script that imports into a classic script file of its own', async () => {
    const page = await withClassicScripts(
      '<p>x</p><script type="module">import(`/pagefind/pagefind-highlight.js`)</script>',
      '../../',
      '/',
      classic,
    );
    const [[path, code]] = [...page.files];
    expect(path).toMatch(/^_astro\/klassiek\.[0-9a-f]{12}\.js$/);
    expect(code).toBe('/*../../*/import(`/pagefind/pagefind-highlight.js`)');
    expect(page.html).toBe(`<p>x</p><script defer src="/${path}"></script>`);
  });

  it('leaves scripts from elsewhere alone', async () => {
    const html = '<script type="module" src="https://elders.example/a.js"></script>';
    expect((await withClassicScripts(html, './', '/', classic)).html).toBe(html);
  });

  it('preloads the classic scripts that replace the search’s ES module and the files it fetches', async () => {
    const html =
      '<link rel="modulepreload" href="/h/pagefind/pagefind.js">' +
      '<link rel="preload" href="/h/pagefind/wasm.nl.pagefind" as="fetch" crossorigin="anonymous">' +
      '<link rel="preload" href="/h/pagefind/pagefind-entry.json?ts=nl_1a2b" as="fetch" crossorigin="anonymous">' +
      '<link rel="stylesheet" href="/h/_astro/a.css"><link rel="modulepreload" href="/h/_astro/dom.js">';
    expect((await withClassicScripts(html, '../', '/h/', classic)).html).toBe(
      '<link rel="preload" href="/h/pagefind/pagefind.js" as="script">' +
        '<link rel="preload" href="/h/pagefind/wasm.nl.pagefind.js" as="script">' +
        '<link rel="preload" href="/h/pagefind/pagefind-entry.json.js" as="script">' +
        '<link rel="stylesheet" href="/h/_astro/a.css">',
    );
  });
});
