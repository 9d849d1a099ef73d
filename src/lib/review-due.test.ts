import { describe, expect, it } from 'vitest';
import { addMonths, describeLate, formatReviewOverview, reviewOverview } from './review-due.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const page = (file: string, checked?: string, titel = file) => ({
  file,
  data: { titel, ...(checked ? { laatstGecontroleerd: day(checked) } : {}) },
});

describe('addMonths', () => {
  it('keeps the day, and clamps to the end of a shorter month', () => {
    expect(addMonths(day('2025-11-28'), 12)).toEqual(day('2026-11-28'));
    expect(addMonths(day('2026-01-31'), 1)).toEqual(day('2026-02-28'));
    expect(addMonths(day('2027-12-31'), 2)).toEqual(day('2028-02-29'));
  });
});

describe('describeLate', () => {
  it('says how long ago the due date was in days, months or years', () => {
    const due = day('2025-01-15');
    expect(describeLate(due, day('2025-01-15'))).toBe('vandaag');
    expect(describeLate(due, day('2025-01-16'))).toBe('1 dag');
    expect(describeLate(due, day('2025-02-10'))).toBe('26 dagen');
    expect(describeLate(due, day('2025-02-15'))).toBe('1 maand');
    expect(describeLate(due, day('2025-05-20'))).toBe('4 maanden');
    expect(describeLate(due, day('2026-01-15'))).toBe('1 jaar');
    expect(describeLate(due, day('2027-03-16'))).toBe('2 jaar en 2 maanden');
  });
});

describe('reviewOverview', () => {
  const entries = [
    page('content/tips/a.mdx', '2025-06-01', 'Tip A'),
    page('content/tips/b.mdx', '2024-01-10', 'Tip B'),
    page('content/tips/c.mdx', '2025-12-10', 'Tip C'),
    page('content/tips/d.mdx', '2026-11-28', 'Tip D'),
    page('content/begrippen/x.yaml'),
  ];

  it('lists pages past their period, longest overdue first, and those due within 30 days', () => {
    const overview = reviewOverview(entries, 12, new Date('2026-11-29T15:00:00Z'));
    expect(overview.overdue.map((item) => item.title)).toEqual(['Tip B', 'Tip A']);
    expect(overview.soon.map((item) => item.title)).toEqual(['Tip C']);
    expect(overview.total).toBe(4);
  });

  it('follows the period: with 36 months nothing is due', () => {
    const overview = reviewOverview(entries, 36, day('2026-11-29'));
    expect(overview.overdue).toEqual([]);
    expect(overview.next).toEqual(day('2027-01-10'));
  });

  it('prints a Dutch list with file, title, check date and how late', () => {
    const text = formatReviewOverview(reviewOverview(entries, 12, day('2026-11-29')));
    expect(text).toContain("Aan de beurt: 2 van de 4 pagina's.");
    expect(text).toContain(
      '• content/tips/b.mdx\n    Tip B — gecontroleerd op 10 januari 2024, 1 jaar en 10 maanden te laat',
    );
    expect(text).toContain('• content/tips/a.mdx\n    Tip A — gecontroleerd op 1 juni 2025, 5 maanden te laat');
    expect(text).toContain('Binnenkort aan de beurt (binnen 30 dagen): 1.');
    expect(text).toContain('Tip C — aan de beurt op 10 december 2026');
  });

  it('says when nothing is due, and when the first page will be', () => {
    const text = formatReviewOverview(
      reviewOverview([page('content/tips/d.mdx', '2026-11-28')], 12, day('2026-11-29')),
    );
    expect(text).toContain("✓ Geen van de 1 pagina's is aan de beurt. De eerste is aan de beurt op 28 november 2027.");
  });
});
