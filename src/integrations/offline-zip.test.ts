import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../lib/escape-html.ts';
import { readme } from './offline-zip.ts';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;',
    );
  });

  it('leaves plain text as it is, and escapes an existing entity once more', () => {
    expect(escapeHtml('Handreiking kindermishandeling — één')).toBe('Handreiking kindermishandeling — één');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});

describe('readme (LEESMIJ.html)', () => {
  it('escapes the title and the address from content/handreiking.yaml', () => {
    const html = readme({
      titel: '<script>alert("titel")</script> & "zo"',
      url: 'https://handreiking.example/"><img src=x onerror=alert(1)>',
    });
    expect(html).toContain(
      '<h1>Zo opent u &lt;script&gt;alert(&quot;titel&quot;)&lt;/script&gt; &amp; &quot;zo&quot;</h1>',
    );
    expect(html).toContain('(https://handreiking.example/&quot;&gt;&lt;img src=x onerror=alert(1)&gt;)');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
  });

  it('names the real handreiking', () => {
    const html = readme({
      titel: 'Handreiking kindermishandeling',
      url: 'https://handreiking-kindermishandeling.example',
    });
    expect(html).toContain('<h1>Zo opent u Handreiking kindermishandeling</h1>');
    expect(html).toContain('(https://handreiking-kindermishandeling.example)');
  });

  it('says what works from disk: search, the tools and printing, and what the offline button does there', () => {
    const html = readme({ titel: 'Handreiking kindermishandeling', url: 'https://handreiking.example' });
    expect(html).toContain('Zoeken werkt ook zonder internet, gewoon vanaf de schijf');
    expect(html).toContain('<a href="zoeken/index.html">zoeken/index.html</a>');
    expect(html).toMatch(/rekenhulp.*zelfscan.*uitvoeringsplan-bouwer/s);
    expect(html).toContain('Printen');
    expect(html).toContain('verschijnt\nvanaf de schijf niet');
  });
});
