// "Reken maar even mee": how many children in a municipality face abuse each year, after the
// voorwoord of the handreiking (230 minors per 1,000 inhabitants, about 3% of them each year).
// Plain functions, shared by the page (worked example at build time) and the browser script.

/** A school class, to make the number concrete. */
export const CLASS_SIZE = 25;

/** Hardly a municipality, but a region or the whole country may be entered: the Netherlands has under 20 million. */
export const MAX_POPULATION = 20_000_000;

/** Share of minors in the population, in percent. */
export const MINOR_SHARES = {
  /** Voorwoord of the handreiking: "van elke 1.000 burgers … circa 230 minderjarig". */
  handreiking: 23,
  /** CBS, the Netherlands on 1 January 2020: about 3.4 million of 17.4 million inhabitants were under 18. */
  cbs: 19,
} as const;

/** Children facing abuse per year, in percent of all minors: the handreiking's "circa 3%". */
export const DEFAULT_PREVALENCE = 3;

export type ShareChoice = keyof typeof MINOR_SHARES | 'eigen';
export type Field = 'population' | 'ownShare' | 'prevalence';

/** What the form holds: text as typed. */
export interface CalculatorInput {
  population: string;
  share: ShareChoice;
  ownShare?: string;
  prevalence?: string;
}

export interface Values {
  population: number;
  sharePercent: number;
  prevalencePercent: number;
}

export interface FieldError {
  field: Field;
  message: string;
}

export type Validation = { ok: true; values: Values } | { ok: false; errors: FieldError[] };

export interface Outcome extends Values {
  /** Not rounded: 5,000 × 23% = 1,150. */
  minors: number;
  /** Not rounded: 1,150 × 3% = 34.5. */
  children: number;
  /** Children facing abuse per 1,000 inhabitants: 6.9 with the defaults. */
  perThousandInhabitants: number;
  /** Children divided by {@link CLASS_SIZE}. */
  schoolClasses: number;
}

export const MESSAGES = {
  populationEmpty: 'Vul het aantal inwoners in.',
  populationNotWhole:
    'Vul het aantal inwoners in als heel getal, zonder komma of letters. Bijvoorbeeld: 5000 of 5.000.',
  populationZero: 'Het aantal inwoners moet groter zijn dan 0.',
  populationTooLarge: 'Nederland heeft minder dan 20 miljoen inwoners. Vul een kleiner aantal in.',
  shareEmpty: 'Vul het percentage minderjarigen in, of kies een van de andere mogelijkheden.',
  shareInvalid:
    'Vul het percentage minderjarigen in als getal groter dan 0 en hoogstens 100. Bijvoorbeeld: 21 of 21,5.',
  prevalenceInvalid:
    'Vul het percentage kinderen dat met mishandeling te maken krijgt in als getal groter dan 0 en hoogstens 100. Bijvoorbeeld: 3 of 3,5. Laat het veld leeg voor 3%.',
} as const;

const WHOLE = /^\d+$/;
const WITH_DOTS = /^\d{1,3}(?:\.\d{3})+$/;
const WITH_SPACES = /^\d{1,3}(?: \d{3})+$/;

/** "5000", "5.000" and "5 000" are 5000; anything else (5,5 or 5.00) is not a whole number. */
export function parseWholeNumber(text: string): number | undefined {
  const clean = text.trim().replace(/[\u00a0\u202f]/g, ' ');
  if (!WHOLE.test(clean) && !WITH_DOTS.test(clean) && !WITH_SPACES.test(clean)) return undefined;
  return Number(clean.replace(/[. ]/g, ''));
}

/** "23", "23,5", "23.5" and "23 %" are percentages; the decimal comma is the Dutch way. */
export function parsePercentage(text: string): number | undefined {
  const match = /^(\d+(?:[.,]\d+)?)\s*%?$/.exec(text.trim());
  return match ? Number(match[1]!.replace(',', '.')) : undefined;
}

export function validateInput(input: CalculatorInput): Validation {
  const errors: FieldError[] = [];

  let population = 0;
  if (input.population.trim() === '') errors.push({ field: 'population', message: MESSAGES.populationEmpty });
  else {
    const value = parseWholeNumber(input.population);
    if (value === undefined) errors.push({ field: 'population', message: MESSAGES.populationNotWhole });
    else if (value <= 0) errors.push({ field: 'population', message: MESSAGES.populationZero });
    else if (value > MAX_POPULATION) errors.push({ field: 'population', message: MESSAGES.populationTooLarge });
    else population = value;
  }

  let sharePercent = 0;
  if (input.share === 'eigen') {
    const text = input.ownShare ?? '';
    const value = parsePercentage(text);
    if (text.trim() === '') errors.push({ field: 'ownShare', message: MESSAGES.shareEmpty });
    else if (value === undefined || value <= 0 || value > 100)
      errors.push({ field: 'ownShare', message: MESSAGES.shareInvalid });
    else sharePercent = value;
  } else sharePercent = MINOR_SHARES[input.share];

  let prevalencePercent = DEFAULT_PREVALENCE;
  const prevalence = input.prevalence?.trim() ?? '';
  if (prevalence !== '') {
    const value = parsePercentage(prevalence);
    if (value === undefined || value <= 0 || value > 100)
      errors.push({ field: 'prevalence', message: MESSAGES.prevalenceInvalid });
    else prevalencePercent = value;
  }

  return errors.length > 0
    ? { ok: false, errors }
    : { ok: true, values: { population, sharePercent, prevalencePercent } };
}

