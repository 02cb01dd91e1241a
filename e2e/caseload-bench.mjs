// The caseload page's benchmark (run by `cargo xtask bench caseload`; not a test).
//
//   BASE_URL        where dist/ is served (trailing slash)
//   BEFORE_URL      optional: where another build is served, measured in the same run, its runs
//                   alternating with this build's
//   CASELOAD        the CSV file to screen (cargo xtask bench writes 100,000 generated rows)
//   CASELOAD_AS_OF  the screening date (YYYY-MM-DD)
//   BENCH_RUNS      runs, each in a new browser context (default 5)
//   BENCH_OUT       if set, the figures are also written there as JSON
//
// Each run, at full speed and at 4x CPU slowdown (CDP Emulation.setCPUThrottlingRate): the file
// set on the file input, then a click on Screen; measured in the page, from
// the click to the first frame painted after `data-done` (the rows screened, counted and the
// first page of the table shown). Meanwhile: every long task of the main thread (the Long Tasks
// API reports those over 50 ms), and the renderer's memory, read from /proc through the browser's
// process list: its anonymous resident memory (RssAnon: its own heaps, not the shared libraries
// and fonts that every renderer maps), sampled every 20 ms, and its peak resident set (VmHWM);
// the WebAssembly's linear memory and the JS heap beside them.

import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { launch, newContext } from './lib.mjs';

const FILE = process.env.CASELOAD;
const AS_OF = process.env.CASELOAD_AS_OF || '2026-11-22';
const RUNS = Number(process.env.BENCH_RUNS || 5);
const BUDGET = { ms: 3000, longestTaskMs: 50, memoryMb: 200 };
const SLOWDOWNS = [1, 4];
const withSlash = (u) => (u.endsWith('/') ? u : `${u}/`);
const BUILDS = [
  ...(process.env.BEFORE_URL ? [{ label: 'before', base: withSlash(process.env.BEFORE_URL) }] : []),
  { label: process.env.BEFORE_URL ? 'after' : 'this build', base: withSlash(process.env.BASE_URL || 'http://127.0.0.1:8123/') },
];

if (!FILE) throw new Error('CASELOAD must name the CSV file to screen');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const verdict = (value, budget) => (value <= budget ? 'PASS' : 'OVER');
const mb = (bytes) => bytes / (1024 * 1024);

/** The renderer processes' ids (the browser's process list). */
async function renderers(browser) {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
  await cdp.detach();
  return processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
}

/**
 * Memory (bytes) of the renderers now: resident, peak resident, and anonymous resident (the
 * process's own heaps: V8's, the WebAssembly's, malloc's; not the shared libraries and fonts).
 * From /proc/PID/status, which is cheap to read: smaps_rollup would take the process's memory
 * lock every time and stall the page it measures.
 */
function memoryOf(pids) {
  let rss = 0;
  let peak = 0;
  let own = 0;
  for (const pid of pids) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = (text, field) => Number((text.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm')) || [0, 0])[1]) * 1024;
      rss = Math.max(rss, kb(status, 'VmRSS'));
      peak = Math.max(peak, kb(status, 'VmHWM'));
      own = Math.max(own, kb(status, 'RssAnon'));
    } catch {
      // The process ended.
    }
  }
  return { rss, peak, own };
}

async function run(browser, build, slowdown) {
  const context = await newContext(browser);
  const page = await context.newPage();
  const url = (file) => new URL(file, build.base).href;
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, ms: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url('caseload.html'));
  await page.locator('[data-ready]').waitFor({ state: 'attached', timeout: 30000 });
  await page.locator('input[type=file][name=caseload]').setInputFiles(FILE);
  await page.locator('input[name=as_of]').fill(AS_OF);
  if (slowdown !== 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  }
  const pids = await renderers(browser);
  const before = memoryOf(pids);
  // The renderer's own memory, sampled every 20 ms while the page works.
  let ownPeak = before.own;
  const sampler = setInterval(() => {
    ownPeak = Math.max(ownPeak, memoryOf(pids).own);
  }, 20);
  const timing = await page.evaluate(() => new Promise((resolve) => {
    const root = document.getElementById('caseload');
    let start = 0;
    new MutationObserver((_, observer) => {
      if (root.dataset.done === undefined) return;
      observer.disconnect();
      const done = performance.now();
      requestAnimationFrame(() => setTimeout(() => resolve({ start, done, shown: performance.now(), rows: Number(root.dataset.done) }), 0));
    }).observe(root, { attributes: true, attributeFilter: ['data-done'] });
    start = performance.now();
    document.querySelector('[data-action=screen]').click();
  }));
  const tasks = await page.evaluate((start) => window.__longTasks.filter((t) => t.start + t.ms >= start), timing.start);
  const heap = await page.evaluate(async () => {
    const m = await import('./screener_caseload.js');
    const wasm = await m.default();
    return { wasm: wasm.memory.buffer.byteLength, js: performance.memory ? performance.memory.usedJSHeapSize : 0 };
  });
  clearInterval(sampler);
  const after = memoryOf(pids);
  ownPeak = Math.max(ownPeak, after.own);
  await context.close();
  return {
    rows: timing.rows,
    ms: timing.shown - timing.start,
    longestTaskMs: tasks.reduce((m, t) => Math.max(m, t.ms), 0),
    longTasks: tasks.length,
    // Where each long task fell, from the click (ms): which part of a run is too long.
    tasks: tasks.map((t) => `${(t.start - timing.start).toFixed(0)}+${t.ms.toFixed(0)}`),
    doneAt: timing.done - timing.start,
    ownPeak,
    ownBefore: before.own,
    rssPeak: after.peak,
    rssBefore: before.rss,
    wasm: heap.wasm,
    js: heap.js,
  };
}

