// The browser side of the zelfscan: fills the form from localStorage, saves every change there
// (and nowhere else), keeps the overview up to date and downloads it as CSV or Markdown. The model
// and the exports are in src/lib/tools/zelfscan.ts.
import {
  type Actie,
  bestandsnaam,
  CRITERIA,
  type CriteriumId,
  formatDatum,
  formatGemiddelde,
  isScore,
  legeZelfscan,
  naarCsv,
  naarMarkdown,
  OPSLAG_SLEUTEL,
  overzicht,
  parseer,
  scoreLabel,
  serialiseer,
  totaalLabel,
  type Zelfscan,
  zetGemeente,
  zetNotitie,
  zetScore,
} from '../../../lib/tools/zelfscan.ts';
import { download, el, meld, toonAlleenJs } from '../dom.ts';

interface Opslag {
  lees(): string | null;
  schrijf(tekst: string): boolean;
  wis(): void;
}

/** localStorage, if the browser allows it; some block it (private mode, strict settings). */
function opslag(): Opslag {
  return {
    lees: () => {
      try {
        return window.localStorage.getItem(OPSLAG_SLEUTEL);
      } catch {
        return null;
      }
    },
    schrijf: (tekst) => {
      try {
        window.localStorage.setItem(OPSLAG_SLEUTEL, tekst);
        return true;
      } catch {
        return false;
      }
    },
    wis: () => {
      try {
        window.localStorage.removeItem(OPSLAG_SLEUTEL);
      } catch {
        // Nothing stored, nothing to remove.
      }
    },
  };
}

const TIJD = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' });

export function startZelfscan(): void {
  const form = document.querySelector<HTMLFormElement>('#zelfscan');
  const samenvatting = document.querySelector<HTMLElement>('#zelfscan-samenvatting');
  if (!form || !samenvatting) return;
  toonAlleenJs();

  const acties: Actie[] = [...form.querySelectorAll<HTMLElement>('li.zelfscan-actie')].map((element) => ({
    id: element.dataset.actie!,
    nummer: Number(element.dataset.nummer),
    titel: element.dataset.titel!,
  }));
  const store = opslag();
  const opgeslagen = document.querySelector<HTMLElement>('#zelfscan-opgeslagen');
  const status = document.querySelector<HTMLElement>('#zelfscan-status');
  const gemeente = document.querySelector<HTMLInputElement>('#zelfscan-gemeente');
  let scan: Zelfscan = parseer(
    store.lees(),
    acties.map((actie) => actie.id),
  );

  const selects = () => form.querySelectorAll<HTMLSelectElement>('select[data-criterium]');
  const notities = () => form.querySelectorAll<HTMLTextAreaElement>('textarea[data-notitie]');

  function vul(): void {
    if (gemeente) gemeente.value = scan.gemeente ?? '';
    for (const select of selects()) {
      const value = scan.acties[select.dataset.actie!]?.[select.dataset.criterium as CriteriumId];
      select.value = isScore(value) ? String(value) : '';
    }
    for (const textarea of notities()) textarea.value = scan.acties[textarea.dataset.actie!]?.notitie ?? '';
  }

  function bewaar(): void {
    const gelukt = store.schrijf(serialiseer(scan));
    if (opgeslagen) {
      opgeslagen.textContent = gelukt
        ? `Bewaard in deze browser op ${TIJD.format(new Date(scan.bijgewerkt ?? Date.now()))}.`
        : 'Uw browser staat bewaren niet toe. U kunt de zelfscan wel invullen, printen en downloaden, maar na het sluiten van de pagina zijn uw antwoorden weg.';
    }
    toon();
  }

  function toon(): void {
    samenvatting!.replaceChildren(...overzichtElementen(scan, acties));
  }

  form.addEventListener('change', (event) => {
    const target = event.target;
    if (target instanceof HTMLSelectElement && target.dataset.criterium) {
      const value = target.value === '' ? undefined : Number(target.value);
      scan = zetScore(
        scan,
        target.dataset.actie!,
        target.dataset.criterium as CriteriumId,
        isScore(value) ? value : undefined,
      );
      bewaar();
    }
  });
  // Notes and the municipality are kept while typing and saved after a short pause.
  let wacht: number | undefined;
  form.addEventListener('input', (event) => {
    const target = event.target;
    if (target instanceof HTMLTextAreaElement && target.dataset.notitie !== undefined)
      scan = zetNotitie(scan, target.dataset.actie!, target.value);
    else if (gemeente && target === gemeente) scan = zetGemeente(scan, gemeente.value);
    else return;
    window.clearTimeout(wacht);
    wacht = window.setTimeout(bewaar, 300);
  });
  form.addEventListener('submit', (event) => event.preventDefault());

  document.querySelector('#zelfscan-wissen')?.addEventListener('click', () => {
    if (
      !window.confirm('Weet u zeker dat u alle antwoorden van de zelfscan wilt wissen? Dit kunt u niet ongedaan maken.')
    )
      return;
    store.wis();
    scan = legeZelfscan();
    vul();
    toon();
    if (opgeslagen) opgeslagen.textContent = 'Alle antwoorden zijn gewist.';
    meld(status, 'Alle antwoorden zijn gewist.');
  });
  document.querySelector('#zelfscan-print')?.addEventListener('click', () => window.print());
  document.querySelector('#zelfscan-csv')?.addEventListener('click', () => {
    const naam = bestandsnaam(new Date(), 'csv');
    // The byte order mark tells spreadsheet programs the file is UTF-8 (é, ë).
    download(`\uFEFF${naarCsv(scan, acties)}`, naam, 'text/csv;charset=utf-8');
    meld(status, `Het bestand ${naam} is gedownload. U vindt het in de map met downloads.`);
  });
  document.querySelector('#zelfscan-md')?.addEventListener('click', () => {
    const naam = bestandsnaam(new Date(), 'md');
    download(naarMarkdown(scan, acties), naam, 'text/markdown;charset=utf-8');
    meld(status, `Het bestand ${naam} is gedownload. U vindt het in de map met downloads.`);
  });

  vul();
  toon();
  if (opgeslagen && scan.bijgewerkt)
    opgeslagen.textContent = `Bewaard in deze browser op ${TIJD.format(new Date(scan.bijgewerkt))}.`;
}

