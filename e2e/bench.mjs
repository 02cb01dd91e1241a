// The page-load benchmark of the standalone page (run by `cargo xtask bench`; not a test).
//
//   BASE_URL   where dist/ is served (trailing slash)
//   DIST_DIR   the built site, to measure the files the page loads
//   BENCH_RUNS cold loads per condition (default 15)
//   BENCH_OUT  if set, the figures are also written there as JSON
//
// Reports, each with its budget and PASS/OVER:
// 1. bytes of every file the page loads (recorded from its requests): raw, gzip -9, brotli q11;
// 2. median time from navigation start to [data-ready] over cold loads (a new context each,
//    cache disabled), unthrottled and under 4x CPU slowdown with 150 ms latency and
//    1.6 Mbit/s down / 750 kbit/s up;
// 3. median time from a click on a radio to the updated result, over 50 toggles (the one-page
//    form: index.html?audience=staff&layout=form);
// 4. the guided path (index.html opens on it): the time a step change takes at 4x CPU slowdown,
//    from a tap on Continue (or Start, See your result, Start again) to the next step rendered
//    with the focus on its heading, over whole paths; the budget is one frame.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { AS_OF, ORIGIN, launch, newContext, screenQuickly, url } from './lib.mjs';
import { ELIGIBLE } from './scenarios.mjs';

const PAGE = 'index.html';
const FORM_PAGE = 'index.html?audience=staff&layout=form';
const STEP_ROUNDS = 6;
const DIST_DIR = process.env.DIST_DIR || path.resolve(path.dirname(new URL(import.meta.url).pathname), '../dist');
const RUNS = Number(process.env.BENCH_RUNS || 15);
const TOGGLES = 50;

const BUDGET = {
  brotliBytes: 90 * 1000,
  readyMs: 150,
  readyThrottledMs: 1200,
  answerMs: 4,
  stepMs: 16,
};
// Lighthouse's "slow 4G" figures: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up (bytes/s).
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1000 * 1000) / 8, uploadThroughput: (750 * 1000) / 8 };
const CPU_SLOWDOWN = 4;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const verdict = (value, budget) => (value <= budget ? 'PASS' : 'OVER');
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

/** Records when [data-ready] first appears (performance.now(), from navigation start). */
function installReadyProbe() {
  const deepReady = (root) => {
    if (root.querySelector('[data-ready]')) return true;
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot && deepReady(el.shadowRoot)) return true;
    return false;
  };
  const mark = () => {
    if (window.__readyAt === undefined && document.documentElement && deepReady(document)) {
      window.__readyAt = performance.now();
      return true;
    }
    return window.__readyAt !== undefined;
  };
  new MutationObserver(mark).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
  // A shadow root's insides are not observed from the document: a frame-by-frame look covers them.
  const frame = () => { if (!mark()) requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
}

async function coldLoad(browser, throttled) {
  const context = await newContext(browser);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttled) {
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  }
  await page.addInitScript(installReadyProbe);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  // What went over the wire (headers included) and how each response was encoded.
  const wire = new Map();
  cdp.on('Network.responseReceived', (e) => {
    const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    wire.set(e.requestId, { url: e.response.url, encoding: headers['content-encoding'] || 'identity', bytes: 0 });
  });
  cdp.on('Network.loadingFinished', (e) => {
    if (wire.has(e.requestId)) wire.get(e.requestId).bytes = e.encodedDataLength;
  });
  await page.goto(url(PAGE));
  await page.waitForFunction(() => window.__readyAt !== undefined, null, { timeout: 30000, polling: 20 });
  const ms = await page.evaluate(() => window.__readyAt);
  await context.close();
  // The page's own requests (not the browser's request for /favicon.ico).
  return { ms, requests, wire: [...wire.values()].filter((w) => requests.includes(w.url)) };
}

