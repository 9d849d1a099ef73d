// A draft implementation plan, modelled on the plan of Zwijndrecht (2017–2018): a measurable goal,
// someone who keeps the overview, themes with activities (what, when, budget), a budget per theme
// and an evaluation. The user picks themes and the tips and actions that fit; this module turns
// that choice into a plan, adds up the budget and writes the plan as Markdown.

export type Soort = 'actie' | 'tip' | 'eigen';

/** A tip or preventive action that can go into the plan. */
export interface Item {
  soort: Exclude<Soort, 'eigen'>;
  id: string;
  titel: string;
  /** Absolute URL of its page, for the export. */
  url: string;
}

export interface Regel {
  /** `tip:formeer-duos`, `actie:05-opvoedondersteuning` or `eigen:1`. */
  sleutel: string;
  wat: string;
  wanneer: string;
  /** As typed: "15.000", "€ 7.000", or empty. */
  budget: string;
  /** Where the activity comes from, if from the handreiking. */
  bron?: Item;
}

export interface ThemaPlan {
  id: string;
  titel: string;
  regels: Regel[];
}

export interface Plan {
  titel: string;
  gemeente: string;
  periode: string;
  doel: string;
  trekker: string;
  evaluatie: string;
  themas: ThemaPlan[];
}

export interface ThemaKeuze {
  id: string;
  titel: string;
  items: Item[];
}

export const STANDAARD_TITEL = 'Uitvoeringsplan aanpak kindermishandeling';

export function legePlan(): Plan {
  return { titel: STANDAARD_TITEL, gemeente: '', periode: '', doel: '', trekker: '', evaluatie: '', themas: [] };
}

export function itemSleutel(item: Item): string {
  return `${item.soort}:${item.id}`;
}

/**
 * The items per theme: the preventive actions in their order, then the tips by title. An item
 * with more than one theme appears under each.
 */
export function catalogus<T extends { id: string; titel: string }>(
  themas: T[],
  items: (Item & { themas: string[] })[],
): ThemaKeuze[] {
  const volgorde = (item: Item) => (item.soort === 'actie' ? 0 : 1);
  return themas.map((thema) => ({
    id: thema.id,
    titel: thema.titel,
    items: items
      .filter((item) => item.themas.includes(thema.id))
      .map(({ soort, id, titel, url }) => ({ soort, id, titel, url }))
      .sort(
        (a, b) =>
          volgorde(a) - volgorde(b) ||
          (a.soort === 'actie' ? a.id.localeCompare(b.id) : a.titel.localeCompare(b.titel, 'nl')),
      ),
  }));
}

/**
 * Makes the draft plan from the chosen themes and items. With the previous plan, whatever the user
 * already typed stays: the general fields, the rows of items still chosen, and their own rows.
 */
export function maakConcept(keuzes: ThemaKeuze[], vorig: Plan = legePlan()): Plan {
  const themas = keuzes.map((keuze) => {
    const oud = vorig.themas.find((thema) => thema.id === keuze.id);
    const oudeRegels = new Map((oud?.regels ?? []).map((regel) => [regel.sleutel, regel]));
    const regels: Regel[] = keuze.items.map((item) => {
      const sleutel = itemSleutel(item);
      return oudeRegels.get(sleutel) ?? { sleutel, wat: item.titel, wanneer: '', budget: '', bron: item };
    });
    const eigen = (oud?.regels ?? []).filter((regel) => regel.sleutel.startsWith('eigen:'));
    return { id: keuze.id, titel: keuze.titel, regels: [...regels, ...eigen] };
  });
  return { ...vorig, themas };
}

/** A new empty row of the user's own, with a key no other row has. */
export function eigenRegel(plan: Plan): Regel {
  const gebruikt = new Set(plan.themas.flatMap((thema) => thema.regels.map((regel) => regel.sleutel)));
  let nummer = 1;
  while (gebruikt.has(`eigen:${nummer}`)) nummer += 1;
  return { sleutel: `eigen:${nummer}`, wat: '', wanneer: '', budget: '' };
}

export const BEDRAG_MELDING =
  "Vul het bedrag in hele euro's in, bijvoorbeeld 15000 of 15.000. Laat het veld leeg als er geen budget nodig is.";

const BEDRAG = /^(?:€\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(?:-|00?))?$/;

/** "15000", "15.000", "€ 15.000" and "15.000,-" are 15000; empty is 0; anything else undefined. */
export function leesBedrag(tekst: string): number | undefined {
  const schoon = tekst
    .trim()
    .replace(/[\u00a0\u202f ]+/g, ' ')
    .replace(/^€ /, '€');
  if (schoon === '') return 0;
  const match = BEDRAG.exec(schoon);
  return match ? Number(match[1]!.replace(/\./g, '')) : undefined;
}

const EURO = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

/** "€ 13.500". */
export function formatBedrag(bedrag: number): string {
  return `€ ${EURO.format(bedrag)}`;
}

export interface PlanFout {
  themaId: string;
  sleutel: string;
  melding: string;
}

