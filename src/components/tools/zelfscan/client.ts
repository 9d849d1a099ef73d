// The browser side of the zelfscan: fills the form from localStorage, saves every change there
// (and nowhere else), keeps the overview up to date and downloads it as CSV or Markdown. The model
// is in model.ts, the exports in export.ts.
import {
  CRITERIA,
  type CriterionId,
  emptyScan,
  isScore,
  parseScan,
  type ScanAction,
  scoreLabel,
  type SelfScan,
  serializeScan,
  setMunicipality,
  setNote,
  setScore,
  STORAGE_KEY,
  summarize,
  totalLabel,
} from './model.ts';
import { fileName, formatAverage, type MadeWith, madeWithLine, toCsv, toMarkdown } from './export.ts';
import { announce, download, el, showScriptOnly } from '../dom.ts';

interface ScanStore {
  read(): string | null;
  write(text: string): boolean;
  clear(): void;
}

/** localStorage, if the browser allows it; some block it (private mode, strict settings). */
function browserStore(): ScanStore {
  return {
    read: () => {
      try {
        return window.localStorage.getItem(STORAGE_KEY);
      } catch {
        return null;
      }
    },
    write: (text) => {
      try {
        window.localStorage.setItem(STORAGE_KEY, text);
        return true;
      } catch {
        return false;
      }
    },
    clear: () => {
      try {
        window.localStorage.removeItem(STORAGE_KEY);
      } catch {
        // Nothing stored, nothing to remove.
      }
    },
  };
}

const TIME_FORMAT = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' });

export function startSelfScan(): void {
  const form = document.querySelector<HTMLFormElement>('#zelfscan');
  const summaryElement = document.querySelector<HTMLElement>('#zelfscan-samenvatting');
  if (!form || !summaryElement) return;
  showScriptOnly();
  const madeWith: MadeWith = { tool: form.dataset.hulpmiddel ?? '', handreiking: form.dataset.handreiking ?? '' };

  const actions: ScanAction[] = [...form.querySelectorAll<HTMLElement>('li.zelfscan-actie')].map((element) => ({
    id: element.dataset.actie!,
    number: Number(element.dataset.nummer),
    title: element.dataset.titel!,
  }));
  const store = browserStore();
  const savedNote = document.querySelector<HTMLElement>('#zelfscan-opgeslagen');
  const status = document.querySelector<HTMLElement>('#zelfscan-status');
  const municipalityInput = document.querySelector<HTMLInputElement>('#zelfscan-gemeente');
  let scan: SelfScan = parseScan(
    store.read(),
    actions.map((action) => action.id),
  );

  const selects = () => form.querySelectorAll<HTMLSelectElement>('select[data-criterium]');
  const noteFields = () => form.querySelectorAll<HTMLTextAreaElement>('textarea[data-notitie]');

  function fill(): void {
    if (municipalityInput) municipalityInput.value = scan.municipality ?? '';
    for (const select of selects()) {
      const value = scan.actions[select.dataset.actie!]?.[select.dataset.criterium as CriterionId];
      select.value = isScore(value) ? String(value) : '';
    }
    for (const textarea of noteFields()) textarea.value = scan.actions[textarea.dataset.actie!]?.note ?? '';
  }

  function save(): void {
    const saved = store.write(serializeScan(scan));
    if (savedNote) {
      savedNote.textContent = saved
        ? `Bewaard in deze browser op ${TIME_FORMAT.format(new Date(scan.updated ?? Date.now()))}.`
        : 'Uw browser staat bewaren niet toe. U kunt de zelfscan wel invullen, printen en downloaden, maar na het sluiten van de pagina zijn uw antwoorden weg.';
    }
    render();
  }

  function render(): void {
    summaryElement!.replaceChildren(...summaryElements(scan, actions, madeWith));
  }

  form.addEventListener('change', (event) => {
    const target = event.target;
    if (target instanceof HTMLSelectElement && target.dataset.criterium) {
      const value = target.value === '' ? undefined : Number(target.value);
      scan = setScore(
        scan,
        target.dataset.actie!,
        target.dataset.criterium as CriterionId,
        isScore(value) ? value : undefined,
      );
      save();
    }
  });
  // Notes and the municipality are kept while typing and saved after a short pause.
  let pending: number | undefined;
  form.addEventListener('input', (event) => {
    const target = event.target;
    if (target instanceof HTMLTextAreaElement && target.dataset.notitie !== undefined)
      scan = setNote(scan, target.dataset.actie!, target.value);
    else if (municipalityInput && target === municipalityInput) scan = setMunicipality(scan, municipalityInput.value);
    else return;
    window.clearTimeout(pending);
    pending = window.setTimeout(save, 300);
  });
  form.addEventListener('submit', (event) => event.preventDefault());

  document.querySelector('#zelfscan-wissen')?.addEventListener('click', () => {
    if (
      !window.confirm('Weet u zeker dat u alle antwoorden van de zelfscan wilt wissen? Dit kunt u niet ongedaan maken.')
    )
      return;
    store.clear();
    scan = emptyScan();
    fill();
    render();
    if (savedNote) savedNote.textContent = 'Alle antwoorden zijn gewist.';
    announce(status, 'Alle antwoorden zijn gewist.');
  });
  document.querySelector('#zelfscan-print')?.addEventListener('click', () => window.print());
  document.querySelector('#zelfscan-csv')?.addEventListener('click', () => {
    const name = fileName(new Date(), 'csv');
    // The byte order mark tells spreadsheet programs the file is UTF-8 (é, ë).
    download(`\uFEFF${toCsv(scan, actions)}`, name, 'text/csv;charset=utf-8');
    announce(status, `Het bestand ${name} is gedownload. U vindt het in de map met downloads.`);
  });
  document.querySelector('#zelfscan-md')?.addEventListener('click', () => {
    const name = fileName(new Date(), 'md');
    download(toMarkdown(scan, actions, madeWith), name, 'text/markdown;charset=utf-8');
    announce(status, `Het bestand ${name} is gedownload. U vindt het in de map met downloads.`);
  });

  fill();
  render();
  if (savedNote && scan.updated)
    savedNote.textContent = `Bewaard in deze browser op ${TIME_FORMAT.format(new Date(scan.updated))}.`;
}

