// Tests for step-by-step navigation: where the reader is, and the steps before and after.
import { describe, expect, it } from 'vitest';
import { type Chapter, stepByStepFor } from './step-by-step.ts';

const chapter = (id: string, anchors: string[] = []): Chapter => ({
  id,
  title: id.toUpperCase(),
  href: `/h/${id}/`,
  anchors,
});
const plan = {
  titel: 'Drie stappen',
  herhalen: true,
  stappen: [
    { titel: 'Beoordeel', paginas: [{ anker: 'stap-1' }, { hoofdstuk: { id: 'preventie' } }] },
    { titel: 'Bepaal', paginas: [{ hoofdstuk: { id: 'nji' }, anker: 'stap-2' }, { hoofdstuk: { id: 'preventie' } }] },
    { titel: 'Stuur', paginas: [{ hoofdstuk: { id: 'nji' }, anker: 'stap-3' }, { hoofdstuk: { id: 'monitoring' } }] },
  ],
};
const chapters = [
  { ...chapter('nji', ['stap-1', 'stap-2', 'stap-3']), stappenplan: plan },
  chapter('preventie'),
  chapter('monitoring'),
  chapter('elders'),
];

describe('stepByStepFor', () => {
  it('marks the steps a chapter treats and links the step before and after', () => {
    const [view] = stepByStepFor('preventie', chapters);
    expect(view!.title).toBe('Drie stappen');
    expect(view!.steps.map((step) => step.current)).toEqual([true, true, false]);
    expect(view!.steps[0]!.links).toEqual([
      { href: '/h/nji/#stap-1', title: 'NJI', current: false },
      { href: '/h/preventie/', title: 'PREVENTIE', current: true },
    ]);
    expect(view!.previous).toBeUndefined();
    expect(view!.next).toEqual({ number: 3, title: 'Stuur', href: '/h/nji/#stap-3', again: false });
  });

  it('goes back to step 1 after the last step when the plan repeats', () => {
    const [view] = stepByStepFor('monitoring', chapters);
    expect(view!.previous).toEqual({ number: 2, title: 'Bepaal', href: '/h/nji/#stap-2' });
    expect(view!.next).toEqual({ number: 1, title: 'Beoordeel', href: '/h/nji/#stap-1', again: true });
  });

  it('shows the whole plan on the page that has every step, with no step marked and no previous or next', () => {
    const [view] = stepByStepFor('nji', chapters);
    expect(view!.steps.map((step) => step.current)).toEqual([false, false, false]);
    expect(view!.steps[0]!.links[0]).toEqual({ href: '/h/nji/#stap-1', title: 'NJI', current: true });
    expect(view!.previous).toBeUndefined();
    expect(view!.next).toBeUndefined();
  });

  it('leaves chapters outside the plan alone', () => {
    expect(stepByStepFor('elders', chapters)).toEqual([]);
  });

  it('stops with a Dutch message naming file and field when an anchor does not exist', () => {
    const broken = [{ ...chapters[0]!, anchors: ['stap-1', 'stap-3'] }, ...chapters.slice(1)];
    expect(() => stepByStepFor('preventie', broken)).toThrow(
      'content/hoofdstukken/nji.mdx, veld stappenplan.stappen[1].paginas[0].anker: "stap-2" is geen kop in "NJI".',
    );
  });
});
