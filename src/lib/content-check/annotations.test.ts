// Content problems become GitHub annotations on the right file and line, escaped so that nothing in
// a pull request can forge or break a workflow command.
import { describe, expect, it } from 'vitest';
import { annotation, escapeData, escapeProperty, formatAnnotations } from './annotations.ts';

describe('GitHub annotations', () => {
  it('put a problem on its file and line, with the field in the title and the fix in the message', () => {
    expect(
      annotation({
        file: 'content/praktijkvoorbeelden/zorgmail-rijswijk.mdx',
        line: 7,
        field: 'themas[1]',
        message: '"preventi" bestaat niet als thema.',
        hint: 'Bedoelt u "preventie"?',
      }),
    ).toBe(
      '::error file=content/praktijkvoorbeelden/zorgmail-rijswijk.mdx,line=7,title=Inhoudscontrole%3A veld "themas[1]"::"preventi" bestaat niet als thema.%0AOplossing: Bedoelt u "preventie"?',
    );
  });

  it('leave out the line when the problem has none', () => {
    expect(annotation({ file: 'content/x.txt', message: 'Weg ermee.' })).toBe(
      '::error file=content/x.txt,title=Inhoudscontrole::Weg ermee.',
    );
  });

  it('escape %, CR and LF in the message, and also : and , in properties', () => {
    expect(escapeData('100% klaar\r\nnu')).toBe('100%25 klaar%0D%0Anu');
    expect(escapeProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
  });

  it('cannot be made to start a command of its own by a file name or message', () => {
    const line = annotation({
      file: 'content/tips/x,line=1::\n::error file=README.md::nep.mdx',
      message: 'echt\n::warning::nep',
    });
    // One line; the properties end at the first "::", and everything after it is message text.
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toBe(
      '::error file=content/tips/x%2Cline=1%3A%3A%0A%3A%3Aerror file=README.md%3A%3Anep.mdx,title=Inhoudscontrole::echt%0A::warning::nep',
    );
  });

  it('list every problem, one per line', () => {
    const text = formatAnnotations([
      { file: 'a', message: 'fout' },
      { file: 'b', line: 2, message: 'nog een' },
    ]);
    expect(text.split('\n')).toEqual([
      '::error file=a,title=Inhoudscontrole::fout',
      '::error file=b,line=2,title=Inhoudscontrole::nog een',
    ]);
  });
});
