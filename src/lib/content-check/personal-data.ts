// Practice examples and tips are public and last for years: they name organisations, never the
// e-mail address, phone number or citizen service number (BSN) of a person. Finds all three in any
// text of a file, in the notations people actually type, without flagging years, amounts, dates,
// article numbers and the like (personal-data.test.ts has both sides).

export interface PersonalDataHit {
  kind: 'e-mailadres' | 'telefoonnummer' | 'burgerservicenummer';
  value: string;
  /** 1-based line in the text searched. */
  line: number;
}

// "[at]", "(at)", "{at}" and "[@]" only ever stand for @ in an address hidden from spam robots, so
// they count as @. A bare "at" or "punt" does not: that is ordinary (English or Dutch) text.
const AT = /@|\s?[[({]\s?(?:at|@)\s?[\])}]\s?/giu;
const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
// The parts of an address are searched from each @ outwards, with the lengths the standard allows
// (64 before the @, labels of 63), so a long word without spaces cannot make the search slow.
const DOT = String.raw`(?:\.|\s?[[({]\s?(?:dot|punt)\s?[\])}]\s?)`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?`;
const DOMAIN = new RegExp(String.raw`${LABEL}(?:${DOT}${LABEL}){0,8}${DOT}[a-z]{2,24}(?![\p{L}\p{N}])`, 'iuy');
const LOCAL_MAX = 64;

// Web addresses point at public pages and hold ids and dates that look like numbers
// (https://www.example.nl/path/0612345678): not contact data, so they are left out of the number
// search. tel: links are no web addresses and are searched.
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>()[\]"'`]+/giu;

