// npm run bench [-- --sizes 1000,10000] [--vergelijk starlight]: builds the site with N synthetic practice
// examples and reports build time, peak memory, search index and page weights against the performance
// targets. With --vergelijk starlight, each size N > 0 is also built with Astro Starlight (starlight.mjs).
// Everything it writes lives in .tmp/bench/ (ignored by git). Targets are reported, never enforced:
// the exit code is only non-zero when a build fails.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { clearInterval, setInterval } from 'node:timers';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { exampleId, generateContent } from './generate.mjs';
import { measureSearch, SEARCH_LOADS } from './search-timing.mjs';
import {
  countHtmlPages,
  dirBytes,
  PAGE_TYPES,
  pageWeight,
  pageWeights,
  searchPayload,
  serviceWorker,
  treeRss,
  walk,
} from './measure.mjs';
import { measureLayoutShifts } from './layout-shift.mjs';
import { buildStarlight, STARLIGHT_NOTE } from './starlight.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const benchDir = join(root, '.tmp/bench');
const args = process.argv.slice(2);
// 0 is the real handreiking without synthetic examples.
const sizesArg = args.includes('--sizes') ? args[args.indexOf('--sizes') + 1] : '0,1000,10000';
const sizes = sizesArg.split(',').map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size < 0)) {
  console.error(`Ongeldige --sizes: ${sizesArg} (bijvoorbeeld --sizes 1000,10000)`);
  process.exit(2);
}
const compareArg = args.includes('--vergelijk') ? args[args.indexOf('--vergelijk') + 1] : undefined;
if (compareArg !== undefined && compareArg !== 'starlight') {
  console.error(`Ongeldige --vergelijk: ${compareArg} (alleen --vergelijk starlight)`);
  process.exit(2);
}
const compareStarlight = compareArg === 'starlight';
const base = (() => {
  const path =
    process.env.BASE_PATH ?? YAML.parse(readFileSync(join(root, 'content/handreiking.yaml'), 'utf8')).basispad;
  return path.endsWith('/') ? path : `${path}/`;
})();

// Build phases, each ending at the first log line matching its pattern (after the previous phase).
// After rendering, each integration that logs (sitemap, search index, …) ends a phase named after it.
const PHASES = [
  ['start+controle', /Inhoud gecontroleerd/],
  ['content', /\[content\] Synced content/],
  ['bundelen', /generating static routes/],
  ['renderen', /^\d\d:\d\d:\d\d ✓ Completed in/],
];
const INTEGRATION_LINE = /^\d\d:\d\d:\d\d \[(?!build\])(?:handreiking:)?([^\]]+)\]/;

/** Hash of the generator's code: others may edit src/ while the benchmark runs. */
function sourceHash() {
  const hash = createHash('sha1');
  for (const rel of walk(join(root, 'src')).sort()) hash.update(rel).update(readFileSync(join(root, 'src', rel)));
  return hash
    .update(readFileSync(join(root, 'astro.config.mjs')))
    .digest('hex')
    .slice(0, 12);
}

