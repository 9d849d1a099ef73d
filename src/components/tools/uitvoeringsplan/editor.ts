// Step 3 of the plan builder: the plan as editable fields, one section per theme with a row per
// activity. The fields are the single source of truth: readPlan() reads the plan from them whenever
// it is needed, so nothing can go out of step. Nothing is stored.
import { el } from '../dom.ts';
import { formatAmount, type Item, ownRow, type Plan, type PlanRow, type ThemePlan, totals } from './model.ts';

/** The plan's general fields, each with the id of its field on the page (`plan-titel` …). */
const GENERAL_FIELD_IDS = {
  title: 'plan-titel',
  municipality: 'plan-gemeente',
  period: 'plan-periode',
  goal: 'plan-doel',
  lead: 'plan-trekker',
  evaluation: 'plan-evaluatie',
} as const;
type GeneralField = keyof typeof GENERAL_FIELD_IDS;
const GENERAL_FIELDS = Object.keys(GENERAL_FIELD_IDS) as GeneralField[];

export interface PlanEditor {
  readPlan(): Plan;
  /** Draws the theme sections of a (new or updated) draft plan. */
  render(plan: Plan): void;
  generalField(name: GeneralField): HTMLInputElement | HTMLTextAreaElement;
  /** Row numbers in the labels and the theme totals, after any change. */
  refresh(plan: Plan): void;
}

interface EditorOptions {
  container: HTMLElement;
  /** After a row is added or removed. */
  onChange(): void;
  /** After a row is removed; `source` is set when the row came from the handreiking. */
  onRemove(themeId: string, source: Item | undefined): void;
}

