import { describe, expect, it } from 'vitest';
import { findPersonalData, passesElevenTest } from './personal-data.ts';

const kinds = (text: string) => findPersonalData(text).map((hit) => [hit.kind, hit.value]);

describe('findPersonalData', () => {
  it('finds e-mail addresses and Dutch phone numbers with their line', () => {
    const hits = findPersonalData('Bel 06-12345678.\nMail j.jansen@zwolle.nl of bel (038) 498 2000.\n+31 6 1234 5678');
    expect(hits.map((hit) => [hit.kind, hit.line])).toEqual([
      ['e-mailadres', 2],
      ['telefoonnummer', 1],
      ['telefoonnummer', 2],
      ['telefoonnummer', 3],
    ]);
  });

  it('counts lines from 1, also far into a long text', () => {
    const text = `${'regel\n'.repeat(499)}Bel 06-12345678 of mail a@b.nl.`;
    expect(findPersonalData(text).map((hit) => hit.line)).toEqual([500, 500]);
  });

  it('leaves years, amounts and percentages alone', () => {
    expect(findPersonalData('In 2017–2018 kostte het € 100.000 (3,14%), 120.000 kinderen, BWBR0034925.')).toEqual([]);
  });
});

describe('phone numbers', () => {
  it.each([
    // Mobile, in every common notation.
    '0612345678',
    '06-12345678',
    '06 12345678',
    '06 1234 5678',
    '06-1234 5678',
    '06 12 34 56 78',
    '06.12.34.56.78',
    '06/12345678',
    '06 - 12 34 56 78',
    '06–12345678',
    '06\u00a012345678',
    '(06) 12345678',
    // International.
    '+31612345678',
    '+31 6 12345678',
    '+31 6 1234 5678',
    '+31 6 12 34 56 78',
    '+31-6-12345678',
    '+316 12345678',
    '+31 (0)6-12345678',
    '+31 (0) 6 12 34 56 78',
    '+31(0)612345678',
    '+31 06 12345678',
    '0031 6 12 34 56 78',
    '0031-6-12345678',
    '0031612345678',
    '0031 (0)6 12345678',
    // Landlines with a three-digit area code (including its zero).
    '010-1234567',
    '010 123 45 67',
    '020 - 123 45 67',
    '(038) 498 2000',
    '(030) 123 4567',
    '030/1234567',
    '+31 10 123 45 67',
    '+31 (0)38 498 2000',
    '+3138 498 2000',
    // And with a four-digit area code.
    '0111 123456',
    '0111-123456',
    '0111-12 34 56',
    '(0111) 12 34 56',
    '0599.123.456',
    '+31 111 123456',
    // Numbers outside the area-code plan: anyone's direct line.
    '088 123 4567',
    '085-1234567',
  ])('finds %s', (number) => {
    expect(kinds(`Bel ${number}.`)).toEqual([['telefoonnummer', number]]);
  });

  it('finds a number glued to a label, in a tel: link and in a table', () => {
    expect(kinds('tel.06-12345678')).toEqual([['telefoonnummer', '06-12345678']]);
    expect(kinds('Tel:0612345678')).toEqual([['telefoonnummer', '0612345678']]);
    expect(kinds('[bel ons](tel:+31612345678)')).toEqual([['telefoonnummer', '+31612345678']]);
    expect(kinds('| Jan | 06-12345678 |')).toEqual([['telefoonnummer', '06-12345678']]);
  });

  it('finds two numbers written one after the other', () => {
    expect(kinds('06 12345678 / 010 1234567')).toEqual([
      ['telefoonnummer', '06 12345678'],
      ['telefoonnummer', '010 1234567'],
    ]);
    expect(kinds('06-12345678/06-87654321')).toEqual([
      ['telefoonnummer', '06-12345678'],
      ['telefoonnummer', '06-87654321'],
    ]);
  });

  it('allows the 0800 and 0900 numbers of organisations', () => {
    expect(kinds('Bel Veilig Thuis: 0800-2000, de Kindertelefoon: 0800 0432 of 0900-1234567.')).toEqual([]);
    expect(kinds('0800 123 4567, 0906-1234567, 0909 1234567')).toEqual([]);
  });

  it.each([
    ['a year, a range of years', 'In 2016 en in 2016-2018, 2017–2018, 2016 2017 2018.'],
    ['amounts', 'Het kost € 1.500.000, 120.000 kinderen, € 12.345.678,90, 17 000 000 inwoners.'],
    ['percentages and decimals', 'Dat is 3,14 %, 0,5% of 12,5 procent; 0,0612345678.'],
    ['dates', 'Op 01-01-2020, 01.01.2020, 1/1/2020, 06-06-2016 t/m 06-06-2018, 2026-11-28.'],
    ['times', 'Open van 08.30-17.00 uur, 24/7.'],
    ['ages', 'Kinderen van 0-4 jaar, 0–18 jaar, 12-18 jaar.'],
    ['article numbers', 'Zie artikel 2.1.2, artikel 5.1.1 – 5.4.1 Wmo 2015, 2015-5-2-6, 1065-1078.'],
    ['legal references', 'Stb. 2013, 142; Kamerstukken II 2015/16, 34 516, nr. 3; BWBR0034925; ECLI:NL:HR:2019:1234.'],
    ['ISBNs', 'ISBN 978-90-1234-567-8, ISBN 0-306-40615-2, ISBN 90-5712-345-6, 9789012345678.'],
    ['KvK numbers (8 digits)', 'KvK 41234567, KvK-nummer 01234567.'],
    ['postcodes', '8011 PK Zwolle, 1012AB Amsterdam.'],
    ['a list of numbers', '01 02 03 04 05 06'],
    ['short service numbers', 'Bel 112, 14 038 of 0800-2000.'],
    ['incomplete or too long numbers', '06-1234567, 06-123456789, 010-123456, 0612345678901.'],
    ['foreign numbers', 'Belgische collega: +32 2 123 45 67.'],
  ])('leaves %s alone', (_name, text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('leaves numbers in web addresses alone', () => {
    expect(kinds('Zie https://www.example.nl/path/0612345678 en http://example.nl/?id=0612345678.')).toEqual([]);
    expect(kinds('[Plan](https://zoek.officielebekendmakingen.nl/gmb-2017-123456782.html)')).toEqual([]);
    expect(kinds('Zie www.example.nl/0612345678.')).toEqual([]);
    expect(kinds('Zie https://www.example.nl/ of bel 06-12345678.')).toEqual([['telefoonnummer', '06-12345678']]);
  });
});

describe('citizen service numbers (BSN)', () => {
  it.each(['123456782', '123.456.782', '123 456 782', '1234.56.782', '1234 56 782', '123-456-782', '111222333'])(
    'finds %s',
    (number) => {
      expect(kinds(`BSN: ${number}.`)).toEqual([['burgerservicenummer', number]]);
    },
  );

  it('finds a BSN with a leading zero', () => {
    expect(passesElevenTest('012345672')).toBe(true);
    expect(kinds('bsn 012345672')).toEqual([['burgerservicenummer', '012345672']]);
  });

  it.each([
    ['a number that fails the elfproef', '123456789'],
    ['all zeros', '000000000'],
    ['another grouping', '12.345.6782'],
    ['mixed separators', '123.456 782'],
    ['eight digits', '12345678'],
    ['ten digits', '1234567829'],
    ['an amount in euros', '€ 123.456.782'],
    ['an amount with cents', '123.456.782,50'],
    ['an amount with ,-', '123.456.782,-'],
    ['an amount followed by euro', '123.456.782 euro'],
    ['part of a longer amount', '1.123.456.782'],
    ['part of an identifier', 'BWBR123456782'],
  ])('leaves %s alone', (_name, text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('applies the elfproef', () => {
    expect(passesElevenTest('123456782')).toBe(true);
    expect(passesElevenTest('123456789')).toBe(false);
    expect(passesElevenTest('000000000')).toBe(false);
    expect(passesElevenTest('12345678')).toBe(false);
    expect(passesElevenTest('12345678a')).toBe(false);
  });
});

describe('e-mail addresses', () => {
  it.each([
    'j.jansen@zwolle.nl',
    'Jan.Jansen@Gemeente-Zwolle.NL',
    'j+handreiking@voorbeeld.co.uk',
    'józef.kowalski@voorbeeld.nl',
    'info@ggd.voorbeeld.nl',
    // Hidden from spam robots.
    'naam [at] domein.nl',
    'naam(at)domein.nl',
    'naam (at) domein.nl',
    'naam[at]domein.nl',
    'naam {at} domein.nl',
    'naam [@] domein.nl',
    'naam (at) domein (punt) nl',
    'naam [at] domein [dot] nl',
  ])('finds %s', (address) => {
    expect(kinds(`Mail ${address} voor meer.`)).toEqual([['e-mailadres', address]]);
  });

  it('finds an address in a mailto: link', () => {
    expect(kinds('[mail ons](mailto:info@zwolle.nl)')).toEqual([['e-mailadres', 'info@zwolle.nl']]);
  });

  it.each([
    ['a handle', 'Volg @gemeentezwolle.'],
    ['the word at', 'Look at domein.nl for more.'],
    ['"at" in brackets without a domain', 'Dit staat (at) random.'],
    ['a web address', 'Zie www.zwolle.nl of https://www.zwolle.nl/contact.'],
    ['an @ without a domain', 'Stuur een mail naar info@ of bel.'],
  ])('leaves %s alone', (_name, text) => {
    expect(kinds(text)).toEqual([]);
  });
});
