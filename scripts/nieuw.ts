// npm run nieuw:voorbeeld / npm run nieuw:tip — makes a new content file from a template.
// Asks for what is missing, or takes everything as flags:
//   npm run nieuw:voorbeeld -- --titel "…" --gemeente "…" --provincie Gelderland --thema preventie --thema samenwerking
// Never overwrites an existing file.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { exampleFile, tipFile, validateExample, validateTip, type Known } from '../src/lib/scaffold.ts';
import { PROVINCIES } from '../src/schemas/common.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const contentDir = resolve(process.env.CONTENT_DIR ?? join(root, 'content'));
const kind = process.argv[2];
if (kind !== 'voorbeeld' && kind !== 'tip') {
  console.error('Gebruik: npm run nieuw:voorbeeld of npm run nieuw:tip');
  process.exit(2);
}

const { values } = parseArgs({
  args: process.argv.slice(3),
  options: {
    titel: { type: 'string' },
    samenvatting: { type: 'string' },
    gemeente: { type: 'string' },
    regio: { type: 'string' },
    provincie: { type: 'string' },
    thema: { type: 'string', multiple: true },
    jaar: { type: 'string' },
    organisatie: { type: 'string', multiple: true },
    bron: { type: 'string' },
    onderdeel: { type: 'string' },
    link: { type: 'string' },
    hoofdstuk: { type: 'string' },
  },
});

if (!existsSync(contentDir)) {
  console.error(`✗ De inhoudsmap ${contentDir} bestaat niet.`);
  process.exit(1);
}
const ids = (folder: string, extension: string) =>
  readdirSync(join(contentDir, folder))
    .filter((name) => name.endsWith(extension))
    .map((name) => name.slice(0, -extension.length))
    .sort();
const known: Known = {
  themas: ids('themas', '.yaml'),
  bronnen: ids('bronnen', '.yaml'),
  hoofdstukken: ids('hoofdstukken', '.mdx'),
};

// Prompt only for what the flags left out, and only when someone can answer.
const interactive = process.stdin.isTTY;
const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
async function ask(current: string | undefined, question: string, fallback = ''): Promise<string> {
  if (current !== undefined || !rl) return current ?? fallback;
  const answer = (await rl.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim();
  return answer || fallback;
}

const titel = await ask(values.titel, 'Titel');
const samenvatting = await ask(values.samenvatting, 'Samenvatting (één of twee zinnen)');
const themas =
  values.thema ??
  (await ask(undefined, `Thema's, met komma's (${known.themas.join(', ')})`))
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
const bron = await ask(values.bron, `Bron (een van: ${known.bronnen.slice(0, 5).join(', ')}, …)`, 'taskforce-2016');

let file: { path: string; text: string };
let errors: string[];
if (kind === 'voorbeeld') {
  const input = {
    titel,
    samenvatting,
    gemeente: await ask(values.gemeente, 'Gemeente'),
    regio: values.regio ?? (values.gemeente ? undefined : await ask(undefined, 'Regio (als het geen gemeente is)')),
    provincie: await ask(values.provincie, `Provincie (${PROVINCIES.join(', ')})`),
    themas,
    jaar: Number(await ask(values.jaar, 'Jaar', String(new Date().getFullYear()))),
    organisaties: values.organisatie,
    bron,
    onderdeel: values.onderdeel,
    link: values.link,
  };
  errors = validateExample(input, known);
  file = exampleFile(input);
} else {
  const input = {
    titel,
    samenvatting,
    themas,
    hoofdstuk: await ask(values.hoofdstuk, 'Hoofdstuk', 'preventie'),
    bron,
    onderdeel: values.onderdeel,
  };
  errors = validateTip(input, known);
  file = tipFile(input);
}
rl?.close();

if (errors.length > 0) {
  console.error(`Er is nog niets gemaakt:\n${errors.map((error) => `  ✗ ${error}`).join('\n')}`);
  process.exit(1);
}
const target = join(contentDir, file.path);
if (existsSync(target)) {
  console.error(`✗ ${file.path} bestaat al. Kies een andere titel, of bewerk het bestaande bestand.`);
  process.exit(1);
}
writeFileSync(target, file.text, { flag: 'wx' });
console.log(`✓ Gemaakt: content/${file.path}\n  Vul de tekst aan en controleer met: npm run controleer`);
