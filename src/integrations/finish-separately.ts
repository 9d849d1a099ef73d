// Whether Astro runs the finishing steps itself (src/integrations/finishing-steps.ts). Its own
// module without imports: scripts/build.mjs reads it before it starts Astro.

/** Set by scripts/build.mjs: Astro leaves the finishing steps out, the script runs them afterwards. */
export const SEPARATE_FINISH_ENV = 'HANDREIKING_AFRONDEN';

export function finishInAstro(): boolean {
  return process.env[SEPARATE_FINISH_ENV] !== 'apart';
}
