import { describe, expect, it } from 'vitest';
import { type KeyedEntry, pageCacheKey, siteFingerprint } from './page-cache-key.ts';

const example = (change: Partial<KeyedEntry> = {}): KeyedEntry => ({
  collection: 'praktijkvoorbeelden',
  id: 'wijkprofiel-rotterdam',
  data: { titel: 'Wijkprofiel', themas: [{ collection: 'themas', id: 'preventie' }] },
  digest: 'a1',
  rendered: {
    metadata: {
      headings: [{ depth: 2, slug: 'wat-deed-de-gemeente', text: 'Wat deed de gemeente?' }],
      references: [{ collection: 'tips', id: 'formeer-duos' }],
      htmlFile: '/cache/inhoud-html/praktijkvoorbeelden/wijkprofiel-rotterdam.a1.html',
    },
  },
  ...change,
});
const tip: KeyedEntry = { collection: 'tips', id: 'formeer-duos', data: { titel: 'Formeer duo’s' }, digest: 't1' };
const fingerprint = (entry: KeyedEntry, extra: unknown = { base: '/' }) => siteFingerprint([entry, tip], extra);

describe('siteFingerprint', () => {
  it('stays the same when only the wording of a text changes', () => {
    const reworded = example({
      digest: 'a2',
      rendered: { metadata: { ...example().rendered!.metadata, htmlFile: '/cache/…/wijkprofiel-rotterdam.a2.html' } },
    });
    expect(fingerprint(reworded)).toBe(fingerprint(example()));
  });

  it('changes with what other pages show: frontmatter, headings, references, settings', () => {
    const base = fingerprint(example());
    const metadata = example().rendered!.metadata!;
    const variants = [
      example({ data: { ...(example().data as object), titel: 'Het Wijkprofiel' } }),
      example({ rendered: { metadata: { ...metadata, headings: [] } } }),
      example({ rendered: { metadata: { ...metadata, references: [{ collection: 'tips', id: 'ga-praten' }] } } }),
      example({ id: 'wijkprofiel-rotterdam-2' }),
    ];
    for (const variant of variants) expect(fingerprint(variant)).not.toBe(base);
    expect(fingerprint(example(), { base: '/handreiking/' })).not.toBe(base);
    expect(siteFingerprint([example()])).not.toBe(siteFingerprint([example(), tip]));
  });
});

describe('pageCacheKey', () => {
  const site = fingerprint(example());

  it('changes with the site, with each text the page shows, and with its own extra', () => {
    const key = pageCacheKey(site, [example(), tip], { updated: '2026-11-28' });
    expect(pageCacheKey(site, [example(), tip], { updated: '2026-11-28' })).toBe(key);
    expect(pageCacheKey(`${site}x`, [example(), tip], { updated: '2026-11-28' })).not.toBe(key);
    expect(pageCacheKey(site, [example(), { ...tip, digest: 't2' }], { updated: '2026-11-28' })).not.toBe(key);
    expect(pageCacheKey(site, [example()], { updated: '2026-11-28' })).not.toBe(key);
    expect(pageCacheKey(site, [example(), tip], { updated: '2026-11-29' })).not.toBe(key);
  });

  it('gives no key, so the page is always rendered, for a text without a digest', () => {
    expect(pageCacheKey(site, [example(), { ...tip, digest: undefined }])).toBeUndefined();
  });
});
