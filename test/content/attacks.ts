// Hostile contributions (issue "Veiligheid"): an editor's pull request is untrusted input. Each case
// must be rejected by `npm run controleer` and by `npm run build` with a Dutch message naming the file
// (and the field where there is one), leaving dist/ as it was. Part of the fault corpus (faults.ts).
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Fault } from './faults.ts';

const TIP = 'tips/formeer-duos.mdx';
const EXAMPLE = 'praktijkvoorbeelden/zorgmail-rijswijk.mdx';
const CHAPTER = 'hoofdstukken/preventie.mdx';
const LAW = 'wetsartikelen/jeugdwet-2-1.mdx';
const THEME = 'themas/preventie.yaml';

/** A module that proves it ran by writing a file next to the content folder. */
export const SENTINEL = 'GEHACKT';
export const sentinelModule = (root: string) =>
  `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(join(root, SENTINEL))}, 'uitgevoerd');\n` +
  `export default { src: '/x.png', width: 1, height: 1, format: 'png' };\n`;

const appendToBody = (text: string) => (body: string) => `${body}\n${text}\n`;

export const attacks: Fault[] = [
  {
    name: 'a hidden script next to an example, named as its image',
    change: (c) => {
      writeFileSync(join(c.contentDir, 'praktijkvoorbeelden/.logo.mjs'), sentinelModule(c.root));
      c.edit(EXAMPLE, appendToBody('![Logo](./.logo.mjs)'));
    },
    file: EXAMPLE,
    field: 'tekst',
    message: /De afbeelding "\.\/\.logo\.mjs" staat niet op een toegestane plek/,
  },
  {
    name: 'a hidden file in a collection folder',
    change: (c) => writeFileSync(join(c.contentDir, 'tips/.verborgen.mdx'), '---\ntitel: x\n---\n'),
    file: 'tips/.verborgen.mdx',
    message: /Verborgen bestanden/,
  },
  {
    name: 'an image path that climbs out of the site',
    change: (c) => c.edit(TIP, appendToBody('![Wachtwoorden](../../../../etc/passwd)')),
    file: TIP,
    field: 'tekst',
    message: /De afbeelding "\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd" staat niet op een toegestane plek/,
  },
  {
    name: 'a relative image next to the file',
    change: (c) => c.edit(CHAPTER, appendToBody('![Schema](schema.png)')),
    file: CHAPTER,
    field: 'tekst',
    message: /De afbeelding "schema\.png" staat niet op een toegestane plek/,
  },
  {
    name: 'an image path with backslashes',
    change: (c) => c.edit(EXAMPLE, appendToBody('![Schema](\\afbeeldingen\\schema.png)')),
    file: EXAMPLE,
    field: 'tekst',
    message: /staat niet op een toegestane plek/,
  },
  {
    name: 'an image from another website',
    change: (c) => c.edit(TIP, appendToBody('![Teller](https://teller.example.org/pixel.png)')),
    file: TIP,
    field: 'tekst',
    message: /komt van een andere plek dan deze site/,
  },
  {
    name: 'a reference-style image from another website',
    change: (c) => c.edit(LAW, appendToBody('![Teller][pixel]\n\n[pixel]: https://teller.example.org/p.gif')),
    file: LAW,
    field: 'tekst',
    message: /komt van een andere plek dan deze site/,
  },
  {
    name: 'a protocol-relative image',
    change: (c) => c.edit(EXAMPLE, appendToBody('![Teller](//teller.example.org/p.gif)')),
    file: EXAMPLE,
    field: 'tekst',
    message: /komt van een andere plek dan deze site/,
  },
  {
    name: 'a file: image',
    change: (c) => c.edit(CHAPTER, appendToBody('![Bestand](file:///etc/hostname)')),
    file: CHAPTER,
    field: 'tekst',
    message: /komt van een andere plek dan deze site/,
  },
  {
    name: 'an SVG image',
    change: (c) => c.edit(TIP, appendToBody('![Schema](/afbeeldingen/schema.svg)')),
    file: TIP,
    field: 'tekst',
    message: /staat niet op een toegestane plek/,
  },
  {
    name: 'an image that does not exist',
    change: (c) => c.edit(TIP, appendToBody('![Loket](/afbeeldingen/bestaat-niet.png)')),
    file: TIP,
    field: 'tekst',
    message: /De afbeelding \/afbeeldingen\/bestaat-niet\.png bestaat niet/,
  },
  {
    name: 'a relative link',
    change: (c) => c.edit(CHAPTER, appendToBody('Zie [de tip](../tips/formeer-duos/).')),
    file: CHAPTER,
    field: 'tekst',
    message: /is een relatief pad/,
  },
  {
    name: 'a protocol-relative link to another website',
    change: (c) => c.edit(TIP, appendToBody('Zie [de site](//kwaadaardig.example/).')),
    file: TIP,
    field: 'tekst',
    message: /begint met \/\/ en wijst zo naar een andere website/,
  },
  {
    name: 'a reference-style javascript: link',
    change: (c) => c.edit(EXAMPLE, appendToBody('Klik [hier][a].\n\n[a]: JavaScript:alert(1)')),
    file: EXAMPLE,
    field: 'tekst',
    message: /niet toegestaan \(javascript:\)/,
  },
  {
    name: 'a symlinked MDX file in a collection folder',
    change: (c) => {
      const outside = join(c.root, 'buiten.mdx');
      writeFileSync(
        outside,
        `---\ntitel: x\n---\n\nexport const x = await import('node:fs').then((fs) => fs.writeFileSync(${JSON.stringify(join(c.root, SENTINEL))}, 'x'));\n\n<script>alert(1)</script>\n`,
      );
      symlinkSync(outside, join(c.contentDir, 'tips/gekoppeld.mdx'));
    },
    file: 'tips/gekoppeld.mdx',
    message: /symbolische koppeling/,
  },
  {
    name: 'a symlinked collection folder',
    change: (c) => {
      mkdirSync(join(c.root, 'elders'));
      symlinkSync(join(c.root, 'elders'), join(c.contentDir, 'wetsartikelen-extra'));
    },
    file: 'wetsartikelen-extra',
    message: /symbolische koppeling/,
  },
  {
    name: 'a folder the content model does not know',
    change: (c) => {
      mkdirSync(join(c.contentDir, 'pagina'));
      writeFileSync(join(c.contentDir, 'pagina/x.mdx'), '---\ntitel: x\n---\n\nTekst.\n');
    },
    file: 'pagina',
    message: /Deze map hoort niet bij de handreiking/,
  },
  {
    name: 'a subfolder inside a collection folder',
    change: (c) => {
      mkdirSync(join(c.contentDir, 'tips/extra'));
      writeFileSync(join(c.contentDir, 'tips/extra/x.mdx'), '---\ntitel: x\n---\n\nTekst.\n');
    },
    file: 'tips/extra',
    message: /Deze map hoort niet bij de handreiking/,
  },
  {
    name: 'a script file in a collection folder',
    change: (c) => writeFileSync(join(c.contentDir, 'praktijkvoorbeelden/logo.mjs'), sentinelModule(c.root)),
    file: 'praktijkvoorbeelden/logo.mjs',
    message: /in deze map horen alleen \.mdx-bestanden/,
  },
  {
    name: 'a YAML alias bomb',
    change: (c) =>
      c.write(
        THEME,
        'titel: Preventie\nvolgorde: 1\nsamenvatting: Voorkomen.\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n',
      ),
    file: THEME,
    message: /Ankers in YAML \(&a\) zijn niet toegestaan/,
    line: 4,
  },
  {
    name: 'a YAML alias in frontmatter',
    change: (c) =>
      c.edit(TIP, (t) =>
        t
          .replace("titel: Formeer duo's", "titel: &t Formeer duo's")
          .replace('samenvatting: Laat', 'samenvatting: *t\nx: Laat'),
      ),
    file: TIP,
    message: /Ankers in YAML \(&t\) zijn niet toegestaan/,
  },
  {
    name: 'a custom YAML tag',
    change: (c) =>
      c.edit(EXAMPLE, (t) =>
        t.replace(/^samenvatting: (.*)$/m, 'samenvatting: !!js/function "function () { return 1 }"'),
      ),
    file: EXAMPLE,
    message: /Labels in YAML \(zoals !!js\/function\) zijn niet toegestaan/,
  },
  {
    name: 'a local YAML tag in a data file',
    change: (c) => c.edit(THEME, (t) => t.replace(/^titel: (.*)$/m, 'titel: !eigen $1')),
    file: THEME,
    message: /Labels in YAML \(zoals !eigen\) zijn niet toegestaan/,
  },
  {
    name: 'a mobile number written with dots in a chapter',
    change: (c) => c.edit(CHAPTER, appendToBody('Bel de coördinator: 06.12.34.56.78.')),
    file: CHAPTER,
    field: 'tekst',
    message: /telefoonnummer in \(06\.12\.34\.56\.78\)/,
  },
  {
    name: 'an international mobile number in a law article',
    change: (c) => c.edit(LAW, appendToBody('Vragen? +31 6 12 34 56 78')),
    file: LAW,
    field: 'tekst',
    message: /telefoonnummer in \(\+31 6 12 34 56 78\)/,
  },
  {
    name: 'a citizen service number in a data file',
    change: (c) =>
      c.edit(THEME, (t) => t.replace(/^samenvatting: (.*)$/m, 'samenvatting: Zoals bij BSN 111222333 bleek.')),
    file: THEME,
    field: 'samenvatting',
    message: /burgerservicenummer in \(111222333\)/,
  },
  {
    name: 'an e-mail address in the frontmatter',
    change: (c) =>
      c.edit(EXAMPLE, (t) => t.replace(/^samenvatting: (.*)$/m, 'samenvatting: Mail j.jansen@gemeente.example.nl.')),
    file: EXAMPLE,
    field: 'samenvatting',
    message: /e-mailadres in \(j\.jansen@gemeente\.example\.nl\)/,
  },
  {
    name: 'a file far larger than any text',
    change: (c) => c.edit(TIP, (t) => t + '\nDit is een lange zin die steeds herhaald wordt.\n'.repeat(20_000)),
    file: TIP,
    message: /te groot/,
  },
  {
    name: 'a box in the middle of a sentence',
    change: (c) => c.edit(CHAPTER, appendToBody('Lees ook <Tip id="formeer-duos" /> hierover.')),
    file: CHAPTER,
    field: 'tekst',
    message: /<Tip> staat midden in een zin/,
  },
  {
    name: 'a javascript: edit link in the site identity',
    change: (c) =>
      c.edit('handreiking.yaml', (t) =>
        t.replace(/^repository: .*$/m, 'repository: "javascript:alert(document.domain)//"'),
      ),
    file: 'handreiking.yaml',
    field: 'repository',
    message: /https/,
  },
  {
    name: 'markup in the site title',
    change: (c) =>
      c.edit('handreiking.yaml', (t) => t.replace(/^titel: .*$/m, 'titel: "<img src=x onerror=alert(1)>"')),
    file: 'handreiking.yaml',
    field: 'titel',
    message: /</,
  },
];

