import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CMS_CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY,
  CSP_DIRECTIVES,
  formatHeadersFile,
  headersFor,
  hostHeaderRules,
  IMMUTABLE,
  parseHeadersFile,
} from './host-headers.ts';

describe('host headers', () => {
  it('survive the round trip through _headers', () => {
    for (const base of ['/', '/handreiking/']) {
      const rules = hostHeaderRules(base);
      expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
    }
  });

  it('give every path the security headers, and long caching only to hashed files', () => {
    const rules = hostHeaderRules('/handreiking/');
    const page = headersFor(rules, '/handreiking/tips/formeer-duos/');
    expect(page['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(page['X-Content-Type-Options']).toBe('nosniff');
    expect(page['Referrer-Policy']).toBe('no-referrer');
    expect(page['Cache-Control']).toBe('no-cache');
    const asset = headersFor(rules, '/handreiking/_astro/BaseLayout.abc.css');
    expect(asset['Cache-Control']).toBe(IMMUTABLE);
    expect(asset['X-Content-Type-Options']).toBe('nosniff');
    expect(headersFor(rules, '/handreiking/sw.js')['Cache-Control']).toBe('no-cache');
    expect(headersFor(rules, '/_astro/x.css')).toEqual({});
  });

  it('allow in the header everything the per-page meta policy allows', () => {
    // Both policies apply; the header may only add frame-ancestors and 'unsafe-inline' (which the
    // meta's hashes switch off), never leave out a source the meta grants.
    const config = readFileSync(join(import.meta.dirname, '../../astro.config.mjs'), 'utf8');
    const header = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((directive) => {
        const [name = '', ...sources] = directive.trim().split(/\s+/);
        return [name, sources] as const;
      }),
    );
    // The meta policy's directives are the shared list, not a copy.
    expect(config).toContain('directives: [...CSP_DIRECTIVES]');
    for (const directive of CSP_DIRECTIVES) {
      const [name = '', ...sources] = directive.split(/\s+/);
      expect(header.get(name), name).toEqual(expect.arrayContaining(sources));
    }
    expect(header.get('script-src')).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
    expect(header.get('style-src')).toEqual(expect.arrayContaining(["'self'"]));
  });

  it('give the editing app at /beheer/ its own policy and keep it out of search engines', () => {
    const rules = hostHeaderRules('/handreiking/');
    const app = headersFor(rules, '/handreiking/beheer/');
    expect(app['Content-Security-Policy']).toBe(CMS_CONTENT_SECURITY_POLICY);
    expect(app['X-Robots-Tag']).toBe('noindex, nofollow');
    expect(headersFor(rules, '/handreiking/beheer/sveltia-cms.js')['Content-Security-Policy']).toBe(
      CMS_CONTENT_SECURITY_POLICY,
    );
    const page = headersFor(rules, '/handreiking/tips/formeer-duos/');
    expect(page['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page).not.toHaveProperty('X-Robots-Tag');
    const directives = new Map(
      CMS_CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
    );
    expect(directives.get('connect-src')).toEqual(["'self'", 'data:', 'https://api.github.com']);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('match the nginx example in the README', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    const nginx = readme.match(/```nginx\n([\s\S]*?)```/)?.[1] ?? '';
    const [general, assets] = hostHeaderRules('/');
    for (const [name, value] of Object.entries(general!.headers)) {
      if (name === 'Cache-Control') continue;
      expect(nginx).toContain(`add_header ${name} "${value}" always;`);
    }
    expect(nginx).toMatch(new RegExp(`~\\^/_astro/\\s+"${assets!.headers['Cache-Control']}";`));
    expect(nginx).toMatch(new RegExp(`default\\s+"${general!.headers['Cache-Control']}";`));
  });

  it('reads placeholders and comments the way hosts do', () => {
    const rules = parseHeadersFile('# x\n/a/:id/b\n  X-Test: 1\n/a/*\n  X-Test: 2\n');
    expect(headersFor(rules, '/a/7/b')).toEqual({ 'X-Test': '2' });
    expect(headersFor(rules, '/a/7/8/b')).toEqual({ 'X-Test': '2' });
    expect(headersFor(rules, '/b')).toEqual({});
    expect(() => parseHeadersFile('  X-Zonder-Pad: 1')).toThrow(/_headers/);
  });
});
