// "Is deze pagina nuttig?": the two links under a page, filled in with its title and address. No
// form, script or server: the reader's browser opens the repository's new-issue page or their mail program.

export interface ReactionConfig {
  /** The repository's page for a new issue, e.g. https://github.com/org/repo/issues/new. */
  issue?: string;
  /** The publisher's e-mail address. */
  email?: string;
}

export interface FeedbackLinks {
  issue?: string;
  email?: string;
}

/** Links that open a new issue (GitHub's ?title=&body=) and an e-mail (mailto:?subject=&body=) about a page. */
export function feedbackLinks(page: { title: string; url: string }, config: ReactionConfig = {}): FeedbackLinks {
  const subject = `Reactie op de pagina "${page.title}"`;
  const body = `Pagina: ${page.title}\nAdres: ${page.url}\n\nMijn reactie:\n`;
  const links: FeedbackLinks = {};
  if (config.issue) {
    // URLSearchParams encodes for a query string; GitHub reads both + and %20 as a space.
    links.issue = `${config.issue}?${new URLSearchParams({ title: subject, body }).toString()}`;
  }
  if (config.email) {
    // mailto (RFC 6068) needs %20 for a space, not +, and the address itself unescaped.
    links.email = `mailto:${config.email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  }
  return links;
}
