// The identity of a handreiking: content/handreiking.yaml. Its values go into every page, the feed,
// the web app manifest and the offline download, and a pull request can change them. So: plain text
// without markup, https addresses only, and a base path and branch that cannot break out of a URL.
// Messages are Dutch, for the editor; src/lib/content-check/site-identity.ts shows them.
import { z } from 'astro/zod';

/** The longest text each field may have; the real values are well under half of it. */
export const SITE_TEXT_MAX = { titel: 100, ondertitel: 200, beschrijving: 400, uitgever: 150 } as const;
const URL_MAX = 300;
const INTRO_MAX = 800;
const BRANCH_MAX = 100;
/** Longest review period in months: a page unchecked for five years is no longer current. */
const CHECK_PERIOD_MAX = 60;

// C0/C1 control characters (tabs, line breaks) and the bidirectional overrides that can make text
// read differently from what it is.
const CONTROL = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;
const SEGMENT = '[a-z0-9]+(?:-[a-z0-9]+)*';
/** `/`, `/handreiking/` or `/a/b/`; the slashes at either end may be left out. */
const BASE_PATH = new RegExp(`^(?:/|/?${SEGMENT}(?:/${SEGMENT})*/?)$`);
/** Branch names like `main` or `release/2026.1`: no `..`, `//`, spaces or other URL-breaking characters. */
const BRANCH = /^[A-Za-z0-9][A-Za-z0-9_-]*(?:[./][A-Za-z0-9_-]+)*$/;

/** A custom issue with a Dutch message and a hint, read by describeSiteIssue. */
function problem(message: string, hint: string) {
  return { message, params: { hint } };
}

const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine(
      (value) => !/[<>]/.test(value),
      problem('Deze tekst mag geen < of > bevatten.', 'Schrijf gewone tekst, zonder HTML-opmaak.'),
    )
    .refine(
      (value) => !CONTROL.test(value),
      problem(
        'Deze tekst bevat een onzichtbaar teken, zoals een tab of een regeleinde.',
        'Typ de tekst opnieuw. Een lange tekst over meer regels begint u met >- (zoals bij beschrijving).',
      ),
    );

const httpsAddress = () =>
  z
    .string()
    .trim()
    .min(1)
    .max(URL_MAX)
    .superRefine((value, context) => {
      const add = (message: string) =>
        context.addIssue({
          code: 'custom',
          message,
          params: { hint: 'Gebruik een volledig adres dat begint met https://, zonder spaties.' },
        });
      if (value === '') return; // "Dit veld is leeg." says enough.
      // new URL() quietly drops tabs and line breaks and encodes quotes, so check the text itself too.
      if (/[\s"'<>`\\]/u.test(value) || CONTROL.test(value)) {
        return add('Een webadres mag geen spaties, aanhalingstekens, < of > bevatten.');
      }
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        return add('Dit is geen volledig webadres.');
      }
      if (url.protocol !== 'https:') return add('Het webadres moet met https:// beginnen.');
      if (url.username || url.password) return add('Het webadres mag geen gebruikersnaam of wachtwoord bevatten.');
      // Paths are added to these addresses ("/edit/main/…"); a ? or # would swallow them.
      if (url.search || url.hash || /[?#]/.test(value)) return add('Het webadres mag geen ? of # bevatten.');
    });

/** `handreiking` → `/handreiking/`; `/` stays `/`. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The base path rule, shared by `basispad` and the BASE_PATH environment variable. */
export const basePathSchema = z
  .string()
  .trim()
  .min(1)
  .max(URL_MAX)
  .refine(
    (value) => BASE_PATH.test(value),
    problem(
      'Het basispad mag alleen mappen met kleine letters, cijfers en streepjes bevatten, zoals /handreiking/.',
      'Schrijf het zo: basispad: /handreiking/ — of basispad: / voor de hoofdmap.',
    ),
  )
  .transform(normalizeBase);

/** The publisher's address for reactions: a plain e-mail address, nothing that could break the mailto: link. */
const emailAddress = () =>
  z
    .string()
    .trim()
    .min(1)
    .max(URL_MAX)
    .refine(
      (value) => /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(value),
      problem(
        'Dit is geen geldig e-mailadres.',
        'Schrijf alleen het adres, zonder naam, spaties of mailto:, zoals redactie@voorbeeld.nl.',
      ),
    );

/**
 * "Is deze pagina nuttig?" under every page: a link that opens a new issue in the repository and a link
 * that opens an e-mail to the publisher, both filled in with the page. Each is optional.
 */
const reactionSchema = z.strictObject({
  issue: httpsAddress().optional(),
  email: emailAddress().optional(),
});

/** An overview page of a data collection (risk factors, preventive actions): its words for this handreiking. */
const overviewSchema = z.strictObject({
  titel: plainText(SITE_TEXT_MAX.titel),
  beschrijving: plainText(SITE_TEXT_MAX.beschrijving),
  inleiding: plainText(INTRO_MAX).optional(),
  bron: plainText(SITE_TEXT_MAX.uitgever * 2).optional(),
});

export const siteIdentitySchema = z.strictObject({
  titel: plainText(SITE_TEXT_MAX.titel),
  ondertitel: plainText(SITE_TEXT_MAX.ondertitel),
  beschrijving: plainText(SITE_TEXT_MAX.beschrijving),
  uitgever: plainText(SITE_TEXT_MAX.uitgever),
  url: httpsAddress(),
  basispad: basePathSchema,
  repository: httpsAddress(),
  branch: z
    .string()
    .trim()
    .min(1)
    .max(BRANCH_MAX)
    .refine(
      (value) => BRANCH.test(value),
      problem(
        'Dit is geen geldige naam van een branch. Gebruik letters, cijfers, streepjes, punten en /.',
        'Schrijf het zo: branch: main',
      ),
    ),
  controleTermijnMaanden: z
    .number()
    .int()
    .min(1)
    .max(CHECK_PERIOD_MAX)
    .default(12)
    .describe(
      'Na hoeveel maanden een pagina opnieuw gecontroleerd moet worden. `npm run controleer -- --overzicht` toont wat aan de beurt is.',
    ),
  reactie: reactionSchema.optional(),
  /** What the handreiking is about, as tools put it in a sentence: "te maken met kindermishandeling". */
  onderwerp: plainText(SITE_TEXT_MAX.titel)
    .optional()
    .describe('Waar de handreiking over gaat, zoals het in een zin past: "te maken met kindermishandeling".'),
  /** The opening text of the home page, with the source of any figure in it. */
  inleiding: z
    .strictObject({ tekst: plainText(INTRO_MAX), bron: plainText(SITE_TEXT_MAX.uitgever * 2).optional() })
    .optional(),
  /** Titles and introductions of the overview pages of data collections, in this handreiking's words. */
  overzichten: z
    .strictObject({ risicofactoren: overviewSchema.optional(), preventieveActies: overviewSchema.optional() })
    .optional(),
});

/** The identity as the site uses it: trimmed, with the base path in the form `/…/`. */
export type SiteConfig = z.output<typeof siteIdentitySchema>;

/** The fields of content/handreiking.yaml, in the order of the file. */
export const SITE_FIELDS = Object.keys(siteIdentitySchema.shape) as (keyof SiteConfig)[];
