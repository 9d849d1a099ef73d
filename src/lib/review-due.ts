// What is due for review: pages whose `laatstGecontroleerd` is older than the period set in
// content/handreiking.yaml (`controleTermijnMaanden`). `npm run controleer -- --overzicht` prints it as
// a list for the editors; it is advice, never a reason to stop the build.
import { join } from 'node:path';
import { COLLECTIONS, type CollectionName } from '../schemas/registry.ts';
import { readSiteIdentity, SITE_FILE } from './content-check/site-identity.ts';
import { formatDate } from './labels.ts';
import { readRegularFile } from './regular-file.ts';

export interface ReviewEntry {
  /** Path for editors, e.g. `content/tips/formeer-duos.mdx`. */
  file: string;
  data: Record<string, unknown>;
}

export interface ReviewItem {
  file: string;
  title: string;
  checked: Date;
  /** The day the page should be checked again. */
  due: Date;
}

export interface ReviewOverview {
  months: number;
  today: Date;
  /** Past their due date, longest overdue first. */
  overdue: ReviewItem[];
  /** Due within the next {@link SOON_DAYS} days, soonest first. */
  soon: ReviewItem[];
  /** Pages with a check date, overdue or not. */
  total: number;
  /** The first due date still to come. */
  next?: Date;
}

export const SOON_DAYS = 30;
/** The period when handreiking.yaml does not set one (or cannot be read: the content check says why). */
export const DEFAULT_MONTHS = 12;
const DAY = 24 * 60 * 60 * 1000;

/** The same day `months` later, in UTC; 31 January + 1 month is 28 (or 29) February. */
export function addMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

/** Midnight UTC of a moment: dates in content have no time, so neither does today. */
export function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function reviewOverview(entries: ReviewEntry[], months: number, now = new Date()): ReviewOverview {
  const today = startOfDay(now);
  const items = entries.flatMap((entry): ReviewItem[] => {
    const checked = entry.data.laatstGecontroleerd;
    if (!(checked instanceof Date)) return [];
    const title = typeof entry.data.titel === 'string' ? entry.data.titel : entry.file;
    return [{ file: entry.file, title, checked, due: addMonths(checked, months) }];
  });
  const byDue = (a: ReviewItem, b: ReviewItem) => a.due.getTime() - b.due.getTime() || a.file.localeCompare(b.file);
  const soonLimit = today.getTime() + SOON_DAYS * DAY;
  return {
    months,
    today,
    overdue: items.filter((item) => item.due <= today).sort(byDue),
    soon: items.filter((item) => item.due > today && item.due.getTime() <= soonLimit).sort(byDue),
    total: items.length,
    next: items
      .map((item) => item.due)
      .filter((due) => due > today)
      .sort((a, b) => a.getTime() - b.getTime())[0],
  };
}

/** "12 dagen", "3 maanden", "1 jaar en 2 maanden": how long ago the due date was. */
export function describeLate(due: Date, today: Date): string {
  const days = Math.round((today.getTime() - due.getTime()) / DAY);
  if (days === 0) return 'vandaag';
  let months = 0;
  while (addMonths(due, months + 1) <= today) months++;
  if (months === 0) return days === 1 ? '1 dag' : `${days} dagen`;
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const monthText = (count: number) => (count === 1 ? '1 maand' : `${count} maanden`);
  if (years === 0) return monthText(months);
  const yearText = years === 1 ? '1 jaar' : `${years} jaar`;
  return rest ? `${yearText} en ${monthText(rest)}` : yearText;
}

/** The overview as a Dutch list for the terminal. */
export function formatReviewOverview(overview: ReviewOverview): string {
  const { months, today, overdue, soon, total, next } = overview;
  const lines = [
    `Controleoverzicht op ${formatDate(today)}: een pagina is aan de beurt ${months} ${months === 1 ? 'maand' : 'maanden'} na "laatstGecontroleerd" (controleTermijnMaanden in content/handreiking.yaml).`,
    '',
  ];
  if (overdue.length === 0) {
    const first = next && soon.length === 0 ? ` De eerste is aan de beurt op ${formatDate(next)}.` : '';
    lines.push(`✓ Geen van de ${total} pagina's is aan de beurt.${first}`);
  } else {
    lines.push(`Aan de beurt: ${overdue.length} van de ${total} pagina's.`);
    for (const item of overdue) {
      const late = describeLate(item.due, today);
      lines.push(
        `• ${item.file}`,
        `    ${item.title} — gecontroleerd op ${formatDate(item.checked)}, ${late === 'vandaag' ? 'vandaag aan de beurt' : `${late} te laat`}`,
      );
    }
  }
  if (soon.length > 0) {
    lines.push('', `Binnenkort aan de beurt (binnen ${SOON_DAYS} dagen): ${soon.length}.`);
    for (const item of soon) {
      lines.push(`• ${item.file}`, `    ${item.title} — aan de beurt op ${formatDate(item.due)}`);
    }
  }
  lines.push(
    '',
    'Na het controleren: zet de datum van vandaag bij laatstGecontroleerd, en noteer wat veranderde onder wijzigingen.',
  );
  return lines.join('\n');
}

/** `controleTermijnMaanden` from content/handreiking.yaml, or the default. */
export function reviewMonths(contentDir: string): number {
  const bytes = readRegularFile(join(contentDir, SITE_FILE));
  if (!bytes) return DEFAULT_MONTHS;
  return readSiteIdentity(bytes, `content/${SITE_FILE}`).config?.controleTermijnMaanden ?? DEFAULT_MONTHS;
}

/** The overview for the checked entries of a content folder: only entries with a page are reviewed. */
export function reviewContent(
  contentDir: string,
  entries: readonly (ReviewEntry & { collection: CollectionName })[],
  now = new Date(),
): ReviewOverview {
  const pages = entries.filter((entry) => 'pageFolder' in COLLECTIONS[entry.collection]);
  return reviewOverview(pages, reviewMonths(contentDir), now);
}
