// Turns zod's validation issues into Dutch messages an editor can act on.
import type { z } from 'astro/zod';
import { DOMEINEN, PREVENTIENIVEAUS, PROVINCIES, SAMENVATTING_MAX } from '../../schemas/common.ts';

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'een tekst',
  number: 'een getal',
  int: 'een heel getal',
  array: 'een lijst, bijvoorbeeld [preventie, samenwerking]',
  object: 'een groep velden (ingesprongen regels eronder)',
  boolean: 'true of false',
  date: 'een datum zoals 2026-11-28',
  record: 'een groep regels "woord: voorstel" (ingesprongen regels eronder)',
};

/** Examples shown when a field is missing or wrong, so the editor can copy the right shape. */
const FIELD_EXAMPLES: Record<string, string> = {
  titel: 'titel: Zorgmail verbindt huisartsen en jeugdteams',
  samenvatting: 'samenvatting: Eén of twee zinnen over waar deze pagina over gaat.',
  themas: 'themas: [preventie, samenwerking] — kies uit de bestanden in content/themas/',
  provincie: `provincie: Zuid-Holland — kies uit: ${PROVINCIES.join(', ')}`,
  jaar: 'jaar: 2017',
  organisaties: 'organisaties: [Gemeente Rijswijk, GGD Haaglanden]',
  bron: 'bron:\n      document: taskforce-2016\n      onderdeel: Hoofdstuk 1 Preventie',
  'bron.document': 'document: taskforce-2016 — kies uit de bestanden in content/bronnen/',
  'bron.onderdeel': 'onderdeel: Hoofdstuk 1 Preventie',
  laatstGecontroleerd: 'laatstGecontroleerd: 2026-11-28',
  wijzigingen: 'wijzigingen:\n      - datum: 2026-11-29\n        tekst: Uitleg over de meldcode bijgewerkt.',
  'wijzigingen.datum': 'datum: 2026-11-29 — de dag waarop de pagina veranderde',
  'wijzigingen.tekst': 'tekst: Uitleg over de meldcode bijgewerkt. — één regel',
  sindsdienVeranderd:
    'sindsdienVeranderd:\n      - datum: 2020-01-01\n        tekst: Wat er veranderde.\n        bron:\n          titel: Wet, artikel en datum',
  'sindsdienVeranderd.datum': 'datum: 2020-01-01 — de dag waarop de wet of de praktijk veranderde',
  'sindsdienVeranderd.tekst': 'tekst: Sinds 1 januari 2020 geldt … in plaats van …',
  'sindsdienVeranderd.bron':
    'bron:\n          titel: Wet verplichte ggz, in werking 1 januari 2020\n          url: https://wetten.overheid.nl/…',
  'sindsdienVeranderd.bron.titel': 'titel: Wet verplichte ggz, in werking 1 januari 2020',
  'sindsdienVeranderd.bron.url': 'url: https://wetten.overheid.nl/BWBR0040635/',
  hoofdstuk: 'hoofdstuk: preventie — de naam van een bestand in content/hoofdstukken/ zonder .mdx',
  preventieniveau: `preventieniveau: primair — kies uit: ${PREVENTIENIVEAUS.join(', ')}`,
  domeinen: `domeinen: [sociaal-domein] — kies uit: ${DOMEINEN.join(', ')}`,
  link: 'link: https://www.voorbeeld.nl/project',
  url: 'url: https://wetten.overheid.nl/BWBR0034925/',
  volgorde: 'volgorde: 3',
  deel: 'deel: hoofdstuk — kies uit: introductie, hoofdstuk, bijlage, verdieping',
};

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function exampleFor(field: string): string | undefined {
  const plain = field.replace(/\[\d+\]/g, '');
  const example = FIELD_EXAMPLES[plain] ?? FIELD_EXAMPLES[plain.split('.').at(-1) ?? ''];
  return example ? `Schrijf het zo: ${example}` : undefined;
}

export interface DescribedIssue {
  path: PropertyKey[];
  field: string;
  message: string;
  hint?: string;
}

/**
 * The problems of a file whose data failed its schema, each on the line of its field. `fallbackHint`
 * is the fix for a field without an example of its own.
 */
export function schemaProblems(
  issues: readonly Issue[],
  file: string,
  lineOf: (path: (string | number)[]) => number | undefined,
  fallbackHint?: string,
): { file: string; line?: number; field: string; message: string; hint?: string }[] {
  return issues.flatMap((issue) =>
    describeIssue(issue).map((described) => ({
      file,
      line: lineOf(described.path.map((key) => (typeof key === 'symbol' ? String(key) : key))),
      field: described.field,
      message: described.message,
      hint: described.hint ?? fallbackHint,
    })),
  );
}

