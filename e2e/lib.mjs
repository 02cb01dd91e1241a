// Shared helpers of the end-to-end tests (node --test e2e/) and the benchmark (e2e/bench.mjs).
//
// Environment (set by `cargo xtask test`):
//   BASE_URL     where dist/ is served, with a trailing slash (default http://127.0.0.1:8123/)
//   PEER_SCREEN  the native `peer-screen` binary (default target/debug/peer-screen)
//   CASES_DIR    the folder of the *.jsonl screening cases (default tests/cases)
//   CHROMIUM     the browser (default /usr/bin/chromium)
//
// Everything here drives a real Chromium through playwright-core. Pages are opened with
// collectors for console errors, page errors, requests and Content-Security-Policy violations
// (the `securitypolicyviolation` listener is installed with addInitScript, which CDP injects and
// the page's CSP does not block). Playwright's CSS locators pierce open shadow roots, so the same
// selectors work on the standalone page and inside <peer-support-screener>.

import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');

export const BASE_URL = withSlash(process.env.BASE_URL || 'http://127.0.0.1:8123/');
export const ORIGIN = new URL(BASE_URL).origin;
export const PEER_SCREEN = process.env.PEER_SCREEN || path.join(repo, 'target/debug/peer-screen');
export const CASES_DIR = process.env.CASES_DIR || path.join(repo, 'tests/cases');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** `text` as a regular expression that matches it literally (a hash, a file name). */
export const literal = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export const LAUNCH_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
  '--no-first-run', '--disable-component-update', '--disable-sync',
];

/**
 * Every program of the catalog (`peer-screen programs`), in its order, with its state, its
 * `stage` (`admission` or `continued_stay`) and, for a review, the program it reviews: read when
 * this module loads, so that no test spells out the list (a scenario may name one program).
 */
export const PROGRAMS = catalogPrograms();

/** The admission programs of the catalog (the guided path offers these). */
export const ADMISSIONS = PROGRAMS.filter((p) => p.stage === 'admission');

function catalogPrograms() {
  let catalog;
  try {
    catalog = nativePrograms();
  } catch (e) {
    throw new Error(`the e2e tests read the programs from \`${PEER_SCREEN} programs\`: build it (cargo build -p peer-screen) or set PEER_SCREEN; ${e.message}`);
  }
  assert.ok(Array.isArray(catalog.programs) && catalog.programs.length > 0, 'the catalog lists no program');
  return catalog.programs.map(({ id, state, stage, review_of: reviewOf }) => ({ id, state, stage, reviewOf }));
}

/** The screening date every form test uses. */
export const AS_OF = '2026-11-22';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

function withSlash(u) {
  return u.endsWith('/') ? u : `${u}/`;
}

/** An absolute URL of a file of dist/. */
export function url(file = '') {
  return new URL(file, BASE_URL).href;
}

// ---------------------------------------------------------------------------------------------
// Browser, contexts, watched pages

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
}

/** A fresh context (no cookies, no storage) in US English, so that date inputs read mm/dd/yyyy. */
export function newContext(browser, options = {}) {
  return browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 }, ...options });
}

/** The collectors of each page opened by openPage. */
const watches = new WeakMap();

/**
 * A new page of `context` with its collectors; navigates to `file` (relative to BASE_URL) when
 * given, and waits for `[data-ready]` unless `ready: false`.
 */
