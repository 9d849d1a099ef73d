// Practice examples and tips are public and last for years: they name organisations, never the
// e-mail address or phone number of a person. Finds both in any text of a file.

export interface PersonalDataHit {
  kind: 'e-mailadres' | 'telefoonnummer';
  value: string;
  /** 1-based line in the text searched. */
  line: number;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}/giu;
// Dutch numbers: 06-12345678, 010 123 45 67, +31 6 1234 5678, (030) 123 4567.
const PHONE = /(?<!\d)(?:\+31[\s-]?(?:\(0\))?|\(?0)\d{1,3}\)?(?:[\s-]?\d){6,8}(?!\d)/g;

export function findPersonalData(text: string): PersonalDataHit[] {
  const hits: PersonalDataHit[] = [];
  const lineAt = (index: number) => text.slice(0, index).split('\n').length;
  for (const match of text.matchAll(EMAIL))
    hits.push({ kind: 'e-mailadres', value: match[0], line: lineAt(match.index) });
  for (const match of text.matchAll(PHONE)) {
    const digits = match[0].replace(/\D/g, '');
    // Years and amounts are not phone numbers: a Dutch number has 10 digits, or 11 with 31.
    if (digits.length === 10 || (digits.startsWith('31') && digits.length === 11)) {
      hits.push({ kind: 'telefoonnummer', value: match[0], line: lineAt(match.index) });
    }
  }
  return hits;
}
