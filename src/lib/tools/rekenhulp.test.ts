import { describe, expect, it } from 'vitest';
import {
  beschrijf,
  beschrijfKinderen,
  beschrijfSchoolklassen,
  bereken,
  formatGetal,
  leesGeheelGetal,
  leesPercentage,
  MELDINGEN,
  valideer,
  type Invoer,
} from './rekenhulp.ts';

const ok = (invoer: Invoer) => {
  const result = valideer(invoer);
  if (!result.ok) throw new Error(result.fouten.map((fout) => fout.melding).join(' '));
  return result.waarden;
};

describe('the example from the voorwoord', () => {
  const uitkomst = bereken(ok({ inwoners: '5000', aandeel: 'handreiking' }));

  it('gives 1,150 minors and exactly 34.5 children in a municipality of 5,000', () => {
    expect(uitkomst.minderjarigen).toBe(1150);
    expect(uitkomst.kinderen).toBe(34.5);
    expect(uitkomst.perDuizendInwoners).toBe(6.9); // "bijna 7 kinderen per 1.000 inwoners"
  });

  it('says so in plain Dutch, rounded and with the sum step by step', () => {
    const tekst = beschrijf(uitkomst);
    expect(tekst.minderjarigen).toBe(
      'In een gemeente met 5.000 inwoners zijn ongeveer 1.150 inwoners jonger dan 18 jaar.',
    );
    expect(tekst.kinderen).toBe('Van hen krijgen ieder jaar ongeveer 35 kinderen te maken met kindermishandeling.');
    expect(tekst.schoolklassen).toBe('Dat is ruim één schoolklas. We rekenen een schoolklas als 25 kinderen.');
    expect(tekst.perDuizend).toBe('Dat zijn 6,9 kinderen per 1.000 inwoners.');
    expect(tekst.stappen).toEqual([
      '5.000 inwoners × 23% = 1.150 minderjarigen',
      '1.150 minderjarigen × 3% = 34,5 kinderen per jaar',
    ]);
  });
});

describe('choices', () => {
  it('uses 19% minors with the CBS figure', () => {
    const uitkomst = bereken(ok({ inwoners: '5.000', aandeel: 'cbs' }));
    expect(uitkomst.minderjarigen).toBe(950);
    expect(uitkomst.kinderen).toBeCloseTo(28.5, 10);
  });

  it('takes an own share and prevalence with a decimal comma', () => {
    const waarden = ok({ inwoners: '100 000', aandeel: 'eigen', eigenAandeel: '21,5', prevalentie: '3,7 %' });
    expect(waarden).toEqual({ inwoners: 100_000, aandeelProcent: 21.5, prevalentieProcent: 3.7 });
    expect(bereken(waarden).kinderen).toBeCloseTo(795.5, 8);
  });

  it('uses 3% when the prevalence is left empty', () => {
    expect(ok({ inwoners: '1', aandeel: 'handreiking', prevalentie: '  ' }).prevalentieProcent).toBe(3);
  });

  it('ignores the own share unless it is chosen', () => {
    expect(ok({ inwoners: '10', aandeel: 'handreiking', eigenAandeel: 'onzin' }).aandeelProcent).toBe(23);
  });
});

