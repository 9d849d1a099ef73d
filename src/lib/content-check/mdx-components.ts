// The boxes an MDX text may contain (<Tip>, <Praktijk>, <Info>, <Hulpmiddel />, from the registry):
// what the scan reports about each, and the shape of the scan's findings.
import { COMPONENTS, EMBED_COLLECTIONS, type EmbedComponent } from '../../schemas/registry.ts';

/** Components an MDX body may use, and the attributes each takes (from the registry). */
export const ALLOWED_COMPONENTS: Record<string, readonly string[]> = Object.fromEntries(
  Object.entries(COMPONENTS).map(([name, component]) => [name, component.attributes]),
);

export interface Embed {
  component: EmbedComponent;
  id: string;
  line?: number;
}
export interface Link {
  url: string;
  line?: number;
}
export interface Violation {
  line?: number;
  message: string;
  hint?: string;
}
export interface MdxScan {
  embeds: Embed[];
  /** Links to pages of this site (site paths), to check that they exist. */
  links: Link[];
  /** Images, as site paths under /afbeeldingen/, to check that the file exists. */
  images: Link[];
  violations: Violation[];
  /** True when the body has no text at all. */
  empty: boolean;
  /** True once a <Hulpmiddel /> is found (it may stand only once). */
  toolPlaced?: boolean;
}

export interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
export interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  position?: { start: { line: number } };
}

function containsBox(node: unknown): boolean {
  return ((node as { children?: unknown[] }).children ?? []).some(
    (child) => /^mdxJsx/.test((child as { type: string }).type) || containsBox(child),
  );
}

export function checkJsx(node: JsxNode, line: number | undefined, allowed: readonly string[], scan: MdxScan) {
  const name = node.name ?? '';
  if (!allowed.includes(name)) {
    const dangerous = /^(script|style|iframe|object|embed|link|meta|form)$/i.test(name);
    scan.violations.push({
      line,
      message: dangerous
        ? `<${name}> is niet toegestaan: het kan code of inhoud van buiten in de site brengen.`
        : name === ''
          ? 'Lege tags <> </> zijn niet toegestaan.'
          : `Het onderdeel <${name}> is hier niet toegestaan.`,
      hint: `Toegestaan zijn: ${allowed.map((component) => `<${component}>`).join(', ')} en gewone Markdown.`,
    });
    return;
  }
  if (containsBox(node)) {
    scan.violations.push({
      line,
      message: `In <${name}> staat een ander kader; kaders kunnen niet in elkaar staan.`,
      hint: 'Zet de kaders onder elkaar.',
    });
    return;
  }
  if (node.type === 'mdxJsxTextElement') {
    scan.violations.push({
      line,
      message: `<${name}> staat midden in een zin of op dezelfde regel als andere tekst.`,
      hint: `Zet <${name} …> op een eigen regel, met een lege regel erboven en eronder.`,
    });
    return;
  }
  const values: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
      scan.violations.push({
        line,
        message: `<${name}> heeft een attribuut met code ({…}); dat is niet toegestaan.`,
        hint: `Schrijf attributen als tekst tussen aanhalingstekens, bijvoorbeeld <${name} id="formeer-duos" />.`,
      });
      continue;
    }
    if (/^on/i.test(attribute.name)) {
      scan.violations.push({
        line,
        message: `Het attribuut "${attribute.name}" (een event-handler) is niet toegestaan.`,
      });
      continue;
    }
    if (typeof attribute.value !== 'string') {
      scan.violations.push({
        line,
        message: `Het attribuut "${attribute.name}" van <${name}> moet tekst tussen aanhalingstekens zijn.`,
      });
      continue;
    }
    if (!ALLOWED_COMPONENTS[name]?.includes(attribute.name)) {
      scan.violations.push({
        line,
        message: `<${name}> kent het attribuut "${attribute.name}" niet.`,
        hint: ALLOWED_COMPONENTS[name]?.length
          ? `Gebruik: ${ALLOWED_COMPONENTS[name].join(', ')}.`
          : `Schrijf alleen <${name} />.`,
      });
      continue;
    }
    values[attribute.name] = attribute.value;
  }
  if (name === 'Hulpmiddel') {
    // The page puts the tool where this stands; twice would draw the same form twice.
    if (scan.toolPlaced) {
      scan.violations.push({
        line,
        message: '<Hulpmiddel /> staat meer dan één keer in de tekst.',
        hint: 'Laat één <Hulpmiddel /> staan, op de plek waar het formulier moet komen.',
      });
    }
    scan.toolPlaced = true;
  }
  if (name in EMBED_COLLECTIONS) {
    if (values.id) scan.embeds.push({ component: name as EmbedComponent, id: values.id, line });
    else
      scan.violations.push({
        line,
        message: `<${name}> mist het attribuut id.`,
        hint: `Bijvoorbeeld <${name} id="…" />.`,
      });
  }
}
