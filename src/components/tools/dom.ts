// Small DOM helpers shared by the tool scripts: build elements without innerHTML (so typed text is
// never parsed as HTML), show errors next to fields, announce changes and download text files.

type Attributes = Record<string, string | number | boolean | undefined>;
type Child = Node | string | undefined | false;

/** `el('p', { class: 'hint' }, 'Tekst')`. Attributes with `false` or `undefined` are left out. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

/**
 * Shows the parts of the page that need JavaScript (marked `data-alleen-js hidden`) and hides the
 * note for readers without it (`data-zonder-js`). Unlike `<noscript>`, that note also shows when
 * JavaScript is on but the script could not run.
 */
export function toonAlleenJs(root: ParentNode = document): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-alleen-js]')) element.hidden = false;
  for (const element of root.querySelectorAll<HTMLElement>('[data-zonder-js]')) element.hidden = true;
}

/**
 * Puts a message in a live region. Emptying it first makes screen readers announce the same
 * message twice in a row too.
 */
export function meld(region: HTMLElement | null, tekst: string): void {
  if (!region) return;
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = tekst;
  }, 50);
}

/** Marks a field as wrong (or right again) and shows the message in its error element. */
export function zetFout(veld: HTMLElement, melding: string | undefined): void {
  const fout = document.getElementById(`${veld.id}-fout`);
  if (melding) veld.setAttribute('aria-invalid', 'true');
  else veld.removeAttribute('aria-invalid');
  if (fout) {
    fout.textContent = melding ?? '';
    fout.hidden = !melding;
  }
}

/**
 * Fills an error summary (role="alert") with links to the wrong fields and moves focus to it, the
 * pattern of the NL Design System and GOV.UK. Empty list: hides it.
 */
export function toonFoutenoverzicht(overzicht: HTMLElement, fouten: { veldId: string; melding: string }[]): void {
  overzicht.replaceChildren();
  overzicht.hidden = fouten.length === 0;
  if (fouten.length === 0) return;
  const titel =
    fouten.length === 1 ? 'Er is 1 fout. Verbeter deze:' : `Er zijn ${fouten.length} fouten. Verbeter deze:`;
  const lijst = el('ul');
  for (const fout of fouten) {
    const link = el('a', { href: `#${fout.veldId}` }, fout.melding);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      document.getElementById(fout.veldId)?.focus();
    });
    lijst.append(el('li', {}, link));
  }
  overzicht.append(el('h2', { class: 'error-summary__title', tabindex: -1 }, titel), lijst);
  overzicht.querySelector<HTMLElement>('h2')?.focus();
}

/**
 * Offers text as a file. A Blob URL in an `<a download>` is a download, not a fetch, so the
 * Content-Security-Policy (default-src 'self') does not block it.
 */
export function download(tekst: string, bestandsnaam: string, type: string): void {
  const url = URL.createObjectURL(new Blob([tekst], { type }));
  const link = el('a', { href: url, download: bestandsnaam, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
