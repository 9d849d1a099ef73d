// Steps 1 and 2 of the plan builder, as the page rendered them: which themes are chosen, and which
// tips and actions under each. The items of a theme show once the theme is ticked.
import type { Item, ThemeChoice } from './model.ts';

export interface ChoiceForm {
  /** The theme checkboxes of step 1, in page order. */
  themeBoxes(): HTMLInputElement[];
  /** The chosen themes with their chosen items. */
  choices(): ThemeChoice[];
  /** Unticks an item in step 2, so updating the plan does not bring a removed row back. */
  untick(themeId: string, item: Pick<Item, 'kind' | 'id'>): void;
}

export function choiceForm(form: HTMLFormElement): ChoiceForm {
  const themeBoxes = () => [...form.querySelectorAll<HTMLInputElement>('input[name="thema"]')];
  const showItems = () => {
    let chosen = 0;
    for (const box of themeBoxes()) {
      const items = form.querySelector<HTMLElement>(`[data-thema-items="${box.value}"]`);
      if (items) items.hidden = !box.checked;
      if (box.checked) chosen += 1;
    }
    const none = form.querySelector<HTMLElement>('#plan-geen-thema');
    if (none) none.hidden = chosen > 0;
  };
  form.addEventListener('change', showItems);
  showItems();

  return {
    themeBoxes,
    choices: () =>
      themeBoxes()
        .filter((box) => box.checked)
        .map((box) => ({
          id: box.value,
          title: box.dataset.titel!,
          items: [...form.querySelectorAll<HTMLInputElement>(`[data-thema-items="${box.value}"] input:checked`)].map(
            (input) => ({
              kind: input.dataset.soort as Item['kind'],
              id: input.dataset.id!,
              title: input.dataset.titel!,
              url: input.dataset.url!,
            }),
          ),
        })),
    untick: (themeId, item) => {
      const box = form.querySelector<HTMLInputElement>(
        `[data-thema-items="${themeId}"] input[data-soort="${item.kind}"][data-id="${item.id}"]`,
      );
      if (box) box.checked = false;
    },
  };
}
