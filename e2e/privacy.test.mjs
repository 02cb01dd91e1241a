// G. Privacy on the host page: the element's defaults. A closed shadow root (host scripts and
// replay tools cannot read the answers), the "do not record" markers of the common replay tools,
// no screening event unless the page asks for one with `events`, and then on the element only:
// not bubbling, not composed, with `events="summary"` only the summary. Each element is made in a
// fresh document of the origin (under its CSP), as an agency's page would have it.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AS_OF, assertClean, launch, newContext, openPage, poll, screenByKeyboard, screenQuickly, url, waitReady } from './lib.mjs';
import { ELIGIBLE } from './scenarios.mjs';
import { publish } from './publisher.mjs';

const MODULE = url('peer-support-screener.js');
const SUMMARY = ['program', 'version', 'as_of', 'outcome', 'eligible_from', 'rescreen_on', 'missing'];
let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/**
 * A fresh document of the origin with one <peer-support-screener> of these attributes, and
 * listeners that record every screening-change heard on the element, the document and the window.
 */
async function host(context, attributes) {
  const watch = await openPage(context, 'embed-demo.css', { ready: false });
  await watch.page.evaluate(async ({ moduleUrl, attributes }) => {
    window.__heard = { element: [], document: [], window: [] };
    document.body.textContent = '';
    const element = document.createElement('peer-support-screener');
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.addEventListener('screening-change', (event) => {
      window.__heard.element.push({ bubbles: event.bubbles, composed: event.composed, detail: JSON.parse(JSON.stringify(event.detail)) });
    });
    document.addEventListener('screening-change', () => window.__heard.document.push(1));
    window.addEventListener('screening-change', () => window.__heard.window.push(1));
    document.body.append(element);
    const m = await import(moduleUrl);
    await m.ready;
  }, { moduleUrl: MODULE, attributes });
  return watch;
}

const heard = (page) => page.evaluate(() => window.__heard);

/** Waits until a closed widget has rendered (its box has grown). */
async function rendered(page) {
  const tall = await poll(() => page.evaluate(() => document.querySelector('peer-support-screener').getBoundingClientRect().height > 200), 10000);
  assert.ok(tall, 'the widget did not render');
}

/** Records every key the page's keyboard presses or types. */
function recordKeys(page) {
  const keys = [];
  const { press, type } = page.keyboard;
  page.keyboard.press = (key, options) => {
    keys.push(['press', key]);
    return press.call(page.keyboard, key, options);
  };
  page.keyboard.type = (text, options) => {
    keys.push(['type', text]);
    return type.call(page.keyboard, text, options);
  };
  return keys;
}

