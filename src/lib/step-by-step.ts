// Step-by-step navigation (GOV.UK pattern): for the chapter a reader is on, the sequences it is part
// of, which steps it treats, and the step before and after. Plain data in, plain data out.

export interface StepPageRef {
  /** Left out: the chapter that holds the plan. */
  hoofdstuk?: { id: string };
  anker?: string;
}

export interface StepPlan {
  titel: string;
  herhalen?: boolean;
  stappen: { titel: string; paginas: StepPageRef[] }[];
}

export interface Chapter {
  id: string;
  title: string;
  href: string;
  /** The ids of the chapter's headings, to check anchors. */
  anchors: string[];
  stappenplan?: StepPlan;
}

export interface StepLink {
  href: string;
  title: string;
  /** The link goes to the page the reader is on. */
  current: boolean;
}

export interface StepView {
  number: number;
  title: string;
  links: StepLink[];
  /** The page the reader is on treats this step. */
  current: boolean;
}

export interface StepByStepView {
  title: string;
  steps: StepView[];
  previous?: { number: number; title: string; href: string };
  /** The next step, or step 1 again when the plan repeats. */
  next?: { number: number; title: string; href: string; again: boolean };
}

/**
 * The step-by-step plans the chapter `currentId` is part of. Throws a Dutch message when a plan names a
 * chapter or heading that does not exist, so a wrong anchor stops the build instead of a dead link.
 */
export function stepByStepFor(currentId: string, chapters: Chapter[]): StepByStepView[] {
  const byId = new Map(chapters.map((chapter) => [chapter.id, chapter]));
  return chapters.flatMap((owner) => {
    const plan = owner.stappenplan;
    if (!plan) return [];
    const steps: StepView[] = plan.stappen.map((step, index) => {
      const links = step.paginas.map((ref, refIndex) => {
        const id = ref.hoofdstuk?.id ?? owner.id;
        const chapter = byId.get(id);
        const field = `stappenplan.stappen[${index}].paginas[${refIndex}]`;
        if (!chapter) {
          throw new Error(`content/hoofdstukken/${owner.id}.mdx, veld ${field}: hoofdstuk "${id}" bestaat niet.`);
        }
        if (ref.anker && !chapter.anchors.includes(ref.anker)) {
          throw new Error(
            `content/hoofdstukken/${owner.id}.mdx, veld ${field}.anker: "${ref.anker}" is geen kop in "${chapter.title}". ` +
              `Kies uit: ${chapter.anchors.join(', ')}.`,
          );
        }
        return {
          href: ref.anker ? `${chapter.href}#${ref.anker}` : chapter.href,
          title: chapter.title,
          current: chapter.id === currentId,
        };
      });
      return { number: index + 1, title: step.titel, links, current: links.some((link) => link.current) };
    });
    const mine = steps.filter((step) => step.current);
    if (mine.length === 0) return [];
    // A page in every step is the plan's own overview: no step is "where you are", and there is
    // no step before or after it.
    if (mine.length === steps.length && steps.length > 1) {
      return [{ title: plan.titel, steps: steps.map((step) => ({ ...step, current: false })) }];
    }
    const first = mine[0]!.number;
    const last = mine.at(-1)!.number;
    const target = (step: StepView) => ({ number: step.number, title: step.title, href: step.links[0]!.href });
    const view: StepByStepView = { title: plan.titel, steps };
    if (first > 1) view.previous = target(steps[first - 2]!);
    if (last < steps.length) view.next = { ...target(steps[last]!), again: false };
    else if (plan.herhalen && first > 1) view.next = { ...target(steps[0]!), again: true };
    return [view];
  });
}
