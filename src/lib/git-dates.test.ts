import { describe, expect, it } from 'vitest';
import { parseGitLog } from './git-dates.ts';

describe('parseGitLog', () => {
  it('takes the newest commit as last change and the oldest as creation', () => {
    const log = [
      '\u00002026-11-20T10:00:00+01:00\n\ncontent/tips/a.mdx\ncontent/tips/b.mdx\n',
      '\u00002026-10-01T09:00:00+02:00\n\ncontent/tips/a.mdx\n',
    ].join('');
    const dates = parseGitLog(log);
    expect(dates.get('content/tips/a.mdx')).toEqual({
      created: new Date('2026-10-01T07:00:00Z'),
      updated: new Date('2026-11-20T09:00:00Z'),
    });
    expect(dates.get('content/tips/b.mdx')?.created).toEqual(new Date('2026-11-20T09:00:00Z'));
  });
});
