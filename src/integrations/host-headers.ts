// The HTTP headers a web server should send with this site, in one place. The build writes them to
// `_headers` in the output (the format Netlify and Cloudflare Pages read), `npm start` sends exactly
// what that file says (scripts/serve.ts), and the README's nginx example is tested against them.
import type { AstroIntegration } from 'astro';
import escapeStringRegexp from 'escape-string-regexp';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteConfig } from '../site-config.ts';
import { CMS_FOLDER } from '../lib/cms-bundle.ts';

export interface HeaderRule {
  /** A URL path; `*` matches anything (also `/`), `:name` one path segment. */
  path: string;
  headers: Record<string, string>;
}

export const HEADERS_FILE = '_headers';

/**
 * The directives both policies share: the per-page meta policy (astro.config.mjs, where Astro adds
 * the hashes of its scripts and styles) and the header below. Pagefind needs WebAssembly and a worker.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * The policy in the header only adds what a <meta> cannot carry (frame-ancestors) and guards files
 * without a meta (SVG, JSON). Browsers enforce both policies, so this one must allow everything the
 * per-page meta policy of astro.config.mjs allows: 'unsafe-inline' here, and the meta narrows inline
 * scripts and styles to Astro's hashes.
 */
export const CONTENT_SECURITY_POLICY = [
  CSP_DIRECTIVES[0],
  "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  ...CSP_DIRECTIVES.slice(1),
  "frame-ancestors 'none'",
].join('; ');

/**
 * The editing app at /beheer/ (src/integrations/cms.ts) has its own policy, replacing the one above:
 * it styles itself with inline styles (Svelte), talks to the GitHub API, shows the editor's GitHub
 * avatar and previews images as blob: URLs. Nothing else; its fonts and scripts are on this site.
 */
export const CMS_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com",
  // data: for the app's own built-in images, which it reads with fetch().
  "connect-src 'self' data: https://api.github.com",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const NO_CACHE = 'no-cache';
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The rules for a site under `base`. A later rule that sets the same header replaces the earlier one
 * for its paths (Netlify keeps the most specific rule), so the general rule comes first.
 */
export function hostHeaderRules(base: string): HeaderRule[] {
  return [
    {
      path: `${base}*`,
      headers: {
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        // The site links to sources elsewhere; which page of a handbook on child abuse a reader came
        // from is nobody else's business. The site itself needs no Referer.
        'Referrer-Policy': 'no-referrer',
        'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
        // Pages and other unhashed files: revalidate every time, so a new version shows at once.
        'Cache-Control': NO_CACHE,
      },
    },
    // Astro puts a content hash in these names: a changed file gets a new name.
    { path: `${base}_astro/*`, headers: { 'Cache-Control': IMMUTABLE } },
    // The browser looks for a new version through sw.js; a cached copy would hide updates.
    { path: `${base}sw.js`, headers: { 'Cache-Control': NO_CACHE } },
    // The editing app: its own policy, and never in a search engine.
    {
      path: `${base}${CMS_FOLDER}/*`,
      headers: { 'Content-Security-Policy': CMS_CONTENT_SECURITY_POLICY, 'X-Robots-Tag': 'noindex, nofollow' },
    },
  ];
}

export function formatHeadersFile(rules: HeaderRule[]): string {
  const blocks = rules.map((rule) =>
    [rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return `# Gemaakt door npm run build uit src/integrations/host-headers.ts; wijzig de headers daar.\n\n${blocks.join('\n\n')}\n`;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`${HEADERS_FILE}: onbegrijpelijke regel "${line.trim()}".`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

function pattern(path: string): RegExp {
  const source = path
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : escapeStringRegexp(part)))
    .join('');
  return new RegExp(`^${source}$`);
}

/** The headers for one URL path: every matching rule in order, later ones replacing earlier ones. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    if (!pattern(rule.path).test(path)) continue;
    for (const [name, value] of Object.entries(rule.headers)) {
      const existing = Object.keys(headers).find((key) => key.toLowerCase() === name.toLowerCase());
      if (existing) delete headers[existing];
      headers[name] = value;
    }
  }
  return headers;
}

/** Writes `_headers` after the build, for the site's base path. */
export function hostHeaders(options: { site: SiteConfig }): AstroIntegration {
  return {
    name: 'handreiking:host-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const file = join(fileURLToPath(dir), HEADERS_FILE);
        await writeFile(file, formatHeadersFile(hostHeaderRules(options.site.basispad)));
      },
    },
  };
}
