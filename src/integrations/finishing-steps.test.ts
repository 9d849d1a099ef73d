import type { AstroIntegration } from 'astro';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { finishInAstro, SEPARATE_FINISH_ENV } from './finish-separately.ts';
import { runFinishingSteps, stepLogger } from './finishing-steps.ts';

afterEach(() => {
  vi.restoreAllMocks();
  delete process.env[SEPARATE_FINISH_ENV];
});

/** A step that records what it was called with. */
function recorder(name: string, calls: string[], fail = false): AstroIntegration {
  return {
    name,
    hooks: {
      'astro:config:done': ({ config }) => {
        calls.push(`${name} config ${config.root.href} ${config.cacheDir.href}`);
      },
      'astro:build:done': ({ dir, logger }) => {
        calls.push(`${name} done ${dir.href}`);
        logger.info('klaar');
        if (fail) throw new Error(`${name} mislukt`);
      },
    },
  } as AstroIntegration;
}

describe('runFinishingSteps', () => {
  it('gives every step the configuration first, then runs them in order on the built folder', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const calls: string[] = [];
    await runFinishingSteps([recorder('a', calls), recorder('b', calls)], {
      root: '/project',
      cacheDir: '/project/node_modules/.astro/x',
      outDir: '/project/dist.bouw',
    });
    expect(calls).toEqual([
      'a config file:///project/ file:///project/node_modules/.astro/x/',
      'b config file:///project/ file:///project/node_modules/.astro/x/',
      'a done file:///project/dist.bouw/',
      'b done file:///project/dist.bouw/',
    ]);
  });

  it('stops at the first step that fails, so the build can publish nothing', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const calls: string[] = [];
    const run = runFinishingSteps([recorder('a', calls, true), recorder('b', calls)], {
      root: '/p',
      cacheDir: '/p/c',
      outDir: '/p/d',
    });
    await expect(run).rejects.toThrow('a mislukt');
    expect(calls).not.toContain('b done file:///p/d/');
  });
});

describe('stepLogger', () => {
  it('writes lines as Astro does, warnings to stderr', () => {
    const out = vi.spyOn(console, 'log').mockImplementation(() => {});
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    const logger = stepLogger('handreiking:search-index');
    logger.info('Zoekindex gemaakt');
    logger.warn('Let op');
    expect(out.mock.calls[0]?.[0]).toMatch(/^\d\d:\d\d:\d\d \[handreiking:search-index\] Zoekindex gemaakt$/);
    expect(err.mock.calls[0]?.[0]).toMatch(/^\d\d:\d\d:\d\d \[WARN\] \[handreiking:search-index\] Let op$/);
  });
});

describe('finishInAstro', () => {
  it('is true unless scripts/build.mjs runs the steps itself', () => {
    expect(finishInAstro()).toBe(true);
    process.env[SEPARATE_FINISH_ENV] = 'apart';
    expect(finishInAstro()).toBe(false);
  });
});
