// Generates a benchmark content folder: a copy of the real content/ plus N synthetic practice examples
// with valid frontmatter and Dutch-looking bodies. Deterministic: example i is the same at every size,
// so the same page can be compared between sizes.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';

const GEMEENTEN = {
  Groningen: ['Groningen', 'Midden-Groningen', 'Het Hogeland'],
  Friesland: ['Leeuwarden', 'Smallingerland', 'Heerenveen'],
  Drenthe: ['Assen', 'Emmen', 'Hoogeveen'],
  Overijssel: ['Zwolle', 'Enschede', 'Deventer'],
  Flevoland: ['Almere', 'Lelystad', 'Noordoostpolder'],
  Gelderland: ['Arnhem', 'Nijmegen', 'Apeldoorn', 'Ede'],
  Utrecht: ['Utrecht', 'Amersfoort', 'Veenendaal'],
  'Noord-Holland': ['Amsterdam', 'Haarlem', 'Zaanstad', 'Alkmaar'],
  'Zuid-Holland': ['Rotterdam', 'Den Haag', 'Leiden', 'Dordrecht'],
  Zeeland: ['Middelburg', 'Vlissingen', 'Goes'],
  'Noord-Brabant': ['Eindhoven', 'Tilburg', 'Breda', "'s-Hertogenbosch"],
  Limburg: ['Maastricht', 'Heerlen', 'Venlo', 'Roermond'],
};
const PLACES = Object.entries(GEMEENTEN).flatMap(([provincie, names]) =>
  names.map((gemeente) => ({ gemeente, provincie })),
);

const TOPICS = [
  'Wijkteams en scholen trekken samen op',
  'Huisbezoeken voor jonge ouders',
  'Een vast aanspreekpunt voor de meldcode',
  'Voorlichting over geweldloos opvoeden',
  'Casusoverleg met politie en Veilig Thuis',
  'Training signaleren voor vrijwilligers',
  'Buurtgesprekken over veilig opgroeien',
  'Monitoring van de aanpak met cijfers',
  'Regionale afspraken over crisishulp',
  'Steun voor kinderen in de vrouwenopvang',
  'Ouders betrekken bij het beleid',
  'Privacy en gegevens delen in de keten',
];
const ORGANISATIES = [
  'Veilig Thuis',
  'GGD',
  'jeugdgezondheidszorg',
  'sociaal wijkteam',
  'politie',
  'basisscholen',
  'kinderopvang',
  'huisartsen',
  'Raad voor de Kinderbescherming',
  'verloskundigen',
];
const ONDERDELEN = [
  'Hoofdstuk 2, Preventie – In de praktijk',
  'Hoofdstuk 3, Signaleren en handelen – In de praktijk',
  'Introductie, Geen geïsoleerd thema – In de praktijk',
  'Hoofdstuk 5, Monitoring en evaluatie – In de praktijk',
];
const SENTENCES = {
  aanleiding: [
    'In {gemeente} zagen professionals dat signalen van kindermishandeling vaak te laat bij elkaar kwamen.',
    'De gemeenteraad van {gemeente} vroeg om een aanpak die dichter bij gezinnen staat.',
    'Uit cijfers van de {org} bleek dat gezinnen met veel stress moeilijk te bereiken waren.',
    'Scholen en wijkteams wisten niet altijd van elkaar wat zij deden.',
    'Ouders gaven aan dat zij niet wisten waar zij met hun vragen over opvoeden terecht konden.',
  ],
  aanpak: [
    'De gemeente {gemeente} maakte afspraken met de {org} over wie wat doet als er zorgen zijn.',
    'Professionals volgen samen een training en bespreken daarna elke maand een casus.',
    'Er is een vast aanspreekpunt gekomen dat professionals kunnen bellen als zij twijfelen.',
    'De aanpak sluit aan bij de meldcode en bij de afspraken in de regio.',
    'Gezinnen krijgen hulp van één hulpverlener, die de andere partijen op de hoogte houdt.',
    'De {org} en de gemeente delen alleen de gegevens die nodig zijn, met toestemming van ouders.',
  ],
  resultaat: [
    'Na een jaar meldden professionals dat zij sneller met elkaar overlegden.',
    'Het aantal gezinnen dat vroeg hulp kreeg, nam toe.',
    'De gemeente evalueert de aanpak elk jaar met de betrokken partners.',
    'Ouders waarderen dat zij hun verhaal maar één keer hoeven te vertellen.',
    'De aanpak wordt nu ook in andere wijken van {gemeente} gebruikt.',
  ],
};

