// The browser side of "Reken maar even mee": reads the form, shows Dutch error messages next to the
// fields and in an error summary, and shows the result. The arithmetic is in src/lib/tools/rekenhulp.ts.
import {
  type AandeelKeuze,
  beschrijf,
  beschrijfKinderen,
  beschrijfSchoolklassen,
  bereken,
  formatAfgerond,
  valideer,
  type Veld,
} from '../../../lib/tools/rekenhulp.ts';
import { meld, toonAlleenJs, toonFoutenoverzicht, zetFout } from '../dom.ts';

const VELDEN: Record<Veld, string> = {
  inwoners: 'rekenhulp-inwoners',
  eigenAandeel: 'rekenhulp-eigen-aandeel',
  prevalentie: 'rekenhulp-prevalentie',
};

export function startRekenhulp(): void {
  const form = document.querySelector<HTMLFormElement>('#rekenhulp');
  const uitkomst = document.querySelector<HTMLElement>('#uitkomst');
  const overzicht = document.querySelector<HTMLElement>('#rekenhulp-fouten');
  const status = document.querySelector<HTMLElement>('#rekenhulp-status');
  if (!form || !uitkomst || !overzicht) return;
  toonAlleenJs();

  const veld = (naam: Veld) => document.getElementById(VELDEN[naam]) as HTMLInputElement;
  const eigen = form.querySelector<HTMLElement>('#rekenhulp-eigen');
  const keuze = () => (new FormData(form).get('aandeel') ?? 'handreiking') as AandeelKeuze;

  // The own percentage only shows when it is chosen.
  const toonEigen = () => {
    if (eigen) eigen.hidden = keuze() !== 'eigen';
  };
  form.addEventListener('change', toonEigen);
  toonEigen();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const result = valideer({
      inwoners: veld('inwoners').value,
      aandeel: keuze(),
      eigenAandeel: veld('eigenAandeel').value,
      prevalentie: veld('prevalentie').value,
    });
    for (const naam of Object.keys(VELDEN) as Veld[]) zetFout(veld(naam), undefined);
    if (!result.ok) {
      for (const fout of result.fouten) zetFout(veld(fout.veld), fout.melding);
      toonFoutenoverzicht(
        overzicht,
        result.fouten.map((fout) => ({ veldId: VELDEN[fout.veld], melding: fout.melding })),
      );
      uitkomst.hidden = true;
      return;
    }
    toonFoutenoverzicht(overzicht, []);

    const berekend = bereken(result.waarden);
    const tekst = beschrijf(berekend);
    const zet = (naam: string, waarde: string) => {
      const element = uitkomst.querySelector(`[data-uitkomst="${naam}"]`);
      if (element) element.textContent = waarde;
    };
    zet('minderjarigen', formatAfgerond(berekend.minderjarigen));
    zet('kinderen', beschrijfKinderen(berekend.kinderen));
    zet('klassen', beschrijfSchoolklassen(berekend.kinderen));
    zet('zinnen', [tekst.minderjarigen, tekst.kinderen, tekst.schoolklassen, tekst.perDuizend].join(' '));
    zet('stap-1', tekst.stappen[0]);
    zet('stap-2', tekst.stappen[1]);
    uitkomst.hidden = false;
    uitkomst.scrollIntoView({ block: 'nearest' });
    meld(
      status,
      `Uitkomst: ${beschrijfKinderen(berekend.kinderen)} per jaar, ${beschrijfSchoolklassen(berekend.kinderen)}.`,
    );
  });
}
