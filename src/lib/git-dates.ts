// When each content file was added and last changed, from one `git log` over the folder, so a build
// asks git once instead of once per page. Files git does not know (new, or a benchmark's generated
// content) fall back to the file's modification time.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';

export interface FileDates {
  created: Date;
  updated: Date;
}

/** Parses `git log --format=%x00%cI --name-only` output into dates per repository-relative path. */
export function parseGitLog(log: string): Map<string, FileDates> {
  const dates = new Map<string, FileDates>();
  for (const block of log.split('\0').slice(1)) {
    const [stamp = '', ...files] = block.split('\n').map((line) => line.trim());
    const date = new Date(stamp);
    if (Number.isNaN(date.getTime())) continue;
    for (const file of files.filter(Boolean)) {
      const known = dates.get(file);
      // git log lists newest first: the first date seen is the last change, the last one the creation.
      if (known) known.created = date;
      else dates.set(file, { created: date, updated: date });
    }
  }
  return dates;
}

export function readGitDates(dir: string): (file: string) => FileDates {
  const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8' });
  const log =
    top.status === 0
      ? spawnSync('git', ['log', '--format=%x00%cI', '--name-only', '--no-renames', '--', '.'], {
          cwd: dir,
          encoding: 'utf8',
          maxBuffer: 256 * 1024 * 1024,
        })
      : undefined;
  const root = top.stdout?.trim() ?? '';
  const dates = new Map<string, FileDates>();
  if (log?.status === 0) {
    for (const [file, value] of parseGitLog(log.stdout)) dates.set(resolve(root, file), value);
  }
  return (file: string) => {
    const absolute = resolve(file);
    const known = dates.get(absolute);
    if (known) return known;
    const modified = statSync(absolute).mtime;
    return { created: modified, updated: modified };
  };
}
