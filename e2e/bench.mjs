// The page benchmarks of the screener's pages (run by `cargo xtask bench page`; not a test).
//
//   BASE_URL       where dist/ is served (trailing slash)
//   DIST_DIR       the built site, to measure the files each page loads
//   BEFORE_URL     optional: where another build is served, measured in the same run, its runs
//   BEFORE_DIR     alternating with this build's (so that a busy machine weighs on both alike)
//   BENCH_RUNS     cold loads per page and condition (default 15)
//   BENCH_OUT      if set, the figures are also written there as JSON
//
// Reports, for each build, each figure with its aim and PASS/OVER:
// 1. bytes of every file each page loads (recorded from its requests until it is ready): raw,
//    gzip -9, brotli q11; the family page (index.html), the staff page (index.html?audience=staff)
//    and the iframe page for families (embed.html?audience=family);
// 2. the time from navigation start to [data-ready] (the WebAssembly has taken over) over cold
//    loads (a new context each, cache disabled), unthrottled and under 4x CPU slowdown with
//    150 ms latency and 1.6 Mbit/s down / 750 kbit/s up; on the family page under the same
//    throttling, the first frame in which the start step's heading is on the page
//    (requestAnimationFrame runs just before the browser paints), and the first contentful paint;
// 3. the time from a click on a radio to the updated result, over 50 toggles (the one-page
//    form: index.html?audience=staff&layout=form);
// 4. the family page's first visit as a phone makes it: its service worker allowed (its install
//    precaches every file of the build), every request of the page and of the worker through one
//    shared slow link (a local proxy: 150 ms added to each request, 1.6 Mbit/s shared by all
//    responses; CDP's network emulation throttles the page's requests only, not the worker's),
//    4x CPU slowdown: navigation → [data-ready];
// 5. the guided path: the time a step change takes at 4x CPU slowdown, from a tap on Continue
//    (or Start, See your result, Start again) to the next step rendered with the focus on its
//    heading, over whole paths on fresh pages (the first steps of each count); the aim is one
//    frame at the 95th percentile.
// Medians, with the spread (lowest–highest) of the samples.

import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { AS_OF, catalogProgram, launch, nativePrograms, newContext, screenQuickly } from './lib.mjs';
import { ELIGIBLE } from './scenarios.mjs';

const withSlash = (u) => (u.endsWith('/') ? u : `${u}/`);
const HERE = path.dirname(new URL(import.meta.url).pathname);
const BUILDS = [
  ...(process.env.BEFORE_URL ? [{ label: 'before', base: withSlash(process.env.BEFORE_URL), dir: process.env.BEFORE_DIR }] : []),
  { label: process.env.BEFORE_URL ? 'after' : 'this build', base: withSlash(process.env.BASE_URL || 'http://127.0.0.1:8123/'), dir: process.env.DIST_DIR || path.resolve(HERE, '../dist') },
];
const PAGES = [
  { name: 'family', file: 'index.html', budget: 100 * 1000 },
  { name: 'staff', file: 'index.html?audience=staff', budget: 130 * 1000 },
  { name: 'iframe (family)', file: 'embed.html?audience=family', budget: 100 * 1000 },
];
const FORM_PAGE = 'index.html?audience=staff&layout=form';
const STEP_ROUNDS = 6;
/** How long a person reads the start page before the first tap. */
const READING_MS = 2000;
/**
 * Fresh pages of the guided path. Three pages (162 taps) left the 95th percentile moving by 2 ms
 * between runs of the same build, more than the changes it was to measure; eight (432 taps).
 */
const STEP_PAGES = 8;
const RUNS = Number(process.env.BENCH_RUNS || 15);
const TOGGLES = 50;

const BUDGET = {
  readyMs: 150,
  readyThrottledMs: 1000,
  headingThrottledMs: 600,
  answerMs: 4,
  stepMs: 16,
};
// Lighthouse's "slow 4G" figures: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up (bytes/s).
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1000 * 1000) / 8, uploadThroughput: (750 * 1000) / 8 };
/** The shared slow link of the first visit (`sharedLink`): NETWORK's latency and download speed. */
const LINK = { latency: NETWORK.latency, bytesPerSecond: NETWORK.downloadThroughput };
const CPU_SLOWDOWN = 4;

