// The browser side of the uitvoeringsplan: step 1 and 2 choose themes and items (rendered at build
// time), step 3 is the plan editor built here. The form is the single source of truth: the plan is
// read from it whenever it is needed. Nothing is stored. The model is in src/lib/tools/uitvoeringsplan.ts.
import {
  BEDRAG_MELDING,
  bestandsnaam,
  eigenRegel,
  formatBedrag,
  type Item,
  leesBedrag,
  maakConcept,
  naarMarkdown,
  type Plan,
  type Regel,
  STANDAARD_TITEL,
  type ThemaKeuze,
  type ThemaPlan,
  totalen,
  valideer,
} from '../../../lib/tools/uitvoeringsplan.ts';
import { download, el, meld, toonAlleenJs, toonFoutenoverzicht, zetFout } from '../dom.ts';

const ALGEMEEN = ['titel', 'gemeente', 'periode', 'doel', 'trekker', 'evaluatie'] as const;
type Algemeen = (typeof ALGEMEEN)[number];

export function startUitvoeringsplan(): void {
  const keuzeForm = document.querySelector<HTMLFormElement>('#plan-keuze');
  const planSectie = document.querySelector<HTMLElement>('#plan');
  const editor = document.querySelector<HTMLElement>('#plan-themas-editor');
  if (!keuzeForm || !planSectie || !editor) return;
  toonAlleenJs();

  const status = document.querySelector<HTMLElement>('#plan-status');
  const keuzeFouten = document.querySelector<HTMLElement>('#plan-keuze-fouten')!;
  const planFouten = document.querySelector<HTMLElement>('#plan-fouten')!;
  const begroting = document.querySelector<HTMLElement>('#plan-begroting')!;
  const printVersie = document.querySelector<HTMLElement>('#plan-print')!;
  const maakKnop = keuzeForm.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  const algemeenVeld = (naam: Algemeen) =>
    document.getElementById(`plan-${naam}`) as HTMLInputElement | HTMLTextAreaElement;
  /** Where each row from the handreiking comes from, by row key. */
  const bronnen = new Map<string, Item>();

  // Step 1 → step 2: the items of a theme show once the theme is chosen.
  const themaBoxen = () => [...keuzeForm.querySelectorAll<HTMLInputElement>('input[name="thema"]')];
  const toonItems = () => {
    let gekozen = 0;
    for (const box of themaBoxen()) {
      const items = keuzeForm.querySelector<HTMLElement>(`[data-thema-items="${box.value}"]`);
      if (items) items.hidden = !box.checked;
      if (box.checked) gekozen += 1;
    }
    const leeg = keuzeForm.querySelector<HTMLElement>('#plan-geen-thema');
    if (leeg) leeg.hidden = gekozen > 0;
  };
  keuzeForm.addEventListener('change', toonItems);
  toonItems();

  function keuzes(): ThemaKeuze[] {
    return themaBoxen()
      .filter((box) => box.checked)
      .map((box) => ({
        id: box.value,
        titel: box.dataset.titel!,
        items: [
          ...keuzeForm!.querySelectorAll<HTMLInputElement>(`[data-thema-items="${box.value}"] input:checked`),
        ].map((input) => ({
          soort: input.dataset.soort as Item['soort'],
          id: input.dataset.id!,
          titel: input.dataset.titel!,
          url: input.dataset.url!,
        })),
      }));
  }

  /** The plan as it stands in the form. */
  function leesPlan(): Plan {
    const plan = Object.fromEntries(ALGEMEEN.map((naam) => [naam, algemeenVeld(naam).value])) as Record<
      Algemeen,
      string
    >;
    const themas: ThemaPlan[] = [...editor!.querySelectorAll<HTMLElement>('[data-plan-thema]')].map((sectie) => ({
      id: sectie.dataset.planThema!,
      titel: sectie.dataset.titel!,
      regels: [...sectie.querySelectorAll<HTMLElement>('[data-sleutel]')].map((rij) => {
        const waarde = (veld: string) => rij.querySelector<HTMLInputElement>(`[data-veld="${veld}"]`)!.value;
        const bron = bronnen.get(rij.dataset.sleutel!);
        return {
          sleutel: rij.dataset.sleutel!,
          wat: waarde('wat'),
          wanneer: waarde('wanneer'),
          budget: waarde('budget'),
          ...(bron ? { bron } : {}),
        };
      }),
    }));
    return { ...plan, themas };
  }

  keuzeForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const gekozen = keuzes();
    const eersteThema = themaBoxen()[0]!;
    const foutThema = document.getElementById('plan-themas-fout');
    if (gekozen.length === 0) {
      const melding = 'Kies minstens één thema.';
      if (foutThema) {
        foutThema.textContent = melding;
        foutThema.hidden = false;
      }
      toonFoutenoverzicht(keuzeFouten, [{ veldId: eersteThema.id, melding }]);
      return;
    }
    if (foutThema) foutThema.hidden = true;
    toonFoutenoverzicht(keuzeFouten, []);

    const eerder = !planSectie!.hidden;
    const plan = maakConcept(gekozen, eerder ? leesPlan() : undefined);
    if (!eerder) algemeenVeld('titel').value = STANDAARD_TITEL;
    for (const thema of plan.themas)
      for (const regel of thema.regels) if (regel.bron) bronnen.set(regel.sleutel, regel.bron);
    editor!.replaceChildren(...plan.themas.map((thema, index) => themaSectie(thema, index)));
    planSectie!.hidden = false;
    maakKnop.textContent = 'Werk het conceptplan bij';
    werkBij();
    document.querySelector<HTMLElement>('#plan-titel-kop')?.focus();
    const activiteiten = plan.themas.reduce((som, thema) => som + thema.regels.length, 0);
    meld(
      status,
      `${eerder ? 'Het conceptplan is bijgewerkt' : 'Het conceptplan is klaar'}: ${plan.themas.length} ${
        plan.themas.length === 1 ? 'thema' : "thema's"
      } en ${activiteiten} ${activiteiten === 1 ? 'activiteit' : 'activiteiten'}. Vul het hieronder aan.`,
    );
  });

  function themaSectie(thema: ThemaPlan, index: number): HTMLElement {
    const kopId = `plan-thema-${thema.id}`;
    const lijst = el('ol', { class: 'plan-regels' }, ...thema.regels.map((regel) => regelElement(thema, regel)));
    const toevoegen = el(
      'button',
      { type: 'button', class: 'button button--secondary button--small' },
      'Activiteit toevoegen',
      el('span', { class: 'visually-hidden' }, ` bij ${thema.titel}`),
    );
    toevoegen.addEventListener('click', () => {
      const regel = eigenRegel(leesPlan());
      const rij = regelElement(thema, regel);
      lijst.append(rij);
      nummer(lijst);
      werkBij();
      rij.querySelector<HTMLInputElement>('[data-veld="wat"]')?.focus();
    });
    return el(
      'section',
      { class: 'plan-thema', 'data-plan-thema': thema.id, 'data-titel': thema.titel, 'aria-labelledby': kopId },
      el('h3', { id: kopId }, `Thema ${index + 1}: ${thema.titel}`),
      thema.regels.length === 0
        ? el('p', { class: 'hint', 'data-leeg': true }, 'Nog geen activiteiten. Voeg er een toe.')
        : undefined,
      lijst,
      el('p', {}, toevoegen),
      el(
        'p',
        { class: 'plan-thema__totaal' },
        `Totaal ${thema.titel}: `,
        el('strong', { 'data-totaal': thema.id }, formatBedrag(0)),
      ),
    );
  }

  function regelElement(thema: ThemaPlan, regel: Regel): HTMLElement {
    const basis = `plan-${thema.id}-${regel.sleutel.replace(/[^a-z0-9-]/gi, '-')}`;
    const veld = (
      naam: 'wat' | 'wanneer' | 'budget',
      label: string,
      waarde: string,
      extra: Record<string, string> = {},
    ) => {
      const id = `${basis}-${naam}`;
      // "Wat" may be a long title: a textarea that grows with its text (field-sizing in CSS).
      const input =
        naam === 'wat'
          ? el('textarea', { id, rows: 1, class: 'tool-input tool-input--wide plan-wat', 'data-veld': naam, ...extra })
          : el('input', {
              id,
              type: 'text',
              class: `tool-input${naam === 'budget' ? ' input-number' : ' tool-input--wide'}`,
              autocomplete: 'off',
              'data-veld': naam,
              ...extra,
            });
      input.value = waarde;
      return el(
        'div',
        { class: `plan-veld plan-veld--${naam}` },
        el('label', { for: id }, label, el('span', { class: 'visually-hidden', 'data-rij-label': true })),
        input,
      );
    };
    const verwijder = el(
      'button',
      { type: 'button', class: 'button button--secondary button--small plan-verwijder' },
      'Verwijder',
      el('span', { class: 'visually-hidden', 'data-rij-label': true }),
    );
    const rij = el(
      'li',
      { class: 'plan-regel', 'data-sleutel': regel.sleutel },
      el(
        'div',
        { class: 'plan-regel__velden' },
        veld('wat', 'Wat', regel.wat),
        veld('wanneer', 'Wanneer', regel.wanneer, { placeholder: 'bijv. Q3 2026' }),
        veld('budget', "Budget in euro's", regel.budget, {
          inputmode: 'numeric',
          'aria-describedby': `${basis}-budget-fout`,
        }),
        el('div', { class: 'plan-veld plan-veld--knop' }, verwijder),
      ),
      el('p', { class: 'field-error plan-regel__fout', id: `${basis}-budget-fout`, hidden: true }),
      regel.bron
        ? el(
            'p',
            { class: 'hint plan-regel__bron' },
            'Uit de handreiking: ',
            el(
              'a',
              { href: regel.bron.url },
              `${regel.bron.soort === 'tip' ? 'tip' : 'preventieve actie'} ‘${regel.bron.titel}’`,
            ),
          )
        : undefined,
    );
    verwijder.addEventListener('click', () => {
      const lijst = rij.parentElement!;
      const sectie = rij.closest<HTMLElement>('[data-plan-thema]')!;
      const bron = bronnen.get(regel.sleutel);
      if (bron) {
        // Also untick it in step 2, so updating the plan does not bring it back.
        const box = keuzeForm!.querySelector<HTMLInputElement>(
          `[data-thema-items="${thema.id}"] input[data-soort="${bron.soort}"][data-id="${bron.id}"]`,
        );
        if (box) box.checked = false;
      }
      rij.remove();
      nummer(lijst);
      werkBij();
      sectie.querySelector<HTMLButtonElement>('p > button')?.focus();
      meld(status, 'De activiteit is verwijderd.');
    });
    return rij;
  }

  /** "activiteit 2 bij Preventie" after each label, so every field has its own name. */
  function nummer(lijst: HTMLElement): void {
    const sectie = lijst.closest<HTMLElement>('[data-plan-thema]')!;
    [...lijst.children].forEach((rij, index) => {
      for (const span of rij.querySelectorAll('[data-rij-label]'))
        span.textContent = `, activiteit ${index + 1} bij ${sectie.dataset.titel}`;
    });
    const leeg = sectie.querySelector<HTMLElement>('[data-leeg]');
    if (leeg) leeg.hidden = lijst.children.length > 0;
  }

  /** Totals, the budget table and the print version follow every change. */
  function werkBij(): void {
    for (const lijst of editor!.querySelectorAll<HTMLElement>('.plan-regels')) nummer(lijst);
    const plan = leesPlan();
    const som = totalen(plan);
    for (const thema of plan.themas) {
      const totaal = editor!.querySelector(`[data-totaal="${thema.id}"]`);
      if (totaal) totaal.textContent = formatBedrag(som.perThema[thema.id] ?? 0);
    }
    begroting.replaceChildren(begrotingTabel(plan, som.perThema, som.totaal));
    if (som.onleesbaar > 0)
      begroting.append(
        el(
          'p',
          { class: 'hint' },
          `${som.onleesbaar === 1 ? 'Eén bedrag is' : `${som.onleesbaar} bedragen zijn`} niet meegeteld, omdat het geen bedrag is.`,
        ),
      );
    printVersie.replaceChildren(...printElementen(plan));
  }

  planSectie.addEventListener('input', werkBij);
  // A wrong amount is marked when the user leaves the field, not while typing.
  planSectie.addEventListener('change', (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.dataset.veld === 'budget')
      zetFout(target, leesBedrag(target.value) === undefined ? BEDRAG_MELDING : undefined);
  });

  function controleer(): boolean {
    const plan = leesPlan();
    const fouten = valideer(plan);
    for (const input of editor!.querySelectorAll<HTMLInputElement>('[data-veld="budget"]')) zetFout(input, undefined);
    const lijst = fouten.map((fout) => {
      const input = editor!.querySelector<HTMLInputElement>(
        `[data-plan-thema="${fout.themaId}"] [data-sleutel="${fout.sleutel}"] [data-veld="budget"]`,
      )!;
      zetFout(input, fout.melding);
      const wat = input.closest('[data-sleutel]')!.querySelector<HTMLInputElement>('[data-veld="wat"]')!.value;
      return { veldId: input.id, melding: `Budget bij ‘${wat || 'activiteit zonder naam'}’: ${fout.melding}` };
    });
    toonFoutenoverzicht(planFouten, lijst);
    return lijst.length === 0;
  }

  document.querySelector('#plan-printen')?.addEventListener('click', () => {
    if (!controleer()) return;
    werkBij();
    window.print();
  });
  document.querySelector('#plan-download')?.addEventListener('click', () => {
    if (!controleer()) return;
    const plan = leesPlan();
    const naam = bestandsnaam(plan);
    download(
      naarMarkdown(plan, { handreiking: planSectie.dataset.handreiking, voorbeeld: planSectie.dataset.voorbeeld }),
      naam,
      'text/markdown;charset=utf-8',
    );
    meld(status, `Het bestand ${naam} is gedownload. U vindt het in de map met downloads.`);
  });
  window.addEventListener('beforeprint', werkBij);
}

