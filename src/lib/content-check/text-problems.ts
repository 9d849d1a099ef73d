// Problems in the text of a file that the schema cannot see: personal data (also when it only shows in
// the text as readers see it) and control characters. Used for content files and settings files.
import { findPersonalData, type PersonalDataHit } from './personal-data.ts';
import type { Problem } from './problem.ts';
import { plainText, type TextPiece } from './decoded-text.ts';

/** Personal data that only shows in the text as readers see it (decoded-text.ts), not in the raw file. */
export function hiddenPersonalData(pieces: TextPiece[], rawHits: PersonalDataHit[], file: string): Problem[] {
  // Compared without separators and case, so "06-12345678" and "0612345678" are one finding.
  const digitsOrText = (value: string) => value.replace(/[^\p{L}\p{N}@]/gu, '').toLowerCase();
  const reported = new Set(rawHits.map((hit) => digitsOrText(hit.value)));
  return pieces.flatMap((piece) =>
    findPersonalData(plainText(piece.text)).flatMap((hit) => {
      const key = digitsOrText(hit.value);
      if (reported.has(key)) return [];
      reported.add(key);
      return [
        {
          file,
          line: piece.line,
          field: piece.field,
          message: `Er staat een ${hit.kind} in (${hit.value}), zoals de lezer het ziet. Persoonsgegevens horen niet in de handreiking.`,
          hint: 'Ook met tekens of opmaak ertussen telt het als persoonsgegeven. Noem de organisatie en verwijs naar haar website.',
        },
      ];
    }),
  );
}

/** Characters that are invisible or steer the text direction have no place in a text; NUL breaks feeds. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

export function controlCharacterProblems(text: string, file: string): Problem[] {
  const index = text.search(CONTROL);
  if (index === -1) return [];
  const code = text.codePointAt(index)!.toString(16).toUpperCase().padStart(4, '0');
  return [
    {
      file,
      line: text.slice(0, index).split('\n').length,
      message: `Er staat een onzichtbaar stuurteken in (U+${code}).`,
      hint: 'Typ de regel opnieuw, of plak de tekst eerst in een eenvoudige teksteditor.',
    },
  ];
}

/** Control characters written as YAML escapes ("\x1b", "\u202e"): invisible in the file itself. */
export function controlInValues(pieces: TextPiece[], file: string): Problem[] {
  const piece = pieces.find((candidate) => candidate.field !== 'tekst' && CONTROL.test(candidate.text));
  if (!piece) return [];
  return [
    {
      file,
      line: piece.line,
      field: piece.field,
      message: 'Er staat een onzichtbaar stuurteken in dit veld.',
      hint: 'Schrijf de tekst zonder \\x- of \\u-codes.',
    },
  ];
}

/** Contact details of people never belong in the handreiking, in any collection or field. */
export function personalDataProblems(
  text: string,
  hits: PersonalDataHit[],
  file: string,
  bodyLine?: number,
): Problem[] {
  const lines = text.split('\n');
  return hits.map((hit) => ({
    file,
    line: hit.line,
    // The field on that line, or the text of an MDX file.
    field:
      bodyLine !== undefined && hit.line >= bodyLine
        ? 'tekst'
        : /^\s*(?:-\s*)?([A-Za-z]\w*):/.exec(lines[hit.line - 1] ?? '')?.[1],
    message: `Er staat een ${hit.kind} in (${hit.value}). Persoonsgegevens horen niet in de handreiking.`,
    hint: 'Noem de organisatie en verwijs met "link:" naar haar website.',
  }));
}
