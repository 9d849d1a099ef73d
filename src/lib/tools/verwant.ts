// Which tips and practice examples help with a preventive action. Nothing is added to the content:
// the links are computed from what is there: shared words (in the title counting most, then the
// summary, then the full text) and shared themes. Words that occur in many texts count little (IDF),
// and common words not at all, so "gemeente" or "kinderen" never make a match; nor does a theme that
// every action has (preventie). Tuned on the real content: see verwant.test.ts.
import { stemmer } from '@orama/stemmers/dutch';
import { stopwords as dutchStopWords } from '@orama/stopwords/dutch';

export interface TextPiece {
  collection: string;
  id: string;
  title: string;
  /** Summary or explanation. */
  text: string;
  /** The full text (rendered HTML or MDX body), if any; it counts for less than title and summary. */
  body?: string;
  themes: string[];
  preventionLevel?: string;
}

export interface RelatedItem {
  collection: string;
  id: string;
  score: number;
  /** The shared words (stems) and themes that made the match, for tests and for tuning. */
  words: string[];
  themes: string[];
}

export interface RelatedOptions {
  /** At most this many results per collection. */
  max: number;
  /** Minimum score for a match. */
  threshold: number;
  /** Themes that say nothing here because every action has them. */
  ignoreThemes: ReadonlySet<string>;
}

export const DEFAULT_OPTIONS: RelatedOptions = { max: 3, threshold: 4, ignoreThemes: new Set() };

const THEME_WEIGHT = 1.5;
const LEVEL_WEIGHT = 0.5;
const TITLE_WEIGHT = 2;
const BODY_WEIGHT = 0.4;

// Snowball's Dutch stop words, plus common words it lacks and words every text of this handreiking
// uses, which therefore say nothing about what a text is about.
const STOP_WORDS = new Set([
  ...dutchStopWords,
  ...(
    'alle alleen ander binnen eerst ervoor goed ieder mogelijk per toe waar welke zodat zoals zorgt ' +
    'zorgen daarvoor daarbij hierbij bijvoorbeeld gemeente gemeenten kind kinderen kindermishandeling ' +
    'mishandeling bijna zien ziet krijgen krijgt komen komt kom werk werken werkt maken maakt vaak hen ' +
    'gebeurt gebeuren helpt helpen waarin zet zetten aanpak gericht gerichte manier vast vaste leren leert ' +
    'vertelt vertellen vragen vraag terecht terechtkunnen ernstige belangrijke belangrijk eerder eigen samen ' +
    'nieuwe gaat gaan staat staan kiest kiezen weten weet willen moeten hele heel twee drie jaar ' +
    'meeste sommige steeds soms wanneer daarom daarna zelfs echt elkaar ' +
    'hulp zorg gezin gezinnen organisaties organisatie professionals thuis situatie partner partners beeld ' +
    'gebruikt gebruik gebruiken kent kennen lijn lijnen volgen passend passende meegemaakt informatie ' +
    'veilig voorkomen voorkomt stappen stap functie nji relevante positieve positief'
  ).split(' '),
]);

// Words that mean the same here; the left one is replaced by the right one before stemming.
const SYNONYMS: Record<string, string> = {
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
  train: 'training',
  traint: 'training',
  trainen: 'training',
  // Forms Snowball leaves apart: a short verb beside its -ing noun, and plurals in -ies.
  screen: 'screening',
  screenen: 'screening',
  screenden: 'screening',
  subsidies: 'subsidie',
};

/** Stems already worked out: texts share most of their words, and Snowball took most of the time. */
const stemmed = new Map<string, string>();

/** Lower case, without accents, synonyms replaced, and stemmed with Snowball's Dutch stemmer. */
export function stem(word: string): string {
  const known = stemmed.get(word);
  if (known !== undefined) return known;
  const clean = word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  const result = stemmer(SYNONYMS[clean] ?? clean);
  stemmed.set(word, result);
  return result;
}