// Digit groups joined by the separators of phone numbers and BSNs (space, dash, dot, slash,
// parentheses), with an optional leading + or (. Never inside a word or a longer number
// (BWBR0034925, 3,14, 1.250.000).
const NUMBER_RUN = /(?<![\p{L}\p{N}_/])(?<!\d[.,])[+(]?\d(?:[ \t\u00a0\u202f./()\-–]{0,3}\d)*/gu;
const GROUP = /\+?\d+/g;

// 0800 (free) and 0900/0906/0909 (paid) numbers are always an organisation's service line, never a
// person's, so they may stay. 088, 085 and other numbers can be anyone's direct line: flagged.
const SERVICE_NUMBER = /^0(?:800|90[069])/;

/** BSNs are written as one block or as 123.456.782, 1234.56.782, 123 456 782 or 1234 56 782. */
const BSN_SHAPES = [[9], [3, 3, 3], [4, 2, 3]];

interface Group {
  digits: string;
  /** Offsets in the text. */
  start: number;
  end: number;
  /** The separator characters between the previous group and this one. */
  before: string;
  /** The `(0)` of +31 (0)6…: the zero left out when dialling from abroad. */
  trunkZero: boolean;
}

interface NumberHit {
  kind: 'telefoonnummer' | 'burgerservicenummer';
  start: number;
  end: number;
}

export function findPersonalData(text: string): PersonalDataHit[] {
  const lineAt = lineFinder(text);
  const hits: PersonalDataHit[] = [];
  for (const address of emailAddresses(text)) {
    hits.push({ kind: 'e-mailadres', value: text.slice(address.start, address.end), line: lineAt(address.start) });
  }
  // Blanked out with as many spaces, so offsets and lines stay the same.
  const searchable = text.replace(WEB_ADDRESS, (address) => ' '.repeat(address.length));
  for (const run of searchable.matchAll(NUMBER_RUN)) {
    for (const hit of numbersIn(splitGroups(run[0], run.index), searchable)) {
      hits.push({ kind: hit.kind, value: text.slice(hit.start, hit.end), line: lineAt(hit.start) });
    }
  }
  return hits;
}

function emailAddresses(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  let searchedTo = 0;
  for (const at of text.matchAll(AT)) {
    if (at.index < searchedTo) continue;
    let start = at.index;
    while (start > 0 && at.index - start < LOCAL_MAX && LOCAL_CHAR.test(text[start - 1]!)) start--;
    if (start === at.index) continue;
    DOMAIN.lastIndex = at.index + at[0].length;
    if (!DOMAIN.exec(text)) continue;
    found.push({ start, end: DOMAIN.lastIndex });
    searchedTo = DOMAIN.lastIndex;
  }
  return found;
}

function numbersIn(groups: Group[], text: string): NumberHit[] {
  const hits: NumberHit[] = [];
  let index = 0;
  while (index < groups.length) {
    // A number starts a run or follows a space, slash or parenthesis; never halfway through
    // 2015-5-2-6 or 01-01-2020.
    const canStart = index === 0 || /[\s/(]/.test(groups[index]!.before);
    const phone = canStart ? phoneAt(groups, index) : undefined;
    const bsn = canStart && phone === undefined ? bsnAt(groups, index, text) : undefined;
    const last = phone ?? bsn;
    if (last === undefined) {
      index++;
      continue;
    }
    // "(038) 498 2000": include the opening parenthesis when the area code closes one.
    const opened = groups[index]!.before.endsWith('(') && groups[index + 1]?.before.startsWith(')');
    hits.push({
      kind: phone === undefined ? 'burgerservicenummer' : 'telefoonnummer',
      start: groups[index]!.start - (opened ? 1 : 0),
      end: groups[last]!.end,
    });
    index = last + 1;
  }
  return hits;
}

function splitGroups(run: string, offset: number): Group[] {
  const groups: Group[] = [];
  let previousEnd = 0;
  for (const match of run.matchAll(GROUP)) {
    const before = run.slice(previousEnd, match.index);
    previousEnd = match.index + match[0].length;
    groups.push({
      digits: match[0],
      start: offset + match.index,
      end: offset + previousEnd,
      before,
      trunkZero: match[0] === '0' && before.endsWith('(') && run[previousEnd] === ')',
    });
  }
  return groups;
}

/**
 * Reads a Dutch phone number starting at `groups[first]`; returns the index of its last group.
 * National: 06-12345678, 010 123 45 67, 0111 123456, (038) 498 2000, 06.12.34.56.78.
 * International: +31 6 1234 5678, 0031 6 …, +31 (0)6-…, +31612345678.
 */
function phoneAt(groups: Group[], first: number): number | undefined {
  const head = groups[first]!.digits;
  let national: string;
  let next = first + 1;
  const country = /^(?:\+|00)31/.exec(head);
  if (country) {
    let area = head.slice(country[0].length);
    if (area === '') {
      if (groups[next]?.trunkZero) next++;
      area = groups[next]?.digits ?? '';
      next++;
    }
    // "+31 06…" is a common slip for "+31 6…".
    area = area.replace(/^0/, '');
    // The area code without its zero (6, 10, 38, 111), or the whole number at once.
    if (!((area.length >= 1 && area.length <= 3) || area.length === 9)) return undefined;
    national = `0${area}`;
  } else {
    // 06 is the only two-digit prefix; area codes are 010…079 or 0111…0599; or ten digits at once.
    const isPrefix =
      head === '06' || ((head.length === 3 || head.length === 4) && /^0[1-9]/.test(head)) || head.length === 10;
    if (!isPrefix || !head.startsWith('0')) return undefined;
    national = head;
  }
  let last = next - 1;
  while (national.length < 10) {
    const group = groups[next];
    // After the area code every group has two digits or more: 0-306-40615-2 is an ISBN.
    if (!group || group.digits.length < 2 || group.digits.startsWith('+')) return undefined;
    national += group.digits;
    last = next++;
  }
  if (national.length !== 10 || !/^0[1-9]/.test(national) || SERVICE_NUMBER.test(national)) return undefined;
  return last;
}

function bsnAt(groups: Group[], first: number, text: string): number | undefined {
  for (const lengths of BSN_SHAPES) {
    const parts = groups.slice(first, first + lengths.length);
    if (parts.length !== lengths.length) continue;
    if (parts.some((part, index) => part.digits.length !== lengths[index] || part.digits.startsWith('+'))) continue;
    // One separator of one character, the same throughout: "123.456.782", not "12-03 456".
    const separators = new Set(parts.slice(1).map((part) => part.before));
    if (separators.size > 1 || [...separators].some((separator) => !/^[ .\u00a0-]$/.test(separator))) continue;
    if (isAmount(text, parts[0]!.start, parts.at(-1)!.end)) continue;
    if (passesElevenTest(parts.map((part) => part.digits).join(''))) return first + lengths.length - 1;
  }
  return undefined;
}

/** € 123.456.782, 123.456.782,- and 123.456.782 euro are amounts, however well they pass the elfproef. */
function isAmount(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 12);
  return /(?:€|\beur|\beuro)\s*$/i.test(before) || /^(?:,[\d-]|\s*(?:eur|euro)\b)/i.test(after);
}

/** The elfproef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11, and not 0. */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  let sum = -Number(digits[8]);
  for (let index = 0; index < 8; index++) sum += (9 - index) * Number(digits[index]);
  return sum !== 0 && sum % 11 === 0;
}

/** Line numbers by binary search over the line starts, so many hits in a long file stay cheap. */
function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}
