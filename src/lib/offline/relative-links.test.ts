import { describe, expect, it } from 'vitest';
import { relativizeLinks } from './relative-links.ts';

describe('relativizeLinks', () => {
  it('makes site links relative to the page and writes out index.html', () => {
    const html = '<a href="/tips/formeer-duos/">t</a><link href="/_astro/a.css"><a href="/begrippen/#vir">v</a>';
    expect(relativizeLinks(html, 'hoofdstukken/preventie/index.html', '/')).toBe(
      '<a href="../../tips/formeer-duos/index.html">t</a><link href="../../_astro/a.css"><a href="../../begrippen/index.html#vir">v</a>',
    );
  });

  it('handles the home page, in-page anchors, forms, external links and a sub-path', () => {
    expect(relativizeLinks('<a href="/">h</a>', 'index.html', '/')).toBe('<a href="index.html">h</a>');
    expect(relativizeLinks('<a href="#x">x</a> <a href="https://wetten.overheid.nl/">w</a>', 'index.html', '/')).toBe(
      '<a href="#x">x</a> <a href="https://wetten.overheid.nl/">w</a>',
    );
    expect(relativizeLinks('<form action="/handreiking/zoeken/">', 'tips/index.html', '/handreiking/')).toBe(
      '<form action="../zoeken/index.html">',
    );
  });
});

describe('relativizeLinks in the download', () => {
  it('turns the base path that scripts read into the way to the site root', () => {
    expect(relativizeLinks('<div data-base="/handreiking/">', 'zoeken/index.html', '/handreiking/')).toBe(
      '<div data-base="../">',
    );
    expect(relativizeLinks('<div data-base="/">', 'index.html', '/')).toBe('<div data-base="./">');
  });

  it('sends links to files that are not in the download to the site on the internet', () => {
    const online = { url: 'https://handreiking.example', paths: new Set(['handreiking-offline.zip']) };
    expect(
      relativizeLinks(
        '<a href="/handreiking/handreiking-offline.zip" download>',
        'tips/index.html',
        '/handreiking/',
        online,
      ),
    ).toBe('<a href="https://handreiking.example/handreiking/handreiking-offline.zip" download>');
  });
});