describe('validation messages in Dutch', () => {
  const fouten = (invoer: Invoer) => {
    const result = valideer(invoer);
    return result.ok ? [] : result.fouten;
  };

  it('asks for the number of inhabitants', () => {
    expect(fouten({ inwoners: ' ', aandeel: 'handreiking' })).toEqual([
      { veld: 'inwoners', melding: MELDINGEN.inwonersLeeg },
    ]);
  });

  it.each(['5,5', '5000.5', 'vijfduizend', '-5', '5.00', '12.3456', '1e4'])('rejects %s as a whole number', (value) => {
    expect(fouten({ inwoners: value, aandeel: 'handreiking' })).toEqual([
      { veld: 'inwoners', melding: MELDINGEN.inwonersGeenGetal },
    ]);
  });

  it('rejects zero and more than the Netherlands has', () => {
    expect(fouten({ inwoners: '0', aandeel: 'handreiking' })[0]?.melding).toBe(MELDINGEN.inwonersNul);
    expect(fouten({ inwoners: '20.000.001', aandeel: 'handreiking' })[0]?.melding).toBe(MELDINGEN.inwonersTeGroot);
    expect(fouten({ inwoners: '20.000.000', aandeel: 'handreiking' })).toEqual([]);
  });

  it('asks for an own share when that is chosen, between 0 and 100', () => {
    expect(fouten({ inwoners: '5000', aandeel: 'eigen' })[0]).toEqual({
      veld: 'eigenAandeel',
      melding: MELDINGEN.aandeelLeeg,
    });
    for (const value of ['0', '101', 'veel'])
      expect(fouten({ inwoners: '5000', aandeel: 'eigen', eigenAandeel: value })[0]?.melding).toBe(
        MELDINGEN.aandeelOngeldig,
      );
  });

  it('rejects an impossible prevalence', () => {
    expect(fouten({ inwoners: '5000', aandeel: 'handreiking', prevalentie: '0' })[0]?.veld).toBe('prevalentie');
    expect(fouten({ inwoners: '5000', aandeel: 'handreiking', prevalentie: '300' })[0]?.veld).toBe('prevalentie');
  });

  it('reports every wrong field at once, in form order', () => {
    expect(
      fouten({ inwoners: '', aandeel: 'eigen', eigenAandeel: 'x', prevalentie: 'y' }).map((fout) => fout.veld),
    ).toEqual(['inwoners', 'eigenAandeel', 'prevalentie']);
  });
});

describe('reading numbers', () => {
  it('reads whole numbers with Dutch thousands separators', () => {
    expect(leesGeheelGetal('5000')).toBe(5000);
    expect(leesGeheelGetal(' 5.000 ')).toBe(5000);
    expect(leesGeheelGetal('1.234.567')).toBe(1_234_567);
    expect(leesGeheelGetal('5\u00a0000')).toBe(5000);
    expect(leesGeheelGetal('5,000')).toBeUndefined();
  });

  it('reads percentages with comma or point', () => {
    expect(leesPercentage('3')).toBe(3);
    expect(leesPercentage('3,5')).toBe(3.5);
    expect(leesPercentage('3.5%')).toBe(3.5);
    expect(leesPercentage('3,5,1')).toBeUndefined();
  });
});

describe('rounding and wording', () => {
  it('formats in Dutch with at most one decimal', () => {
    expect(formatGetal(1150)).toBe('1.150');
    expect(formatGetal(34.5)).toBe('34,5');
    expect(formatGetal(2839.35)).toBe('2.839,4');
  });

  it('rounds children half up and says when it is less than one', () => {
    expect(beschrijfKinderen(34.5)).toBe('ongeveer 35 kinderen');
    expect(beschrijfKinderen(34.49)).toBe('ongeveer 34 kinderen');
    expect(beschrijfKinderen(1.2)).toBe('ongeveer 1 kind');
    expect(beschrijfKinderen(0.3)).toBe('minder dan één kind');
    expect(beschrijfKinderen(6210)).toBe('ongeveer 6.210 kinderen');
  });

  it('makes the number concrete in school classes of 25', () => {
    expect(beschrijfSchoolklassen(5)).toBe('minder dan een halve schoolklas');
    expect(beschrijfSchoolklassen(12.5)).toBe('ongeveer een halve schoolklas');
    expect(beschrijfSchoolklassen(25)).toBe('ongeveer één schoolklas');
    expect(beschrijfSchoolklassen(34.5)).toBe('ruim één schoolklas');
    expect(beschrijfSchoolklassen(45)).toBe('bijna twee schoolklassen');
    expect(beschrijfSchoolklassen(48)).toBe('ongeveer twee schoolklassen');
    expect(beschrijfSchoolklassen(250)).toBe('ongeveer tien schoolklassen');
    expect(beschrijfSchoolklassen(6210)).toBe('ongeveer 248 schoolklassen');
  });
});