test('closed by default: no shadowRoot for the page; the markers of replay tools; still screened by keyboard alone, and events="summary" gives the summary only, on the element only', async () => {
  const context = await newContext(browser);
  try {
    const base = { program: 'nc-pss', lang: 'en', audience: 'staff', events: 'summary' };
    // The same widget with an open root (shadow="open", as an agency's tests would use) shows
    // the keys that screen it; the closed one is then driven by exactly those keys.
    const open = await host(context, { ...base, shadow: 'open' });
    await waitReady(open.page, 'peer-support-screener');
    const keys = recordKeys(open.page);
    await screenByKeyboard(open.page, 'nc-pss', ELIGIBLE['nc-pss'].answers, { within: 'peer-support-screener', pick: false, start: false, asOf: AS_OF });
    const openHeard = await poll(async () => {
      const h = await heard(open.page);
      return h.element.length && h.element[h.element.length - 1].detail.outcome === 'eligible' ? h : null;
    });
    assert.ok(openHeard, 'the open twin did not reach eligible');

    const closed = await host(context, base);
    const { page } = closed;
    assert.equal(await page.evaluate(() => document.querySelector('peer-support-screener').shadowRoot), null, 'the shadow root is open to the page');
    await rendered(page);
    const markers = await page.evaluate(() => {
      const e = document.querySelector('peer-support-screener');
      return { attributes: e.getAttributeNames().filter((n) => n !== 'program' && n !== 'lang' && n !== 'audience' && n !== 'events').sort(), classes: [...e.classList].sort() };
    });
    assert.deepEqual(markers, {
      attributes: ['class', 'data-dd-privacy', 'data-private'],
      classes: ['fs-exclude', 'ph-no-capture', 'sentry-block', 'ym-hide-content'],
    });
    assert.equal(await page.evaluate(() => document.querySelector('peer-support-screener').getAttribute('data-dd-privacy')), 'hidden');
    // What a host script or a replay tool walking the page sees of the widget: nothing of its text.
    const seen = await page.evaluate(() => document.body.innerText + document.body.innerHTML);
    assert.doesNotMatch(seen, /DSM|diagnos|eligible/i, 'the widget\'s text is readable from the page');

    for (const [kind, value] of keys) await (kind === 'press' ? page.keyboard.press(value) : page.keyboard.type(value));
    const got = await poll(async () => {
      const h = await heard(page);
      return h.element.length && h.element[h.element.length - 1].detail.outcome === 'eligible' ? h : null;
    });
    assert.ok(got, `keyboard alone did not screen the closed widget to eligible (events heard: ${JSON.stringify((await heard(page)).element.map((e) => e.detail.outcome))})`);
    assert.deepEqual(got.document, [], 'the document heard a screening-change');
    assert.deepEqual(got.window, [], 'the window heard a screening-change');
    for (const event of got.element) {
      assert.equal(event.bubbles, false);
      assert.equal(event.composed, false);
      const keysOf = Object.keys(event.detail);
      assert.deepEqual(keysOf.filter((k) => !SUMMARY.includes(k)), [], 'the summary carries more than the summary');
      for (const k of ['program', 'as_of', 'outcome', 'missing']) assert.ok(keysOf.includes(k), `the summary lacks ${k}`);
    }
    const last = got.element[got.element.length - 1].detail;
    assert.equal(last.program, 'nc-pss');
    assert.equal(last.as_of, AS_OF);
    assert.deepEqual(last, openHeard.element[openHeard.element.length - 1].detail, 'the closed widget screened otherwise than the open one');
    assertClean(closed, 'a closed widget');
    assertClean(open, 'an open widget');
  } finally {
    await context.close();
  }
});

test('no events attribute: no screening reaches the page at all, not even on the element', async () => {
  const context = await newContext(browser);
  try {
    const watch = await host(context, { program: 'nc-pss', shadow: 'open' });
    await waitReady(watch.page, 'peer-support-screener');
    await screenQuickly(watch.page, 'nc-pss', ELIGIBLE['nc-pss'].answers, { within: 'peer-support-screener', pick: false });
    await watch.page.waitForTimeout(300);
    assert.deepEqual(await heard(watch.page), { element: [], document: [], window: [] });
    assertClean(watch, 'no events');
  } finally {
    await context.close();
  }
});

test('events="full" gives the whole response; removing the attribute stops the events at once', async () => {
  const context = await newContext(browser);
  try {
    const watch = await host(context, { program: 'nc-pss', shadow: 'open', events: 'full' });
    const { page } = watch;
    await waitReady(page, 'peer-support-screener');
    await screenQuickly(page, 'nc-pss', ELIGIBLE['nc-pss'].answers.slice(0, 1), { within: 'peer-support-screener', pick: false });
    const full = await poll(async () => (await heard(page)).element.length > 0);
    assert.ok(full, 'no event with events="full"');
    const detail = (await heard(page)).element.at(-1).detail;
    for (const k of ['criteria', 'next_steps', 'outcome']) assert.ok(k in detail, `the full response lacks ${k}`);
    await page.evaluate(() => {
      document.querySelector('peer-support-screener').removeAttribute('events');
      window.__heard.element = [];
    });
    await screenQuickly(page, 'nc-pss', ELIGIBLE['nc-pss'].answers.slice(1), { within: 'peer-support-screener', pick: false, asOf: null });
    await page.waitForTimeout(300);
    assert.deepEqual((await heard(page)).element, [], 'events after the attribute was removed');
    assertClean(watch, 'events="full"');
  } finally {
    await context.close();
  }
});

