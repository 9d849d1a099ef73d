import { describe, expect, it } from 'vitest';
import { entryPath, withBase } from './routes.ts';

describe('entryPath', () => {
  it('uses the Dutch URL folders', () => {
    expect(entryPath('wetsartikelen', 'jeugdwet-2-1')).toBe('/wetgeving/jeugdwet-2-1/');
    expect(entryPath('praktijkvoorbeelden', 'zorgmail-rijswijk')).toBe('/praktijkvoorbeelden/zorgmail-rijswijk/');
    expect(entryPath('begrippen', 'vir')).toBe('/begrippen/#vir');
  });
});

describe('withBase', () => {
  it('puts a sub-path in front of site links only', () => {
    expect(withBase('/tips/', '/handreiking/')).toBe('/handreiking/tips/');
    expect(withBase('/', '/handreiking/')).toBe('/handreiking/');
    expect(withBase('/tips/', '/')).toBe('/tips/');
    expect(withBase('https://wetten.overheid.nl/', '/handreiking/')).toBe('https://wetten.overheid.nl/');
    expect(withBase('//cdn.example/x', '/handreiking/')).toBe('//cdn.example/x');
  });
});
