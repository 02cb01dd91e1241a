// The caseload page's benchmark (run by `cargo xtask bench caseload`; not a test).
//
//   BASE_URL        where dist/ is served (trailing slash)
//   CASELOAD        the CSV file to screen (cargo xtask bench writes 100,000 generated rows)
//   CASELOAD_AS_OF  the screening date (YYYY-MM-DD)
//   BENCH_RUNS      runs, each in a new browser context (default 5)
//   BENCH_OUT       if set, the figures are also written there as JSON
//
// Each run: the file set on the file input, then a click on Screen; measured in the page, from
// the click to the first frame painted after `data-done` (the rows screened, counted and the
// first page of the table shown). Meanwhile: every long task of the main thread (the Long Tasks
// API reports those over 50 ms), and the renderer's memory, read from /proc through the browser's
// process list: its anonymous resident memory (RssAnon: its own heaps, not the shared libraries
// and fonts that every renderer maps), sampled every 20 ms, and its peak resident set (VmHWM);
// the WebAssembly's linear memory and the JS heap beside them.

import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { launch, newContext, url } from './lib.mjs';

const FILE = process.env.CASELOAD;
const AS_OF = process.env.CASELOAD_AS_OF || '2026-11-22';
const RUNS = Number(process.env.BENCH_RUNS || 5);
const BUDGET = { ms: 3000, longestTaskMs: 100, memoryMb: 200 };

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

async function run(browser) {
  const context = await newContext(browser);
  const page = await context.newPage();
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
  // Warm the server and the OS's file cache once; this run is not counted.
  await run(browser);
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await run(browser));
  const ms = median(runs.map((r) => r.ms));
  const longest = Math.max(...runs.map((r) => r.longestTaskMs));
  const peak = Math.max(...runs.map((r) => r.ownPeak));
  const rssPeak = Math.max(...runs.map((r) => r.rssPeak));
  const figures = {
    file: FILE,
    bytes: statSync(FILE).size,
    rows: runs[0].rows,
    as_of: AS_OF,
    runs,
    ms: { median: ms, samples: runs.map((r) => r.ms), budget: BUDGET.ms, verdict: verdict(ms, BUDGET.ms) },
    longest_task_ms: { max: longest, median: median(runs.map((r) => r.longestTaskMs)), budget: BUDGET.longestTaskMs, verdict: verdict(longest, BUDGET.longestTaskMs) },
    renderer_private_peak_mb: { max: mb(peak), budget: BUDGET.memoryMb, verdict: verdict(mb(peak), BUDGET.memoryMb) },
    renderer_resident_peak_mb: mb(rssPeak),
  };
  const md = [];
  md.push('## The caseload page', '');
  md.push(`${figures.rows} rows (${(figures.bytes / 1e6).toFixed(1)} MB) of the generated caseload chosen with the file input and screened in headless Chromium, ${RUNS} runs, each in a new context after one warm-up run.`, '');
  md.push('| what | measured | budget | |', '|---|---:|---:|---|');
  md.push(`| click on Screen → every row screened, counted and the table shown (first frame after \`data-done\`), median | ${ms.toFixed(0)} ms | ${BUDGET.ms} ms | ${figures.ms.verdict} |`);
  md.push(`| longest task of the main thread during a run, worst of all runs | ${longest ? `${longest.toFixed(0)} ms` : 'none over 50 ms'} | ${BUDGET.longestTaskMs} ms | ${figures.longest_task_ms.verdict} |`);
  const typical = median(runs.map((r) => r.longestTaskMs));
  md.push(`| the same, median of the runs | ${typical ? `${typical.toFixed(0)} ms` : 'none over 50 ms'} | | |`);
  md.push(`| the page's renderer process, own memory (anonymous resident: its heaps, not shared libraries), peak sampled every 20 ms, worst run | ${mb(peak).toFixed(0)} MB | ${BUDGET.memoryMb} MB | ${figures.renderer_private_peak_mb.verdict} |`);
  md.push('');
  md.push(`Samples (ms): ${runs.map((r) => r.ms.toFixed(0)).join(', ')}. Long tasks (over 50 ms) per run: ${runs.map((r) => r.longTasks).join(', ')}. ` +
    `After a run: WebAssembly memory ${mb(runs[0].wasm).toFixed(0)} MB, JS heap ${mb(runs[0].js).toFixed(0)} MB. ` +
    `The renderer's own memory before the click: ${mb(runs[0].ownBefore).toFixed(0)} MB; its resident set (shared libraries and fonts included) ${mb(runs[0].rssBefore).toFixed(0)} MB before the click, at most ${mb(rssPeak).toFixed(0)} MB (VmHWM).`);
  md.push('');
  process.stdout.write(`${md.join('\n')}\n`);
  if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, `${JSON.stringify(figures, null, 2)}\n`);
} finally {
  await browser.close();
}