/** The overview: a table of all scores, the averages, what needs attention, and the notes. */
function summaryElements(scan: SelfScan, actions: ScanAction[], madeWith: MadeWith): Node[] {
  const summary = summarize(scan, actions);
  const nodes: Node[] = [];
  nodes.push(el('p', { class: 'print-only' }, madeWithLine(madeWith, new Date())));
  if (scan.municipality) nodes.push(el('p', {}, el('strong', {}, 'Gemeente: '), scan.municipality));
  nodes.push(
    el(
      'p',
      {},
      summary.filled === 0
        ? 'U heeft nog niets ingevuld. Kies hierboven bij elke actie een score.'
        : `U heeft ${summary.filled} van de ${summary.possible} scores ingevuld.`,
    ),
  );

  const head = el(
    'tr',
    {},
    el('th', { scope: 'col', class: 'numeric' }, 'Nr.'),
    el('th', { scope: 'col' }, 'Actie'),
    ...CRITERIA.map((criterion) => el('th', { scope: 'col' }, criterion.name)),
    el('th', { scope: 'col' }, 'Totaal'),
  );
  const rows = actions.map((action) => {
    const score = scan.actions[action.id];
    return el(
      'tr',
      {},
      el('td', { class: 'numeric' }, String(action.number)),
      el('th', { scope: 'row' }, action.title),
      ...CRITERIA.map((criterion) => {
        const value = score?.[criterion.id];
        return el(
          'td',
          { class: isScore(value) ? `score score--${value}` : 'score' },
          isScore(value) ? scoreLabel(criterion.id, value) : '–',
        );
      }),
      el('td', {}, totalLabel(score)),
    );
  });
  nodes.push(
    el(
      'div',
      {
        class: 'table-scroll',
        role: 'region',
        tabindex: 0,
        'aria-label': 'Tabel met alle scores, scroll opzij voor meer',
      },
      el(
        'table',
        { class: 'tool-table zelfscan-tabel' },
        el('caption', { class: 'visually-hidden' }, 'Scores per preventieve actie'),
        el('thead', {}, head),
        el('tbody', {}, ...rows),
      ),
    ),
  );

  nodes.push(
    el('h3', {}, 'Gemiddeld per punt'),
    el(
      'ul',
      {},
      ...CRITERIA.map((criterion) =>
        el('li', {}, el('strong', {}, `${criterion.name}: `), formatAverage(summary.averages[criterion.id])),
      ),
    ),
  );
  if (summary.needsAttention.length > 0) {
    nodes.push(
      el('h3', {}, 'Hier valt het meest te winnen'),
      el('p', {}, 'Deze acties hebben op een of meer punten een 0 of een 1:'),
      el(
        'ul',
        {},
        ...summary.needsAttention.map((action) =>
          el('li', {}, el('a', { href: `#actie-${action.id}` }, `${action.number}. ${action.title}`)),
        ),
      ),
    );
  }
  if (summary.inOrder.length > 0) {
    nodes.push(
      el('h3', {}, 'Helemaal op orde'),
      el('ul', {}, ...summary.inOrder.map((action) => el('li', {}, `${action.number}. ${action.title}`))),
    );
  }
  const withNotes = actions.filter((action) => scan.actions[action.id]?.note);
  if (withNotes.length > 0) {
    nodes.push(
      el('h3', {}, 'Uw toelichting'),
      el(
        'dl',
        { class: 'zelfscan-notities' },
        ...withNotes.flatMap((action) => [
          el('dt', {}, `${action.number}. ${action.title}`),
          el('dd', {}, scan.actions[action.id]!.note!),
        ]),
      ),
    );
  }
  return nodes;
}
