// The corpus of faulty content: each case breaks the valid fixture (test/fixtures/inhoud) in one way.
// content-check.test.ts asserts the message; build-failures.test.ts asserts that `npm run
// controleer` and `npm run build` both reject every case.
import type { FixtureCopy } from '../helpers/content-fixture.ts';
import { attacks, evasions } from './attacks.ts';

export const TIP = 'tips/formeer-duos.mdx';
export const EXAMPLE = 'praktijkvoorbeelden/zorgmail-rijswijk.mdx';
export const CHAPTER = 'hoofdstukken/preventie.mdx';

export interface Fault {
  name: string;
  change: (copy: FixtureCopy) => void;
  file: string;
  field?: string;
  message: RegExp;
  line?: number;
}

const contentFaults: Fault[] = [
  {
    name: 'an unknown theme in a tip',
    change: (c) => c.edit(TIP, (t) => t.replace('themas: [samenwerking]', 'themas: [samenwerking, bestaat-niet]')),
    file: TIP,
    field: 'themas[1]',
    message: /"bestaat-niet" bestaat niet als thema/,
    line: 4,
  },
  {
    name: 'a chapter embedding a tip that does not exist',
    change: (c) => c.edit(CHAPTER, (t) => t.replace('<Tip id="formeer-duos" />', '<Tip id="bestaat-niet" />')),
    file: CHAPTER,
    field: '<Tip id="bestaat-niet">',
    message: /"bestaat-niet" bestaat niet als tip/,
  },
  {
    name: 'a missing required field',
    change: (c) => c.edit(EXAMPLE, (t) => t.replace(/^samenvatting:.*\n/m, '')),
    file: EXAMPLE,
    field: 'samenvatting',
    message: /verplichte veld ontbreekt/,
  },
  {
    name: 'an empty required field',
    change: (c) => c.edit(TIP, (t) => t.replace(/^titel:.*$/m, 'titel: ""')),
    file: TIP,
    field: 'titel',
    message: /leeg/,
  },
  {
    name: 'a wrong type',
    change: (c) => c.edit(EXAMPLE, (t) => t.replace('jaar: 2016', 'jaar: tweeduizendzestien')),
    file: EXAMPLE,
    field: 'jaar',
    message: /moet een getal zijn/,
  },
  {
    name: 'an unknown field',
    change: (c) => c.edit(TIP, (t) => t.replace('hoofdstuk: preventie', 'hoofdstuk: preventie\nauteur: Jan')),
    file: TIP,
    field: 'auteur',
    message: /Onbekend veld "auteur"/,
  },
  {
    name: 'an unknown province',
    change: (c) => c.edit(EXAMPLE, (t) => t.replace('provincie: Zuid-Holland', 'provincie: Holland')),
    file: EXAMPLE,
    field: 'provincie',
    message: /"Holland" is geen geldige waarde/,
  },
  {
    name: 'a link to a page that does not exist',
    change: (c) => c.edit(CHAPTER, (t) => t.replace('/wetgeving/jeugdwet-2-1/', '/wetgeving/jeugdwet-9-9/')),
    file: CHAPTER,
    message: /\/wetgeving\/jeugdwet-9-9\/ wijst naar een pagina die niet bestaat/,
  },
  {
    name: 'a link to a glossary term that does not exist',
    change: (c) => c.edit(CHAPTER, (t) => t.replace('/begrippen/#vir', '/begrippen/#xyz')),
    file: CHAPTER,
    message: /begrip dat niet bestaat/,
  },
  {
    name: 'a related item that does not exist',
    change: (c) => c.edit(TIP, (t) => t.replace('[zorgmail-rijswijk]', '[zorgmail-delft]')),
    file: TIP,
    field: 'gerelateerd.praktijkvoorbeelden[0]',
    message: /"zorgmail-delft" bestaat niet als praktijkvoorbeeld/,
  },
  {
    name: 'an import statement',
    change: (c) => c.edit(EXAMPLE, (t) => `${t}\nimport fs from 'node:fs'\n`),
    file: EXAMPLE,
    field: 'tekst',
    message: /"import" en "export" zijn niet toegestaan/,
  },
  {
    name: 'a JavaScript expression',
    change: (c) => c.edit(EXAMPLE, (t) => `${t}\nHet is {process.exit(1)} zo.\n`),
    file: EXAMPLE,
    field: 'tekst',
    message: /Accolades/,
  },
  {
    name: 'a script element',
    change: (c) => c.edit(EXAMPLE, (t) => `${t}\n<script>alert(1)</script>\n`),
    file: EXAMPLE,
    field: 'tekst',
    message: /<script> is niet toegestaan/,
  },
  {
    name: 'an event-handler attribute',
    change: (c) =>
      c.edit(CHAPTER, (t) => t.replace('<Info titel="Achtergrond">', '<Info titel="Achtergrond" onClick="alert(1)">')),
    file: CHAPTER,
    field: 'tekst',
    message: /event-handler/,
  },
  {
    name: 'a javascript: link',
    change: (c) => c.edit(EXAMPLE, (t) => `${t}\n[klik](javascript:alert(1))\n`),
    file: EXAMPLE,
    field: 'tekst',
    message: /niet toegestaan \(javascript:\)/,
  },
  {
    name: 'a non-https external link in the text',
    change: (c) => c.edit(EXAMPLE, (t) => `${t}\n[site](http://www.rijswijk.nl/)\n`),
    file: EXAMPLE,
    field: 'tekst',
    message: /http:\/\/ in plaats van https:\/\//,
  },
  {
    name: 'a non-https link field',
    change: (c) => c.edit(EXAMPLE, (t) => t.replace('link: https://www.rijswijk.nl/', 'link: http://www.rijswijk.nl/')),
    file: EXAMPLE,
    field: 'link',
    message: /https:\/\//,
  },
  {
    name: 'an image without alt text',
    change: (c) => c.edit(EXAMPLE, (t) => `${t}\n![](/foto.jpg)\n`),
    file: EXAMPLE,
    field: 'tekst',
    message: /geen beschrijving \(alt-tekst\)/,
  },
  {
    name: 'a box component inside a practice example',
    change: (c) => c.edit(EXAMPLE, (t) => `${t}\n<Tip id="formeer-duos" />\n`),
    file: EXAMPLE,
    field: 'tekst',
    message: /<Tip> is hier niet toegestaan/,
  },
  {
    name: 'an empty body',
    change: (c) => c.edit(TIP, (t) => t.replace(/---\n\n[\s\S]*$/, '---\n')),
    file: TIP,
    field: 'tekst',
    message: /heeft geen tekst/,
  },
  {
    name: 'a summary that is too long',
    change: (c) => c.edit(TIP, (t) => t.replace(/^samenvatting:.*$/m, `samenvatting: ${'Heel lang. '.repeat(40)}`)),
    file: TIP,
    field: 'samenvatting',
    message: /te lang .*maximaal 300 tekens/,
  },
  {
    name: 'a date in the future',
    change: (c) =>
      c.edit(EXAMPLE, (t) => t.replace('laatstGecontroleerd: 2026-11-01', 'laatstGecontroleerd: 2999-01-01')),
    file: EXAMPLE,
    field: 'laatstGecontroleerd',
    message: /in de toekomst/,
  },
  {
    name: 'a malformed date',
    change: (c) =>
      c.edit(EXAMPLE, (t) => t.replace('laatstGecontroleerd: 2026-11-01', 'laatstGecontroleerd: 1 november 2026')),
    file: EXAMPLE,
    field: 'laatstGecontroleerd',
    message: /datum/,
  },
  {
    name: 'a practice example without a theme',
    change: (c) => c.edit(EXAMPLE, (t) => t.replace('themas: [samenwerking]', 'themas: []')),
    file: EXAMPLE,
    field: 'themas',
    message: /minstens 1/,
  },
  {
    name: 'a practice example without municipality or region',
    change: (c) => c.edit(EXAMPLE, (t) => t.replace('gemeente: Rijswijk\n', '')),
    file: EXAMPLE,
    field: 'gemeente',
    message: /gemeente of de regio/,
  },
  {
    name: 'broken YAML',
    change: (c) => c.edit(TIP, (t) => t.replace(/^samenvatting:.*$/m, 'samenvatting: Let op: dit breekt')),
    file: TIP,
    message: /YAML|opmaak/,
  },
  {
    name: 'a file name with capitals and spaces',
    change: (c) => c.write('tips/Mijn Tip.mdx', '---\n---\n'),
    file: 'tips/Mijn Tip.mdx',
    field: 'bestandsnaam',
    message: /kleine letters/,
  },
  {
    name: 'two chapters with the same volgorde',
    change: (c) =>
      c.write(
        'hoofdstukken/tweede.mdx',
        '---\ntitel: Tweede\nvolgorde: 1\ndeel: hoofdstuk\nsamenvatting: x\nthemas: [preventie]\nlaatstGecontroleerd: 2026-11-01\n---\n\nTekst.\n',
      ),
    file: 'hoofdstukken/tweede.mdx',
    field: 'volgorde',
    message: /volgorde 1 wordt ook gebruikt/,
  },
  {
    name: 'an e-mail address of a person',
    change: (c) => c.edit(EXAMPLE, (t) => `${t}\nMail naar p.devries@rijswijk.nl voor meer informatie.\n`),
    file: EXAMPLE,
    field: 'tekst',
    message: /e-mailadres in \(p\.devries@rijswijk\.nl\)/,
  },
  {
    name: 'a phone number of a person',
    change: (c) => c.edit(TIP, (t) => `${t}\nBel Petra op 06-12345678.\n`),
    file: TIP,
    field: 'tekst',
    message: /telefoonnummer in \(06-12345678\)/,
  },
  {
    name: 'a synonym group with one word in the search word list',
    change: (c) => c.write('zoeken/woorden.yaml', 'synoniemen:\n  - [VIR, verwijsindex]\n  - [alleen]\n'),
    file: 'zoeken/woorden.yaml',
    field: 'synoniemen[1]',
    message: /minstens 2/,
  },
  {
    name: 'a wetsartikel that does not link to wetten.overheid.nl',
    change: (c) =>
      c.edit('wetsartikelen/jeugdwet-2-1.mdx', (t) =>
        t.replace('https://wetten.overheid.nl/BWBR0034925/', 'https://www.example.org/jeugdwet'),
      ),
    file: 'wetsartikelen/jeugdwet-2-1.mdx',
    field: 'url',
    message: /wetten\.overheid\.nl/,
  },
  {
    name: 'a page without laatstGecontroleerd',
    change: (c) => c.edit(TIP, (t) => t.replace(/^laatstGecontroleerd:.*\n/m, '')),
    file: TIP,
    field: 'laatstGecontroleerd',
    message: /verplichte veld ontbreekt/,
  },
  {
    name: 'a change note without a date',
    change: (c) =>
      c.edit(TIP, (t) =>
        t.replace('hoofdstuk: preventie', 'hoofdstuk: preventie\nwijzigingen:\n  - tekst: Tip ingekort.'),
      ),
    file: TIP,
    field: 'wijzigingen[0].datum',
    message: /verplichte veld ontbreekt/,
  },
  {
    name: 'a change note with a date written the Dutch way',
    change: (c) =>
      c.edit(CHAPTER, (t) =>
        t.replace(
          'themas: [preventie]',
          'themas: [preventie]\nwijzigingen:\n  - datum: 29-11-2026\n    tekst: Ingekort.',
        ),
      ),
    file: CHAPTER,
    field: 'wijzigingen[0].datum',
    message: /geen datum in de vorm 2026-11-28/,
  },
  {
    name: 'a change since the source without its citation',
    change: (c) =>
      c.edit(CHAPTER, (t) =>
        t.replace(
          'themas: [preventie]',
          'themas: [preventie]\nsindsdienVeranderd:\n  - datum: 2020-01-01\n    tekst: De Wet BOPZ is vervangen.',
        ),
      ),
    file: CHAPTER,
    field: 'sindsdienVeranderd[0].bron',
    message: /verplichte veld ontbreekt/,
  },
  {
    name: 'a word without a suggestion in the plain-language list',
    change: (c) => c.edit('taal/moeilijke-woorden.yaml', (t) => t.replace('middels: met, door', 'middels:')),
    file: 'taal/moeilijke-woorden.yaml',
    field: 'woorden.middels',
    message: /moet een tekst zijn/,
  },
  {
    name: 'a review period of zero months',
    change: (c) => c.edit('handreiking.yaml', (t) => `${t}controleTermijnMaanden: 0\n`),
    file: 'handreiking.yaml',
    field: 'controleTermijnMaanden',
    message: /minstens 1/,
  },
];

/** Every fault: mistakes an editor makes, and attacks (attacks.ts). */
export const faults: Fault[] = [...contentFaults, ...attacks, ...evasions];
