import { describe, expect, it } from 'vitest';
import {
  calculate,
  type CalculatorInput,
  describeChildren,
  describeOutcome,
  describeSchoolClasses,
  formatNumber,
  MESSAGES,
  parsePercentage,
  parseWholeNumber,
  validateInput,
} from './model.ts';

const ok = (input: CalculatorInput) => {
  const result = validateInput(input);
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join(' '));
  return result.values;
};

describe('the example from the voorwoord', () => {
  const outcome = calculate(ok({ population: '5000', share: 'handreiking' }));

  it('gives 1,150 minors and exactly 34.5 children in a municipality of 5,000', () => {
    expect(outcome.minors).toBe(1150);
    expect(outcome.children).toBe(34.5);
    expect(outcome.perThousandInhabitants).toBe(6.9); // "bijna 7 kinderen per 1.000 inwoners"
  });

  it('says so in plain Dutch, rounded and with the sum step by step', () => {
    const text = describeOutcome(outcome, 'kindermishandeling');
    expect(text.minors).toBe('In een gemeente met 5.000 inwoners zijn ongeveer 1.150 inwoners jonger dan 18 jaar.');
    expect(text.children).toBe('Van hen krijgen ieder jaar ongeveer 35 kinderen te maken met kindermishandeling.');
    expect(text.schoolClasses).toBe('Dat is ruim één schoolklas. We rekenen een schoolklas als 25 kinderen.');
    expect(text.perThousand).toBe('Dat zijn 6,9 kinderen per 1.000 inwoners.');
    expect(text.steps).toEqual([
      '5.000 inwoners × 23% = 1.150 minderjarigen',
      '1.150 minderjarigen × 3% = 34,5 kinderen per jaar',
    ]);
  });
});

describe('choices', () => {
  it('uses 19% minors with the CBS figure', () => {
    const outcome = calculate(ok({ population: '5.000', share: 'cbs' }));
    expect(outcome.minors).toBe(950);
    expect(outcome.children).toBeCloseTo(28.5, 10);
  });

  it('takes an own share and prevalence with a decimal comma', () => {
    const values = ok({ population: '100 000', share: 'eigen', ownShare: '21,5', prevalence: '3,7 %' });
    expect(values).toEqual({ population: 100_000, sharePercent: 21.5, prevalencePercent: 3.7 });
    expect(calculate(values).children).toBeCloseTo(795.5, 8);
  });

  it('uses 3% when the prevalence is left empty', () => {
    expect(ok({ population: '1', share: 'handreiking', prevalence: '  ' }).prevalencePercent).toBe(3);
  });

  it('ignores the own share unless it is chosen', () => {
    expect(ok({ population: '10', share: 'handreiking', ownShare: 'onzin' }).sharePercent).toBe(23);
  });
});

describe('validation messages in Dutch', () => {
  const errors = (input: CalculatorInput) => {
    const result = validateInput(input);
    return result.ok ? [] : result.errors;
  };

  it('asks for the number of inhabitants', () => {
    expect(errors({ population: ' ', share: 'handreiking' })).toEqual([
      { field: 'population', message: MESSAGES.populationEmpty },
    ]);
  });

  it.each(['5,5', '5000.5', 'vijfduizend', '-5', '5.00', '12.3456', '1e4'])('rejects %s as a whole number', (value) => {
    expect(errors({ population: value, share: 'handreiking' })).toEqual([
      { field: 'population', message: MESSAGES.populationNotWhole },
    ]);
  });

  it('rejects zero and more than the Netherlands has', () => {
    expect(errors({ population: '0', share: 'handreiking' })[0]?.message).toBe(MESSAGES.populationZero);
    expect(errors({ population: '20.000.001', share: 'handreiking' })[0]?.message).toBe(MESSAGES.populationTooLarge);
    expect(errors({ population: '20.000.000', share: 'handreiking' })).toEqual([]);
  });

  it('asks for an own share when that is chosen, between 0 and 100', () => {
    expect(errors({ population: '5000', share: 'eigen' })[0]).toEqual({
      field: 'ownShare',
      message: MESSAGES.shareEmpty,
    });
    for (const value of ['0', '101', 'veel'])
      expect(errors({ population: '5000', share: 'eigen', ownShare: value })[0]?.message).toBe(MESSAGES.shareInvalid);
  });

  it('rejects an impossible prevalence', () => {
    expect(errors({ population: '5000', share: 'handreiking', prevalence: '0' })[0]?.field).toBe('prevalence');
    expect(errors({ population: '5000', share: 'handreiking', prevalence: '300' })[0]?.field).toBe('prevalence');
  });

  it('reports every wrong field at once, in form order', () => {
    expect(
      errors({ population: '', share: 'eigen', ownShare: 'x', prevalence: 'y' }).map((error) => error.field),
    ).toEqual(['population', 'ownShare', 'prevalence']);
  });
});

describe('reading numbers', () => {
  it('reads whole numbers with Dutch thousands separators', () => {
    expect(parseWholeNumber('5000')).toBe(5000);
    expect(parseWholeNumber(' 5.000 ')).toBe(5000);
    expect(parseWholeNumber('1.234.567')).toBe(1_234_567);
    expect(parseWholeNumber('5\u00a0000')).toBe(5000);
    expect(parseWholeNumber('5,000')).toBeUndefined();
  });

  it('reads percentages with comma or point', () => {
    expect(parsePercentage('3')).toBe(3);
    expect(parsePercentage('3,5')).toBe(3.5);
    expect(parsePercentage('3.5%')).toBe(3.5);
    expect(parsePercentage('3,5,1')).toBeUndefined();
  });
});

describe('rounding and wording', () => {
  it('formats in Dutch with at most one decimal', () => {
    expect(formatNumber(1150)).toBe('1.150');
    expect(formatNumber(34.5)).toBe('34,5');
    expect(formatNumber(2839.35)).toBe('2.839,4');
  });

  it('rounds children half up and says when it is less than one', () => {
    expect(describeChildren(34.5)).toBe('ongeveer 35 kinderen');
    expect(describeChildren(34.49)).toBe('ongeveer 34 kinderen');
    expect(describeChildren(1.2)).toBe('ongeveer 1 kind');
    expect(describeChildren(0.3)).toBe('minder dan één kind');
    expect(describeChildren(6210)).toBe('ongeveer 6.210 kinderen');
  });

  it('makes the number concrete in school classes of 25', () => {
    expect(describeSchoolClasses(5)).toBe('minder dan een halve schoolklas');
    expect(describeSchoolClasses(12.5)).toBe('ongeveer een halve schoolklas');
    expect(describeSchoolClasses(25)).toBe('ongeveer één schoolklas');
    expect(describeSchoolClasses(34.5)).toBe('ruim één schoolklas');
    expect(describeSchoolClasses(45)).toBe('bijna twee schoolklassen');
    expect(describeSchoolClasses(48)).toBe('ongeveer twee schoolklassen');
    expect(describeSchoolClasses(250)).toBe('ongeveer tien schoolklassen');
    expect(describeSchoolClasses(6210)).toBe('ongeveer 248 schoolklassen');
  });
});
