// Which tips and practice examples help with a preventive action. Nothing is added to the content:
// the links are computed from what is there: shared words (in the title counting most, then the
// summary, then the full text) and shared themes. Words that occur in many texts count little (IDF),
// and common words not at all, so "gemeente" or "kinderen" never make a match; nor does a theme that
// every action has (preventie). Tuned on the real content: see verwant.test.ts.

export interface Tekststuk {
  collection: string;
  id: string;
  titel: string;
  /** Summary or explanation. */
  tekst: string;
  /** The full text (MDX body), if any; it counts for less than title and summary. */
  inhoud?: string;
  themas: string[];
  preventieniveau?: string;
}

export interface Verwant {
  collection: string;
  id: string;
  score: number;
  /** The shared words (stems) and themes that made the match, for tests and for tuning. */
  woorden: string[];
  themas: string[];
}

export interface Opties {
  /** At most this many results per collection. */
  max: number;
  /** Minimum score for a match. */
  drempel: number;
  /** Themes that say nothing here because every action has them. */
  negeerThemas: ReadonlySet<string>;
}

export const STANDAARD_OPTIES: Opties = { max: 3, drempel: 4, negeerThemas: new Set() };

const THEMA_GEWICHT = 1.5;
const NIVEAU_GEWICHT = 0.5;
const TITEL_GEWICHT = 2;
const INHOUD_GEWICHT = 0.4;

// Common Dutch words, and words every text here uses.
const STOPWOORDEN = new Set(
  (
    'aan al alle alleen als ander andere bij binnen dan dat de deze die dit door een eerst en er ervoor ' +
    'geen goed heeft hebben het hoe hun ieder in is je kan kunnen maar meer met mogelijk na naar niet nog ' +
    'of om onder ook op over per te tegen toe tot uit van veel voor waar wat welke wie wil worden wordt zich ' +
    'zij zijn zo zodat zoals zonder zorgt zorgen daarvoor daarbij hierbij bijvoorbeeld gemeente gemeenten ' +
    'kind kinderen kindermishandeling mishandeling ' +
    // Verbs and words that say little about the subject.
    'bijna zien ziet krijgen krijgt komen komt kom werk werken werkt maken maakt vaak zelf hen hem haar ' +
    'gebeurt gebeuren helpt helpen waarin zet zetten aanpak gericht gerichte manier vast vaste leren leert ' +
    'vertelt vertellen vragen vraag terecht terechtkunnen ernstige belangrijke belangrijk eerder eigen samen ' +
    'nieuwe gaat gaan staat staan kiest kiezen weten weet willen moeten moet hele heel twee drie jaar ' +
    'meeste sommige steeds soms want omdat wanneer daarom daarna zelfs echt elkaar iets niets iemand ' +
    'hulp zorg gezin gezinnen organisaties organisatie professionals thuis situatie partner partners beeld ' +
    'gebruikt gebruik gebruiken kent kennen lijn lijnen volgen passend passende meegemaakt informatie ' +
    'veilig voorkomen voorkomt stappen stap functie nji relevante positieve positief'
  ).split(' '),
);

// Words that mean the same here; the left one is replaced by the right one.
const SYNONIEMEN: Record<string, string> = {
  jeugdgezondheidszorg: 'jgz',
  consultatiebureau: 'jgz',
  verloskundigen: 'geboortezorg',
  verloskundige: 'geboortezorg',
  verloskundigenpraktijken: 'geboortezorg',
  kraamzorg: 'geboortezorg',
  prenatale: 'zwanger',
  zwangere: 'zwanger',
  zwangerschap: 'zwanger',
  baby: 'jonge',
  moeders: 'ouder',
  moeder: 'ouder',
  ouders: 'ouder',
  aandachtsfunctionarissen: 'aandachtsfunctionaris',
  vechtscheidingen: 'scheiding',
  echtscheidingen: 'scheiding',
  scheidingen: 'scheiding',
  'psycho-educatie': 'psychoeducatie',
  voorlichtingsaanbod: 'voorlichting',
  publieksvoorlichting: 'voorlichting',
  trainingen: 'training',
  traint: 'training',
  trainen: 'training',
};

const SUFFIXEN = ['ingen', 'ing', 'en', 'es', 'e', 's'];

/** Lower case, without accents, synonyms replaced and a light Dutch stemmer. */
export function stam(woord: string): string {
  const schoon = woord
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  const woordStam = SYNONIEMEN[schoon] ?? schoon;
  for (const suffix of SUFFIXEN) {
    if (woordStam.endsWith(suffix) && woordStam.length - suffix.length >= 4) return woordStam.slice(0, -suffix.length);
  }
  return woordStam;
}