const browser = await launch();
try {
  // Warm the server and the OS's file cache once per build; these runs are not counted.
  for (const build of BUILDS) await run(browser, build, 1);
  const results = {};
  for (const slowdown of SLOWDOWNS) {
    for (const build of BUILDS) results[`${build.label} ${slowdown}`] = [];
    for (let i = 0; i < RUNS; i++) {
      for (const build of i % 2 ? [...BUILDS].reverse() : BUILDS) results[`${build.label} ${slowdown}`].push(await run(browser, build, slowdown));
    }
  }
  const figures = { file: FILE, bytes: statSync(FILE).size, as_of: AS_OF, runs: RUNS, builds: {} };
  const md = [];
  md.push('## The caseload page', '');
  const first = Object.values(results)[0][0];
  md.push(`${first.rows} rows (${(figures.bytes / 1e6).toFixed(1)} MB) of the generated caseload chosen with the file input and screened in headless Chromium, ${RUNS} runs per build and CPU speed, each in a new context after one warm-up run${BUILDS.length > 1 ? ', the builds alternating' : ''}. Medians (lowest–highest).`, '');
  md.push(`| what | ${BUILDS.map((b) => b.label).join(' | ')} | aim |`, `|---|${BUILDS.map(() => '---:').join('|')}|---|`);
  const range = (xs) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;
  for (const slowdown of SLOWDOWNS) {
    const speed = slowdown === 1 ? 'full speed' : `${slowdown}x CPU slowdown`;
    const of = (b) => results[`${b.label} ${slowdown}`];
    for (const build of BUILDS) {
      const runs = of(build);
      (figures.builds[build.label] ||= {})[`x${slowdown}`] = {
        runs,
        ms: { median: median(runs.map((r) => r.ms)), samples: runs.map((r) => r.ms) },
        longest_task_ms: { max: Math.max(...runs.map((r) => r.longestTaskMs)), samples: runs.map((r) => r.longestTaskMs) },
        renderer_private_peak_mb: Math.max(...runs.map((r) => mb(r.ownPeak))),
      };
    }
    md.push(`| ${speed}: click on Screen → every row screened, counted and the table shown (first frame after \`data-done\`) | ${BUILDS.map((b) => {
      const xs = of(b).map((r) => r.ms);
      return `${median(xs).toFixed(0)} ms (${range(xs)})${slowdown === 1 ? ` ${verdict(median(xs), BUDGET.ms)}` : ''}`;
    }).join(' | ')} | ${slowdown === 1 ? `${BUDGET.ms} ms` : ''} |`);
    md.push(`| ${speed}: the main thread's longest task during a run (Long Tasks API: those over 50 ms), worst of all runs (median of the runs) | ${BUILDS.map((b) => {
      const xs = of(b).map((r) => r.longestTaskMs);
      const worst = Math.max(...xs);
      return `${worst ? `${worst.toFixed(0)} ms` : 'none over 50 ms'} (${median(xs) ? `${median(xs).toFixed(0)} ms` : 'none'}) ${verdict(worst, BUDGET.longestTaskMs)}; long tasks per run: ${of(b).map((r) => r.longTasks).join(', ')}`;
    }).join(' | ')} | ${BUDGET.longestTaskMs} ms |`);
    md.push(`| ${speed}: the renderer's own memory (anonymous resident), peak sampled every 20 ms, worst run | ${BUILDS.map((b) => {
      const peak = Math.max(...of(b).map((r) => mb(r.ownPeak)));
      return `${peak.toFixed(0)} MB ${verdict(peak, BUDGET.memoryMb)}`;
    }).join(' | ')} | ${BUDGET.memoryMb} MB |`);
  }
  md.push('');
  const r = Object.values(results)[0][0];
  md.push(`After a run: WebAssembly memory ${mb(r.wasm).toFixed(0)} MB, JS heap ${mb(r.js).toFixed(0)} MB. The renderer's own memory before the click: ${mb(r.ownBefore).toFixed(0)} MB; its resident set (shared libraries and fonts included) ${mb(r.rssBefore).toFixed(0)} MB before the click.`);
  md.push('');
  process.stdout.write(`${md.join('\n')}\n`);
  if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, `${JSON.stringify(figures, null, 2)}\n`);
} finally {
  await browser.close();
}
