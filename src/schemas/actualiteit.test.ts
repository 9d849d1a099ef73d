import { describe, expect, it } from 'vitest';
import { createSchemas } from './collections.ts';
import { strictReference } from './common.ts';
import { COLLECTION_NAMES, COLLECTIONS } from './registry.ts';

const schemas = createSchemas(strictReference);

describe('the currency fields', () => {
  it('are on every collection that makes pages, and required there', () => {
    const withPages = COLLECTION_NAMES.filter((name) => 'pageFolder' in COLLECTIONS[name]);
    expect(withPages.length).toBeGreaterThan(0);
    for (const name of withPages) {
      const shape =
        (schemas[name] as unknown as { shape?: Record<string, unknown> }).shape ??
        (schemas[name] as unknown as { def: { in?: { shape: Record<string, unknown> } } }).def.in?.shape;
      expect(Object.keys(shape ?? {}), name).toEqual(
        expect.arrayContaining(['laatstGecontroleerd', 'sindsdienVeranderd', 'wijzigingen']),
      );
    }
    const theme = { titel: 'Preventie', samenvatting: 'Voorkomen.', volgorde: 1 };
    expect(schemas.themas.safeParse(theme).success).toBe(false);
    expect(schemas.themas.safeParse({ ...theme, laatstGecontroleerd: '2026-11-28' }).success).toBe(true);
  });

  it('accept a change since the source with its citation, and change notes of one line', () => {
    const theme = {
      titel: 'Veiligheid',
      samenvatting: 'Veilig.',
      volgorde: 2,
      laatstGecontroleerd: '2026-11-28',
      sindsdienVeranderd: [
        {
          datum: '2020-01-01',
          tekst: 'De Wet BOPZ is vervangen.',
          bron: { titel: 'Wvggz', url: 'https://wetten.overheid.nl/BWBR0040635/' },
        },
      ],
      wijzigingen: [{ datum: '2026-11-29', tekst: 'BOPZ bijgewerkt.' }],
    };
    const parsed = schemas.themas.parse(theme);
    expect(parsed.sindsdienVeranderd?.[0]?.datum).toEqual(new Date('2020-01-01T00:00:00Z'));
    const twoLines = { ...theme, wijzigingen: [{ datum: '2026-11-29', tekst: 'Regel een.\nRegel twee.' }] };
    expect(schemas.themas.safeParse(twoLines).error?.issues[0]?.message).toBe('een-regel');
    const httpSource = {
      ...theme,
      sindsdienVeranderd: [{ ...theme.sindsdienVeranderd[0], bron: { titel: 'x', url: 'http://x.nl/' } }],
    };
    expect(schemas.themas.safeParse(httpSource).success).toBe(false);
  });
});
