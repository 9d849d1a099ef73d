// The plain-language check on the real content and on the fixture: warnings, never errors; printed by
// `npm run controleer` and the build; right after a change of the word list or the glossary, also
// from the cache; and a ceiling on the number of warnings that may only go down.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatWarnings } from '../../src/lib/content-check/index.ts';
import { copyFixture, type FixtureCopy } from '../helpers/content-fixture.ts';
import { EXAMPLE, TIP } from './faults.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CEILING = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/taalcheck-plafond.json'), 'utf8')) as {
  waarschuwingen: number;
};

let fixture: FixtureCopy | undefined;
afterEach(() => fixture?.remove());

const LONG = `${Array.from({ length: 30 }, (_, i) => `Woord${i}`).join(' ')}.`;

function run(script: string, args: string[], copy: FixtureCopy) {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: copy.contentDir, ASTRO_CACHE_KEY: 'taalcontrole' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('plain-language check', () => {
  it(`keeps the real content at or below the ceiling of ${CEILING.waarschuwingen} warnings`, async () => {
    const { warnings } = await checkContent(join(ROOT, 'content'), ROOT);
    expect(
      warnings.length,
      `Meer taaladviezen dan het plafond in test/fixtures/taalcheck-plafond.json:\n${formatWarnings(warnings)}`,
    ).toBeLessThanOrEqual(CEILING.waarschuwingen);
  });

  it('warns without failing, and stays right from the cache when the word list or glossary changes', async () => {
    fixture = copyFixture();
    const cacheFile = join(fixture.root, 'cache', 'inhoudscontrole.bin');
    fixture.edit(TIP, (text) => `${text}\nDe OOZ werkt middels duo's.\n`);
    const check = () => checkContent(fixture!.contentDir, fixture!.root, undefined, { cacheFile });
    const messages = async () => (await check()).warnings.map((warning) => warning.message).sort();

    const first = await check();
    expect(first.problems).toEqual([]);
    expect(first.warnings.map(({ file, line, field }) => ({ file, line, field }))).toEqual([
      { file: `content/${TIP}`, line: 16, field: 'tekst' },
      { file: `content/${TIP}`, line: 16, field: 'tekst' },
    ]);
    expect(await messages()).toEqual(['Afkorting zonder uitleg: "OOZ".', 'Moeilijk woord: "middels".']);

    fixture.edit('taal/moeilijke-woorden.yaml', (text) => text.replace('middels: met, door\n', ''));
    expect(await messages()).toEqual(['Afkorting zonder uitleg: "OOZ".']);

    fixture.write(
      'begrippen/ooz.yaml',
      'term: Onderwijs-zorgoverleg\nafkorting: OOZ\nuitleg: Overleg van school en zorg.\n',
    );
    expect(await messages()).toEqual([]);
  });

  it('prints the warnings in npm run controleer and in the build log, which both succeed', () => {
    fixture = copyFixture();
    fixture.edit(TIP, (text) => `${text}\n${LONG}\n`);
    fixture.edit(EXAMPLE, (text) => text.replace(/^laatstGecontroleerd: .*$/m, 'laatstGecontroleerd: 2020-01-01'));
    const check = run('scripts/controleer.ts', [], fixture);
    expect(check.status, check.output).toBe(0);
    expect(check.output).toContain('Taalcontrole: 1 taaladvies (waarschuwingen; de site wordt gewoon gebouwd).');
    expect(check.output).toContain(`⚠ content/${TIP}:16\n    Lange zin (30 woorden): "Woord0`);
    expect(check.output).toContain('Voorstel: Maak er twee of meer zinnen van');

    const build = run('scripts/build.mjs', ['--out', join(fixture.root, 'dist')], fixture);
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain(`⚠ content/${TIP}:16`);
    expect(build.output).toContain('Lange zin (30 woorden)');
    // Pages due for review are a note in the build log, no reason to stop.
    expect(build.output).toContain(
      '1 pagina is aan de beurt om opnieuw te controleren: npm run controleer -- --overzicht',
    );
  });
});

describe('npm run controleer -- --overzicht', () => {
  it('lists the pages due for review with file, title and how late, without failing', () => {
    fixture = copyFixture();
    fixture.edit(TIP, (text) => text.replace(/^laatstGecontroleerd: .*$/m, 'laatstGecontroleerd: 2020-03-15'));
    fixture.edit('handreiking.yaml', (text) => `${text}controleTermijnMaanden: 24\n`);
    const result = run('scripts/controleer.ts', ['--overzicht'], fixture);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('aan de beurt 24 maanden na "laatstGecontroleerd"');
    expect(result.output).toMatch(/Aan de beurt: 1 van de \d+ pagina's\./);
    expect(result.output).toMatch(
      new RegExp(
        `• content/${TIP}\\n {4}Formeer duo's — gecontroleerd op 15 maart 2020, \\d jaar( en \\d+ maanden?)? te laat`,
      ),
    );
    expect(run('scripts/controleer.ts', [], fixture).output).not.toContain('Aan de beurt');
  });
});