export async function openPage(context, file, { ready = true } = {}) {
  const page = await context.newPage();
  const watch = {
    page,
    consoleErrors: [],
    pageErrors: [],
    requests: [],
    cspViolations: [],
    dialogs: [],
  };
  watches.set(page, watch);
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const where = message.location();
      watch.consoleErrors.push(`${message.text()}${where && where.url ? ` (${where.url}:${where.lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (error) => watch.pageErrors.push(String(error && error.stack ? error.stack : error)));
  page.on('request', (request) => watch.requests.push(request.url()));
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  await page.exposeBinding('__pssCspViolation', (_source, violation) => watch.cspViolations.push(violation));
  await page.addInitScript(() => {
    const report = (event) => {
      const violation = {
        directive: event.violatedDirective,
        blocked: event.blockedURI,
        source: event.sourceFile,
        line: event.lineNumber,
        sample: event.sample,
        page: location.href,
      };
      (window.__pssViolations = window.__pssViolations || []).push(violation);
      try {
        window.__pssCspViolation(violation);
      } catch {
        // The binding is not there (it always should be); the array still has it.
      }
    };
    document.addEventListener('securitypolicyviolation', report, true);
  });
  if (file !== undefined) {
    await page.goto(url(file));
    if (ready) await waitReady(page);
  }
  return watch;
}

/** Waits until an element with `data-ready` exists (in `scope` if given; shadow roots pierced). */
export async function waitReady(page, scope, timeout = 15000) {
  const root = scope ? page.locator(scope) : page;
  await root.locator('[data-ready]').first().waitFor({ state: 'attached', timeout });
}

/**
 * Fails unless the page stayed clean: no console error, no uncaught exception, no CSP violation,
 * no dialog, and every request to BASE_URL's origin.
 */
export function assertClean(watch, label = 'page') {
  const problems = [];
  // The browser asks for /favicon.ico by itself; a 404 there is the site's lack of an icon, which
  // the standalone tests check once (faviconErrors), not a fault of every page under test.
  for (const e of watch.consoleErrors.filter((e) => !isFaviconError(e))) problems.push(`console error: ${e}`);
  for (const e of watch.pageErrors) problems.push(`uncaught: ${e}`);
  for (const v of watch.cspViolations) problems.push(`CSP violation: ${JSON.stringify(v)}`);
  for (const d of watch.dialogs) problems.push(`dialog: ${d}`);
  for (const r of foreignRequests(watch)) problems.push(`request off the origin: ${r}`);
  assert.deepEqual(problems, [], `${label} was not clean:\n  ${problems.join('\n  ')}`);
}

/** A console error about the browser's own request for /favicon.ico. */
export function isFaviconError(message) {
  return /\/favicon\.ico\b/.test(message);
}

/** Requests that do not go to BASE_URL's origin (about:blank and data: of the test's own pages aside). */
export function foreignRequests(watch) {
  return watch.requests.filter((u) => !u.startsWith(`${ORIGIN}/`) && u !== 'about:blank');
}

/** Fails if the page left cookies or anything in localStorage / sessionStorage. */
export async function assertNoStorage(page, label = 'page') {
  const cookies = await page.context().cookies();
  assert.deepEqual(cookies, [], `${label}: cookies were set`);
  const storage = await page.evaluate(() => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
  }));
  assert.deepEqual(storage, { local: [], session: [] }, `${label}: web storage was written`);
}

// ---------------------------------------------------------------------------------------------
// Keyboard

/** A description of the focused element, through shadow roots. */
export function describeFocus(page) {
  return page.evaluate(() => {
    let a = document.activeElement;
    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
    if (!a) return 'nothing';
    let d = a.tagName.toLowerCase();
    if (a.id) d += `#${a.id}`;
    if (a.type && a.tagName !== 'BUTTON') d += `[type=${a.type}]`;
    if (a.name) d += `[name=${a.name}]`;
    if (a.tagName === 'INPUT' && (a.type === 'radio' || a.type === 'checkbox')) d += `[value=${a.value}]`;
    if (a.tagName === 'BUTTON' || a.tagName === 'SUMMARY' || a.tagName === 'A') d += ` "${a.textContent.trim().slice(0, 30)}"`;
    return d;
  });
}

