import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileTooLarge, MAX_FILE_BYTES } from './limits.ts';

describe('MAX_FILE_BYTES', () => {
  it('is well above the largest real content file', () => {
    const content = resolve(import.meta.dirname, '../../../content');
    const sizes = readdirSync(content, { recursive: true, encoding: 'utf8' })
      .map((name) => statSync(join(content, name)))
      .filter((stats) => stats.isFile())
      .map((stats) => stats.size);
    expect(Math.max(...sizes) * 5).toBeLessThan(MAX_FILE_BYTES);
  });
});

describe('fileTooLarge', () => {
  it('says in Dutch how large the file is and what is allowed', () => {
    expect(fileTooLarge(312 * 1024)).toEqual({
      message: 'Dit bestand is te groot (312 kB). Een bestand mag hoogstens 200 kB zijn.',
      hint: 'Verdeel de tekst over meer bestanden, of haal ingeplakte afbeeldingen en grote tabellen eruit.',
    });
  });

  it('never shows a file just over the limit as the limit itself', () => {
    expect(fileTooLarge(MAX_FILE_BYTES + 1).message).toContain('(201 kB)');
  });

  it('writes large sizes the Dutch way', () => {
    expect(fileTooLarge(2_000 * 1024).message).toContain('(2.000 kB)');
  });
});