export function calculate(values: Values): Outcome {
  const { population, sharePercent, prevalencePercent } = values;
  // Multiply before dividing, so 5000 × 23 × 3 / 10000 is exactly 34.5 (5000 × 0.23 × 0.03 is not).
  const minors = (population * sharePercent) / 100;
  const children = (population * sharePercent * prevalencePercent) / 10_000;
  return {
    ...values,
    minors,
    children,
    perThousandInhabitants: (1000 * sharePercent * prevalencePercent) / 10_000,
    schoolClasses: children / CLASS_SIZE,
  };
}

const NL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const NL_WHOLE = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

/** Dutch notation with at most one decimal: 1.150, 34,5, 6,9. */
export function formatNumber(value: number): string {
  return NL.format(value);
}

/** A whole number, rounded half up: 34,5 → 35. */
export function formatRounded(value: number): string {
  return NL_WHOLE.format(Math.round(value));
}

/** "23%", "21,5%". */
export function formatPercent(percent: number): string {
  return `${formatNumber(percent)}%`;
}

const NUMBER_WORDS = ['nul', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien'];

/** "ruim één schoolklas", "bijna twee schoolklassen", "ongeveer 46 schoolklassen". */
export function describeSchoolClasses(children: number): string {
  const classes = children / CLASS_SIZE;
  if (classes < 0.4) return 'minder dan een halve schoolklas';
  if (classes < 0.75) return 'ongeveer een halve schoolklas';
  const rounded = Math.round(classes);
  const name = rounded === 1 ? 'schoolklas' : 'schoolklassen';
  if (rounded > 10) return `ongeveer ${formatRounded(rounded)} ${name}`;
  const difference = classes - rounded;
  const word = difference > 0.1 ? 'ruim' : difference < -0.1 ? 'bijna' : 'ongeveer';
  return `${word} ${NUMBER_WORDS[rounded]} ${name}`;
}

/** "ongeveer 35 kinderen", "minder dan één kind". */
export function describeChildren(children: number): string {
  if (children < 0.5) return 'minder dan één kind';
  const rounded = Math.round(children);
  return `ongeveer ${formatRounded(rounded)} ${rounded === 1 ? 'kind' : 'kinderen'}`;
}

export interface Description {
  /** "In een gemeente met 5.000 inwoners zijn ongeveer 1.150 inwoners jonger dan 18 jaar." */
  minors: string;
  /** "Van hen krijgen ieder jaar ongeveer 35 kinderen te maken met kindermishandeling" (the topic). */
  children: string;
  /** "Dat is ruim één schoolklas. We rekenen een schoolklas als 25 kinderen." */
  schoolClasses: string;
  /** "Dat zijn 6,9 kinderen per 1.000 inwoners." */
  perThousand: string;
  /** The sum, step by step: "5.000 × 23% = 1.150 minderjarigen", "1.150 × 3% = 34,5 kinderen". */
  steps: [string, string];
}

/** The result in plain Dutch, for the page and for screen readers; `topic` is what the children face. */
export function describeOutcome(outcome: Outcome, topic: string): Description {
  const { population, sharePercent, prevalencePercent, minors, children } = outcome;
  return {
    minors: `In een gemeente met ${formatRounded(population)} inwoners zijn ongeveer ${formatRounded(minors)} inwoners jonger dan 18 jaar.`,
    children: `Van hen krijgen ieder jaar ${describeChildren(children)} te maken met ${topic}.`,
    schoolClasses: `Dat is ${describeSchoolClasses(children)}. We rekenen een schoolklas als ${CLASS_SIZE} kinderen.`,
    perThousand: `Dat zijn ${formatNumber(outcome.perThousandInhabitants)} kinderen per 1.000 inwoners.`,
    steps: [
      `${formatRounded(population)} inwoners × ${formatPercent(sharePercent)} = ${formatNumber(minors)} minderjarigen`,
      `${formatNumber(minors)} minderjarigen × ${formatPercent(prevalencePercent)} = ${formatNumber(children)} kinderen per jaar`,
    ],
  };
}
