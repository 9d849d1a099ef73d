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
export function showScriptOnly(root: ParentNode = document): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-alleen-js]')) element.hidden = false;
  for (const element of root.querySelectorAll<HTMLElement>('[data-zonder-js]')) element.hidden = true;
}

/**
 * Puts a message in a live region. Emptying it first makes screen readers announce the same
 * message twice in a row too.
 */
export function announce(region: HTMLElement | null, text: string): void {
  if (!region) return;
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = text;
  }, 50);
}

/** Marks a field as wrong (or right again) and shows the message in its error element. */
export function setFieldError(field: HTMLElement, message: string | undefined): void {
  const error = document.getElementById(`${field.id}-fout`);
  if (message) field.setAttribute('aria-invalid', 'true');
  else field.removeAttribute('aria-invalid');
  if (error) {
    error.textContent = message ?? '';
    error.hidden = !message;
  }
}

/**
 * Fills an error summary (role="alert") with links to the wrong fields and moves focus to it, the
 * pattern of the NL Design System and GOV.UK. Empty list: hides it.
 */
export function showErrorSummary(summary: HTMLElement, errors: { fieldId: string; message: string }[]): void {
  summary.replaceChildren();
  summary.hidden = errors.length === 0;
  if (errors.length === 0) return;
  const title =
    errors.length === 1 ? 'Er is 1 fout. Verbeter deze:' : `Er zijn ${errors.length} fouten. Verbeter deze:`;
  const list = el('ul');
  for (const error of errors) {
    const link = el('a', { href: `#${error.fieldId}` }, error.message);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      document.getElementById(error.fieldId)?.focus();
    });
    list.append(el('li', {}, link));
  }
  summary.append(el('h2', { class: 'error-summary__title', tabindex: -1 }, title), list);
  summary.querySelector<HTMLElement>('h2')?.focus();
}

/**
 * Offers text as a file. A Blob URL in an `<a download>` is a download, not a fetch, so the
 * Content-Security-Policy (default-src 'self') does not block it.
 */
export function download(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