/** Variants found by trying the rules above as an attacker would (second round). */
export const evasions: Fault[] = [
  {
    name: 'an e-mail address written with a character reference',
    change: (c) => c.edit(EXAMPLE, appendToBody('Mail jan&#64;example.nl voor vragen.')),
    file: EXAMPLE,
    field: 'tekst',
    message: /e-mailadres in \(jan@example\.nl\), zoals de lezer het ziet/,
  },
  {
    name: 'a phone number split by bold text',
    change: (c) => c.edit(TIP, appendToBody('Bel 06-**1234**5678.')),
    file: TIP,
    field: 'tekst',
    message: /telefoonnummer in \(06-12345678\), zoals de lezer het ziet/,
  },
  {
    name: 'a phone number with an invisible zero-width space',
    change: (c) => c.edit(CHAPTER, appendToBody('Bel 06\u200b12345678.')),
    file: CHAPTER,
    field: 'tekst',
    message: /telefoonnummer in \(0612345678\)/,
  },
  {
    name: 'an e-mail address hidden in a YAML escape',
    change: (c) =>
      c.edit(EXAMPLE, (t) => t.replace(/^samenvatting: (.*)$/m, 'samenvatting: "Mail jan\\x40example.nl."')),
    file: EXAMPLE,
    field: 'samenvatting',
    message: /e-mailadres in \(jan@example\.nl\)/,
  },
  {
    name: 'a percent-encoded mailto address',
    change: (c) => c.edit(LAW, appendToBody('[Mail ons](mailto:jan%40example.nl)')),
    file: LAW,
    field: 'tekst',
    message: /e-mailadres in \(jan@example\.nl\)/,
  },
  {
    name: 'a phone number in a file name',
    change: (c) => c.write('tips/bel-06-12345678.mdx', '---\ntitel: x\n---\n\nTekst.\n'),
    file: 'tips/bel-06-12345678.mdx',
    field: 'bestandsnaam',
    message: /telefoonnummer in \(06-12345678\)/,
  },
  {
    name: 'a paragraph of emphasis markers that would stall the parser',
    change: (c) => c.edit(TIP, appendToBody('*_a'.repeat(3000))),
    file: TIP,
    field: 'tekst',
    message: /tekens \* of _/,
  },
  {
    name: 'quotes nested a thousand deep',
    change: (c) => c.edit(EXAMPLE, appendToBody(`${'>'.repeat(1000)} x`)),
    file: EXAMPLE,
    field: 'tekst',
    message: /lagen diep in elkaar genest/,
  },
  {
    name: 'a box inside a box',
    change: (c) => c.edit(CHAPTER, appendToBody('<Info titel="a">\n\n<Info titel="b">\n\nx\n\n</Info>\n\n</Info>')),
    file: CHAPTER,
    field: 'tekst',
    message: /kaders kunnen niet in elkaar staan/,
  },
  {
    name: 'an anchor with a broken percent sign',
    change: (c) => c.edit(CHAPTER, appendToBody('[x](#%)')),
    file: CHAPTER,
    field: 'tekst',
    message: /Het anker "#%"/,
  },
  {
    name: 'an external link in capitals',
    change: (c) => c.edit(TIP, appendToBody('[x](HTTPS://kwaadaardig.example/)')),
    file: TIP,
    field: 'tekst',
    message: /geen gewoon webadres/,
  },
  {
    name: 'a second definition of an image name that hides the first',
    change: (c) =>
      c.edit(EXAMPLE, appendToBody('![foto][x]\n\n[x]: https://kwaadaardig.example/a.png\n[x]: /afbeeldingen/a.png')),
    file: EXAMPLE,
    field: 'tekst',
    message: /komt van een andere plek dan deze site/,
  },
  {
    name: 'a NUL character in the text',
    change: (c) => c.edit(TIP, appendToBody('Tekst\u0000met een nulteken.')),
    file: TIP,
    message: /onzichtbaar stuurteken in \(U\+0000\)/,
  },
  {
    name: 'an escape character written as a YAML escape',
    change: (c) => c.edit(EXAMPLE, (t) => t.replace(/^titel: (.*)$/m, 'titel: "Zorgmail\\x1bRijswijk"')),
    file: EXAMPLE,
    field: 'titel',
    message: /onzichtbaar stuurteken in dit veld/,
  },
  {
    name: 'a date that does not exist',
    change: (c) => c.edit(EXAMPLE, (t) => t.replace(/^laatstGecontroleerd: .*$/m, 'laatstGecontroleerd: 2026-02-31')),
    file: EXAMPLE,
    field: 'laatstGecontroleerd',
    message: /datum/i,
  },
  {
    name: 'the word list replaced by a folder',
    change: (c) => {
      rmSync(join(c.contentDir, 'zoeken/woorden.yaml'));
      mkdirSync(join(c.contentDir, 'zoeken/woorden.yaml'));
    },
    file: 'zoeken/woorden.yaml',
    message: /Deze map hoort niet bij de handreiking/,
  },
  {
    name: 'the site identity as a symlink to a secret file',
    change: (c) => {
      writeFileSync(join(c.root, 'geheim.yaml'), 'GEHEIM_TOKEN: abc\nbeheer: geheim@example.nl\n');
      rmSync(join(c.contentDir, 'handreiking.yaml'));
      symlinkSync(join(c.root, 'geheim.yaml'), join(c.contentDir, 'handreiking.yaml'));
    },
    file: 'handreiking.yaml',
    message: /symbolische koppeling/,
  },
];
