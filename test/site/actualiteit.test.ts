// How current the guide is, as a reader sees it: every content page shows its check date, a page
// whose law or practice changed shows the "Wat is er sindsdien veranderd" box with its source, and
// /wat-is-er-nieuw/ (linked from the home page and footer) and its feed list every change note.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { formatDate } from '../../src/lib/labels.ts';
import { entryPath, hasPage } from '../../src/lib/routes.ts';
import { loadPages, page } from '../helpers/built-site.ts';

const siteDir = inject('siteDir');
const ROOT = resolve(import.meta.dirname, '../..');
const { entries } = await checkContent(join(ROOT, 'content'), ROOT);
const pages = entries.filter((entry) => hasPage(entry.collection));
type Note = { datum: Date; tekst: string };

describe('check date', () => {
  it('is on every content page, as in its file', () => {
    expect(pages.length).toBeGreaterThan(50);
    for (const entry of pages) {
      const path = entryPath(entry.collection, entry.id);
      const line = page(siteDir, path).dom.querySelector('.entry__checked');
      const checked = entry.data.laatstGecontroleerd as Date;
      expect(line?.text.replace(/\s+/g, ' ').trim(), path).toBe(`Inhoud gecontroleerd op ${formatDate(checked)}.`);
      expect(line?.querySelector('time')?.getAttribute('datetime'), path).toBe(checked.toISOString().slice(0, 10));
    }
  });
});

describe('Wat is er sindsdien veranderd', () => {
  const changed = pages.filter((entry) => Array.isArray(entry.data.sindsdienVeranderd));

  it('shows each change with its date and source near the top of the page', () => {
    expect(changed.length).toBeGreaterThan(0);
    for (const entry of changed) {
      const path = entryPath(entry.collection, entry.id);
      const { dom } = page(siteDir, path);
      const box = dom.querySelector('header .changed-since');
      expect(box?.querySelector('h2')?.text.trim(), path).toBe('Wat is er sindsdien veranderd');
      const items = entry.data.sindsdienVeranderd as (Note & { bron: { titel: string; url?: string } })[];
      const shown = box?.querySelectorAll('li') ?? [];
      expect(shown, path).toHaveLength(items.length);
      items.forEach((item, i) => {
        const text = shown[i]?.text.replace(/\s+/g, ' ') ?? '';
        expect(text, path).toContain(`Sinds ${formatDate(item.datum)}:`);
        expect(text, path).toContain(`Bron: ${item.bron.titel}`);
        if (item.bron.url) expect(shown[i]?.querySelector(`a[href="${item.bron.url}"]`), path).not.toBeNull();
      });
    }
  });

  it('is not on pages without changes since the source', () => {
    const plain = pages.find((entry) => !entry.data.sindsdienVeranderd)!;
    expect(page(siteDir, entryPath(plain.collection, plain.id)).dom.querySelector('.changed-since')).toBeNull();
  });
});

describe('Wat is er nieuw', () => {
  const notes = pages.flatMap((entry) =>
    ((entry.data.wijzigingen as Note[] | undefined) ?? []).map((note) => ({
      ...note,
      path: entryPath(entry.collection, entry.id),
    })),
  );

  it('lists every change note of every page, newest first, each linking to its page', () => {
    expect(notes.length).toBeGreaterThan(0);
    const { dom } = page(siteDir, '/wat-is-er-nieuw/');
    const items = dom.querySelectorAll('.changes li');
    expect(items).toHaveLength(notes.length);
    const dates = items.map((item) => item.querySelector('time')?.getAttribute('datetime') ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    for (const note of notes) {
      const item = items.find((li) => li.querySelector(`a[href="${note.path}"]`) && li.text.includes(note.tekst));
      expect(item, `${note.path}: ${note.tekst}`).toBeDefined();
    }
  });

  it('shows a page its own change notes', () => {
    const note = notes[0]!;
    const list = page(siteDir, note.path).dom.querySelector('details.page-changes');
    expect(list?.querySelector('summary')?.text).toMatch(/^Wijzigingen op deze pagina \(\d+\)$/);
    expect(list?.text).toContain(note.tekst);
  });

  it('is linked from the home page and from the footer of every page', () => {
    expect(page(siteDir, '/').dom.querySelector('main a[href="/wat-is-er-nieuw/"]')).not.toBeNull();
    for (const built of loadPages(siteDir)
      .filter((p) => p.path !== '/404.html')
      .slice(0, 40)) {
      expect(built.dom.querySelector('footer a[href="/wat-is-er-nieuw/"]'), built.path).not.toBeNull();
    }
  });

  it('has a feed with one item per change note, each with its own id, linking to the changed page', () => {
    const xml = readFileSync(join(siteDir, 'wat-is-er-nieuw/feed.xml'), 'utf8');
    const items = xml.match(/<item>[\s\S]*?<\/item>/g) ?? [];
    expect(items).toHaveLength(notes.length);
    const guids = items.map((item) => /<guid isPermaLink="false">([^<]+)<\/guid>/.exec(item)?.[1]);
    expect(new Set(guids).size).toBe(notes.length);
    expect(items[0]).toMatch(/<link>https:\/\/handreiking-kindermishandeling\.example\/[a-z-]+\/[a-z0-9-]+\/<\/link>/);
    expect(page(siteDir, '/wat-is-er-nieuw/').html).toContain('type="application/rss+xml"');
  });
});
