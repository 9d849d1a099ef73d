// "Reken maar even mee": how many children in a municipality face abuse each year, after the
// voorwoord of the handreiking (230 minors per 1,000 inhabitants, about 3% of them each year).
// Plain functions, shared by the page (worked example at build time) and the browser script.

/** A school class, to make the number concrete. */
export const KLAS_GROOTTE = 25;

/** Hardly a municipality, but a region or the whole country may be entered: the Netherlands has under 20 million. */
export const MAX_INWONERS = 20_000_000;

/** Share of minors in the population, in percent. */
export const AANDEEL_MINDERJARIGEN = {
  /** Voorwoord of the handreiking: "van elke 1.000 burgers … circa 230 minderjarig". */
  handreiking: 23,
  /** CBS, the Netherlands on 1 January 2020: about 3.4 million of 17.4 million inhabitants were under 18. */
  cbs: 19,
} as const;

/** Children facing abuse per year, in percent of all minors: the handreiking's "circa 3%". */
export const STANDAARD_PREVALENTIE = 3;

export type AandeelKeuze = keyof typeof AANDEEL_MINDERJARIGEN | 'eigen';
export type Veld = 'inwoners' | 'eigenAandeel' | 'prevalentie';

/** What the form holds: text as typed. */
export interface Invoer {
  inwoners: string;
  aandeel: AandeelKeuze;
  eigenAandeel?: string;
  prevalentie?: string;
}

export interface Waarden {
  inwoners: number;
  aandeelProcent: number;
  prevalentieProcent: number;
}

export interface Fout {
  veld: Veld;
  melding: string;
}

export type Validatie = { ok: true; waarden: Waarden } | { ok: false; fouten: Fout[] };

export interface Uitkomst extends Waarden {
  /** Not rounded: 5,000 × 23% = 1,150. */
  minderjarigen: number;
  /** Not rounded: 1,150 × 3% = 34.5. */
  kinderen: number;
  /** Children facing abuse per 1,000 inhabitants: 6.9 with the defaults. */
  perDuizendInwoners: number;
  /** Children divided by {@link KLAS_GROOTTE}. */
  schoolklassen: number;
}

export const MELDINGEN = {
  inwonersLeeg: 'Vul het aantal inwoners in.',
  inwonersGeenGetal: 'Vul het aantal inwoners in als heel getal, zonder komma of letters. Bijvoorbeeld: 5000 of 5.000.',
  inwonersNul: 'Het aantal inwoners moet groter zijn dan 0.',
  inwonersTeGroot: 'Nederland heeft minder dan 20 miljoen inwoners. Vul een kleiner aantal in.',
  aandeelLeeg: 'Vul het percentage minderjarigen in, of kies een van de andere mogelijkheden.',
  aandeelOngeldig:
    'Vul het percentage minderjarigen in als getal groter dan 0 en hoogstens 100. Bijvoorbeeld: 21 of 21,5.',
  prevalentieOngeldig:
    'Vul het percentage kinderen dat met mishandeling te maken krijgt in als getal groter dan 0 en hoogstens 100. Bijvoorbeeld: 3 of 3,5. Laat het veld leeg voor 3%.',
} as const;

const GEHEEL = /^\d+$/;
const MET_PUNTEN = /^\d{1,3}(?:\.\d{3})+$/;
const MET_SPATIES = /^\d{1,3}(?: \d{3})+$/;

/** "5000", "5.000" and "5 000" are 5000; anything else (5,5 or 5.00) is not a whole number. */
export function leesGeheelGetal(tekst: string): number | undefined {
  const schoon = tekst.trim().replace(/[\u00a0\u202f]/g, ' ');
  if (!GEHEEL.test(schoon) && !MET_PUNTEN.test(schoon) && !MET_SPATIES.test(schoon)) return undefined;
  return Number(schoon.replace(/[. ]/g, ''));
}

/** "23", "23,5", "23.5" and "23 %" are percentages; the decimal comma is the Dutch way. */
export function leesPercentage(tekst: string): number | undefined {
  const match = /^(\d+(?:[.,]\d+)?)\s*%?$/.exec(tekst.trim());
  return match ? Number(match[1]!.replace(',', '.')) : undefined;
}

export function valideer(invoer: Invoer): Validatie {
  const fouten: Fout[] = [];

  let inwoners = 0;
  if (invoer.inwoners.trim() === '') fouten.push({ veld: 'inwoners', melding: MELDINGEN.inwonersLeeg });
  else {
    const getal = leesGeheelGetal(invoer.inwoners);
    if (getal === undefined) fouten.push({ veld: 'inwoners', melding: MELDINGEN.inwonersGeenGetal });
    else if (getal <= 0) fouten.push({ veld: 'inwoners', melding: MELDINGEN.inwonersNul });
    else if (getal > MAX_INWONERS) fouten.push({ veld: 'inwoners', melding: MELDINGEN.inwonersTeGroot });
    else inwoners = getal;
  }

  let aandeelProcent = 0;
  if (invoer.aandeel === 'eigen') {
    const tekst = invoer.eigenAandeel ?? '';
    const getal = leesPercentage(tekst);
    if (tekst.trim() === '') fouten.push({ veld: 'eigenAandeel', melding: MELDINGEN.aandeelLeeg });
    else if (getal === undefined || getal <= 0 || getal > 100)
      fouten.push({ veld: 'eigenAandeel', melding: MELDINGEN.aandeelOngeldig });
    else aandeelProcent = getal;
  } else aandeelProcent = AANDEEL_MINDERJARIGEN[invoer.aandeel];

  let prevalentieProcent = STANDAARD_PREVALENTIE;
  const prevalentie = invoer.prevalentie?.trim() ?? '';
  if (prevalentie !== '') {
    const getal = leesPercentage(prevalentie);
    if (getal === undefined || getal <= 0 || getal > 100)
      fouten.push({ veld: 'prevalentie', melding: MELDINGEN.prevalentieOngeldig });
    else prevalentieProcent = getal;
  }

  return fouten.length > 0
    ? { ok: false, fouten }
    : { ok: true, waarden: { inwoners, aandeelProcent, prevalentieProcent } };
}

