import { z } from 'astro/zod';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date written as `2026-11-28`. YAML parsers differ (some give a Date, some a string),
 * so both are accepted; a date in the future is a typo, not a plan.
 */
export const datum = () =>
  z
    .union([z.date(), z.string().regex(ISO_DATE)])
    .transform((value, ctx) => {
      const date = value instanceof Date ? value : new Date(`${value}T00:00:00Z`);
      // 2026-02-31 is no date, though JavaScript would quietly make it 3 March.
      if (Number.isNaN(date.getTime()) || (typeof value === 'string' && date.toISOString().slice(0, 10) !== value)) {
        ctx.addIssue({ code: 'custom', message: 'ongeldige-datum', input: value });
        return z.NEVER;
      }
      return date;
    })
    .refine((date) => date.getTime() <= Date.now(), { message: 'datum-in-toekomst' });
