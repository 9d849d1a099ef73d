// smartPunctuation must give what remark-smartypants (Astro's default) gives, for any text: it only
// skips passes that cannot change anything. Checked on the real handreiking and on variants full of
// quotes, dashes, ellipses and backticks.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import remarkSmartypants from 'remark-smartypants';
import { describe, expect, it } from 'vitest';
import { parseMdx } from '../content-check/mdx-scan.ts';
import { readSource } from '../content-check/source-file.ts';
import { smartPunctuation } from './smartypants.ts';

const original = (remarkSmartypants as unknown as () => (tree: unknown) => void)();
const bothWays = (body: string) => {
  const expected = parseMdx(body);
  original(expected);
  const actual = parseMdx(body);
  smartPunctuation(actual);
  return { actual, expected };
};

describe('smartPunctuation', () => {
  it.each([
    `Ze zei: "Dit werkt." En 'dit' ook -- echt... Duo's en thema's.`,
    `**"Vet citaat"** met [een 'link'](/tips/x/) en \`code 'niet'\` -- of . . . of \`\`dit''.`,
    `# Kop met "quotes"\n\n| a | b |\n| - | - |\n| "cel" | 'cel' -- ... |`,
    `Geen enkel leesteken om te veranderen hier.`,
    `<Info titel="Let op">Binnen een "kader" -- met... tekst.</Info>`,
    `Een <abbr title="x">"afkorting"</abbr> en 1990-2000 en a-b-c.`,
  ])('gives what remark-smartypants gives: %s', (body) => {
    const { actual, expected } = bothWays(body);
    expect(actual).toEqual(expected);
  });

  it('gives what remark-smartypants gives for every text of the handreiking', () => {
    const dir = resolve(import.meta.dirname, '../../../content');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(40);
    for (const name of files) {
      const { actual, expected } = bothWays(readSource(readFileSync(join(dir, name), 'utf8'), 'mdx').body);
      expect(actual, name).toEqual(expected);
    }
  });
});