export function bereken(waarden: Waarden): Uitkomst {
  const { inwoners, aandeelProcent, prevalentieProcent } = waarden;
  // Multiply before dividing, so 5000 × 23 × 3 / 10000 is exactly 34.5 (5000 × 0.23 × 0.03 is not).
  const minderjarigen = (inwoners * aandeelProcent) / 100;
  const kinderen = (inwoners * aandeelProcent * prevalentieProcent) / 10_000;
  return {
    ...waarden,
    minderjarigen,
    kinderen,
    perDuizendInwoners: (1000 * aandeelProcent * prevalentieProcent) / 10_000,
    schoolklassen: kinderen / KLAS_GROOTTE,
  };
}

const NL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const NL_GEHEEL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

/** Dutch notation with at most one decimal: 1.150, 34,5, 6,9. */
export function formatGetal(getal: number): string {
  return NL.format(getal);
}

/** A whole number, rounded half up: 34,5 → 35. */
export function formatAfgerond(getal: number): string {
  return NL_GEHEEL.format(Math.round(getal));
}

/** "23%", "21,5%". */
export function formatProcent(procent: number): string {
  return `${formatGetal(procent)}%`;
}

const WOORDEN = ['nul', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien'];

/** "ruim één schoolklas", "bijna twee schoolklassen", "ongeveer 46 schoolklassen". */
export function beschrijfSchoolklassen(kinderen: number): string {
  const klassen = kinderen / KLAS_GROOTTE;
  if (klassen < 0.4) return 'minder dan een halve schoolklas';
  if (klassen < 0.75) return 'ongeveer een halve schoolklas';
  const afgerond = Math.round(klassen);
  const naam = afgerond === 1 ? 'schoolklas' : 'schoolklassen';
  if (afgerond > 10) return `ongeveer ${formatAfgerond(afgerond)} ${naam}`;
  const verschil = klassen - afgerond;
  const woord = verschil > 0.1 ? 'ruim' : verschil < -0.1 ? 'bijna' : 'ongeveer';
  return `${woord} ${WOORDEN[afgerond]} ${naam}`;
}

/** "ongeveer 35 kinderen", "minder dan één kind". */
export function beschrijfKinderen(kinderen: number): string {
  if (kinderen < 0.5) return 'minder dan één kind';
  const afgerond = Math.round(kinderen);
  return `ongeveer ${formatAfgerond(afgerond)} ${afgerond === 1 ? 'kind' : 'kinderen'}`;
}

export interface Tekst {
  /** "In een gemeente met 5.000 inwoners zijn ongeveer 1.150 inwoners jonger dan 18 jaar." */
  minderjarigen: string;
  /** "Van hen krijgen ieder jaar ongeveer 35 kinderen te maken met kindermishandeling." */
  kinderen: string;
  /** "Dat is ruim één schoolklas. We rekenen een schoolklas als 25 kinderen." */
  schoolklassen: string;
  /** "Dat zijn 6,9 kinderen per 1.000 inwoners." */
  perDuizend: string;
  /** The sum, step by step: "5.000 × 23% = 1.150 minderjarigen", "1.150 × 3% = 34,5 kinderen". */
  stappen: [string, string];
}

/** The result in plain Dutch, for the page and for screen readers. */
export function beschrijf(uitkomst: Uitkomst): Tekst {
  const { inwoners, aandeelProcent, prevalentieProcent, minderjarigen, kinderen } = uitkomst;
  return {
    minderjarigen: `In een gemeente met ${formatAfgerond(inwoners)} inwoners zijn ongeveer ${formatAfgerond(minderjarigen)} inwoners jonger dan 18 jaar.`,
    kinderen: `Van hen krijgen ieder jaar ${beschrijfKinderen(kinderen)} te maken met kindermishandeling.`,
    schoolklassen: `Dat is ${beschrijfSchoolklassen(kinderen)}. We rekenen een schoolklas als ${KLAS_GROOTTE} kinderen.`,
    perDuizend: `Dat zijn ${formatGetal(uitkomst.perDuizendInwoners)} kinderen per 1.000 inwoners.`,
    stappen: [
      `${formatAfgerond(inwoners)} inwoners × ${formatProcent(aandeelProcent)} = ${formatGetal(minderjarigen)} minderjarigen`,
      `${formatGetal(minderjarigen)} minderjarigen × ${formatProcent(prevalentieProcent)} = ${formatGetal(kinderen)} kinderen per jaar`,
    ],
  };
}