export function planEditor({ container, onChange, onRemove }: EditorOptions): PlanEditor {
  /** Where each row from the handreiking comes from, by row key. */
  const sources = new Map<string, Item>();
  const generalField = (name: GeneralField) =>
    document.getElementById(GENERAL_FIELD_IDS[name]) as HTMLInputElement | HTMLTextAreaElement;

  function readPlan(): Plan {
    const general = Object.fromEntries(GENERAL_FIELDS.map((name) => [name, generalField(name).value])) as Record<
      GeneralField,
      string
    >;
    const themes: ThemePlan[] = [...container.querySelectorAll<HTMLElement>('[data-plan-thema]')].map((section) => ({
      id: section.dataset.planThema!,
      title: section.dataset.titel!,
      rows: [...section.querySelectorAll<HTMLElement>('[data-sleutel]')].map((row) => {
        const value = (field: string) => row.querySelector<HTMLInputElement>(`[data-veld="${field}"]`)!.value;
        const source = sources.get(row.dataset.sleutel!);
        return {
          key: row.dataset.sleutel!,
          what: value('wat'),
          when: value('wanneer'),
          budget: value('budget'),
          ...(source ? { source } : {}),
        };
      }),
    }));
    return { ...general, themes };
  }

  function themeSection(theme: ThemePlan, index: number): HTMLElement {
    const headingId = `plan-thema-${theme.id}`;
    const list = el('ol', { class: 'plan-regels' }, ...theme.rows.map((row) => rowElement(theme, row)));
    const add = el(
      'button',
      { type: 'button', class: 'button button--secondary button--small' },
      'Activiteit toevoegen',
      el('span', { class: 'visually-hidden' }, ` bij ${theme.title}`),
    );
    add.addEventListener('click', () => {
      const row = rowElement(theme, ownRow(readPlan()));
      list.append(row);
      onChange();
      row.querySelector<HTMLElement>('[data-veld="wat"]')?.focus();
    });
    return el(
      'section',
      { class: 'plan-thema', 'data-plan-thema': theme.id, 'data-titel': theme.title, 'aria-labelledby': headingId },
      el('h3', { id: headingId }, `Thema ${index + 1}: ${theme.title}`),
      theme.rows.length === 0
        ? el('p', { class: 'hint', 'data-leeg': true }, 'Nog geen activiteiten. Voeg er een toe.')
        : undefined,
      list,
      el('p', {}, add),
      el(
        'p',
        { class: 'plan-thema__totaal' },
        `Totaal ${theme.title}: `,
        el('strong', { 'data-totaal': theme.id }, formatAmount(0)),
      ),
    );
  }

  function rowElement(theme: ThemePlan, row: PlanRow): HTMLElement {
    const base = `plan-${theme.id}-${row.key.replace(/[^a-z0-9-]/gi, '-')}`;
    const field = (
      name: 'wat' | 'wanneer' | 'budget',
      label: string,
      value: string,
      extra: Record<string, string> = {},
    ) => {
      const id = `${base}-${name}`;
      // "Wat" may be a long title: a textarea that grows with its text (field-sizing in CSS).
      const input =
        name === 'wat'
          ? el('textarea', { id, rows: 1, class: 'tool-input tool-input--wide plan-wat', 'data-veld': name, ...extra })
          : el('input', {
              id,
              type: 'text',
              class: `tool-input${name === 'budget' ? ' input-number' : ' tool-input--wide'}`,
              autocomplete: 'off',
              'data-veld': name,
              ...extra,
            });
      input.value = value;
      return el(
        'div',
        { class: `plan-veld plan-veld--${name}` },
        el('label', { for: id }, label, el('span', { class: 'visually-hidden', 'data-rij-label': true })),
        input,
      );
    };
    const remove = el(
      'button',
      { type: 'button', class: 'button button--secondary button--small plan-verwijder' },
      'Verwijder',
      el('span', { class: 'visually-hidden', 'data-rij-label': true }),
    );
    const item = el(
      'li',
      { class: 'plan-regel', 'data-sleutel': row.key },
      el(
        'div',
        { class: 'plan-regel__velden' },
        field('wat', 'Wat', row.what),
        field('wanneer', 'Wanneer', row.when, { placeholder: 'bijv. Q3 2026' }),
        field('budget', "Budget in euro's", row.budget, {
          inputmode: 'numeric',
          'aria-describedby': `${base}-budget-fout`,
        }),
        el('div', { class: 'plan-veld plan-veld--knop' }, remove),
      ),
      el('p', { class: 'field-error plan-regel__fout', id: `${base}-budget-fout`, hidden: true }),
      row.source
        ? el(
            'p',
            { class: 'hint plan-regel__bron' },
            'Uit de handreiking: ',
            el(
              'a',
              { href: row.source.url },
              `${row.source.kind === 'tip' ? 'tip' : 'preventieve actie'} ‘${row.source.title}’`,
            ),
          )
        : undefined,
    );
    remove.addEventListener('click', () => {
      const section = item.closest<HTMLElement>('[data-plan-thema]')!;
      item.remove();
      onChange();
      section.querySelector<HTMLButtonElement>('p > button')?.focus();
      onRemove(theme.id, sources.get(row.key));
    });
    return item;
  }

  /** "activiteit 2 bij Preventie" after each label, so every field has its own name. */
  function numberRows(list: HTMLElement): void {
    const section = list.closest<HTMLElement>('[data-plan-thema]')!;
    [...list.children].forEach((row, index) => {
      for (const span of row.querySelectorAll('[data-rij-label]'))
        span.textContent = `, activiteit ${index + 1} bij ${section.dataset.titel}`;
    });
    const empty = section.querySelector<HTMLElement>('[data-leeg]');
    if (empty) empty.hidden = list.children.length > 0;
  }

  return {
    readPlan,
    generalField,
    render(plan) {
      for (const theme of plan.themes) for (const row of theme.rows) if (row.source) sources.set(row.key, row.source);
      container.replaceChildren(...plan.themes.map((theme, index) => themeSection(theme, index)));
    },
    refresh(plan) {
      for (const list of container.querySelectorAll<HTMLElement>('.plan-regels')) numberRows(list);
      const sums = totals(plan);
      for (const theme of plan.themes) {
        const total = container.querySelector(`[data-totaal="${theme.id}"]`);
        if (total) total.textContent = formatAmount(sums.perTheme[theme.id] ?? 0);
      }
    },
  };
}
