// Limits on what one content file may be. The largest real file (a chapter) is about 17 kB; a file of
// many times that is a mistake (a pasted document, an embedded image) or an attempt to slow down the
// build and the checks, which read every file whole.

/** The largest content file accepted: 200 kB, more than ten times the largest chapter. */
export const MAX_FILE_BYTES = 200 * 1024;

/** The Dutch message for a file over {@link MAX_FILE_BYTES}, in the shape of a Problem. */
export function fileTooLarge(bytes: number): { message: string; hint: string } {
  return {
    message: `Dit bestand is te groot (${kilobytes(bytes)}). Een bestand mag hoogstens ${kilobytes(MAX_FILE_BYTES)} zijn.`,
    hint: 'Verdeel de tekst over meer bestanden, of haal ingeplakte afbeeldingen en grote tabellen eruit.',
  };
}

function kilobytes(bytes: number): string {
  // Rounded up, so a file just over the limit never reads as "200 kB" next to "hoogstens 200 kB".
  return `${Math.ceil(bytes / 1024).toLocaleString('nl-NL')} kB`;
}
