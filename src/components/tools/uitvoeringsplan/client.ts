// The browser side of the plan builder: steps 1 and 2 choose themes and items (choose.ts, rendered
// at build time), step 3 edits the draft plan (editor.ts); the budget and the paper version follow
// every change (print.ts), and the plan downloads as Markdown (markdown.ts). Nothing is stored.
import { announce, download, el, setFieldError, showErrorSummary, showScriptOnly } from '../dom.ts';
import { choiceForm } from './choose.ts';
import { budgetTable } from './document.ts';
import { planEditor } from './editor.ts';
import { type MarkdownOptions, planMarkdown } from './markdown.ts';
import { AMOUNT_MESSAGE, DEFAULT_TITLE, draftPlan, fileName, parseAmount, totals, validatePlan } from './model.ts';
import { printElements, tableElement } from './print.ts';

export function startPlanBuilder(): void {
  const form = document.querySelector<HTMLFormElement>('#plan-keuze');
  const planSection = document.querySelector<HTMLElement>('#plan');
  const container = document.querySelector<HTMLElement>('#plan-themas-editor');
  if (!form || !planSection || !container) return;
  showScriptOnly();

  const status = document.querySelector<HTMLElement>('#plan-status');
  const choiceErrors = document.querySelector<HTMLElement>('#plan-keuze-fouten')!;
  const planErrors = document.querySelector<HTMLElement>('#plan-fouten')!;
  const budget = document.querySelector<HTMLElement>('#plan-begroting')!;
  const paper = document.querySelector<HTMLElement>('#plan-print')!;
  const makeButton = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  const choices = choiceForm(form);
  const editor = planEditor({
    container,
    onChange: update,
    onRemove: (themeId, source) => {
      if (source) choices.untick(themeId, source);
      announce(status, 'De activiteit is verwijderd.');
    },
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = choices.choices();
    const themeError = document.getElementById('plan-themas-fout');
    if (chosen.length === 0) {
      const message = 'Kies minstens één thema.';
      if (themeError) {
        themeError.textContent = message;
        themeError.hidden = false;
      }
      showErrorSummary(choiceErrors, [{ fieldId: choices.themeBoxes()[0]!.id, message }]);
      return;
    }
    if (themeError) themeError.hidden = true;
    showErrorSummary(choiceErrors, []);

    const updating = !planSection.hidden;
    const plan = draftPlan(chosen, updating ? editor.readPlan() : undefined);
    if (!updating) editor.generalField('title').value = planSection.dataset.standaardTitel ?? DEFAULT_TITLE;
    editor.render(plan);
    planSection.hidden = false;
    makeButton.textContent = 'Werk het conceptplan bij';
    update();
    document.querySelector<HTMLElement>('#plan-titel-kop')?.focus();
    const activities = plan.themes.reduce((sum, theme) => sum + theme.rows.length, 0);
    announce(
      status,
      `${updating ? 'Het conceptplan is bijgewerkt' : 'Het conceptplan is klaar'}: ${plan.themes.length} ${
        plan.themes.length === 1 ? 'thema' : "thema's"
      } en ${activities} ${activities === 1 ? 'activiteit' : 'activiteiten'}. Vul het hieronder aan.`,
    );
  });

  /** Totals, the budget table and the paper version follow every change. */
  function update(): void {
    const plan = editor.readPlan();
    editor.refresh(plan);
    budget.replaceChildren(tableElement(budgetTable(plan)));
    const unreadable = totals(plan).unreadable;
    if (unreadable > 0)
      budget.append(
        el(
          'p',
          { class: 'hint' },
          `${unreadable === 1 ? 'Eén bedrag is' : `${unreadable} bedragen zijn`} niet meegeteld, omdat het geen bedrag is.`,
        ),
      );
    paper.replaceChildren(...printElements(plan));
  }

  planSection.addEventListener('input', update);
  // A wrong amount is marked when the user leaves the field, not while typing.
  planSection.addEventListener('change', (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.dataset.veld === 'budget')
      setFieldError(target, parseAmount(target.value) === undefined ? AMOUNT_MESSAGE : undefined);
  });

  /** Marks every wrong amount and lists them above the plan; true when there are none. */
  const validate = (): boolean => {
    const errors = validatePlan(editor.readPlan());
    for (const input of container.querySelectorAll<HTMLInputElement>('[data-veld="budget"]'))
      setFieldError(input, undefined);
    const list = errors.map((error) => {
      const input = container.querySelector<HTMLInputElement>(
        `[data-plan-thema="${error.themeId}"] [data-sleutel="${error.key}"] [data-veld="budget"]`,
      )!;
      setFieldError(input, error.message);
      const what = input.closest('[data-sleutel]')!.querySelector<HTMLInputElement>('[data-veld="wat"]')!.value;
      return { fieldId: input.id, message: `Budget bij ‘${what || 'activiteit zonder naam'}’: ${error.message}` };
    });
    showErrorSummary(planErrors, list);
    return list.length === 0;
  };

  document.querySelector('#plan-printen')?.addEventListener('click', () => {
    if (!validate()) return;
    update();
    window.print();
  });
  document.querySelector('#plan-download')?.addEventListener('click', () => {
    if (!validate()) return;
    const plan = editor.readPlan();
    const name = fileName(plan);
    download(planMarkdown(plan, markdownOptions(planSection.dataset)), name, 'text/markdown;charset=utf-8');
    announce(status, `Het bestand ${name} is gedownload. U vindt het in de map met downloads.`);
  });
  window.addEventListener('beforeprint', update);
}

/** The handreiking and the example plan, as the page wrote them on the plan section. */
function markdownOptions(data: DOMStringMap): MarkdownOptions {
  const options: MarkdownOptions = {};
  if (data.handreiking && data.handreikingTitel)
    options.handreiking = { title: data.handreikingTitel, url: data.handreiking };
  if (data.voorbeeld && data.voorbeeldTitel) options.example = { title: data.voorbeeldTitel, url: data.voorbeeld };
  return options;
}