/** The meaningful stems of a text, each once. */
export function stems(text: string): Set<string> {
  const result = new Set<string>();
  const plainText = text
    .replace(/\]\([^)]*\)/g, ' ') // link targets in Markdown
    .replace(/<[^>]*>/g, ' ') // HTML tags (the rendered text) and MDX components
    .replace(/&(?:[a-z]+|#x?[0-9a-f]+);/gi, ' ') // character references in HTML
    .replace(/\[\^[^\]]*\]/g, ' ') // footnote markers
    .replace(/veilig thuis/gi, 'veiligthuis'); // the organisation, not the words
  for (const token of plainText.toLowerCase().match(/[\p{L}\d'-]+/gu) ?? []) {
    const word = token.replace(/^['-]+|['-]+$/g, '').replace(/'s$/, '');
    if (STOP_WORDS.has(word)) continue;
    const stemmed = stem(word);
    if (stemmed.length < 3 || STOP_WORDS.has(stemmed)) continue;
    result.add(stemmed);
  }
  return result;
}

/**
 * Themes shared by every item in the list (for the actions: preventie). They distinguish nothing
 * and are ignored when matching.
 */
export function sharedThemes(items: { themes: string[] }[]): Set<string> {
  const [first, ...rest] = items;
  if (!first) return new Set();
  return new Set(first.themes.filter((theme) => rest.every((item) => item.themes.includes(theme))));
}

interface Index {
  items: { piece: TextPiece; weights: Map<string, number> }[];
  idf: Map<string, number>;
}

/** One index per list of candidates: the zelfscan asks for twelve actions against the same list. */
const indexes = new WeakMap<TextPiece[], Index>();

function indexFor(candidates: TextPiece[]): Index {
  const known = indexes.get(candidates);
  if (known) return known;
  const index = buildIndex(candidates);
  indexes.set(candidates, index);
  return index;
}

function buildIndex(candidates: TextPiece[]): Index {
  const items = candidates.map((piece) => {
    // Each word counts once, with the weight of the most prominent place it occurs in.
    const weights = new Map<string, number>();
    for (const word of stems(piece.body ?? '')) weights.set(word, BODY_WEIGHT);
    for (const word of stems(piece.text)) weights.set(word, 1);
    for (const word of stems(piece.title)) weights.set(word, TITLE_WEIGHT);
    return { piece, weights };
  });
  const documentFrequency = new Map<string, number>();
  for (const item of items) {
    for (const word of item.weights.keys()) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  }
  const idf = new Map([...documentFrequency].map(([word, count]) => [word, Math.log((items.length + 1) / count)]));
  return { items, idf };
}

/**
 * The tips and practice examples (or anything else in `candidates`) that fit `target` best, per
 * collection the best `max` with at least `threshold` points, best first.
 */
export function relatedItems(
  target: TextPiece,
  candidates: TextPiece[],
  options: Partial<RelatedOptions> = {},
): RelatedItem[] {
  const { max, threshold, ignoreThemes } = { ...DEFAULT_OPTIONS, ...options };
  const index = indexFor(candidates);
  const targetWords = new Set([...stems(target.title), ...stems(target.text)]);
  const targetThemes = target.themes.filter((theme) => !ignoreThemes.has(theme));

  const scored = index.items.map(({ piece, weights }) => {
    const shared = [...targetWords].filter((word) => weights.has(word));
    const wordScore = shared.reduce((sum, word) => sum + (index.idf.get(word) ?? 0) * weights.get(word)!, 0);
    const themes = targetThemes.filter((theme) => piece.themes.includes(theme));
    const level = target.preventionLevel && piece.preventionLevel === target.preventionLevel ? LEVEL_WEIGHT : 0;
    return {
      collection: piece.collection,
      id: piece.id,
      score: Math.round((wordScore + themes.length * THEME_WEIGHT + level) * 100) / 100,
      words: shared.sort(),
      themes,
    };
  });

  const perCollection = new Map<string, RelatedItem[]>();
  for (const item of scored.filter((candidate) => candidate.score >= threshold && candidate.words.length > 0)) {
    perCollection.set(item.collection, [...(perCollection.get(item.collection) ?? []), item]);
  }
  return [...perCollection.values()].flatMap((list) =>
    list.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, max),
  );
}
