import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { gedeeldeThemas, stam, verwant, woorden, type Tekststuk } from './verwant.ts';

describe('words', () => {
  it('stems Dutch words lightly and maps synonyms', () => {
    expect(stam('voorlichting')).toBe(stam('voorlichten'));
    expect(stam('Zwangere')).toBe('zwanger');
    expect(stam('verloskundigen')).toBe(stam('kraamzorg'));
    expect(stam('jeugdgezondheidszorg')).toBe('jgz');
    expect(stam('geïnformeerd')).toBe(stam('geinformeerd'));
  });

  it('drops common words, link targets and components, and keeps Veilig Thuis together', () => {
    const found = woorden(
      'De gemeente zorgt dat kinderen [hulp](/tips/formeer-duos/) krijgen. <Tip id="x" /> Veilig Thuis',
    );
    expect([...found]).toEqual(['veiligthui']);
  });
});

describe('gedeeldeThemas', () => {
  it('finds the themes every item has', () => {
    expect([...gedeeldeThemas([{ themas: ['a', 'b'] }, { themas: ['b', 'c'] }])]).toEqual(['b']);
    expect([...gedeeldeThemas([])]).toEqual([]);
  });
});

describe('verwant', () => {
  const stuk = (id: string, titel: string, tekst: string, themas = ['x'], collection = 'tips'): Tekststuk => ({
    collection,
    id,
    titel,
    tekst,
    themas,
  });
  const kandidaten = [
    stuk('geboortezorg', 'Betrek de geboortezorg', 'Verloskundigen zien bijna alle zwangere vrouwen.'),
    stuk('duos', "Formeer duo's", 'Professionals overleggen over een gezin.', ['samenwerking']),
    stuk('screening', 'Prenatale screening', 'Zwangere vrouwen vroeg in beeld.', ['x'], 'praktijkvoorbeelden'),
    stuk('anders', 'Iets anders', 'De gemeente doet veel voor kinderen.', ['x'], 'praktijkvoorbeelden'),
  ];
  const actie = stuk(
    'actie',
    'Screening van zwangere vrouwen',
    'Kraamzorg en verloskundigen zien bijna alle zwangere vrouwen.',
    ['x', 'samenwerking'],
  );

  it('finds items by shared words, per collection, best first', () => {
    const result = verwant(actie, kandidaten, { negeerThemas: new Set(['x']) });
    expect(result.map((item) => item.id)).toEqual(['geboortezorg', 'screening']);
    expect(result[0]?.woorden).toEqual(expect.arrayContaining(['geboortezorg', 'vrouw', 'zwanger']));
  });

  it('never matches on a shared theme alone', () => {
    const result = verwant(actie, kandidaten, { negeerThemas: new Set(['x']), drempel: 0 });
    expect(result.map((item) => item.id)).not.toContain('duos');
    expect(result.map((item) => item.id)).not.toContain('anders');
  });

  it('ignores themes every action has, and limits the number of results', () => {
    const withTheme = verwant(actie, kandidaten, { drempel: 0 });
    const without = verwant(actie, kandidaten, { drempel: 0, negeerThemas: new Set(['x']) });
    expect(withTheme[0]!.score).toBeGreaterThan(without[0]!.score);
    expect(verwant(actie, kandidaten, { drempel: 0, max: 1 }).map((item) => item.collection)).toEqual([
      'tips',
      'praktijkvoorbeelden',
    ]);
  });
});

describe('on the real content', () => {
  const root = resolve(import.meta.dirname, '../../../content');
  const frontmatter = (text: string) => parse(text.split('---')[1]!) as Record<string, never>;
  const kandidaten: Tekststuk[] = ['tips', 'praktijkvoorbeelden'].flatMap((collection) =>
    readdirSync(resolve(root, collection)).map((file) => {
      const text = readFileSync(resolve(root, collection, file), 'utf8');
      const data = frontmatter(text);
      return {
        collection,
        id: file.replace(/\.mdx$/, ''),
        titel: data.titel,
        tekst: data.samenvatting,
        inhoud: text.split('---').slice(2).join('---'),
        themas: data.themas,
        preventieniveau: data.preventieniveau,
      };
    }),
  );
  const acties: Tekststuk[] = readdirSync(resolve(root, 'preventieve-acties')).map((file) => {
    const data = parse(readFileSync(resolve(root, 'preventieve-acties', file), 'utf8')) as Record<string, never>;
    return {
      collection: 'preventieveActies',
      id: file.replace(/\.yaml$/, ''),
      titel: data.titel,
      tekst: data.uitleg,
      themas: data.themas,
      preventieniveau: data.preventieniveau,
    };
  });
  const negeerThemas = gedeeldeThemas(acties);
  const ids = (actieId: string) =>
    verwant(
      acties.find((actie) => actie.id === actieId)!,
      kandidaten,
      { negeerThemas },
    ).map((item) => item.id);

  it('ignores preventie, the theme all twelve actions share', () => {
    expect([...negeerThemas]).toEqual(['preventie']);
  });

  it('links actions to the tips and examples that are about the same thing', () => {
    expect(ids('01-screening-zwangere-vrouwen')).toEqual(
      expect.arrayContaining(['zorg-voor-betrokkenheid-geboortezorg', 'prenatale-screening-zwolle']),
    );
    expect(ids('04-gespreksprotocollen-jgz')).toContain('betrek-de-jgz-bij-de-screening');
    expect(ids('05-opvoedondersteuning')).toContain('opvoedondersteuning-zwolle');
    expect(ids('06-voorlichting-kinderen')).toContain('regionaal-voorlichtingsaanbod-zwolle');
    expect(ids('07-professionals-en-meldcode')).toEqual(
      expect.arrayContaining(['steek-de-hand-in-eigen-boezem', 'meldcode-en-screening-zwolle']),
    );
    expect(ids('08-psycho-educatie')).toEqual(['psycho-educatie-zwolle']);
    expect(ids('10-voorlichting-inwoners')).toContain('voorlichting-en-communicatie-zwolle');
    expect(ids('11-aandachtsfunctionarissen')).toContain('aandachtsfunctionaris-zwijndrecht');
  });

  it('gives every action at most three tips and three examples, and some actions nothing rather than noise', () => {
    for (const actie of acties) {
      const result = verwant(actie, kandidaten, { negeerThemas });
      expect(result.filter((item) => item.collection === 'tips').length).toBeLessThanOrEqual(3);
      expect(result.filter((item) => item.collection === 'praktijkvoorbeelden').length).toBeLessThanOrEqual(3);
    }
    expect(ids('09-zorg-kinderen-vrouwenopvang')).toEqual([]);
  });
});
