import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { relatedItems, sharedThemes, stem, stems, type TextPiece } from './verwant.ts';

describe('words', () => {
  it('stems Dutch words and maps synonyms', () => {
    expect(stem('voorlichting')).toBe(stem('voorlichten'));
    expect(stem('inkopen')).toBe(stem('inkoop'));
    expect(stem('Zwangere')).toBe('zwanger');
    expect(stem('verloskundigen')).toBe(stem('kraamzorg'));
    expect(stem('jeugdgezondheidszorg')).toBe('jgz');
    expect(stem('geïnformeerd')).toBe(stem('geinformeerd'));
    expect(stem('screenen')).toBe(stem('screening'));
    expect(stem('subsidies')).toBe(stem('subsidie'));
  });

  it('drops common words, link targets and components, and keeps Veilig Thuis together', () => {
    const found = stems(
      'De gemeente zorgt dat kinderen [hulp](/tips/formeer-duos/) krijgen, omdat het moet. <Tip id="x" /> Veilig Thuis',
    );
    expect([...found]).toEqual(['veiligthuis']);
  });
});

describe('sharedThemes', () => {
  it('finds the themes every item has', () => {
    expect([...sharedThemes([{ themes: ['a', 'b'] }, { themes: ['b', 'c'] }])]).toEqual(['b']);
    expect([...sharedThemes([])]).toEqual([]);
  });
});

describe('relatedItems', () => {
  const piece = (id: string, title: string, text: string, themes = ['x'], collection = 'tips'): TextPiece => ({
    collection,
    id,
    title,
    text,
    themes,
  });
  const candidates = [
    piece('geboortezorg', 'Betrek de geboortezorg', 'Verloskundigen zien bijna alle zwangere vrouwen.'),
    piece('duos', "Formeer duo's", 'Professionals overleggen over een gezin.', ['samenwerking']),
    piece('screening', 'Prenatale screening', 'Zwangere vrouwen vroeg in beeld.', ['x'], 'praktijkvoorbeelden'),
    piece('anders', 'Iets anders', 'De gemeente doet veel voor kinderen.', ['x'], 'praktijkvoorbeelden'),
  ];
  const action = piece(
    'action',
    'Screening van zwangere vrouwen',
    'Kraamzorg en verloskundigen zien bijna alle zwangere vrouwen.',
    ['x', 'samenwerking'],
  );

  it('finds items by shared words, per collection, best first', () => {
    const result = relatedItems(action, candidates, { ignoreThemes: new Set(['x']) });
    expect(result.map((item) => item.id)).toEqual(['geboortezorg', 'screening']);
    expect(result[0]?.words).toEqual(expect.arrayContaining(['geboortezorg', 'vrouw', 'zwanger']));
  });

  it('never matches on a shared theme alone', () => {
    const result = relatedItems(action, candidates, { ignoreThemes: new Set(['x']), threshold: 0 });
    expect(result.map((item) => item.id)).not.toContain('duos');
    expect(result.map((item) => item.id)).not.toContain('anders');
  });

  it('ignores themes every action has, and limits the number of results', () => {
    const withTheme = relatedItems(action, candidates, { threshold: 0 });
    const without = relatedItems(action, candidates, { threshold: 0, ignoreThemes: new Set(['x']) });
    expect(withTheme[0]!.score).toBeGreaterThan(without[0]!.score);
    expect(relatedItems(action, candidates, { threshold: 0, max: 1 }).map((item) => item.collection)).toEqual([
      'tips',
      'praktijkvoorbeelden',
    ]);
  });
});

describe('on the real content', () => {
  const root = resolve(import.meta.dirname, '../../../content');
  const frontmatter = (text: string) => parse(text.split('---')[1]!) as Record<string, never>;
  const candidates: TextPiece[] = ['tips', 'praktijkvoorbeelden'].flatMap((collection) =>
    readdirSync(resolve(root, collection)).map((file) => {
      const text = readFileSync(resolve(root, collection, file), 'utf8');
      const data = frontmatter(text);
      return {
        collection,
        id: file.replace(/\.mdx$/, ''),
        title: data.titel,
        text: data.samenvatting,
        body: text.split('---').slice(2).join('---'),
        themes: data.themas,
        preventionLevel: data.preventieniveau,
      };
    }),
  );
  const actions: TextPiece[] = readdirSync(resolve(root, 'preventieve-acties')).map((file) => {
    const data = parse(readFileSync(resolve(root, 'preventieve-acties', file), 'utf8')) as Record<string, never>;
    return {
      collection: 'preventieveActies',
      id: file.replace(/\.yaml$/, ''),
      title: data.titel,
      text: data.uitleg,
      themes: data.themas,
      preventionLevel: data.preventieniveau,
    };
  });
  const ignoreThemes = sharedThemes(actions);
  const ids = (actionId: string) =>
    relatedItems(
      actions.find((action) => action.id === actionId)!,
      candidates,
      { ignoreThemes },
    ).map((item) => item.id);

  it('ignores preventie, the theme all twelve actions share', () => {
    expect([...ignoreThemes]).toEqual(['preventie']);
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
    for (const action of actions) {
      const result = relatedItems(action, candidates, { ignoreThemes });
      expect(result.filter((item) => item.collection === 'tips').length).toBeLessThanOrEqual(3);
      expect(result.filter((item) => item.collection === 'praktijkvoorbeelden').length).toBeLessThanOrEqual(3);
    }
    expect(ids('09-zorg-kinderen-vrouwenopvang')).toEqual([]);
  });
});
