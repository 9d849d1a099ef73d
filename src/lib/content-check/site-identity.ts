// content/handreiking.yaml: read safely and checked against the site identity schema, with Dutch
// messages that name file, line and field. loadSiteConfig (src/site-config.ts, for the build) and the
// content check (`npm run controleer`) both use readSiteIdentity, so they report the same problems.
import type { z } from 'astro/zod';
import { existsSync } from 'node:fs';
import { readRegularFile } from '../regular-file.ts';
import { join, relative } from 'node:path';
import { isAlias, isCollection, isMap, isPair, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import { SITE_FIELDS, siteIdentitySchema, type SiteConfig } from '../../schemas/site.ts';
import { fileTooLarge, MAX_FILE_BYTES } from './limits.ts';
import type { Problem } from './problem.ts';
import { type DescribedIssue, describeIssue } from './schema-messages.ts';

export const SITE_FILE = 'handreiking.yaml';

/** Examples in the hints, so the editor can copy the right shape. */
const EXAMPLES: Record<string, string> = {
  titel: 'titel: Handreiking kindermishandeling',
  ondertitel: 'ondertitel: Regie op de preventie en aanpak van kindermishandeling, voor gemeenten',
  beschrijving: 'beschrijving: Eén of twee zinnen over wat de handreiking is en voor wie.',
  uitgever: 'uitgever: Redactie Digitale handreiking kindermishandeling',
  url: 'url: https://www.voorbeeld.nl',
  basispad: 'basispad: /handreiking/ — of basispad: / voor de hoofdmap',
  repository: 'repository: https://github.com/organisatie/handreiking',
  branch: 'branch: main',
  controleTermijnMaanden: 'controleTermijnMaanden: 12',
  'reactie.issue': 'issue: https://github.com/organisatie/handreiking/issues/new (ingesprongen onder reactie:)',
  'reactie.email': 'email: redactie@voorbeeld.nl (ingesprongen onder reactie:)',
};

// Plain strings, numbers, true/false, lists and groups. Any other tag (!!js/function, !!binary, !foo)
// asks a YAML reader to build something else, which this file never needs.
const STANDARD_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((tag) => `tag:yaml.org,2002:${tag}`),
);

export interface SiteIdentity {
  /** The checked identity; undefined when there are problems. */
  config?: SiteConfig;
  problems: Problem[];
}

/**
 * Checks content/handreiking.yaml for the content check.
 * @param contentDir absolute path of the content folder
 * @param rootDir folder that file names in messages are relative to (the project root)
 */
export function checkSiteIdentity(contentDir: string, rootDir: string): Problem[] {
  const path = join(contentDir, SITE_FILE);
  const file = relative(rootDir, path).split('\\').join('/');
  const bytes = readRegularFile(path);
  // A symlink or folder is reported by the file list (content-files.ts); a missing file here.
  if (!bytes) return existsSync(path) ? [] : [missingFile(file)];
  return readSiteIdentity(bytes, file).problems;
}

export function missingFile(file: string): Problem {
  return {
    file,
    message: 'Dit bestand ontbreekt. Het bevat de titel, het webadres en de andere gegevens van de site.',
    hint: `Zet het bestand terug in de map content/, met de velden ${SITE_FIELDS.join(', ')}.`,
  };
}

/**
 * Reads the text of content/handreiking.yaml.
 * @param file the name in messages, e.g. `content/handreiking.yaml`
 */
