// The components an MDX body may use. Keep in sync with ALLOWED_COMPONENTS in
// src/lib/content-check/mdx-scan.ts, which rejects anything else.
import Info from './Info.astro';
import Praktijk from './Praktijk.astro';
import Tip from './Tip.astro';

export const mdxComponents = { Tip, Praktijk, Info };