/** Small seeded random generator (mulberry32), so every run writes the same files. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const slug = (text) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f']/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** Id of synthetic example i; only depends on i. */
export function exampleId(i) {
  const { gemeente } = PLACES[i % PLACES.length];
  return `${slug(TOPICS[i % TOPICS.length])}-${slug(gemeente)}-${String(i).padStart(5, '0')}`;
}

/** Ids and titles of the real entries in one folder (MDX frontmatter or YAML). */
function readEntries(contentDir, folder) {
  const dir = join(contentDir, folder);
  return readdirSync(dir)
    .filter((name) => /\.(mdx|yaml)$/.test(name))
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const data = YAML.parse(name.endsWith('.mdx') ? text.split(/^---$/m)[1] : text);
      return { id: name.replace(/\.\w+$/, ''), titel: data.titel };
    });
}

function example(i, size, real) {
  const rand = random(i + 1);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const pickSome = (list, min, max) => {
    const count = min + Math.floor(rand() * (max - min + 1));
    return [...new Set(Array.from({ length: count }, () => pick(list)))];
  };
  const { gemeente, provincie } = PLACES[i % PLACES.length];
  const topic = TOPICS[i % TOPICS.length];
  const fill = (sentence) => sentence.replace(/\{gemeente\}/g, gemeente).replace(/\{org\}/g, pick(ORGANISATIES));
  const paragraph = (kind) => pickSome(SENTENCES[kind], 2, 4).map(fill).join(' ');
  const link = (folder, entry) => `[${entry.titel.toLowerCase()}](/${folder}/${entry.id}/)`;

  // Related examples only point forward (i+1, i+2), so example i's page is the same at every size.
  const next = [i + 1, i + 2].filter((j) => j < size).map(exampleId);
  const tips = pickSome(real.tips, 1, 2);
  const data = {
    titel: `${topic} in ${gemeente}`,
    samenvatting: fill(
      `${topic}: in {gemeente} werken gemeente en {org} samen om kindermishandeling eerder te zien en te stoppen.`,
    ).slice(0, 300),
    gemeente,
    provincie,
    jaar: 2015 + (i % 11),
    themas: pickSome(real.themas, 1, 3),
    organisaties: [`Gemeente ${gemeente}`, ...pickSome(ORGANISATIES, 1, 3)],
    preventieniveau: pick(['primair', 'secundair', 'tertiair']),
    bron: { document: 'taskforce-2016', onderdeel: pick(ONDERDELEN) },
    laatstGecontroleerd: '2026-01-15',
    gerelateerd: {
      tips: tips.map((tip) => tip.id),
      ...(next.length ? { praktijkvoorbeelden: next } : {}),
    },
  };
  const body = [
    '## De aanleiding',
    paragraph('aanleiding'),
    `Zie ook het hoofdstuk ${link('hoofdstukken', pick(real.hoofdstukken))}.`,
    `## Wat doet ${gemeente}?`,
    paragraph('aanpak'),
    `${paragraph('aanpak')} De gemeente volgt daarbij de tip ${link('tips', tips[0])}.`,
    '## Wettelijke basis',
    `De gemeente baseert de aanpak op ${link('wetgeving', pick(real.wetsartikelen))}.`,
    '## Resultaat',
    paragraph('resultaat'),
    ...(next.length ? [`Lees ook [een vergelijkbaar voorbeeld](/praktijkvoorbeelden/${next[0]}/).`] : []),
  ].join('\n\n');
  return `---\n${YAML.stringify(data, { lineWidth: 0 })}---\n\n${body}\n`;
}

/** Copies realContentDir to outDir and adds `size` synthetic examples to it. */
export function generateContent(realContentDir, outDir, size) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync(realContentDir, outDir, { recursive: true });
  const real = {
    tips: readEntries(realContentDir, 'tips'),
    hoofdstukken: readEntries(realContentDir, 'hoofdstukken'),
    wetsartikelen: readEntries(realContentDir, 'wetsartikelen'),
    themas: readEntries(realContentDir, 'themas').map((theme) => theme.id),
  };
  for (let i = 0; i < size; i++) {
    writeFileSync(join(outDir, 'praktijkvoorbeelden', `${exampleId(i)}.mdx`), example(i, size, real));
  }
}
