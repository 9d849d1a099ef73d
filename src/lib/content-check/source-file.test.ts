import { describe, expect, it } from 'vitest';
import { readSource } from './source-file.ts';

describe('readSource', () => {
  it('reads YAML frontmatter and the body with its first line', () => {
    const source = readSource('---\ntitel: A\njaar: 2016\n---\n\nTekst.\n', 'mdx');
    expect(source.data).toEqual({ titel: 'A', jaar: 2016 });
    expect(source.bodyLine).toBe(5);
    expect(source.lineOf(['jaar'])).toBe(3);
  });

  it.each([
    ['an alias bomb', 'a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n', /Ankers in YAML \(&a\)/, 1],
    ['a merge key with an alias', 'basis: &b {titel: x}\nandere:\n  <<: *b\n', /Ankers in YAML \(&b\)/, 1],
    ['a JavaScript tag', 'titel: !!js/function "function () {}"\n', /!!js\/function/, 1],
    ['a binary tag', 'titel: x\nlogo: !!binary aGk=\n', /!!binary/, 2],
    ['a local tag', 'titel: !eigen x\n', /!eigen/, 1],
    ['a harmless-looking standard tag', 'jaar: !!str 2016\n', /!!str/, 1],
    ['two documents in one file', 'titel: a\n---\ntitel: b\n', /YAML/, 2],
  ])('rejects %s with a Dutch message and its line, without building the data', (_name, yaml, message, line) => {
    const source = readSource(yaml, 'yaml');
    expect(source.data).toBeUndefined();
    expect(source.syntaxError?.message).toMatch(message);
    expect(source.syntaxError?.line).toBe(line);
  });

  it('counts lines from the file, not from the frontmatter', () => {
    const source = readSource('---\ntitel: x\nalias: *nergens\n---\nTekst\n', 'mdx');
    expect(source.syntaxError?.line).toBe(3);
  });
});