function begrotingTabel(plan: Plan, perThema: Record<string, number>, totaal: number): HTMLElement {
  return el(
    'table',
    { class: 'tool-table plan-begroting' },
    el('caption', { class: 'visually-hidden' }, 'Begroting per thema'),
    el(
      'thead',
      {},
      el('tr', {}, el('th', { scope: 'col' }, 'Thema'), el('th', { scope: 'col', class: 'numeric' }, 'Budget')),
    ),
    el(
      'tbody',
      {},
      ...plan.themas.map((thema) =>
        el(
          'tr',
          {},
          el('th', { scope: 'row' }, thema.titel),
          el('td', { class: 'numeric' }, formatBedrag(perThema[thema.id] ?? 0)),
        ),
      ),
    ),
    el(
      'tfoot',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'row' }, 'Totaal'),
        el('td', { class: 'numeric' }, el('strong', {}, formatBedrag(totaal))),
      ),
    ),
  );
}

/** A read-only version of the plan for paper: the same order as the Markdown export. */
function printElementen(plan: Plan): Node[] {
  const tekst = (waarde: string) => waarde.trim() || 'Nog invullen.';
  const som = totalen(plan);
  const nodes: Node[] = [
    el('h2', {}, `${plan.titel.trim() || STANDAARD_TITEL}${plan.gemeente.trim() ? ` – ${plan.gemeente.trim()}` : ''}`),
  ];
  if (plan.periode.trim()) nodes.push(el('p', {}, `Periode: ${plan.periode.trim()}`));
  nodes.push(el('h3', {}, 'Doel'), el('p', { class: 'plan-print__tekst' }, tekst(plan.doel)));
  nodes.push(el('h3', {}, 'Wie voert het plan uit?'), el('p', { class: 'plan-print__tekst' }, tekst(plan.trekker)));
  plan.themas.forEach((thema, index) => {
    nodes.push(el('h3', {}, `Thema ${index + 1}: ${thema.titel}`));
    if (thema.regels.length === 0) {
      nodes.push(el('p', {}, 'Nog geen activiteiten.'));
      return;
    }
    nodes.push(
      el(
        'table',
        { class: 'tool-table' },
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', { scope: 'col' }, 'Activiteit'),
            el('th', { scope: 'col' }, 'Planning'),
            el('th', { scope: 'col', class: 'numeric' }, 'Budget'),
          ),
        ),
        el(
          'tbody',
          {},
          ...thema.regels.map((regel) => {
            const bedrag = leesBedrag(regel.budget);
            return el(
              'tr',
              {},
              el('td', {}, regel.wat || '–'),
              el('td', {}, regel.wanneer),
              el(
                'td',
                { class: 'numeric' },
                regel.budget.trim() === '' ? '' : bedrag === undefined ? regel.budget : formatBedrag(bedrag),
              ),
            );
          }),
        ),
        el(
          'tfoot',
          {},
          el(
            'tr',
            {},
            el('th', { scope: 'row', colspan: 2 }, 'Totaal'),
            el('td', { class: 'numeric' }, formatBedrag(som.perThema[thema.id] ?? 0)),
          ),
        ),
      ),
    );
  });
  nodes.push(el('h3', {}, 'Begroting'), begrotingTabel(plan, som.perThema, som.totaal));
  nodes.push(el('h3', {}, 'Evaluatie'), el('p', { class: 'plan-print__tekst' }, tekst(plan.evaluatie)));
  return nodes;
}
