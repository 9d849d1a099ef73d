// Tests for the "Is deze pagina nuttig?" links and their settings in handreiking.yaml.
import { describe, expect, it } from 'vitest';
import { readSiteIdentity } from './content-check/site-identity.ts';
import { feedbackLinks } from './feedback.ts';

const page = { title: 'Formeer duo’s & meer', url: 'https://example.nl/tips/formeer-duos/' };

describe('feedbackLinks', () => {
  it('opens a new issue with the page title and address filled in', () => {
    const { issue } = feedbackLinks(page, { issue: 'https://github.com/org/repo/issues/new' });
    const url = new URL(issue!);
    expect(url.origin + url.pathname).toBe('https://github.com/org/repo/issues/new');
    expect(url.searchParams.get('title')).toBe('Reactie op de pagina "Formeer duo’s & meer"');
    expect(url.searchParams.get('body')).toContain('Adres: https://example.nl/tips/formeer-duos/');
  });

  it('opens an e-mail with a subject, spaces as %20 and the & escaped', () => {
    const { email } = feedbackLinks(page, { email: 'redactie@example.nl' });
    expect(email).toMatch(/^mailto:redactie@example\.nl\?subject=Reactie%20op%20de%20pagina%20/);
    expect(email).not.toContain('+');
    const subject = new URLSearchParams(email!.split('?')[1]).get('subject');
    expect(subject).toBe('Reactie op de pagina "Formeer duo’s & meer"');
    expect(decodeURIComponent(email!.split('body=')[1]!)).toContain('https://example.nl/tips/formeer-duos/');
  });

  it('leaves out a link that is not configured', () => {
    expect(feedbackLinks(page, {})).toEqual({});
  });
});

describe('reactie in handreiking.yaml', () => {
  const base = `titel: T\nondertitel: O\nbeschrijving: B\nuitgever: U\nurl: https://example.nl\nbasispad: /\nrepository: https://github.com/org/repo\nbranch: main\n`;

  it('accepts an issue address and an e-mail address', () => {
    const { config, problems } = readSiteIdentity(
      `${base}reactie:\n  issue: https://github.com/org/repo/issues/new\n  email: redactie@example.nl\n`,
      'content/handreiking.yaml',
    );
    expect(problems).toEqual([]);
    expect(config?.reactie).toEqual({ issue: 'https://github.com/org/repo/issues/new', email: 'redactie@example.nl' });
  });

  it('says in Dutch, with line and field, when the e-mail address is wrong', () => {
    const { problems } = readSiteIdentity(
      `${base}reactie:\n  email: mailto:redactie@example.nl?subject=x\n`,
      'content/handreiking.yaml',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 9, field: 'reactie.email', message: 'Dit is geen geldig e-mailadres.' });
  });

  it('refuses an issue address that is not https', () => {
    const { problems } = readSiteIdentity(
      `${base}reactie:\n  issue: http://github.com/org/repo/issues/new\n`,
      'content/handreiking.yaml',
    );
    expect(problems[0]).toMatchObject({ field: 'reactie.issue', message: 'Het webadres moet met https:// beginnen.' });
  });
});
