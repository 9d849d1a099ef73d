// Reads a settings file only when it is a regular file: a symlink could point anywhere on the build
// machine (and its contents would end up in messages), a folder would crash the read.
import { lstatSync, readFileSync } from 'node:fs';

/** The bytes of `path`, or undefined when it is missing, a symlink or not a file. */
export function readRegularFile(path: string): Buffer | undefined {
  try {
    return lstatSync(path).isFile() ? readFileSync(path) : undefined;
  } catch {
    return undefined;
  }
}

/** Why `path` is not read, in Dutch, when it exists but is no regular file. */
export function irregularFileMessage(path: string): string | undefined {
  try {
    const stats = lstatSync(path);
    if (stats.isSymbolicLink())
      return 'Dit is een symbolische koppeling (symlink). Die zijn niet toegestaan in content/.';
    if (!stats.isFile()) return 'Dit is geen gewoon bestand.';
  } catch {
    // Missing: the caller says so.
  }
  return undefined;
}