/** Runs the real build, logging to a file; resolves with wall time, peak memory and log timings. */
function build(size, contentDir, outDir, { cold = true, label = cold ? '' : '-warm' } = {}) {
  const cacheKey = `bench-${size}`;
  // Start cold: remove the content cache astro.config.mjs derives from CONTENT_DIR and ASTRO_CACHE_KEY.
  const cacheId = createHash('sha1').update(`${contentDir}:${cacheKey}`).digest('hex').slice(0, 12);
  if (cold) rmSync(join(root, 'node_modules/.astro', cacheId), { recursive: true, force: true });

  const logFile = join(benchDir, `build-${size}${label}.log`);
  const log = createWriteStream(logFile);
  const started = performance.now();
  // /usr/bin/time, when present, adds the CPU time (user + sys) of the whole tree: steadier than wall
  // time when other work shares the machine.
  const timeFile = join(benchDir, `time-${size}.txt`);
  rmSync(timeFile, { force: true });
  const command = [process.execPath, 'scripts/build.mjs', '--out', outDir];
  if (existsSync('/usr/bin/time')) command.unshift('/usr/bin/time', '-f', '%U %S', '-o', timeFile);
  const child = spawn(command[0], command.slice(1), {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_CACHE_KEY: cacheKey },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const marks = []; // [phase name, ms since start at which it ended]
  const renderMs = {};
  let pagefind = {};

  // Memory of the whole tree and of the largest single process, sampled every 100 ms.
  const samples = [];
  const poll = setInterval(() => samples.push({ at: performance.now() - started, ...treeRss(child.pid) }), 100);
  const onLine = (raw) => {
    const line = raw.replace(/\x1b\[[0-9;]*m/g, ''); // eslint-disable-line no-control-regex
    const at = performance.now() - started;
    log.write(`+${(at / 1000).toFixed(3)}s ${line}\n`);
    const next = PHASES[marks.length];
    if (next?.[1].test(line)) marks.push([next[0], at]);
    const integration = !next && line.match(INTEGRATION_LINE)?.[1];
    if (integration && !marks.some(([name]) => name === integration)) marks.push([integration, at]);
    // "Zoekindex gemaakt: N pagina's" (newer versions add "in X s").
    const index = line.match(/Zoekindex gemaakt: (\d+) pagina's(?: in ([\d.]+) s)?/);
    if (index) pagefind = { pages: Number(index[1]), seconds: index[2] && Number(index[2]) };
    // Astro prints the render time of each page: "├─ /tips/x/index.html (+3ms)".
    const page = line.match(/[├└]─ \/([a-z-]+)\/[^/]+\/index\.html \(\+(\d+)ms\)/);
    if (page) (renderMs[page[1]] ??= []).push(Number(page[2]));
  };
  createInterface({ input: child.stdout }).on('line', onLine);
  createInterface({ input: child.stderr }).on('line', onLine);

  return new Promise((done) => {
    child.on('close', (code) => {
      clearInterval(poll);
      const wall = performance.now() - started;
      log.end();
      marks.push(['afronden', wall]);
      const phases = {};
      const phasePeakMB = {};
      marks.forEach(([name, end], i) => {
        const start = i ? marks[i - 1][1] : 0;
        phases[name] = end - start;
        const during = samples.filter((sample) => sample.at >= start && sample.at < end);
        phasePeakMB[name] = Math.max(0, ...during.map((sample) => sample.sum)) / 2 ** 20;
      });
      const [user, sys] = existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-2) : [];
      const average = (list) => (list ? list.reduce((a, b) => a + b, 0) / list.length : undefined);
      done({
        code,
        logFile,
        wallMs: wall,
        cpuSeconds: user === undefined ? undefined : Number(user) + Number(sys),
        peakTreeMB: Math.max(0, ...samples.map((sample) => sample.sum)) / 2 ** 20,
        peakProcessMB: Math.max(0, ...samples.map((sample) => sample.max)) / 2 ** 20,
        phasesMs: phases,
        phasePeakMB,
        pagefind,
        renderMsPerPage: Object.fromEntries(Object.entries(renderMs).map(([folder, list]) => [folder, average(list)])),
      });
    });
  });
}

async function bench(size) {
  const contentDir = join(benchDir, `content-${size}`);
  const outDir = join(benchDir, `site-${size}`);
  const generateStart = performance.now();
  generateContent(join(root, 'content'), contentDir, size);
  console.log(`\n${size} praktijkvoorbeelden gemaakt in ${((performance.now() - generateStart) / 1000).toFixed(1)} s`);
  const loadBefore = loadavg()[0];
  const load = compareStarlight ? `systeembelasting ${loadBefore.toFixed(2)}; ` : '';
  console.log(`Bouwen… (${load}log: ${join('.tmp/bench', `build-${size}.log`)})`);

  const srcBefore = sourceHash();
  const result = await build(size, contentDir, outDir);
  const srcAfter = sourceHash();
  if (result.code !== 0) {
    const lines = readFileSync(result.logFile, 'utf8').trimEnd().split('\n');
    console.error(lines.slice(-40).join('\n'));
    console.error(`\nDe build met ${size} praktijkvoorbeelden is mislukt (code ${result.code}).`);
    if (lines.some((line) => line.includes('UnknownContentCollectionError'))) {
      // Astro writes .astro/content-modules.mjs in the project root, whatever the cacheDir is.
      console.error('Liep er tegelijk een andere build? Die delen .astro/content-modules.mjs in de projectmap.');
    }
    return undefined;
  }
  const pages = countHtmlPages(outDir);
  // Starlight right after our cold build, before the warm build edits an example.
  const starlight = compareStarlight && size > 0 ? await benchStarlight(size, contentDir) : undefined;
  const fixedExample = join('praktijkvoorbeelden', exampleId(5), 'index.html');
  // Warm: an editor changes the text of one example, and the site is built again with the caches.
  const edited = size > 5 ? join(contentDir, 'praktijkvoorbeelden', `${exampleId(5)}.mdx`) : undefined;
  if (edited) writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nEen zin die de redactie toevoegde.\n`);
  const warm = edited ? await build(size, contentDir, outDir, { cold: false }) : undefined;
  // The floor of any rebuild: the same build once more, with nothing changed at all.
  const unchanged = warm ? await build(size, contentDir, outDir, { cold: false, label: '-ongewijzigd' }) : undefined;
  return {
    size,
    source: srcBefore === srcAfter ? srcBefore : `${srcBefore}→${srcAfter}`,
    pages,
    pagefindPages: result.pagefind.pages,
    buildSeconds: result.wallMs / 1000,
    warmBuildSeconds: warm && warm.code === 0 ? warm.wallMs / 1000 : undefined,
    warmPhasesMs: warm?.phasesMs,
    unchangedBuildSeconds: unchanged && unchanged.code === 0 ? unchanged.wallMs / 1000 : undefined,
    unchangedPhasesMs: unchanged?.phasesMs,
    cpuSeconds: result.cpuSeconds,
    loadBefore,
    msPerPage: result.wallMs / pages,
    peakMemoryMB: result.peakTreeMB,
    peakLargestProcessMB: result.peakProcessMB,
    phasesMs: result.phasesMs,
    phasePeakMB: result.phasePeakMB,
    renderMsPerPage: result.renderMsPerPage,
    // The integration's own timing when it logs one, else the log time since the previous phase.
    pagefindSeconds: result.pagefind.seconds ?? result.phasesMs['search-index'] / 1000,
    pagefindIndexKB: dirBytes(join(outDir, 'pagefind')) / 1024,
    searchPayloadEstimate: searchPayload(outDir),
    searchInBrowser: await measureSearch(outDir, base),
    layoutShift: await measureLayoutShifts(outDir, base),
    serviceWorker: serviceWorker(outDir),
    distMB: dirBytes(outDir) / 2 ** 20,
    // The download, search from disk included (its index as data scripts).
    zipMB: existsSync(join(outDir, 'handreiking-offline.zip'))
      ? statSync(join(outDir, 'handreiking-offline.zip')).size / 2 ** 20
      : undefined,
    pageTypes: pageWeights(outDir, base),
    // Size 0 is the real site: it has no synthetic example to follow across sizes.
    fixedExample: size > 5 ? pageWeight(outDir, fixedExample, base) : undefined,
    starlight,
  };
}

/** Starlight's cold build of the same synthetic examples; { error } when it fails. */
async function benchStarlight(size, contentDir) {
  const loadBefore = loadavg()[0];
  console.log(
    `Starlight bouwen… (systeembelasting ${loadBefore.toFixed(2)}; log: ${join('.tmp/bench', `starlight-build-${size}.log`)})`,
  );
  try {
    const { code, ...figures } = await buildStarlight({ size, contentDir, benchDir });
    if (code === 0) return { ...figures, loadBefore };
    console.error(readFileSync(figures.logFile, 'utf8').trimEnd().split('\n').slice(-40).join('\n'));
    return { error: `build mislukt (code ${code}, log: ${figures.logFile})`, loadBefore };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error), loadBefore };
  }
}

// Formatting helpers.
const kb = (bytes) => (bytes / 1024).toFixed(1);
const fixed = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const table = (rows) => {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => String(row[col]).length)));
  return rows.map((row) => row.map((cell, col) => String(cell).padEnd(widths[col])).join('  ')).join('\n');
};

// Stop at the first failed build, but still report the sizes that did build.
const results = [];
let failed = false;
for (const size of sizes) {
  const result = await bench(size);
  if (!result) {
    failed = true;
    break;
  }
  results.push(result);
  if (result.starlight?.error) {
    console.error(`\nStarlight met ${size} praktijkvoorbeelden: ${result.starlight.error}`);
    failed = true;
  }
}
if (!results.length) process.exit(1);

console.log('\n=== Build ===');
console.log(
  table([
    ['', ...results.map((r) => `${r.size} vb.`)],
    ["pagina's (html)", ...results.map((r) => r.pages)],
    ['buildtijd (s)', ...results.map((r) => fixed(r.buildSeconds))],
    ['CPU-tijd user+sys (s)', ...results.map((r) => fixed(r.cpuSeconds))],
    ['opnieuw na 1 gewijzigd voorbeeld (s)', ...results.map((r) => fixed(r.warmBuildSeconds))],
    ['opnieuw zonder wijziging (s)', ...results.map((r) => fixed(r.unchangedBuildSeconds))],
    ['systeembelasting vooraf', ...results.map((r) => fixed(r.loadBefore, 2))],
    ['ms per pagina', ...results.map((r) => fixed(r.msPerPage, 2))],
    ['piekgeheugen boom (MB)', ...results.map((r) => fixed(r.peakMemoryMB, 0))],
    ['grootste proces (MB)', ...results.map((r) => fixed(r.peakLargestProcessMB, 0))],
    ...[...new Set(results.flatMap((r) => Object.keys(r.phasesMs)))].map((name) => [
      `  fase ${name} (s / piek MB)`,
      ...results.map((r) => `${fixed(r.phasesMs[name] / 1000)} / ${fixed(r.phasePeakMB[name], 0)}`),
    ]),
    // Where a rebuild after one edit spends its time: what a faster rebuild has to cut.
    ...[...new Set(results.flatMap((r) => Object.keys(r.warmPhasesMs ?? {})))].map((name) => [
      `  opnieuw: fase ${name} (s)`,
      ...results.map((r) => fixed(r.warmPhasesMs?.[name] / 1000)),
    ]),
    ['render ms/praktijkvb.', ...results.map((r) => fixed(r.renderMsPerPage.praktijkvoorbeelden, 2))],
    ['render ms/tip', ...results.map((r) => fixed(r.renderMsPerPage.tips, 2))],
    ['render ms/thema', ...results.map((r) => fixed(r.renderMsPerPage.themas, 2))],
    ['pagefind-index (KB)', ...results.map((r) => fixed(r.pagefindIndexKB))],
    ['pagefind-tijd (s)', ...results.map((r) => fixed(r.pagefindSeconds))],
    ['zoeken, 1e vraag (KB, schatting)', ...results.map((r) => kb(r.searchPayloadEstimate.bytes))],
    [
      `zoeken: eerste resultaat, mediaan/max van ${SEARCH_LOADS}× (ms)`,
      ...results.map((r) =>
        r.searchInBrowser.error
          ? 'fout'
          : `${r.searchInBrowser.firstResultMs.toFixed(0)}/${r.searchInBrowser.firstResultMaxMs.toFixed(0)}`,
      ),
    ],
    [
      'zoeken in Chromium: geladen (KB)',
      ...results.map((r) => (r.searchInBrowser.error ? 'fout' : kb(r.searchInBrowser.pagefindBytes))),
    ],
    [
      'layout shift, 390 px: hoogste (type)',
      ...results.map((r) =>
        r.layoutShift.error ? 'fout' : `${r.layoutShift.max.toFixed(3)} (${r.layoutShift.worstType})`,
      ),
    ],
    [
      'sw.js, bij laden (KB ruw/gzip)',
      ...results.map((r) => (r.serviceWorker ? `${kb(r.serviceWorker.raw)}/${kb(r.serviceWorker.gz)}` : '–')),
    ],
    ['dist (MB)', ...results.map((r) => fixed(r.distMB))],
    ['handreiking-offline.zip (MB)', ...results.map((r) => fixed(r.zipMB))],
    ['broncode (hash src/)', ...results.map((r) => r.source)],
  ]),
);
const sources = new Set(results.map((r) => r.source));
const sourceChanged = sources.size > 1 || [...sources][0].includes('→');
if (sourceChanged) {
  console.log('LET OP: src/ is tijdens de meting gewijzigd; vergelijkingen tussen de groottes zijn onbetrouwbaar.');
}

const compared = results.filter((r) => r.starlight && !r.starlight.error);
if (compared.length) {
  console.log('\n=== Vergelijking met Starlight ===');
  console.log(STARLIGHT_NOTE);
  const ratio = (ours, theirs) => (ours > 0 && theirs > 0 ? fixed(ours / theirs, 2) : '–');
  // [label, digits, our value, Starlight's value]; per size three columns: ours, Starlight's, the ratio.
  const rows = [
    ["pagina's (html)", 0, (r) => r.pages, (s) => s.pages],
    ['buildtijd (s)', 1, (r) => r.buildSeconds, (s) => s.seconds],
    ['CPU-tijd user+sys (s)', 1, (r) => r.cpuSeconds, (s) => s.cpuSeconds],
    ['ms per pagina', 2, (r) => r.msPerPage, (s) => (1000 * s.seconds) / s.pages],
    ['piekgeheugen boom (MB)', 0, (r) => r.peakMemoryMB, (s) => s.peakMemoryMB],
    ['grootste proces (MB)', 0, (r) => r.peakLargestProcessMB, (s) => s.peakLargestProcessMB],
    ['pagefind-index (KB)', 1, (r) => r.pagefindIndexKB, (s) => s.pagefindIndexKB],
    ['dist (MB)', 1, (r) => r.distMB, (s) => s.distMB],
    ['systeembelasting vooraf', 2, (r) => r.loadBefore, (s) => s.loadBefore],
  ];
  console.log(
    table([
      ['', ...compared.flatMap((r) => [`${r.size} vb. ons`, 'Starlight', 'ons / Starlight'])],
      ...rows.map(([label, digits, ours, theirs]) => [
        label,
        ...compared.flatMap((r) => [
          fixed(ours(r), digits),
          fixed(theirs(r.starlight), digits),
          ratio(ours(r), theirs(r.starlight)),
        ]),
      ]),
    ]),
  );
}

for (const r of results) {
  console.log(`\n=== Bytes bij laden, ${r.size} vb. (zwaarste pagina per type; KB ruw/gzip) ===`);
  const row = (type, w) => [
    type,
    w.page.length > 48 ? `${w.page.slice(0, 45)}…` : w.page,
    `${kb(w.html.raw)}/${kb(w.html.gz)}`,
    `${kb(w.css.raw)}/${kb(w.css.gz)}`,
    `${kb(w.js.raw)}/${kb(w.js.gz)}`,
    kb(w.html.gz + w.css.gz),
  ];
  console.log(
    table([
      ['type', 'pagina', 'HTML', 'CSS', 'JS', 'HTML+CSS gz'],
      ...PAGE_TYPES.map((type) => row(type, r.pageTypes[type])),
      ...(r.fixedExample ? [row('praktijkvb. #5', r.fixedExample)] : []),
    ]),
  );
}

// Targets: reported as gehaald / niet gehaald, never enforced.
const targets = [];
const target = (label, ok, detail) => targets.push({ label, ok, detail });
for (const r of results) {
  if (r.size === 1000) target('1.000 voorbeelden: build ≤ 12 s', r.buildSeconds <= 12, `${fixed(r.buildSeconds)} s`);
  if (r.size === 1000 && r.starlight && !r.starlight.error) {
    const { seconds } = r.starlight;
    target(
      '1.000 voorbeelden: build ≤ 50 % van Starlight',
      r.buildSeconds <= 0.5 * seconds,
      `${fixed(r.buildSeconds)} s tegen ${fixed(seconds)} s (${fixed((100 * r.buildSeconds) / seconds, 0)} %)`,
    );
  }
  if (r.warmBuildSeconds !== undefined) {
    target(
      `${r.size} vb.: opnieuw bouwen na 1 wijziging ≤ 25 % van koud`,
      r.warmBuildSeconds <= 0.25 * r.buildSeconds,
      `${fixed(r.warmBuildSeconds)} s van ${fixed(r.buildSeconds)} s (${fixed((100 * r.warmBuildSeconds) / r.buildSeconds, 0)} %)`,
    );
  }
  if (r.size === 10000) {
    target('10.000 voorbeelden: build ≤ 120 s', r.buildSeconds <= 120, `${fixed(r.buildSeconds)} s`);
    target('10.000 voorbeelden: piekgeheugen ≤ 2048 MB', r.peakMemoryMB <= 2048, `${fixed(r.peakMemoryMB, 0)} MB`);
  }
  for (const type of ['tip', 'praktijkvoorbeeld', 'hoofdstuk']) {
    const w = r.pageTypes[type];
    target(
      `${r.size} vb., ${type}: HTML+CSS ≤ 20 KB gzip`,
      w.html.gz + w.css.gz <= 20 * 1024,
      `${kb(w.html.gz + w.css.gz)} KB (${w.page})`,
    );
  }
  for (const type of PAGE_TYPES) {
    const w = r.pageTypes[type];
    target(`${r.size} vb., ${type}: JS bij laden ≤ 5 KB gzip`, w.js.gz <= 5 * 1024, `${kb(w.js.gz)} KB`);
  }
  if (!r.searchInBrowser.error) {
    const { firstResultMs, firstResultMaxMs } = r.searchInBrowser;
    target(
      `${r.size} vb.: zoeken, eerste resultaat ≤ 0,5 s (mediaan van ${SEARCH_LOADS}× laden)`,
      firstResultMs <= 500,
      `${fixed(firstResultMs, 0)} ms, traagste ${fixed(firstResultMaxMs, 0)} ms`,
    );
  }
  if (!r.layoutShift.error) {
    const { max, worstType } = r.layoutShift;
    target(`${r.size} vb.: layout shift op 390 px ≤ 0,05`, max <= 0.05, `${max.toFixed(3)} (${worstType})`);
  }
}
// Scaling compares the synthetic sizes; 0 (the real site) is only a reference.
const synthetic = sizes.filter((size) => size > 0);
const small = results.find((r) => r.size === Math.min(...synthetic));
const large = results.find((r) => r.size === Math.max(...synthetic));
let scaling;
if (small && large && small !== large) {
  const factor = large.size / small.size;
  const ratio = (a, b) => (b ? a / b : undefined);
  scaling = {
    contentFactor: factor,
    time: ratio(large.buildSeconds, small.buildSeconds),
    memory: ratio(large.peakMemoryMB, small.peakMemoryMB),
    phases: Object.fromEntries(
      Object.keys(large.phasesMs).map((name) => [name, ratio(large.phasesMs[name], small.phasesMs[name])]),
    ),
    renderPerPage: Object.fromEntries(
      Object.keys(large.renderMsPerPage).map((folder) => [
        folder,
        ratio(large.renderMsPerPage[folder], small.renderMsPerPage[folder]),
      ]),
    ),
    fixedExampleHtmlGz: ratio(large.fixedExample.html.gz, small.fixedExample.html.gz),
    worstPageHtmlGz: Object.fromEntries(
      PAGE_TYPES.map((type) => [type, ratio(large.pageTypes[type].html.gz, small.pageTypes[type].html.gz)]),
    ),
  };
  target(
    `buildtijd lineair: ${large.size} vb. ≤ ${factor}× ${small.size} vb.`,
    scaling.time <= factor,
    `${fixed(large.buildSeconds)} s = ${fixed(scaling.time, 2)}× ${fixed(small.buildSeconds)} s`,
  );
  target(
    'praktijkvoorbeeld-HTML groeit niet mee (zelfde pagina, gzip)',
    scaling.fixedExampleHtmlGz <= 1.05,
    `${kb(small.fixedExample.html.gz)} → ${kb(large.fixedExample.html.gz)} KB, factor ${fixed(scaling.fixedExampleHtmlGz, 2)}`,
  );

  console.log(`\n=== Schaal: ${small.size} → ${large.size} (${factor}× inhoud; lineair ≈ ${factor}×) ===`);
  const flag = (value) => (value > 1.2 * factor ? '  ← sneller dan lineair' : '');
  console.log(`buildtijd   ×${fixed(scaling.time, 2)}${flag(scaling.time)}`);
  console.log(`geheugen    ×${fixed(scaling.memory, 2)}${flag(scaling.memory)}`);
  for (const [name, value] of Object.entries(scaling.phases))
    console.log(`  fase ${name.padEnd(20)} ×${fixed(value, 2)}${flag(value)}`);
  for (const [folder, value] of Object.entries(scaling.renderPerPage)) {
    console.log(
      `  render per pagina ${folder.padEnd(20)} ×${fixed(value, 2)}${value > 1.5 ? '  ← per pagina trager' : ''}`,
    );
  }
  console.log('zwaarste HTML per type (gzip):');
  for (const [type, value] of Object.entries(scaling.worstPageHtmlGz)) {
    console.log(`  ${type.padEnd(18)} ×${fixed(value, 2)}${value > 1.05 ? '  ← groeit mee met de inhoud' : ''}`);
  }
}

console.log('\n=== Doelen ===');
for (const { label, ok, detail } of targets)
  console.log(`${ok ? 'gehaald      ' : 'niet gehaald '} ${label}: ${detail}`);

console.log(`BENCH_JSON ${JSON.stringify({ base, results, scaling, targets, sourceChanged, failed })}`);
if (failed) process.exit(1);
