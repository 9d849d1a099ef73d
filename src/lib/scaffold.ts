// Writes new content files for editors (npm run nieuw:voorbeeld / nieuw:tip): the frontmatter
// filled in from their answers, with short guidance as YAML comments, so the result passes the
// content check at once and only needs the editor's own text.
import { stringify } from 'yaml';
import { PROVINCIES } from '../schemas/common.ts';
import { slugify } from './slug.ts';

export interface ExampleInput {
  titel: string;
  samenvatting?: string;
  gemeente?: string;
  regio?: string;
  provincie: string;
  themas: string[];
  jaar: number;
  organisaties?: string[];
  bron: string;
  onderdeel?: string;
  link?: string;
}

export interface TipInput {
  titel: string;
  samenvatting?: string;
  themas: string[];
  hoofdstuk: string;
  bron: string;
  onderdeel?: string;
}

export interface Known {
  themas: string[];
  bronnen: string[];
  hoofdstukken: string[];
}

/** Dutch messages for every answer that would not pass the content check. */
export function validateExample(input: ExampleInput, known: Known, today = new Date()): string[] {
  const errors = commonErrors(input, known);
  if (!input.gemeente?.trim() && !input.regio?.trim())
    errors.push('Vul een gemeente (--gemeente) of regio (--regio) in.');
  if (!(PROVINCIES as readonly string[]).includes(input.provincie)) {
    errors.push(`Provincie "${input.provincie}" bestaat niet. Kies uit: ${PROVINCIES.join(', ')}.`);
  }
  if (!Number.isInteger(input.jaar) || input.jaar < 1900 || input.jaar > today.getFullYear()) {
    errors.push(`Jaar "${input.jaar}" klopt niet: gebruik een jaartal zoals 2017, niet later dan dit jaar.`);
  }
  if (input.link && !input.link.startsWith('https://')) errors.push('De link moet beginnen met https://.');
  return errors;
}

export function validateTip(input: TipInput, known: Known): string[] {
  const errors = commonErrors(input, known);
  if (!known.hoofdstukken.includes(input.hoofdstuk)) {
    errors.push(`Hoofdstuk "${input.hoofdstuk}" bestaat niet. Kies uit: ${known.hoofdstukken.join(', ')}.`);
  }
  return errors;
}

function commonErrors(input: { titel: string; themas: string[]; bron: string; samenvatting?: string }, known: Known) {
  const errors: string[] = [];
  if (!input.titel.trim()) errors.push('Geef een titel (--titel).');
  if (!slugify(input.titel)) errors.push('De titel moet letters of cijfers bevatten.');
  if (input.themas.length === 0)
    errors.push(`Kies minstens één thema (--thema). Mogelijk: ${known.themas.join(', ')}.`);
  for (const thema of input.themas) {
    if (!known.themas.includes(thema))
      errors.push(`Thema "${thema}" bestaat niet. Kies uit: ${known.themas.join(', ')}.`);
  }
  if (!known.bronnen.includes(input.bron)) {
    errors.push(
      `Bron "${input.bron}" bestaat niet. Voeg eerst een bron toe in content/bronnen/ of kies een bestaande.`,
    );
  }
  if (input.samenvatting && input.samenvatting.length > 300) errors.push('De samenvatting is langer dan 300 tekens.');
  return errors;
}

const frontmatter = (data: Record<string, unknown>, comments: Record<string, string>) =>
  stringify(data, { lineWidth: 0 })
    .split('\n')
    .map((line) => {
      const key = /^(\w+):/.exec(line)?.[1];
      return key && comments[key] ? `# ${comments[key]}\n${line}` : line;
    })
    .join('\n')
    .trimEnd();

export function exampleFile(input: ExampleInput, today = new Date()) {
  const id = slugify(input.titel);
  const place = input.gemeente || input.regio || '';
  const data: Record<string, unknown> = {
    titel: input.titel.trim(),
    samenvatting: input.samenvatting?.trim() || `${place} ${input.titel.trim()}.`.trim(),
    ...(input.gemeente ? { gemeente: input.gemeente.trim() } : {}),
    ...(input.regio ? { regio: input.regio.trim() } : {}),
    provincie: input.provincie,
    jaar: input.jaar,
    themas: input.themas,
    organisaties: input.organisaties?.length
      ? input.organisaties
      : [input.gemeente ? `Gemeente ${input.gemeente}` : place],
    bron: { document: input.bron, onderdeel: input.onderdeel?.trim() || 'Aangeleverd door de gemeente' },
    ...(input.link ? { link: input.link } : {}),
    laatstGecontroleerd: today.toISOString().slice(0, 10),
  };
  const text = `---
# Uitleg over elk veld: CONTRIBUTING.md. Schrijf onder de tweede --- de tekst in gewone taal:
# wat deed de gemeente, met wie, en wat leverde het op? Noem cijfers alleen met hun bron.
${frontmatter(data, {
  samenvatting: 'Eén of twee zinnen (hoogstens 300 tekens): wat deed de gemeente en wat leverde het op?',
  provincie: `Een van: ${PROVINCIES.join(', ')}.`,
  themas: 'Namen van bestanden in content/themas/, bijvoorbeeld [preventie, samenwerking].',
  organisaties: 'Organisaties, nooit namen of contactgegevens van personen.',
  bron: 'Waar komen de feiten vandaan? document = een bestand in content/bronnen/.',
  laatstGecontroleerd: 'De datum waarop u de tekst voor het laatst hebt gecontroleerd.',
})}
---

## Wat deed ${place || 'de gemeente'}?

${data.samenvatting as string}
`;
  return { id, path: `praktijkvoorbeelden/${id}.mdx`, text };
}

export function tipFile(input: TipInput, today = new Date()) {
  const id = slugify(input.titel);
  const data = {
    titel: input.titel.trim(),
    samenvatting: input.samenvatting?.trim() || input.titel.trim(),
    themas: input.themas,
    hoofdstuk: input.hoofdstuk,
    bron: { document: input.bron, onderdeel: input.onderdeel?.trim() || 'Aangeleverd door de redactie' },
    laatstGecontroleerd: today.toISOString().slice(0, 10),
  };
  const text = `---
# Uitleg over elk veld: CONTRIBUTING.md. Schrijf onder de tweede --- de tip in 2 tot 6 korte zinnen.
${frontmatter(data, {
  samenvatting: 'Eén of twee zinnen (hoogstens 300 tekens).',
  hoofdstuk: 'Het hoofdstuk waar de tip bij hoort: een bestand in content/hoofdstukken/.',
  laatstGecontroleerd: 'De datum waarop u de tekst voor het laatst hebt gecontroleerd.',
})}
---

${data.samenvatting}
`;
  return { id, path: `tips/${id}.mdx`, text };
}
