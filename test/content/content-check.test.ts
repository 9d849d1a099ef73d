// Each case breaks the valid fixture in one way and asserts that the check names the file, the
// field and what is wrong, in Dutch. The build runs the same check (see build-failures.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatReport } from '../../src/lib/content-check/index.ts';
import { copyFixture, type FixtureCopy } from '../helpers/content-fixture.ts';
import { EXAMPLE, faults, TIP } from './faults.ts';

let fixture: FixtureCopy | undefined;
afterEach(() => fixture?.remove());

async function problemsAfter(change: (copy: FixtureCopy) => void) {
  fixture = copyFixture();
  change(fixture);
  return (await checkContent(fixture.contentDir, fixture.root)).problems;
}

describe('content check', () => {
  it('accepts the valid fixture', async () => {
    const problems = await problemsAfter(() => {});
    expect(formatReport(problems)).toContain('0 problemen');
    expect(problems).toEqual([]);
  });

  it.each(faults)('rejects $name, naming file and field', async (fault) => {
    const problems = await problemsAfter(fault.change);
    const match = problems.find((problem) => fault.message.test(problem.message));
    expect(match, `verwacht een melding ${fault.message}, kreeg:\n${formatReport(problems)}`).toBeDefined();
    expect(match?.file).toBe(`content/${fault.file}`);
    if (fault.field) expect(match?.field).toBe(fault.field);
    if (fault.line) expect(match?.line).toBe(fault.line);
  });

  it('checks a large content folder in worker processes with the same messages and lines', async () => {
    const problems = await problemsAfter((c) => {
      const tip = readFileSync(join(c.contentDir, TIP), 'utf8');
      for (let i = 0; i < 450; i++) c.write(`tips/tip-${i}.mdx`, tip);
      c.write('tips/tip-321.mdx', tip.replace('themas: [samenwerking]', 'themas: [samenwerking, onbekend]'));
      c.write('tips/tip-17.mdx', `${tip}\nBel 06-12345678.\n`);
    });
    expect(problems.map(({ file, line, field }) => ({ file, line, field }))).toEqual([
      { file: 'content/tips/tip-17.mdx', line: 16, field: 'tekst' },
      { file: 'content/tips/tip-321.mdx', line: 4, field: 'themas[1]' },
    ]);
  });

  it('suggests the id the editor probably meant', async () => {
    const problems = await problemsAfter((c) =>
      c.edit(TIP, (t) => t.replace('themas: [samenwerking]', 'themas: [samenwerkng]')),
    );
    expect(problems[0]?.hint).toContain('"samenwerking"');
  });

  it('reports every problem at once, sorted by file', async () => {
    const problems = await problemsAfter((c) => {
      c.edit(TIP, (t) => t.replace('themas: [samenwerking]', 'themas: [onbekend]'));
      c.edit(EXAMPLE, (t) => t.replace('provincie: Zuid-Holland', 'provincie: Holland'));
    });
    const report = formatReport(problems);
    expect(report).toMatch(/^De inhoud bevat 2 problemen\./);
    expect(report.indexOf('praktijkvoorbeelden/')).toBeLessThan(report.indexOf('tips/'));
  });
});
