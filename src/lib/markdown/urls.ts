// What a link or image in contributed text may point at. Shared by the content check (which turns a
// refusal into a Dutch message) and the renderer (which refuses to render anything else), so the two
// can never disagree.

/** Where images live: `public/afbeeldingen/`, written in the text as `/afbeeldingen/naam.jpg`. */
export const IMAGE_FOLDER = 'afbeeldingen';
/** Raster formats only: an SVG can carry script when opened on its own. */
export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp', 'avif', 'gif'] as const;

export type LinkTarget =
  | { kind: 'site'; path: string }
  | { kind: 'anchor' }
  | { kind: 'external' }
  | { kind: 'mailto' }
  | { kind: 'refused'; message: string; hint: string };

const SITE_PATH_HINT = 'Links naar deze site beginnen met / en eindigen met /, bijvoorbeeld /tips/formeer-duos/.';

/** A link in the text: a site path, an anchor on the page, an https address or mailto. */
export function classifyLink(url: string): LinkTarget {
  const trimmed = url.trim();
  // Control characters are exactly what this refuses.
  // eslint-disable-next-line no-control-regex
  if (/[\\\s\u0000-\u001f\u007f]/.test(trimmed)) {
    return {
      kind: 'refused',
      message: `De link "${url}" bevat een backslash, spatie of onzichtbaar teken.`,
      hint: 'Schrijf het adres zonder \\ en spaties.',
    };
  }
  if (trimmed.startsWith('#')) {
    // Anchors are heading ids: letters, digits and hyphens.
    if (/^#[\p{L}\p{N}_-]*$/u.test(trimmed)) return { kind: 'anchor' };
    return {
      kind: 'refused',
      message: `Het anker "${url}" bevat tekens die niet in een kop-id staan.`,
      hint: 'Een anker is de id van een kop, bijvoorbeeld #wat-kan-de-gemeente-doen.',
    };
  }
  if (trimmed.startsWith('//')) {
    return {
      kind: 'refused',
      message: `De link "${url}" begint met // en wijst zo naar een andere website.`,
      hint: 'Schrijf https:// voor een andere website, of één / voor een pagina van deze site.',
    };
  }
  if (trimmed.startsWith('/')) {
    if (/(^|\/)\.\.?(\/|$)|%2e|%2f|%5c/i.test(trimmed)) {
      return {
        kind: 'refused',
        message: `De link "${url}" bevat . of .. of een gecodeerd / of \\ in het pad.`,
        hint: SITE_PATH_HINT,
      };
    }
    return { kind: 'site', path: trimmed };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === 'https') {
    // Written exactly as browsers show it, so rel="noopener" and the external-link mark apply.
    if (!trimmed.startsWith('https://') || trimmed.startsWith('https:///')) {
      return {
        kind: 'refused',
        message: `De link "${url}" is geen gewoon webadres.`,
        hint: 'Schrijf het adres als https://www.voorbeeld.nl/, in kleine letters.',
      };
    }
    try {
      const parsed = new URL(trimmed);
      if (parsed.username || parsed.password) throw new Error('credentials');
    } catch {
      return {
        kind: 'refused',
        message: `De link "${url}" is geen geldig webadres.`,
        hint: 'Kopieer het adres uit de adresbalk van uw browser.',
      };
    }
    return { kind: 'external' };
  }
  if (scheme === 'mailto') return { kind: 'mailto' };
  if (scheme === 'http') {
    return {
      kind: 'refused',
      message: `De link ${url} gebruikt http:// in plaats van https://.`,
      hint: 'Gebruik het https-adres van die website.',
    };
  }
  if (scheme !== undefined) {
    return {
      kind: 'refused',
      message: `De link "${url}" is niet toegestaan (${scheme}:).`,
      hint: 'Gebruik een link naar een pagina van deze site of een https-adres.',
    };
  }
  return {
    kind: 'refused',
    message: `De link "${url}" is een relatief pad; dat werkt niet op elke pagina.`,
    hint: SITE_PATH_HINT,
  };
}

export type ImageTarget = { kind: 'image'; path: string } | { kind: 'refused'; message: string; hint: string };

const IMAGE_PATH = new RegExp(
  `^/${IMAGE_FOLDER}/((?:[a-z0-9]+(?:-[a-z0-9]+)*/)*[a-z0-9]+(?:-[a-z0-9]+)*)\\.(${IMAGE_EXTENSIONS.join('|')})$`,
);

/**
 * An image: only a file of this site, in public/afbeeldingen/, written as a site path. Never a relative
 * path (Astro would import it as code), another website (a request the reader did not ask for) or a
 * file: address. Whether the file exists is checked separately ({@link imageFile}).
 */
export function classifyImage(url: string): ImageTarget {
  const hint = `Zet de afbeelding in de map public/${IMAGE_FOLDER}/ en schrijf ![Beschrijving](/${IMAGE_FOLDER}/naam.jpg). Toegestaan: ${IMAGE_EXTENSIONS.join(', ')}; bestandsnamen met kleine letters, cijfers en streepjes.`;
  if (IMAGE_PATH.test(url)) return { kind: 'image', path: url };
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url.trim())) {
    return {
      kind: 'refused',
      message: `De afbeelding "${url}" komt van een andere plek dan deze site.`,
      hint: `Afbeeldingen van andere websites zijn niet toegestaan. ${hint}`,
    };
  }
  return { kind: 'refused', message: `De afbeelding "${url}" staat niet op een toegestane plek.`, hint };
}

/** The file in public/ that an allowed image path names: `/afbeeldingen/a.jpg` → `afbeeldingen/a.jpg`. */
export function imageFile(path: string): string {
  return path.slice(1);
}