/** The overview: a table of all scores, the averages, what needs attention, and the notes. */
function overzichtElementen(scan: Zelfscan, acties: Actie[]): Node[] {
  const samen = overzicht(scan, acties);
  const nodes: Node[] = [];
  nodes.push(
    el(
      'p',
      { class: 'print-only' },
      `Gemaakt op ${formatDatum(new Date())} met de zelfscan van de handreiking kindermishandeling.`,
    ),
  );
  if (scan.gemeente) nodes.push(el('p', {}, el('strong', {}, 'Gemeente: '), scan.gemeente));
  nodes.push(
    el(
      'p',
      {},
      samen.ingevuld === 0
        ? 'U heeft nog niets ingevuld. Kies hierboven bij elke actie een score.'
        : `U heeft ${samen.ingevuld} van de ${samen.mogelijk} scores ingevuld.`,
    ),
  );

  const kop = el(
    'tr',
    {},
    el('th', { scope: 'col', class: 'numeric' }, 'Nr.'),
    el('th', { scope: 'col' }, 'Actie'),
    ...CRITERIA.map((criterium) => el('th', { scope: 'col' }, criterium.naam)),
    el('th', { scope: 'col' }, 'Totaal'),
  );
  const rijen = acties.map((actie) => {
    const score = scan.acties[actie.id];
    return el(
      'tr',
      {},
      el('td', { class: 'numeric' }, String(actie.nummer)),
      el('th', { scope: 'row' }, actie.titel),
      ...CRITERIA.map((criterium) => {
        const value = score?.[criterium.id];
        return el(
          'td',
          { class: isScore(value) ? `score score--${value}` : 'score' },
          isScore(value) ? scoreLabel(criterium.id, value) : '–',
        );
      }),
      el('td', {}, totaalLabel(score)),
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
        el('thead', {}, kop),
        el('tbody', {}, ...rijen),
      ),
    ),
  );

  nodes.push(
    el('h3', {}, 'Gemiddeld per punt'),
    el(
      'ul',
      {},
      ...CRITERIA.map((criterium) =>
        el('li', {}, el('strong', {}, `${criterium.naam}: `), formatGemiddelde(samen.gemiddelden[criterium.id])),
      ),
    ),
  );
  if (samen.aandacht.length > 0) {
    nodes.push(
      el('h3', {}, 'Hier valt het meest te winnen'),
      el('p', {}, 'Deze acties hebben op een of meer punten een 0 of een 1:'),
      el(
        'ul',
        {},
        ...samen.aandacht.map((actie) =>
          el('li', {}, el('a', { href: `#actie-${actie.id}` }, `${actie.nummer}. ${actie.titel}`)),
        ),
      ),
    );
  }
  if (samen.opOrde.length > 0) {
    nodes.push(
      el('h3', {}, 'Helemaal op orde'),
      el('ul', {}, ...samen.opOrde.map((actie) => el('li', {}, `${actie.nummer}. ${actie.titel}`))),
    );
  }
  const metNotitie = acties.filter((actie) => scan.acties[actie.id]?.notitie);
  if (metNotitie.length > 0) {
    nodes.push(
      el('h3', {}, 'Uw toelichting'),
      el(
        'dl',
        { class: 'zelfscan-notities' },
        ...metNotitie.flatMap((actie) => [
          el('dt', {}, `${actie.nummer}. ${actie.titel}`),
          el('dd', {}, scan.acties[actie.id]!.notitie!),
        ]),
      ),
    );
  }
  return nodes;
}
