// The browser side of "Reken maar even mee": reads the form, shows Dutch error messages next to the
// fields and in an error summary, and shows the result. The arithmetic is in model.ts.
import {
  calculate,
  describeChildren,
  describeOutcome,
  describeSchoolClasses,
  type Field,
  formatRounded,
  type ShareChoice,
  validateInput,
} from './model.ts';
import { announce, setFieldError, showErrorSummary, showScriptOnly } from '../dom.ts';

const FIELD_IDS: Record<Field, string> = {
  population: 'rekenhulp-inwoners',
  ownShare: 'rekenhulp-eigen-aandeel',
  prevalence: 'rekenhulp-prevalentie',
};

export function startCalculator(): void {
  const form = document.querySelector<HTMLFormElement>('#rekenhulp');
  const outcome = document.querySelector<HTMLElement>('#uitkomst');
  const errorSummary = document.querySelector<HTMLElement>('#rekenhulp-fouten');
  const status = document.querySelector<HTMLElement>('#rekenhulp-status');
  if (!form || !outcome || !errorSummary) return;
  showScriptOnly();

  const field = (name: Field) => document.getElementById(FIELD_IDS[name]) as HTMLInputElement;
  const ownField = form.querySelector<HTMLElement>('#rekenhulp-eigen');
  const choice = () => (new FormData(form).get('aandeel') ?? 'handreiking') as ShareChoice;

  // The own percentage only shows when it is chosen.
  const showOwnField = () => {
    if (ownField) ownField.hidden = choice() !== 'eigen';
  };
  form.addEventListener('change', showOwnField);
  showOwnField();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const result = validateInput({
      population: field('population').value,
      share: choice(),
      ownShare: field('ownShare').value,
      prevalence: field('prevalence').value,
    });
    for (const name of Object.keys(FIELD_IDS) as Field[]) setFieldError(field(name), undefined);
    if (!result.ok) {
      for (const error of result.errors) setFieldError(field(error.field), error.message);
      showErrorSummary(
        errorSummary,
        result.errors.map((error) => ({ fieldId: FIELD_IDS[error.field], message: error.message })),
      );
      outcome.hidden = true;
      return;
    }
    showErrorSummary(errorSummary, []);

    const calculated = calculate(result.values);
    const text = describeOutcome(calculated, form.dataset.onderwerp ?? '');
    const show = (name: string, content: string) => {
      const element = outcome.querySelector(`[data-uitkomst="${name}"]`);
      if (element) element.textContent = content;
    };
    show('minderjarigen', formatRounded(calculated.minors));
    show('kinderen', describeChildren(calculated.children));
    show('klassen', describeSchoolClasses(calculated.children));
    show('zinnen', [text.minors, text.children, text.schoolClasses, text.perThousand].join(' '));
    show('stap-1', text.steps[0]);
    show('stap-2', text.steps[1]);
    outcome.hidden = false;
    outcome.scrollIntoView({ block: 'nearest' });
    announce(
      status,
      `Uitkomst: ${describeChildren(calculated.children)} per jaar, ${describeSchoolClasses(calculated.children)}.`,
    );
  });
}