/** Whether the focused element (through shadow roots) matches `selector`, inside host `within` if given. */
function focusMatches(page, selector, within, name) {
  return page.evaluate(
    ({ selector, within, name }) => {
      let a = document.activeElement;
      while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
      if (!a || a === document.body || !a.matches(selector)) return false;
      if (name) {
        const label = `${a.getAttribute('aria-label') || ''} ${a.textContent || ''} ${a.value || ''}`;
        if (!new RegExp(name, 'i').test(label)) return false;
      }
      if (!within) return true;
      const host = document.querySelector(within);
      if (!host) return false;
      for (let node = a; node; ) {
        if (node === host) return true;
        const root = node.getRootNode();
        node = node.parentNode || (root && root.host) || null;
      }
      return false;
    },
    { selector, within, name: name ? name.source : null },
  );
}

/**
 * Focuses the first focusable control of the page: the only place where tests call focus()
 * (the brief: "element.focus() only to start at the first control of the page").
 */
export async function focusFirstControl(page) {
  const done = await page.evaluate(() => {
    const tabbable = 'a[href], button, input, select, textarea, summary, [tabindex]';
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.matches(tabbable) && !el.disabled && el.tabIndex >= 0 && el.checkVisibility()) {
          if (!(el.type === 'radio' && !el.checked && root.querySelector(`input[type=radio][name="${CSS.escape(el.name)}"]:checked`))) return el;
        }
        if (el.shadowRoot) {
          const inner = walk(el.shadowRoot);
          if (inner) return inner;
        }
      }
      return null;
    };
    const first = walk(document);
    if (!first) return false;
    first.focus();
    return true;
  });
  assert.ok(done, 'the page has no focusable control');
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector` (inside host `within`
 * if given, and whose label or text matches the RegExp `name` if given); fails with the trail of
 * focused elements after `max` presses. Does nothing if the focus already matches and `again` is
 * false.
 */
export async function tabTo(page, selector, { within, name, max = 150, shift = false, again = false } = {}) {
  if (!again && (await focusMatches(page, selector, within, name))) return;
  const trail = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
    if (await focusMatches(page, selector, within, name)) return;
    if (trail.length < 60) trail.push(await describeFocus(page));
  }
  assert.fail(`Tab never reached ${selector}${name ? ` named ${name}` : ''}${within ? ` in ${within}` : ''} in ${max} presses; focus went: ${trail.join(' → ')}`);
}

function cssString(value) {
  return JSON.stringify(String(value));
}

/** What the controls named `name` are (inside `scope`): 'radio', 'checkbox', 'select', 'date', 'number', 'text' or null. */
export async function controlKind(page, name, scope) {
  const root = scope ? page.locator(scope) : page;
  const kinds = await root.locator(`[name=${cssString(name)}]`).evaluateAll((els) =>
    els.map((el) => (el.tagName === 'SELECT' ? 'select' : el.tagName === 'INPUT' ? el.type : el.tagName.toLowerCase())),
  );
  return kinds[0] ?? null;
}

/** The control (or controls) named `name` inside `scope`. */
export function control(page, name, scope, extra = '') {
  const root = scope ? page.locator(scope) : page;
  return root.locator(`[name=${cssString(name)}]${extra}`);
}

/** `2027-01-31` as typed into a Chromium date input in the en-US locale: `01312027`. */
export function dateKeys(iso) {
  const [y, m, d] = iso.split('-');
  return `${m}${d}${y}`;
}

/**
 * Answers question `name` by keyboard alone, from wherever the focus is (forward Tab):
 * - 'yes' | 'no' | 'unknown' (or true/false/null) for a yes/no radio group: Tab into the group,
 *   arrow keys to the value, Space;
 * - an array of option ids for a multi-select: Tab to each box, Space to toggle it (boxes not in
 *   the array are unticked);
 * - an option id for a single choice: arrow keys in the select (or the radio group);
 * - 'YYYY-MM-DD' for a date: digits typed per segment (mm dd yyyy);
 * - a number for a count: typed after selecting what was there.
 */
export async function answerByKeyboard(page, name, value, { within } = {}) {
  const kind = await controlKind(page, name, within);
  assert.ok(kind, `no control named ${name}${within ? ` in ${within}` : ''}`);
  const n = cssString(name);
  if (kind === 'radio') {
    const target = value === true ? 'yes' : value === false ? 'no' : value === null ? 'unknown' : String(value);
    await tabTo(page, `input[type=radio][name=${n}]`, { within });
    for (let i = 0; i < 12; i++) {
      const state = await page.evaluate(() => {
        let a = document.activeElement;
        while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
        return { value: a.value, checked: a.checked };
      });
      if (state.value === target) {
        if (!state.checked) await page.keyboard.press('Space');
        break;
      }
      await page.keyboard.press('ArrowDown');
    }
    const checked = await control(page, name, within, ':checked').evaluateAll((els) => els.map((e) => e.value));
    assert.deepEqual(checked, [target], `radio group ${name}: keyboard did not check ${target}`);
  } else if (kind === 'checkbox') {
    const wanted = new Set(value);
    const boxes = await control(page, name, within).evaluateAll((els) => els.map((e) => ({ value: e.value, checked: e.checked })));
    for (const box of boxes) {
      if (box.checked !== wanted.has(box.value)) {
        await tabTo(page, `input[type=checkbox][name=${n}][value=${cssString(box.value)}]`, { within });
        await page.keyboard.press('Space');
      }
    }
    const checked = await control(page, name, within, ':checked').evaluateAll((els) => els.map((e) => e.value));
    assert.deepEqual(checked.sort(), [...wanted].sort(), `checkboxes ${name}: keyboard did not tick ${[...wanted]}`);
  } else if (kind === 'select') {
    await tabTo(page, `select[name=${n}]`, { within });
    const { current, target, options } = await page.evaluate((target) => {
      let a = document.activeElement;
      while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
      const options = [...a.options].map((o) => o.value);
      return { current: a.selectedIndex, target: options.indexOf(target), options };
    }, String(value));
    assert.ok(target >= 0, `select ${name} has no option ${value} (it has ${options.join(', ')})`);
    const key = target > current ? 'ArrowDown' : 'ArrowUp';
    for (let i = 0; i < Math.abs(target - current); i++) await page.keyboard.press(key);
    assert.equal(await control(page, name, within).first().inputValue(), String(value), `select ${name}: keyboard did not choose ${value}`);
  } else if (kind === 'date') {
    await tabTo(page, `input[name=${n}]`, { within });
    await page.keyboard.type(dateKeys(value));
    assert.equal(await control(page, name, within).first().inputValue(), value, `date ${name}: typing did not give ${value}`);
  } else if (kind === 'number' || kind === 'text') {
    await tabTo(page, `input[name=${n}]`, { within });
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(String(value));
    assert.equal(await control(page, name, within).first().inputValue(), String(value), `${kind} ${name}: typing did not give ${value}`);
  } else {
    assert.fail(`question ${name}: a control of kind ${kind} is not handled`);
  }
  // The page re-renders after each answer: the focus must stay where the person is.
  const still = await focusMatches(page, `[name=${n}]`, within);
  assert.ok(still, `after answering ${name} by keyboard the focus moved to ${await describeFocus(page)}`);
}

/**
 * Tabs once through every control (forward, from the first), and returns those that show no focus
 * indicator: no outline and no box-shadow while focused from the keyboard.
 */
export async function controlsWithoutFocusRing(page, { within, max = 200 } = {}) {
  await focusFirstControl(page);
  const seen = new Set();
  const bare = [];
  let first = null;
  let firstBare = null;
  for (let i = 0; i < max; i++) {
    const r = await page.evaluate((within) => {
      let a = document.activeElement;
      while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
      if (!a || a === document.body) return null;
      if (within) {
        const host = document.querySelector(within);
        if (!host || !(host.contains(a) || (host.shadowRoot && host.shadowRoot.contains(a)))) return { outside: true };
      }
      const path = [];
      for (let n = a; n && n.nodeType === 1; n = n.parentElement) path.unshift(n.tagName + (n.id ? `#${n.id}` : ''));
      const key = `${path.join('>')}[name=${a.name || ''}][value=${a.value || ''}]`;
      const cs = getComputedStyle(a);
      const ring = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || (cs.boxShadow && cs.boxShadow !== 'none');
      return { key, ring, label: `${a.tagName.toLowerCase()}${a.name ? `[name=${a.name}]` : ''}${a.type ? `[type=${a.type}]` : ''} "${(a.textContent || a.value || '').trim().slice(0, 20)}"` };
    }, within);
    if (r && !r.outside) {
      // Back at the first control: the round is done (a date input keeps the focus over its parts).
      // The first control was focused by script, so its ring is judged now that Tab reached it.
      if (seen.size > 1 && r.key === first) {
        if (!r.ring) bare.unshift(r.label);
        first = null;
        break;
      }
      if (!seen.has(r.key)) {
        if (!seen.size) {
          first = r.key;
          firstBare = r.ring ? null : r.label;
        } else if (!r.ring) bare.push(r.label);
        seen.add(r.key);
      }
    }
    await page.keyboard.press('Tab');
  }
  if (first !== null && firstBare) bare.unshift(firstBare);
  assert.ok(seen.size > 3, `Tab reached only ${seen.size} controls`);
  return bare;
}