async function sizes(requests) {
  const files = [...new Set(requests.filter((u) => u.startsWith(`${ORIGIN}/`)).map((u) => {
    const rel = decodeURIComponent(new URL(u).pathname).slice(new URL(url()).pathname.length);
    return rel === '' ? 'index.html' : rel;
  }))];
  const rows = files.map((file) => {
    const bytes = readFileSync(path.join(DIST_DIR, file));
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

async function answerLatency(browser) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(url(FORM_PAGE));
  await page.locator('[data-ready]').first().waitFor({ state: 'attached' });
  await screenQuickly(page, 'nc-pss', ELIGIBLE['nc-pss'].answers);
  await page.locator('[data-outcome="eligible"]').first().waitFor({ state: 'attached' });
  // Toggle dsm5_diagnosis yes/no: the outcome flips eligible / not_eligible each time.
  const samples = await page.locator('input[type=radio][name="dsm5_diagnosis"][value="no"]').first().evaluate(async (noRadio, toggles) => {
    const root = noRadio.getRootNode();
    const yesRadio = root.querySelector('input[type=radio][name="dsm5_diagnosis"][value="yes"]');
    const outcomeEl = () => root.querySelector('[data-outcome]');
    const out = [];
    for (let i = 0; i < toggles; i++) {
      const radio = i % 2 === 0 ? noRadio.isConnected ? noRadio : root.querySelector('input[type=radio][name="dsm5_diagnosis"][value="no"]') : yesRadio.isConnected ? yesRadio : root.querySelector('input[type=radio][name="dsm5_diagnosis"][value="yes"]');
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
 * Step changes of the guided path at 4x CPU slowdown: whole paths through mt-mfp-peer-support
 * (start, state, whom it is for, four questions, check, result, start again), each tap timed in the page from the
 * click to the end of the work it queued (a MessageChannel message runs after every microtask
 * Yew scheduled), and counted only if the next step is shown with the focus on its heading.
 */
async function stepLatency(browser) {
  const context = await newContext(browser, { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url(PAGE));
  await page.locator('[data-step=start]').waitFor({ state: 'attached' });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const samples = await page.evaluate(async (rounds) => {
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
      for (const question of ['mfp_participant', 'recovery_condition', 'peer_in_plan', 'prior_authorization']) {
        await pick(question, 'yes');
        out.push(await tap('[data-action=continue]'));
      }
      out.push(await tap('[data-action=see-result]'));
      out.push(await tap('[data-action=start-again]'));
    }
    return out;
  }, STEP_ROUNDS);
  await context.close();
  return samples;
}

const browser = await launch();
try {
  // Warm the server and the OS's file cache once; this load is not counted.
  const first = await coldLoad(browser, false);
  const bytes = await sizes(first.requests);

  const plain = [];
  for (let i = 0; i < RUNS; i++) plain.push((await coldLoad(browser, false)).ms);
  const throttled = [];
  for (let i = 0; i < RUNS; i++) throttled.push((await coldLoad(browser, true)).ms);
  const answers = await answerLatency(browser);
  const failedToggles = answers.filter((x) => Number.isNaN(x)).length;
  const steps = await stepLatency(browser);
  const failedSteps = steps.filter((x) => Number.isNaN(x)).length;
  const stepMax = Math.max(...steps.filter((x) => !Number.isNaN(x)));
  const sortedSteps = steps.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  const stepP95 = sortedSteps[Math.min(sortedSteps.length - 1, Math.floor(sortedSteps.length * 0.95))];

  const figures = {
    page: PAGE,
    as_of: AS_OF,
    runs: RUNS,
    transferred: first.wire,
    bytes: { files: bytes.rows, total: bytes.total, budget_brotli: BUDGET.brotliBytes, verdict: verdict(bytes.total.brotli, BUDGET.brotliBytes) },
    ready_ms: { median: median(plain), samples: plain, budget: BUDGET.readyMs, verdict: verdict(median(plain), BUDGET.readyMs) },
    ready_throttled_ms: {
      median: median(throttled), samples: throttled, budget: BUDGET.readyThrottledMs, verdict: verdict(median(throttled), BUDGET.readyThrottledMs),
      conditions: { cpu_slowdown: CPU_SLOWDOWN, ...NETWORK },
    },
    answer_ms: {
      median: failedToggles ? null : median(answers), samples: answers.map((x) => (Number.isNaN(x) ? null : x)), toggles: TOGGLES,
      budget: BUDGET.answerMs, verdict: failedToggles ? 'OVER' : verdict(median(answers), BUDGET.answerMs),
    },
    step_ms: {
      median: failedSteps ? null : median(steps), p95: failedSteps ? null : stepP95, max: failedSteps ? null : stepMax,
      samples: steps.map((x) => (Number.isNaN(x) ? null : x)),
      cpu_slowdown: CPU_SLOWDOWN, budget: BUDGET.stepMs, verdict: failedSteps ? 'OVER' : verdict(stepP95, BUDGET.stepMs),
    },
  };

  const md = [];
  md.push('## Page load (standalone page)', '');
  md.push(`Files loaded by \`${PAGE}\` (from its requests; compressed here: gzip level 9, brotli quality 11):`, '');
  md.push('| file | raw | gzip | brotli |', '|---|---:|---:|---:|');
  for (const r of bytes.rows) md.push(`| ${r.file} | ${r.raw} | ${r.gzip} | ${r.brotli} |`);
  md.push(`| **total** | ${bytes.total.raw} | ${bytes.total.gzip} | ${bytes.total.brotli} |`, '');
  const sent = first.wire.reduce((t, w) => t + w.bytes, 0);
  const encodings = [...new Set(first.wire.map((w) => w.encoding))].join(', ');
  md.push(`This server sent ${sent} bytes for them (headers included; content-encoding: ${encodings}); the load times below are over this server as it is.`, '');
  md.push('| what | measured | budget | |', '|---|---:|---:|---|');
  md.push(`| bytes, brotli, all files | ${kb(bytes.total.brotli)} | ${kb(BUDGET.brotliBytes)} | ${figures.bytes.verdict} |`);
  md.push(`| navigation start → \`[data-ready]\`, median of ${RUNS} cold loads | ${median(plain).toFixed(1)} ms | ${BUDGET.readyMs} ms | ${figures.ready_ms.verdict} |`);
  md.push(`| the same, 4x CPU slowdown, 150 ms latency, 1.6 Mbit/s down, 750 kbit/s up | ${median(throttled).toFixed(0)} ms | ${BUDGET.readyThrottledMs} ms | ${figures.ready_throttled_ms.verdict} |`);
  md.push(`| click on a radio → updated result, median of ${TOGGLES} toggles | ${failedToggles ? `${failedToggles} toggles never updated` : `${median(answers).toFixed(2)} ms`} | ${BUDGET.answerMs} ms | ${figures.answer_ms.verdict} |`);
  md.push(`| guided path: a tap → the next step, focus on its heading, 4x CPU slowdown, ${steps.length} steps (median; 95th percentile; slowest, the first steps of a fresh page) | ${failedSteps ? `${failedSteps} steps never shown` : `${median(steps).toFixed(1)} ms; ${stepP95.toFixed(1)} ms; ${stepMax.toFixed(1)} ms`} | ${BUDGET.stepMs} ms (95th percentile) | ${figures.step_ms.verdict} |`);
  md.push('');
  md.push(`Cold loads: a new browser context each, cache disabled (CDP Network.setCacheDisabled); times are performance.now() in the page when \`[data-ready]\` first appears. Samples (ms): ${plain.map((x) => x.toFixed(0)).join(', ')}; throttled: ${throttled.map((x) => x.toFixed(0)).join(', ')}.`);
  md.push('');
  process.stdout.write(`${md.join('\n')}\n`);
  if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, `${JSON.stringify(figures, null, 2)}\n`);
} finally {
  await browser.close();
}