export function readSiteIdentity(source: Uint8Array | string, file: string): SiteIdentity {
  const bytes = typeof source === 'string' ? Buffer.byteLength(source) : source.byteLength;
  if (bytes > MAX_FILE_BYTES) return { problems: [{ file, ...fileTooLarge(bytes) }] };
  const text = typeof source === 'string' ? source : new TextDecoder().decode(source);

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const nodeLine = (node: unknown) => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? lineAt(range[0]) : undefined;
  };

  const error = doc.errors[0];
  if (error) return { problems: [{ file, line: lineAt(error.pos[0]), ...describeYamlError(error.code) }] };

  const problems: Problem[] = [];
  visit(doc, (_key, node, path) => {
    // The top-level field the node is in, when there is one: [document, map, pair, …].
    const pair = path[2];
    const field = isPair(pair) && isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (isAlias(node)) {
      problems.push({
        file,
        line: nodeLine(node),
        field,
        message: `Een verwijzing (*${node.source}) is in dit bestand niet toegestaan.`,
        hint: 'Schrijf de waarde voluit.',
      });
      return;
    }
    if (!isScalar(node) && !isCollection(node)) return;
    if (node.anchor) {
      problems.push({
        file,
        line: nodeLine(node),
        field,
        message: `Een anker (&${node.anchor}) is in dit bestand niet toegestaan.`,
        hint: `Haal &${node.anchor} weg.`,
      });
    }
    if (node.tag && !STANDARD_TAGS.has(node.tag)) {
      const tag = node.tag.replace('tag:yaml.org,2002:', '!!');
      problems.push({
        file,
        line: nodeLine(node),
        field,
        message: `Het label ${tag} is in dit bestand niet toegestaan.`,
        hint: `Haal ${tag} weg en schrijf gewone tekst.`,
      });
    }
  });
  for (const warning of doc.warnings) {
    // Unknown tags are reported above, with the tag named.
    if (warning.code === 'TAG_RESOLVE_FAILED') continue;
    problems.push({ file, line: lineAt(warning.pos[0]), ...describeYamlError(warning.code) });
  }
  if (problems.length > 0) return { problems };

  if (!isMap(doc.contents)) {
    return {
      problems: [
        {
          file,
          message: 'Dit bestand bevat geen velden.',
          hint: `Zet elk veld op een eigen regel, zo: ${EXAMPLES.titel}`,
        },
      ],
    };
  }
  const keyLines = new Map<unknown, number | undefined>(
    doc.contents.items.map((pair) => [isScalar(pair.key) ? pair.key.value : pair.key, nodeLine(pair.key)]),
  );

  const parsed = siteIdentitySchema.safeParse(doc.toJS(), { reportInput: true });
  if (parsed.success) return { config: parsed.data, problems: [] };
  return {
    problems: parsed.error.issues.flatMap((issue) =>
      describeSiteIssue(issue).map((described) => ({
        file,
        line: keyLines.get(described.path[0]),
        field: described.field,
        message: described.message,
        hint: described.hint,
      })),
    ),
  };
}

/** Dutch messages for the site identity: the wording of the content schemas, hints for this file. */
export function describeSiteIssue(issue: z.core.$ZodIssue): DescribedIssue[] {
  if (issue.code === 'unrecognized_keys') {
    return describeIssue(issue).map((described) => ({
      ...described,
      hint: `Verwijder het veld. Dit bestand kent alleen: ${SITE_FIELDS.join(', ')}.`,
    }));
  }
  const ownHint = issue.code === 'custom' ? (issue.params?.hint as string | undefined) : undefined;
  return describeIssue(issue).map((described) => {
    const example = EXAMPLES[described.field];
    return { ...described, hint: ownHint ?? (example ? `Schrijf het zo: ${example}` : described.hint) };
  });
}

function describeYamlError(code: string): { message: string; hint?: string } {
  switch (code) {
    case 'DUPLICATE_KEY':
      return { message: 'Een veld staat twee keer in dit bestand.', hint: 'Haal een van de twee weg.' };
    case 'MULTIPLE_DOCS':
      return { message: 'Dit bestand bevat een regel met alleen ---.', hint: 'Haal die regel weg.' };
    default:
      return {
        message: `Dit bestand is niet te lezen (YAML-fout ${code}).`,
        hint: 'Controleer dubbele punten, aanhalingstekens en inspringing. Zet elk veld op een eigen regel.',
      };
  }
}