/** Answers question `name` the quick way (Playwright's check / selectOption / fill): for axe runs and the benchmark. */
export async function answerQuickly(page, name, value, { within } = {}) {
  const kind = await controlKind(page, name, within);
  assert.ok(kind, `no control named ${name}${within ? ` in ${within}` : ''}`);
  if (kind === 'radio') {
    const target = value === true ? 'yes' : value === false ? 'no' : value === null ? 'unknown' : String(value);
    await control(page, name, within, `[value=${cssString(target)}]`).check();
  } else if (kind === 'checkbox') {
    const boxes = control(page, name, within);
    for (let i = 0; i < (await boxes.count()); i++) {
      const box = boxes.nth(i);
      await box.setChecked(value.includes(await box.getAttribute('value')));
    }
  } else if (kind === 'select') {
    await control(page, name, within).selectOption(String(value));
  } else {
    await control(page, name, within).fill(String(value));
  }
}

// ---------------------------------------------------------------------------------------------
// Reading the widget

/** The widget's outcome, `eligible_from` and criterion statuses, as the DOM shows them. */
export async function readResult(page, scope) {
  const root = scope ? page.locator(scope) : page;
  const result = root.locator('[data-outcome]').first();
  await result.waitFor({ state: 'attached', timeout: 5000 });
  const outcome = await result.getAttribute('data-outcome');
  let eligibleFrom = await result.getAttribute('data-eligible-from');
  if (eligibleFrom === null) {
    const elsewhere = root.locator('[data-eligible-from]');
    if ((await elsewhere.count()) > 0) eligibleFrom = await elsewhere.first().getAttribute('data-eligible-from');
  }
  const criteria = Object.fromEntries(
    await root.locator('[data-criterion]').evaluateAll((els) => els.map((e) => [e.dataset.criterion, e.dataset.status])),
  );
  return { outcome, eligibleFrom: eligibleFrom || null, criteria };
}

