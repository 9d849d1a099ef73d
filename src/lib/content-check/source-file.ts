// Reads one content file: YAML (data collections) or MDX with YAML frontmatter.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';

export interface SourceFile {
  /** The parsed YAML data (frontmatter for MDX), or undefined when it could not be parsed. */
  data: unknown;
  body: string;
  /** 1-based line in the file where the body starts (0 for YAML files). */
  bodyLine: number;
  /** Line of a field path such as ['themas', 1], for messages. */
  lineOf(path: ReadonlyArray<string | number>): number | undefined;
  syntaxError?: { line?: number; message: string };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function readSource(text: string, kind: 'mdx' | 'yaml'): SourceFile {
  let yamlText = text;
  let body = '';
  let yamlStartLine = 1;
  let bodyLine = 0;
  if (kind === 'mdx') {
    const match = FRONTMATTER.exec(text);
    if (!match) {
      return {
        data: undefined,
        body: text,
        bodyLine: 1,
        lineOf: () => undefined,
        syntaxError: {
          line: 1,
          message: 'Het bestand begint niet met gegevens tussen twee regels "---".',
        },
      };
    }
    yamlText = match[1] ?? '';
    yamlStartLine = 2;
    body = text.slice(match[0].length);
    bodyLine = match[0].split('\n').length;
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + yamlStartLine - 1;
  const lineOf = (path: ReadonlyArray<string | number>) => lineOfPath(doc, path, toFileLine);

  const error = doc.errors[0];
  if (error) {
    return {
      data: undefined,
      body,
      bodyLine,
      lineOf,
      syntaxError: { line: toFileLine(error.pos[0]), message: describeYamlError(error.code) },
    };
  }
  const forbidden = findForbiddenYaml(doc);
  if (forbidden) {
    return {
      data: undefined,
      body,
      bodyLine,
      lineOf,
      syntaxError: {
        line: forbidden.offset === undefined ? yamlStartLine : toFileLine(forbidden.offset),
        message: forbidden.message,
      },
    };
  }
  return { data: doc.toJS(), body, bodyLine, lineOf };
}

/**
 * Editors only need plain YAML. Anchors and aliases allow an "alias bomb" (a few lines that expand to
 * gigabytes) and tags (!!js/function, !!binary, !eigen) make values that are not text, numbers or
 * lists; both are rejected before the data is ever built.
 */
function findForbiddenYaml(doc: Document): { offset?: number; message: string } | undefined {
  let found: { offset?: number; message: string } | undefined;
  const offsetOf = (node: unknown) => (node as { range?: [number] } | null)?.range?.[0];
  visit(doc, {
    Alias(_key, node) {
      found = {
        offset: offsetOf(node),
        message: `Verwijzingen in YAML (*${node.source}) zijn niet toegestaan.`,
      };
      return visit.BREAK;
    },
    Node(_key, node) {
      if (node.anchor) {
        found = { offset: offsetOf(node), message: `Ankers in YAML (&${node.anchor}) zijn niet toegestaan.` };
        return visit.BREAK;
      }
      if (node.tag) {
        found = {
          offset: offsetOf(node),
          message: `Labels in YAML (zoals ${node.tag.replace('tag:yaml.org,2002:', '!!')}) zijn niet toegestaan.`,
        };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (found) found.message += ' Schrijf elke waarde gewoon uit.';
  return found;
}

function describeYamlError(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'Een veld staat twee keer in de gegevens.';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'De inspringing of opmaak van de gegevens klopt niet.';
    default:
      return `De gegevens (YAML) zijn niet te lezen (${code}). Controleer dubbele punten, aanhalingstekens en inspringing.`;
  }
}

/** Finds the line of the deepest node along `path` that exists, so a message points close by. */
function lineOfPath(
  doc: Document,
  path: ReadonlyArray<string | number>,
  toFileLine: (offset: number) => number,
): number | undefined {
  let node: unknown = doc.contents;
  let line: number | undefined = rangeLine(node, toFileLine);
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (!pair) break;
      line = rangeLine(pair.key, toFileLine) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      line = rangeLine(node, toFileLine) ?? line;
    } else {
      break;
    }
  }
  return line;
}

function rangeLine(node: unknown, toFileLine: (offset: number) => number): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? toFileLine(range[0]) : undefined;
}
