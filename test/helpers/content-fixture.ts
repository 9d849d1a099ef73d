// A copy of the small valid content tree in test/fixtures/inhoud, in a temporary folder, with
// optional changes: each test breaks one thing and checks how it is reported.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FIXTURE = resolve(import.meta.dirname, '../fixtures/inhoud');

export interface FixtureCopy {
  /** Root of the copy; the content folder is `${root}/content`. */
  root: string;
  contentDir: string;
  write(file: string, text: string): void;
  edit(file: string, change: (text: string) => string): void;
  remove(): void;
}

export function copyFixture(): FixtureCopy {
  const root = mkdtempSync(join(tmpdir(), 'handreiking-'));
  const contentDir = join(root, 'content');
  cpSync(FIXTURE, contentDir, { recursive: true });
  return {
    root,
    contentDir,
    write: (file, text) => writeFileSync(join(contentDir, file), text),
    edit: (file, change) => writeFileSync(join(contentDir, file), change(readFileSync(join(contentDir, file), 'utf8'))),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