/** Waits until the widget's data-outcome is `outcome`. */
export async function waitOutcome(page, outcome, scope, timeout = 5000) {
  const root = scope ? page.locator(scope) : page;
  await root.locator(`[data-outcome=${cssString(outcome)}]`).first().waitFor({ state: 'attached', timeout });
}

/** The language in force for the first question's text: the nearest `lang` up through shadow hosts. */
export function effectiveLang(page, scope) {
  const root = scope ? page.locator(scope) : page;
  return root.locator('[data-criterion], fieldset, label').first().evaluate((el) => {
    for (let node = el; node; ) {
      if (node.nodeType === 1 && node.hasAttribute('lang')) return node.getAttribute('lang');
      const root = node.getRootNode();
      node = node.parentNode && node.parentNode.nodeType !== 11 ? node.parentNode : root && root.host ? root.host : null;
    }
    return null;
  });
}

/** Visible text of the widget (shadow roots included). */
export function visibleText(page, scope) {
  const root = scope ? page.locator(scope) : page.locator('body');
  return root.evaluate((el) => {
    const parts = [];
    const walk = (node) => {
      if (node.shadowRoot) walk(node.shadowRoot);
      for (const child of node.childNodes) {
        if (child.nodeType === 3) {
          const parent = child.parentElement;
          if (parent && parent.checkVisibility() && child.textContent.trim()) parts.push(child.textContent.trim());
        } else if (child.nodeType === 1 || child.nodeType === 11) walk(child);
      }
    };
    walk(el);
    return parts.join(' ');
  });
}

