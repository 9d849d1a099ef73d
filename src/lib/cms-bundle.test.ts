// The editing app's bundle from npm is made to load nothing from other websites.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmsIndexHtml, selfHost, STATUS_FILE, VERSION_FILE } from './cms-bundle.ts';

const PACKAGE = resolve(import.meta.dirname, '../../node_modules/@sveltia/cms');
const original = readFileSync(join(PACKAGE, 'dist/sveltia-cms.js'), 'utf8');
const assets = readdirSync(join(PACKAGE, 'npm/assets'));

describe('the self-hosted bundle', () => {
  const { bundle, fonts } = selfHost(original, assets);

  it('loads its fonts from next to itself, with files the package ships', () => {
    expect(original).toContain('cdn.jsdelivr.net');
    expect(bundle).not.toContain('cdn.jsdelivr.net');
    expect(fonts.map((font) => font.to).sort()).toEqual([
      'material-symbols-outlined-latin-wght-normal.woff2',
      'noto-mono-latin-400-normal.woff2',
      'source-sans-3-latin-wght-normal.woff2',
    ]);
    for (const font of fonts) expect(assets).toContain(font.from);
    expect(bundle).toContain('url(fonts/source-sans-3-latin-wght-normal.woff2)');
  });

  it('reads its interface texts, version and GitHub status from local files', () => {
    expect(original).toMatch(/unpkg\.com\/@sveltia\/cms`/);
    expect(bundle).not.toMatch(/=`\$\{\w+\}@\$\{\w+\}\/locales`/);
    expect(bundle).not.toContain('githubstatus.com/api');
    for (const file of ['locales', VERSION_FILE, STATUS_FILE]) {
      expect(bundle).toContain(`=new URL(${JSON.stringify(file)},(document.currentScript?.src||location.href)).href`);
    }
    expect(bundle).not.toMatch(/sourceMappingURL/);
  });

  it('lets people zoom on a phone', () => {
    expect(original).toContain('`maximum-scale=1`');
    expect(bundle).not.toContain('maximum-scale');
    expect(bundle).toContain('`width=device-width`,`initial-scale=1`,`interactive-widget=resizes-content`');
  });

  it('stops the build when a new version changes what it loads', () => {
    expect(() => selfHost(original.replace(/githubstatus/g, 'githubstatus2'), assets)).toThrow(/statuscontrole/);
    expect(() =>
      selfHost(
        original,
        assets.filter((name) => !name.startsWith('noto-mono')),
      ),
    ).toThrow(/lettertype/);
  });
});

describe('the page of the app', () => {
  it('is Dutch, not for search engines, and escapes the title', () => {
    const html = cmsIndexHtml({ titel: 'A & <B>' });
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('Beheer – A &amp; &lt;B&gt;');
    expect(html).toContain('<link href="config.yml" type="application/yaml" rel="cms-config-url">');
  });
});