/** The meaningful stems of a text, each once. */
export function woorden(tekst: string): Set<string> {
  const result = new Set<string>();
  const kaleTekst = tekst
    .replace(/\]\([^)]*\)/g, ' ') // link targets in Markdown
    .replace(/<[^>]*>/g, ' ') // HTML tags (the rendered text) and MDX components
    .replace(/&(?:[a-z]+|#x?[0-9a-f]+);/gi, ' ') // character references in HTML
    .replace(/\[\^[^\]]*\]/g, ' ') // footnote markers
    .replace(/veilig thuis/gi, 'veiligthuis'); // the organisation, not the words
  for (const woord of kaleTekst.toLowerCase().match(/[\p{L}\d'-]+/gu) ?? []) {
    const kaal = woord.replace(/^['-]+|['-]+$/g, '').replace(/'s$/, '');
    if (STOPWOORDEN.has(kaal)) continue;
    const gestamd = stam(kaal);
    if (gestamd.length < 3 || STOPWOORDEN.has(gestamd)) continue;
    result.add(gestamd);
  }
  return result;
}

/**
 * Themes shared by every item in the list (for the actions: preventie). They distinguish nothing
 * and are ignored when matching.
 */
export function gedeeldeThemas(items: { themas: string[] }[]): Set<string> {
  const [first, ...rest] = items;
  if (!first) return new Set();
  return new Set(first.themas.filter((thema) => rest.every((item) => item.themas.includes(thema))));
}

interface Index {
  items: { stuk: Tekststuk; gewichten: Map<string, number> }[];
  idf: Map<string, number>;
}

/** One index per list of candidates: the zelfscan asks for twelve actions against the same list. */
const indexen = new WeakMap<Tekststuk[], Index>();

function indexeer(kandidaten: Tekststuk[]): Index {
  const bekend = indexen.get(kandidaten);
  if (bekend) return bekend;
  const index = maakIndex(kandidaten);
  indexen.set(kandidaten, index);
  return index;
}

function maakIndex(kandidaten: Tekststuk[]): Index {
  const items = kandidaten.map((stuk) => {
    // Each word counts once, with the weight of the most prominent place it occurs in.
    const gewichten = new Map<string, number>();
    for (const woord of woorden(stuk.inhoud ?? '')) gewichten.set(woord, INHOUD_GEWICHT);
    for (const woord of woorden(stuk.tekst)) gewichten.set(woord, 1);
    for (const woord of woorden(stuk.titel)) gewichten.set(woord, TITEL_GEWICHT);
    return { stuk, gewichten };
  });
  const df = new Map<string, number>();
  for (const item of items) {
    for (const woord of item.gewichten.keys()) df.set(woord, (df.get(woord) ?? 0) + 1);
  }
  const idf = new Map([...df].map(([woord, aantal]) => [woord, Math.log((items.length + 1) / aantal)]));
  return { items, idf };
}

/**
 * The tips and practice examples (or anything else in `kandidaten`) that fit `doel` best, per
 * collection the best `max` with at least `drempel` points, best first.
 */
export function verwant(doel: Tekststuk, kandidaten: Tekststuk[], opties: Partial<Opties> = {}): Verwant[] {
  const { max, drempel, negeerThemas } = { ...STANDAARD_OPTIES, ...opties };
  const index = indexeer(kandidaten);
  const doelWoorden = new Set([...woorden(doel.titel), ...woorden(doel.tekst)]);
  const doelThemas = doel.themas.filter((thema) => !negeerThemas.has(thema));

  const scored = index.items.map(({ stuk, gewichten }) => {
    const gedeeld = [...doelWoorden].filter((woord) => gewichten.has(woord));
    const woordScore = gedeeld.reduce((som, woord) => som + (index.idf.get(woord) ?? 0) * gewichten.get(woord)!, 0);
    const themas = doelThemas.filter((thema) => stuk.themas.includes(thema));
    const niveau = doel.preventieniveau && stuk.preventieniveau === doel.preventieniveau ? NIVEAU_GEWICHT : 0;
    return {
      collection: stuk.collection,
      id: stuk.id,
      score: Math.round((woordScore + themas.length * THEMA_GEWICHT + niveau) * 100) / 100,
      woorden: gedeeld.sort(),
      themas,
    };
  });

  const perCollectie = new Map<string, Verwant[]>();
  for (const item of scored.filter((candidate) => candidate.score >= drempel && candidate.woorden.length > 0)) {
    perCollectie.set(item.collection, [...(perCollectie.get(item.collection) ?? []), item]);
  }
  return [...perCollectie.values()].flatMap((list) =>
    list.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, max),
  );
}