// ---------------------------------------------------------------------------------------------
// axe-core

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's WCAG 2.1 AA violations on the page (or in `include`, a list of selectors). axe is
 * injected with page.evaluate, which CDP runs outside the page's CSP; the CSP stays on.
 */
export async function axeViolations(page, include) {
  const watch = watches.get(typeof page.page === 'function' ? page.page() : page);
  const before = watch && { csp: watch.cspViolations.length, console: watch.consoleErrors.length };
  const present = await page.evaluate(() => typeof window.axe === 'object' && typeof window.axe.run === 'function');
  if (!present) await page.evaluate(`${AXE_SOURCE};\n0`);
  const violations = await page.evaluate(
    async ({ tags, include }) => {
      // Let transitions and animations end (at most 2 s), so that colours are read as they settle.
      const running = document.getAnimations().filter((a) => a.playState === 'running');
      await Promise.race([Promise.all(running.map((a) => a.finished.catch(() => {}))), new Promise((r) => setTimeout(r, 2000))]);
      const context = include ? { include: include.map((s) => [s]) } : document;
      const results = await window.axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.flat(Infinity).join(' >>> '), html: n.html.slice(0, 160), summary: n.failureSummary })),
      }));
    },
    { tags: WCAG_TAGS, include },
  );
  if (watch) {
    // axe-core reads the stylesheets of shadow roots by putting their text in <style> elements,
    // which the strict CSP blocks (style-src-elem, inline): those reports are axe's, not the
    // page's. Anything else reported during the run stays.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    const byAxe = (v) => v.directive === 'style-src-elem' && v.blocked === 'inline';
    const axeCsp = watch.cspViolations.slice(before.csp).filter(byAxe).length;
    watch.cspViolations.splice(before.csp, Infinity, ...watch.cspViolations.slice(before.csp).filter((v) => !byAxe(v)));
    let dropped = 0;
    const rest = watch.consoleErrors.slice(before.console).filter((e) => {
      if (dropped < axeCsp && /^Applying inline style violates .*'style-src /.test(e)) {
        dropped += 1;
        return false;
      }
      return true;
    });
    watch.consoleErrors.splice(before.console, Infinity, ...rest);
  }
  return violations;
}

/** A readable list of axe violations. */
export function formatViolations(violations) {
  return violations
    .map((v) => `  [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `      ${n.target}  ${n.html}\n        ${String(n.summary).replace(/\n/g, '\n        ')}`).join('\n')}`)
    .join('\n');
}

/** Runs axe and records violations under `label` in `log` (an array of strings), so that one run reports every state. */
export async function axeCheck(page, label, log, include) {
  const violations = await axeViolations(page, include);
  if (violations.length) log.push(`${label}: ${violations.length} violation(s)\n${formatViolations(violations)}`);
  return violations;
}

export function assertAxeLogEmpty(log) {
  assert.ok(log.length === 0, `axe-core found WCAG 2.1 AA violations:\n${log.join('\n')}`);
}

// ---------------------------------------------------------------------------------------------
// The native core

