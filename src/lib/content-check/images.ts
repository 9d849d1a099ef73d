// The images that content may show: files in public/afbeeldingen/. Like content/, the folder is an
// allowlist: regular files (no symlinks), not hidden, of an image type, whose bytes really are that
// image type (a renamed HTML or SVG file would otherwise be served from this site's own address).
import { lstatSync, openSync, readSync, closeSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { IMAGE_EXTENSIONS, IMAGE_FOLDER } from '../markdown/urls.ts';
import type { Problem } from './problem.ts';

export interface ImageFolder {
  /** Site paths of the usable images: `/afbeeldingen/loket.jpg`. */
  images: Set<string>;
  problems: Problem[];
}

const SIGNATURES: Record<(typeof IMAGE_EXTENSIONS)[number], (head: Buffer) => boolean> = {
  png: (head) => head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  jpg: (head) => head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff,
  jpeg: (head) => head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff,
  gif: (head) => head.subarray(0, 4).toString('latin1') === 'GIF8',
  webp: (head) =>
    head.subarray(0, 4).toString('latin1') === 'RIFF' && head.subarray(8, 12).toString('latin1') === 'WEBP',
  avif: (head) =>
    head.subarray(4, 8).toString('latin1') === 'ftyp' && /^avi[fs]$/.test(head.subarray(8, 12).toString('latin1')),
};

/**
 * @param publicDir the site's public/ folder
 * @param rootDir folder that file names in messages are relative to
 */
export function readImageFolder(publicDir: string, rootDir: string): ImageFolder {
  const result: ImageFolder = { images: new Set(), problems: [] };
  walk(join(publicDir, IMAGE_FOLDER), `/${IMAGE_FOLDER}`, rootDir, result);
  return result;
}

function walk(dir: string, sitePath: string, rootDir: string, result: ImageFolder) {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    const file = relative(rootDir, path).split('\\').join('/');
    const stats = lstatSync(path);
    const reject = (message: string, hint: string) => result.problems.push({ file, message, hint });
    if (stats.isSymbolicLink() || name.startsWith('.')) {
      reject(
        'Symbolische koppelingen en verborgen bestanden zijn niet toegestaan bij de afbeeldingen.',
        'Verwijder het.',
      );
    } else if (stats.isDirectory()) {
      walk(path, `${sitePath}/${name}`, rootDir, result);
    } else {
      const extension = /\.([a-z]+)$/.exec(name)?.[1] as (typeof IMAGE_EXTENSIONS)[number] | undefined;
      const signature = extension ? SIGNATURES[extension] : undefined;
      if (!stats.isFile() || !signature) {
        reject(
          `Dit is geen toegestane afbeelding (toegestaan: ${IMAGE_EXTENSIONS.join(', ')}).`,
          'Sla de afbeelding op als JPG of PNG, met een naam in kleine letters.',
        );
      } else if (!signature(readHead(path))) {
        reject(
          `De inhoud van dit bestand is geen ${extension}-afbeelding.`,
          'Sla de afbeelding opnieuw op vanuit een tekenprogramma.',
        );
      } else {
        result.images.add(`${sitePath}/${name}`);
      }
    }
  }
}

function readHead(path: string): Buffer {
  const head = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  return head;
}