export function valideer(plan: Plan): PlanFout[] {
  return plan.themas.flatMap((thema) =>
    thema.regels
      .filter((regel) => leesBedrag(regel.budget) === undefined)
      .map((regel) => ({ themaId: thema.id, sleutel: regel.sleutel, melding: BEDRAG_MELDING })),
  );
}

export interface Totalen {
  perThema: Record<string, number>;
  totaal: number;
  /** Rows whose budget could not be read; they are left out of the sums. */
  onleesbaar: number;
}

export function totalen(plan: Plan): Totalen {
  const perThema: Record<string, number> = {};
  let onleesbaar = 0;
  for (const thema of plan.themas) {
    perThema[thema.id] = thema.regels.reduce((som, regel) => {
      const bedrag = leesBedrag(regel.budget);
      if (bedrag === undefined) onleesbaar += 1;
      return som + (bedrag ?? 0);
    }, 0);
  }
  return { perThema, totaal: Object.values(perThema).reduce((som, value) => som + value, 0), onleesbaar };
}

/** A title as link text: brackets and backslashes escaped, so a title can never add a link of its own. */
export function linkTekst(tekst: string): string {
  return tekst.replace(/[\\[\]()<>]/g, (teken) => `\\${teken}`);
}

function cel(tekst: string): string {
  return tekst
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

function budgetCel(tekst: string): string {
  const bedrag = leesBedrag(tekst);
  if (tekst.trim() === '') return '';
  return bedrag === undefined ? cel(tekst) : formatBedrag(bedrag);
}

export interface MarkdownOpties {
  /** Absolute URL of the handreiking, for the closing line. */
  handreiking?: string;
  /** Absolute URL of the Zwijndrecht example. */
  voorbeeld?: string;
}

const NOG_INVULLEN = '_Nog invullen._';

/** The plan as a Markdown document, in the order of the Zwijndrecht plan. */
export function naarMarkdown(plan: Plan, opties: MarkdownOpties = {}): string {
  const regels: string[] = [];
  const titel = plan.titel.trim() || STANDAARD_TITEL;
  regels.push(`# ${titel}${plan.gemeente.trim() ? ` – ${plan.gemeente.trim()}` : ''}`, '');
  if (plan.periode.trim()) regels.push(`Periode: ${plan.periode.trim()}`, '');

  regels.push('## Doel', '', plan.doel.trim() || NOG_INVULLEN, '');
  regels.push('## Wie voert het plan uit?', '', plan.trekker.trim() || NOG_INVULLEN, '');

  const som = totalen(plan);
  plan.themas.forEach((thema, index) => {
    regels.push(`## Thema ${index + 1}: ${thema.titel}`, '');
    if (thema.regels.length === 0) {
      regels.push('_Nog geen activiteiten._', '');
      return;
    }
    regels.push('| Activiteit | Planning | Budget |', '| --- | --- | ---: |');
    for (const regel of thema.regels) {
      regels.push(`| ${cel(regel.wat) || '–'} | ${cel(regel.wanneer)} | ${budgetCel(regel.budget)} |`);
    }
    regels.push(`| **Totaal** | | **${formatBedrag(som.perThema[thema.id] ?? 0)}** |`, '');
    const bronnen = thema.regels.flatMap((regel) => (regel.bron ? [regel.bron] : []));
    if (bronnen.length > 0) {
      regels.push('Uit de handreiking:', '');
      for (const bron of bronnen)
        regels.push(`- ${bron.soort === 'tip' ? 'Tip' : 'Preventieve actie'}: [${linkTekst(bron.titel)}](${bron.url})`);
      regels.push('');
    }
  });

  if (plan.themas.length > 0) {
    regels.push('## Begroting', '', '| Thema | Budget |', '| --- | ---: |');
    for (const thema of plan.themas)
      regels.push(`| ${cel(thema.titel)} | ${formatBedrag(som.perThema[thema.id] ?? 0)} |`);
    regels.push(`| **Totaal** | **${formatBedrag(som.totaal)}** |`, '');
    if (som.onleesbaar > 0)
      regels.push(
        `Let op: ${som.onleesbaar === 1 ? 'één bedrag is' : `${som.onleesbaar} bedragen zijn`} niet meegeteld, omdat ze niet als bedrag te lezen zijn.`,
        '',
      );
  }

  regels.push('## Evaluatie', '', plan.evaluatie.trim() || NOG_INVULLEN, '');
  const voetnoot = ['Opgesteld met de handreiking kindermishandeling'];
  if (opties.handreiking) voetnoot[0] = `Opgesteld met de [handreiking kindermishandeling](${opties.handreiking})`;
  if (opties.voorbeeld) voetnoot.push(`naar het voorbeeld van het [plan van Zwijndrecht](${opties.voorbeeld})`);
  regels.push('---', '', `${voetnoot.join(', ')}.`, '');
  return regels.join('\n');
}

/** `uitvoeringsplan-zwijndrecht.md`, or `uitvoeringsplan.md` without a municipality. */
export function bestandsnaam(plan: Plan): string {
  const gemeente = plan.gemeente
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return gemeente ? `uitvoeringsplan-${gemeente}.md` : 'uitvoeringsplan.md';
}