/** `peer-screen programs`, parsed. */
export function nativePrograms() {
  return JSON.parse(execFileSync(PEER_SCREEN, ['programs'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
}

/** Runs lines through `peer-screen batch` and returns its output lines, parsed. */
export function nativeBatch(lines) {
  return new Promise((resolve, reject) => {
    const child = spawn(PEER_SCREEN, ['batch'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`peer-screen batch exited ${code}`));
      const out = Buffer.concat(chunks).toString('utf8').split('\n');
      if (out[out.length - 1] === '') out.pop();
      if (out.length !== lines.length) return reject(new Error(`peer-screen batch gave ${out.length} lines for ${lines.length}`));
      resolve(out.map((l) => JSON.parse(l)));
    });
    child.stdin.end(lines.map((l) => `${l}\n`).join(''));
  });
}

/** Every case of every CASES_DIR/*.jsonl file: { file, line, name, request }. */
export function loadCases() {
  const cases = [];
  for (const file of readdirSync(CASES_DIR).filter((f) => f.endsWith('.jsonl')).sort()) {
    const lines = readFileSync(path.join(CASES_DIR, file), 'utf8').split('\n');
    lines.forEach((text, i) => {
      if (!text.trim()) return;
      const c = JSON.parse(text);
      cases.push({ file, line: i + 1, name: c.name, request: c.request });
    });
  }
  return cases;
}

/** A program's catalog entry (from `peer-screen programs`). */
export function catalogProgram(catalog, id) {
  const program = catalog.programs.find((p) => p.id === id);
  assert.ok(program, `the catalog has no program ${id}`);
  return program;
}

// ---------------------------------------------------------------------------------------------
// Whole screenings

/**
 * Chooses `program` in the picker by keyboard (first its state, when there is a state picker and
 * the program picker does not offer the program yet).
 */
export async function chooseProgramByKeyboard(page, program, { within } = {}) {
  const offered = () => control(page, 'program', within, ' option').evaluateAll((els) => els.map((e) => e.value));
  const kind = await controlKind(page, 'program', within);
  assert.ok(kind, 'there is no program picker (name="program")');
  const state = PROGRAMS.find((p) => p.id === program).state;
  if (kind === 'select' && !(await offered()).includes(program) && (await controlKind(page, 'state', within))) {
    await answerByKeyboard(page, 'state', state, { within });
  }
  await answerByKeyboard(page, 'program', program, { within });
}

/** The same, the quick way. */
export async function chooseProgramQuickly(page, program, { within } = {}) {
  const kind = await controlKind(page, 'program', within);
  assert.ok(kind, 'there is no program picker (name="program")');
  const offered = await control(page, 'program', within, kind === 'select' ? ' option' : '').evaluateAll((els) => els.map((e) => e.value));
  if (!offered.includes(program) && (await controlKind(page, 'state', within))) {
    await answerQuickly(page, 'state', PROGRAMS.find((p) => p.id === program).state, { within });
  }
  await answerQuickly(page, 'program', program, { within });
}

/**
 * A whole screening by keyboard alone: focus goes to the first control of the page, then only
 * keys: the program (when `pick`), the screening date, then each answer in order.
 */
export async function screenByKeyboard(page, program, answers, { within, pick = true, asOf = AS_OF, start = true } = {}) {
  if (start) await focusFirstControl(page);
  if (pick) await chooseProgramByKeyboard(page, program, { within });
  if (asOf) await answerByKeyboard(page, 'as_of', asOf, { within });
  for (const [name, value] of answers) await answerByKeyboard(page, name, value, { within });
}

/** The same screening the quick way (for axe runs and the benchmark). */
export async function screenQuickly(page, program, answers, { within, pick = true, asOf = AS_OF } = {}) {
  if (pick) await chooseProgramQuickly(page, program, { within });
  if (asOf) await answerQuickly(page, 'as_of', asOf, { within });
  for (const [name, value] of answers) await answerQuickly(page, name, value, { within });
}

/** Calls `fn` until it returns something truthy or `timeout` ms pass; returns its last value. */
export async function poll(fn, timeout = 3000, every = 50) {
  const end = Date.now() + timeout;
  let value = await fn();
  while (!value && Date.now() < end) {
    await new Promise((r) => setTimeout(r, every));
    value = await fn();
  }
  return value;
}