/** The yes/no answers given inside `scope` (open shadow roots pierced). */
function answered(page, scope) {
  const root = scope ? page.locator(scope) : page;
  return root.locator('input[type=radio]:checked:not([value=unknown]):not([name=lang]):not([name=audience])').count();
}

/** The ticked boxes of multi-selects inside `scope`. */
function ticked(page, scope) {
  const root = scope ? page.locator(scope) : page;
  return root.locator('input[type=checkbox]:checked').evaluateAll((els) => els.map((e) => `${e.name}=${e.value}`));
}

test('idle: the standalone page starts over after 15 minutes without input by default (its markup\'s data-idle-minutes to change it), the element after idle-minutes', async () => {
  const context = await newContext(browser, { serviceWorkers: 'block' });
  try {
    // The one-page form (the page opens on the guided path otherwise; e2e/guided.test.mjs).
    const address = 'index.html?audience=staff&layout=form';
    for (const minutes of [15, 2]) {
      const watch = await openPage(context);
      const { page } = watch;
      await page.clock.install();
      if (minutes !== 15) await publish(page, 'index.html', { 'idle-minutes': String(minutes) });
      await page.goto(url(address));
      await waitReady(page);
      await screenQuickly(page, 'nc-pss', ELIGIBLE['nc-pss'].answers.slice(0, 2), { asOf: AS_OF });
      assert.ok((await answered(page)) > 0, `${address}: nothing answered`);
      await page.clock.fastForward(minutes * 60_000 - 30_000);
      assert.ok((await answered(page)) > 0, `${address}: the answers went before ${minutes} minutes`);
      await page.clock.fastForward(60_000);
      const cleared = await poll(async () => (await answered(page)) === 0, 3000);
      assert.ok(cleared, `${address}: the answers stayed after ${minutes} minutes without input`);
      assertClean(watch, address);
      await page.close();
    }

    const watch = await openPage(context);
    const { page } = watch;
    await page.clock.install();
    await page.goto(url('embed-demo.css'));
    await page.evaluate(async (moduleUrl) => {
      document.body.textContent = '';
      const element = document.createElement('peer-support-screener');
      for (const [name, value] of Object.entries({ program: 'nc-pss', shadow: 'open', 'idle-minutes': '1' })) element.setAttribute(name, value);
      document.body.append(element);
      await (await import(moduleUrl)).ready;
    }, MODULE);
    await waitReady(page, 'peer-support-screener');
    await screenQuickly(page, 'nc-pss', ELIGIBLE['nc-pss'].answers.slice(0, 2), { within: 'peer-support-screener', pick: false });
    assert.ok((await answered(page, 'peer-support-screener')) > 0);
    await page.clock.fastForward(61_000);
    assert.ok(await poll(async () => (await answered(page, 'peer-support-screener')) === 0, 3000), 'idle-minutes="1" did not start over');
    assertClean(watch, 'idle-minutes');
  } finally {
    await context.close();
  }
});

test('idle: after the start-over the widget says why, and no box of a multi-select stays ticked', async () => {
  const context = await newContext(browser, { serviceWorkers: 'block' });
  try {
    const watch = await openPage(context);
    const { page } = watch;
    await page.clock.install();
    await publish(page, 'index.html', { 'idle-minutes': '1' });
    await page.goto(url('index.html?audience=staff&layout=form'));
    await waitReady(page);
    await screenQuickly(page, 'nc-pss', ELIGIBLE['nc-pss'].answers.slice(0, 2), { asOf: AS_OF });
    assert.ok((await ticked(page)).length > 0);
    await page.clock.fastForward(61_000);
    await poll(async () => (await answered(page)) === 0, 3000);
    assert.match(await page.locator('[data-role=cleared]').innerText({ timeout: 1000 }).catch(() => ''), /1 minutes?/, 'the widget does not say why it started over');
    assert.deepEqual(await ticked(page), [], 'boxes still ticked after the idle start-over');
  } finally {
    await context.close();
  }
});