const median = (xs) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const percentile = (xs, p) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))];
};
const spread = (xs) => `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`;
const verdict = (value, budget) => (value <= budget ? 'PASS' : 'OVER');
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

/** Records when [data-ready] first appears, and the first frame with the step heading on the page. */
function installProbes() {
  const deep = (root, selector) => {
    if (root.querySelector(selector)) return true;
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot && deep(el.shadowRoot, selector)) return true;
    return false;
  };
  const mark = () => {
    if (window.__readyAt === undefined && document.documentElement && deep(document, '[data-ready]')) window.__readyAt = performance.now();
    return window.__readyAt !== undefined;
  };
  new MutationObserver(mark).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
  // A shadow root's insides are not observed from the document: a frame-by-frame look covers them.
  const frame = () => {
    if (window.__headingAt === undefined && document.documentElement && deep(document, '[data-role=step-heading], .pss-title')) window.__headingAt = performance.now();
    if (!mark() || window.__headingAt === undefined) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') window.__fcpAt = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
}

async function coldLoad(browser, build, file, throttled) {
  const context = await newContext(browser, { serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttled) {
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  }
  await page.addInitScript(installProbes);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(new URL(file, build.base).href);
  await page.waitForFunction(() => window.__readyAt !== undefined && window.__headingAt !== undefined, null, { timeout: 60000, polling: 20 });
  const times = await page.evaluate(() => ({ ready: window.__readyAt, heading: window.__headingAt, fcp: window.__fcpAt ?? NaN }));
  await context.close();
  return { ...times, requests };
}

function sizes(build, requests) {
  const origin = new URL(build.base).origin;
  const files = [...new Set(requests.filter((u) => u.startsWith(`${origin}/`)).map((u) => {
    const rel = decodeURIComponent(new URL(u).pathname).slice(new URL(build.base).pathname.length);
    return rel === '' ? 'index.html' : rel;
  }))];
  const rows = files.map((file) => {
    const bytes = readFileSync(path.join(build.dir, file));
    return {
      file,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length,
    };
  });
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { rows, total };
}

async function answerLatency(browser, build) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(new URL(FORM_PAGE, build.base).href);
  await page.locator('[data-ready]').first().waitFor({ state: 'attached' });
  await screenQuickly(page, 'nc-pss', ELIGIBLE['nc-pss'].answers);
  await page.locator('[data-outcome="eligible"]').first().waitFor({ state: 'attached' });
  // Toggle dsm5_diagnosis yes/no: the outcome flips eligible / not_eligible each time.
  const samples = await page.locator('input[type=radio][name="dsm5_diagnosis"][value="no"]').first().evaluate(async (noRadio, toggles) => {
    const root = noRadio.getRootNode();
    const radioFor = (value) => root.querySelector(`input[type=radio][name="dsm5_diagnosis"][value="${value}"]`);
    const outcomeEl = () => root.querySelector('[data-outcome]');
    const out = [];
    for (let i = 0; i < toggles; i++) {
      const radio = radioFor(i % 2 === 0 ? 'no' : 'yes');
      const want = i % 2 === 0 ? 'not_eligible' : 'eligible';
      const t0 = performance.now();
      const done = new Promise((resolve) => {
        const check = () => {
          const el = outcomeEl();
          return el && el.getAttribute('data-outcome') === want;
        };
        const observer = new MutationObserver(() => {
          if (check()) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
        radio.click();
        if (check()) {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      const t1 = await Promise.race([done, new Promise((r) => setTimeout(() => r(NaN), 2000))]);
      out.push(t1 - t0);
      await new Promise((r) => setTimeout(r, 10));
    }
    return out;
  }, TOGGLES);
  await context.close();
  return samples;
}

/**
 * Step changes of the guided path at 4x CPU slowdown on a fresh page, loaded at that speed and
 * read for READING_MS before the first tap: whole paths through
 * mt-mfp-peer-support (start, state, who, four questions, check, result, start again), each tap
 * timed in the page from the click to the end of the work it queued (a MessageChannel message
 * runs after every microtask Yew scheduled), and counted only if the next step is shown with the
 * focus on its heading.
 */
async function stepLatency(browser, build) {
  const context = await newContext(browser, { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // The phone is slow from the start; the person reads the start page (two seconds) before the
  // first tap.
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.goto(new URL('index.html', build.base).href);
  await page.locator('[data-ready]').waitFor({ state: 'attached', timeout: 30000 });
  await page.waitForTimeout(READING_MS);
  // Montana's questions, from the catalog: all yes/no, each answered yes.
  const questions = catalogProgram(nativePrograms(), 'mt-mfp-peer-support').questions.map((q) => q.id);
  const samples = await page.evaluate(async ({ rounds, questions }) => {
    const settled = () => new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(0);
    });
    const shown = () => {
      const step = document.querySelector('[data-step]');
      return `${step.dataset.step} ${step.dataset.question || ''}`;
    };
    const tap = async (selector) => {
      const before = shown();
      const done = () => shown() !== before && document.activeElement && document.activeElement.dataset.role === 'step-heading';
      const button = document.querySelector(selector);
      const t0 = performance.now();
      button.click();
      await settled();
      // Work that spills into later tasks (the first tap of a fresh page) counts too, frame by frame.
      for (let frames = 0; !done() && frames < 120; frames++) await new Promise((r) => requestAnimationFrame(r));
      const t1 = performance.now();
      const ok = done();
      await new Promise((r) => setTimeout(r, 20));
      return ok ? t1 - t0 : NaN;
    };
    const pick = async (name, value) => {
      document.querySelector(`input[name="${name}"][value="${value}"]`).click();
      await settled();
    };
    const out = [];
    for (let round = 0; round < rounds; round++) {
      out.push(await tap('[data-action=start]'));
      await pick('state', 'MT');
      out.push(await tap('[data-action=continue]'));
      await pick('who', 'self');
      out.push(await tap('[data-action=continue]'));
      for (const question of questions) {
        await pick(question, 'yes');
        out.push(await tap('[data-action=continue]'));
      }
      out.push(await tap('[data-action=see-result]'));
      out.push(await tap('[data-action=start-again]'));
    }
    return out;
  }, { rounds: STEP_ROUNDS, questions });
  await context.close();
  return samples;
}

/**
 * A local proxy in front of `base` that is one shared slow link: each request waits LINK.latency
 * ms, and every response's bytes leave at LINK.bytesPerSecond in all, shared round robin in 10 ms
 * ticks. Returns `{ base, close }`, `base` the proxy's address for the same path.
 */
async function sharedLink(base) {
  const target = new URL(base);
  const perTick = LINK.bytesPerSecond / 100;
  const streams = new Set();
  const tick = setInterval(() => {
    let budget = perTick;
    for (let pass = 0; budget > 0 && pass < 50; pass++) {
      const waiting = [...streams].filter((s) => s.queue.length);
      for (const s of streams) if (s.ended && !s.queue.length) { s.res.end(); streams.delete(s); }
      if (!waiting.length) break;
      const share = Math.max(1, Math.floor(budget / waiting.length));
      for (const s of waiting) {
        const n = Math.min(share, s.queue[0].length, budget);
        s.res.write(s.queue[0].subarray(0, n));
        budget -= n;
        if (n === s.queue[0].length) s.queue.shift();
        else s.queue[0] = s.queue[0].subarray(n);
        if (budget <= 0) break;
      }
    }
  }, 10);
  const server = http.createServer((req, res) => {
    setTimeout(() => {
      const headers = { ...req.headers, host: target.host };
      const upstream = http.request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers }, (r) => {
        res.writeHead(r.statusCode, r.headers);
        const stream = { res, queue: [], ended: false };
        streams.add(stream);
        r.on('data', (chunk) => stream.queue.push(chunk));
        r.on('end', () => { stream.ended = true; });
      });
      upstream.on('error', () => { res.statusCode = 502; res.end(); });
      req.pipe(upstream);
    }, LINK.latency);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const proxied = new URL(target.pathname, `http://127.0.0.1:${server.address().port}`).href;
  return { base: proxied, close: () => { clearInterval(tick); server.close(); } };
}

/** The family page's first visit through `link` (service workers allowed), 4x CPU: navigation → [data-ready]. */
async function firstVisit(browser, link) {
  const context = await newContext(browser);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.addInitScript(installProbes);
  await page.goto(new URL('index.html', link.base).href);
  await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 60000, polling: 20 });
  const ready = await page.evaluate(() => window.__readyAt);
  await context.close();
  return ready;
}

/** Runs `measure(build)` `times` times for each build, alternating builds; samples by label. */
async function alternate(times, measure) {
  const out = Object.fromEntries(BUILDS.map((b) => [b.label, []]));
  for (let i = 0; i < times; i++) {
    for (const build of i % 2 ? [...BUILDS].reverse() : BUILDS) out[build.label].push(await measure(build));
  }
  return out;
}

const browser = await launch();
try {
  const figures = { as_of: AS_OF, runs: RUNS, conditions: { cpu_slowdown: CPU_SLOWDOWN, ...NETWORK }, builds: {} };
  for (const build of BUILDS) figures.builds[build.label] = { pages: {} };
  for (const p of PAGES) {
    // Warm the server and the OS's file cache once; this load is not counted, its requests are the page's files.
    for (const build of BUILDS) {
      const first = await coldLoad(browser, build, p.file, false);
      figures.builds[build.label].pages[p.name] = { file: p.file, bytes: sizes(build, first.requests), budget_brotli: p.budget };
    }
    const plain = await alternate(RUNS, (b) => coldLoad(browser, b, p.file, false));
    const throttled = await alternate(RUNS, (b) => coldLoad(browser, b, p.file, true));
    for (const build of BUILDS) {
      const f = figures.builds[build.label].pages[p.name];
      f.ready_ms = plain[build.label].map((x) => x.ready);
      f.ready_throttled_ms = throttled[build.label].map((x) => x.ready);
      f.heading_throttled_ms = throttled[build.label].map((x) => x.heading);
      f.fcp_throttled_ms = throttled[build.label].map((x) => x.fcp);
    }
  }
  const links = Object.fromEntries(await Promise.all(BUILDS.map(async (b) => [b.label, await sharedLink(b.base)])));
  try {
    const visits = await alternate(RUNS, (b) => firstVisit(browser, links[b.label]));
    for (const build of BUILDS) figures.builds[build.label].first_visit_ms = visits[build.label];
  } finally {
    for (const link of Object.values(links)) link.close();
  }
  const answers = await alternate(1, (b) => answerLatency(browser, b));
  const steps = await alternate(STEP_PAGES, (b) => stepLatency(browser, b));
  for (const build of BUILDS) {
    figures.builds[build.label].answer_ms = answers[build.label][0];
    figures.builds[build.label].step_ms = steps[build.label].flat();
    figures.builds[build.label].step_p95_per_page = steps[build.label].map((s) => percentile(s, 0.95));
    // Each page's first path (its taps in order), and the later ones: the first steps of a fresh
    // page are where the browser meets the step's code, style and words for the first time.
    const perPath = steps[build.label][0].length / STEP_ROUNDS;
    figures.builds[build.label].step_first_path_ms = steps[build.label].map((s) => s.slice(0, perPath));
    figures.builds[build.label].step_later_paths_ms = steps[build.label].flatMap((s) => s.slice(perPath));
  }

  const md = [];
  const labels = BUILDS.map((b) => b.label);
  md.push('## The pages', '');
  for (const p of PAGES) {
    md.push(`Files loaded by \`${p.file}\` until it is ready (from its requests; compressed here: gzip level 9, brotli quality 11), brotli bytes:`, '');
    md.push(`| file | ${labels.join(' | ')} |`, `|---|${labels.map(() => '---:').join('|')}|`);
    const names = [...new Set(BUILDS.flatMap((b) => figures.builds[b.label].pages[p.name].bytes.rows.map((r) => r.file)))];
    for (const name of names) {
      md.push(`| ${name} | ${BUILDS.map((b) => figures.builds[b.label].pages[p.name].bytes.rows.find((r) => r.file === name)?.brotli ?? '').join(' | ')} |`);
    }
    md.push(`| **total** | ${BUILDS.map((b) => `**${figures.builds[b.label].pages[p.name].bytes.total.brotli}**`).join(' | ')} |`, '');
  }
  md.push(`Medians (lowest–highest) of ${RUNS} cold loads per build, the builds alternating; throttled: 4x CPU slowdown, 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up.`, '');
  md.push(`| what | ${labels.join(' | ')} | aim |`, `|---|${labels.map(() => '---:').join('|')}|---|`);
  const cell = (xs, budget, digits = 0) => `${median(xs).toFixed(digits)} ms (${spread(xs)})${budget === undefined ? '' : ` ${verdict(median(xs), budget)}`}`;
  for (const p of PAGES) {
    const of = (b) => figures.builds[b.label].pages[p.name];
    md.push(`| ${p.name}: bytes, brotli | ${BUILDS.map((b) => `${kb(of(b).bytes.total.brotli)} ${verdict(of(b).bytes.total.brotli, p.budget)}`).join(' | ')} | ${kb(p.budget)} |`);
    md.push(`| ${p.name}: navigation → \`[data-ready]\` | ${BUILDS.map((b) => cell(of(b).ready_ms, BUDGET.readyMs)).join(' | ')} | ${BUDGET.readyMs} ms |`);
    md.push(`| ${p.name}: the same, throttled | ${BUILDS.map((b) => cell(of(b).ready_throttled_ms, BUDGET.readyThrottledMs)).join(' | ')} | ${BUDGET.readyThrottledMs} ms |`);
    md.push(`| ${p.name}: throttled, first frame with the first step's heading | ${BUILDS.map((b) => cell(of(b).heading_throttled_ms, p.name === 'family' ? BUDGET.headingThrottledMs : undefined)).join(' | ')} | ${p.name === 'family' ? `${BUDGET.headingThrottledMs} ms` : ''} |`);
    md.push(`| ${p.name}: throttled, first contentful paint | ${BUILDS.map((b) => cell(of(b).fcp_throttled_ms)).join(' | ')} | |`);
  }
  md.push(`| family: a first visit with its service worker, every request through one shared link (150 ms, 1.6 Mbit/s), 4x CPU: navigation → \`[data-ready]\` | ${BUILDS.map((b) => cell(figures.builds[b.label].first_visit_ms, BUDGET.readyThrottledMs)).join(' | ')} | ${BUDGET.readyThrottledMs} ms |`);
  md.push(`| click on a radio → updated result (the form), median of ${TOGGLES} toggles | ${BUILDS.map((b) => {
    const xs = figures.builds[b.label].answer_ms;
    const failed = xs.filter((x) => Number.isNaN(x)).length;
    return failed ? `${failed} toggles never updated` : `${median(xs).toFixed(2)} ms (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}) ${verdict(median(xs), BUDGET.answerMs)}`;
  }).join(' | ')} | ${BUDGET.answerMs} ms |`);
  /** Step times' median and 95th percentile, against the aim. */
  const steps95 = (xs) => {
    const p95 = percentile(xs, 0.95);
    return `${median(xs).toFixed(1)} ms; **${p95.toFixed(1)} ms** ${verdict(p95, BUDGET.stepMs)}`;
  };
  md.push(`| guided path: a tap → the next step, focus on its heading, 4x CPU, ${STEP_PAGES} fresh pages × ${STEP_ROUNDS} paths: median; **95th percentile**; slowest | ${BUILDS.map((b) => {
    const xs = figures.builds[b.label].step_ms;
    const failed = xs.filter((x) => Number.isNaN(x)).length;
    if (failed) return `${failed} of ${xs.length} steps never shown`;
    return `${steps95(xs)}; ${Math.max(...xs).toFixed(1)} ms (per page p95: ${figures.builds[b.label].step_p95_per_page.map((x) => x.toFixed(1)).join(', ')})`;
  }).join(' | ')} | ${BUDGET.stepMs} ms (95th percentile) |`);
  md.push(`| the same, each fresh page's first path only: median; **95th percentile**; its first tap (Start), median; its result (See your result), median | ${BUILDS.map((b) => {
    const paths = figures.builds[b.label].step_first_path_ms;
    const at = (i) => median(paths.map((path) => path.at(i)));
    return `${steps95(paths.flat())}; ${at(0).toFixed(1)} ms; ${at(-2).toFixed(1)} ms`;
  }).join(' | ')} | ${BUDGET.stepMs} ms (95th percentile) |`);
  md.push(`| the same, the later paths: median; **95th percentile** | ${BUILDS.map((b) => steps95(figures.builds[b.label].step_later_paths_ms)).join(' | ')} | ${BUDGET.stepMs} ms (95th percentile) |`);
  md.push('');
  md.push('Cold loads: a new browser context each (service workers blocked), cache disabled (CDP Network.setCacheDisabled); times are performance.now() in the page.');
  md.push('');
  process.stdout.write(`${md.join('\n')}\n`);
  if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, `${JSON.stringify(figures, null, 2)}\n`);
} finally {
  await browser.close();
}