export function describeIssue(issue: Issue): DescribedIssue[] {
  const path = [...issue.path];
  const field = formatPath(path);
  const hint = exampleFor(field);
  const base = { path, field };

  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const keyPath = [...path, key];
        return {
          path: keyPath,
          field: formatPath(keyPath),
          message: `Onbekend veld "${key}". Dit veld bestaat niet (let op spelling en hoofdletters).`,
          hint: 'Verwijder het veld of gebruik een van de velden uit CONTRIBUTING.md.',
        };
      });
    case 'invalid_type': {
      if (issue.input === undefined) {
        return [{ ...base, message: 'Dit verplichte veld ontbreekt.', hint }];
      }
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return [{ ...base, message: `Dit veld moet ${expected} zijn.`, hint }];
    }
    case 'too_small':
      if (issue.origin === 'string') return [{ ...base, message: 'Dit veld is leeg.', hint }];
      if (issue.origin === 'array') {
        return [
          {
            ...base,
            message: `Deze lijst moet minstens ${issue.minimum} ${Number(issue.minimum) === 1 ? 'onderdeel' : 'onderdelen'} bevatten.`,
            hint,
          },
        ];
      }
      return [{ ...base, message: `Dit getal moet minstens ${issue.minimum} zijn.`, hint }];
    case 'too_big':
      if (issue.origin === 'string') {
        const length = typeof issue.input === 'string' ? issue.input.length : undefined;
        return [
          {
            ...base,
            message: `Deze tekst is te lang${length ? ` (${length} tekens)` : ''}: maximaal ${issue.maximum} tekens.`,
            hint:
              Number(issue.maximum) === SAMENVATTING_MAX
                ? 'Houd de samenvatting kort: één of twee zinnen. De rest hoort in de tekst van de pagina.'
                : undefined,
          },
        ];
      }
      return [{ ...base, message: `Dit getal mag hoogstens ${issue.maximum} zijn.`, hint }];
    case 'invalid_value': {
      const options = issue.values.map(String).join(', ');
      return [
        {
          ...base,
          message: `"${String(issue.input)}" is geen geldige waarde. Kies uit: ${options}.`,
          hint,
        },
      ];
    }
    case 'invalid_format':
      if (issue.format === 'url') {
        return [
          {
            ...base,
            message: 'Dit is geen geldig webadres dat met https:// begint.',
            hint: 'Gebruik een volledig adres dat begint met https:// (geen http://).',
          },
        ];
      }
      if (issue.format === 'regex' && (path.includes('laatstGecontroleerd') || path.at(-1) === 'datum')) {
        return [{ ...base, message: 'Dit is geen datum in de vorm 2026-11-28.', hint }];
      }
      return [
        {
          ...base,
          message: 'Deze waarde heeft de verkeerde vorm: gebruik kleine letters, cijfers en streepjes.',
          hint,
        },
      ];
    case 'invalid_union': {
      const nested = issue.errors.flat()[0];
      return nested ? describeIssue({ ...nested, path: [...path, ...nested.path] }) : [];
    }
    case 'custom':
      return [describeCustom(issue.message, base, hint)];
    default:
      return [{ ...base, message: `Deze waarde klopt niet (${issue.message}).`, hint }];
  }
}

function describeCustom(key: string, base: { path: PropertyKey[]; field: string }, hint?: string): DescribedIssue {
  switch (key) {
    case 'gemeente-of-regio':
      return {
        ...base,
        message: 'Vul de gemeente of de regio in (of allebei).',
        hint: 'Schrijf het zo: gemeente: Zwolle — of: regio: IJsselland',
      };
    case 'datum-in-toekomst':
      return { ...base, message: 'Deze datum ligt in de toekomst.', hint: 'Gebruik de datum van vandaag of eerder.' };
    case 'ongeldige-datum':
      return { ...base, message: 'Deze datum bestaat niet.', hint };
    case 'geen-afkorting':
      return {
        ...base,
        message: 'Dit is geen afkorting: gebruik alleen letters en cijfers, en begin met een hoofdletter.',
        hint: 'Schrijf het zo: bekendeAfkortingen: [PDF, CSV]',
      };
    case 'een-regel':
      return {
        ...base,
        message: 'Een wijziging is één regel tekst, zonder regeleinde.',
        hint: 'Schrijf één korte zin. Uitleg hoort in de tekst van de pagina.',
      };
    case 'geen-wetten-overheid':
      return {
        ...base,
        message: 'Een wetsartikel moet verwijzen naar wetten.overheid.nl.',
        hint: 'Zoek het artikel op wetten.overheid.nl en kopieer het adres.',
      };
    default:
      return { ...base, message: key, hint };
  }
}
