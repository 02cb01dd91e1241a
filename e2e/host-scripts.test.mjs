// Issue 20, "host scripts read answers": the element on a page whose own scripts are hostile.
// Each test makes a fresh document of the origin (under its CSP), as an agency's page would have
// it, with the page's scripts as a red team wrote them:
// - `attachInternals()` cannot hand out the closed shadow root;
// - what a person types, clicks or copies inside the widget stops at the shadow root: no
//   bubbling listener of the page hears it (capture-phase listeners on the window run first and
//   do: EMBEDDING.md says so, and this test holds that it is so), and window.find() and
//   document.getSelection() still read the widget's words (the same);
// - `screening-change` shows capture listeners on the window and the document its type only,
//   `detail` null; `events` is read once, at the first connection, whatever is done later;
// - the theme's custom properties take colors and lengths only: a `url(…)` loads nothing;
// - the "do not record" markers come back when the page changes them;
// - a script that defines the element first is named on the console;
// - the iframe page's height messages come in steps of 400 px.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { answerQuickly, assertClean, launch, newContext, openPage, poll, screenQuickly, url, waitReady } from './lib.mjs';
import { ELIGIBLE } from './scenarios.mjs';

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
 * A fresh document of the origin, with `setup` (a function run in the page, given MODULE) run
 * before the module is imported, then one <peer-support-screener> of `attributes` appended
 * inside `<main>`, and the module imported and ready.
 */
async function host(context, attributes, setup = () => {}) {
  const watch = await openPage(context, 'embed-demo.css', { ready: false });
  watch.warnings = [];
  watch.page.on('console', (m) => {
    if (m.type() === 'warning') watch.warnings.push(m.text());
  });
  await watch.page.evaluate(`(${setup})(${JSON.stringify(MODULE)})`);
  await watch.page.evaluate(async ({ moduleUrl, attributes }) => {
    document.body.replaceChildren(Object.assign(document.createElement('p'), { id: 'outside', textContent: 'The agency page' }), document.createElement('main'));
    const element = document.createElement('peer-support-screener');
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    document.querySelector('main').append(element);
    await (await import(moduleUrl)).ready;
  }, { moduleUrl: MODULE, attributes });
  return watch;
}

/** Waits until a closed widget has rendered (its box has grown). */
async function rendered(page) {
  const tall = await poll(() => page.evaluate(() => document.querySelector('peer-support-screener').getBoundingClientRect().height > 200), 10000);
  assert.ok(tall, 'the widget did not render');
}

test('attachInternals() cannot open the closed shadow root, before the element is defined or after', async () => {
  const context = await newContext(browser);
  try {
    const watch = await host(context, { program: 'nc-pss' }, () => {
      // Before the module runs: the element is not a custom element yet.
      const early = document.createElement('peer-support-screener');
      try {
        early.attachInternals();
        window.__early = 'opened';
      } catch (error) {
        window.__early = error.name;
      }
    });
    const { page } = watch;
    await rendered(page);
    const after = await page.evaluate(() => {
      const element = document.querySelector('peer-support-screener');
      try {
        return { internals: String(element.attachInternals().shadowRoot), shadowRoot: element.shadowRoot };
      } catch (error) {
        return { internals: error.name, shadowRoot: element.shadowRoot };
      }
    });
    assert.equal(await page.evaluate(() => window.__early), 'NotSupportedError', 'attachInternals() before the definition');
    assert.deepEqual(after, { internals: 'NotSupportedError', shadowRoot: null }, 'attachInternals() handed out the shadow root');
    assertClean(watch, 'attachInternals');
  } finally {
    await context.close();
  }
});

test('keys, input, clicks and copy inside the closed widget reach no bubbling listener of the page; capture listeners on the document run first (as EMBEDDING.md says)', async () => {
  const context = await newContext(browser);
  try {
    const watch = await host(context, { program: 'nc-pss', audience: 'staff', lang: 'en' }, (moduleUrl) => {
      window.__heard = { bubbling: [], capture: [] };
      const inWidget = (event) => event.target === document.querySelector('peer-support-screener');
      const types = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'click', 'mousedown', 'pointerdown', 'focusin', 'copy'];
      for (const type of types) {
        const record = (where) => (event) => {
          if (inWidget(event)) window.__heard[where].push(`${type}${event.key ? ` ${event.key}` : ''}${event.data ? ` ${event.data}` : ''}`);
        };
        window.addEventListener(type, record('bubbling'));
        document.addEventListener(type, record('bubbling'));
        document.addEventListener(type, record('capture'), true);
      }
      // An outside click still reaches the page: the element stops only its own.
      document.addEventListener('click', (event) => {
        if (event.target.id === 'outside') window.__outside = (window.__outside || 0) + 1;
      });
      return moduleUrl;
    });
    const { page } = watch;
    await rendered(page);
    // Tab into the closed widget to its screening date (language, wording, date), type a date,
    // select it and copy it, and click inside the widget.
    await page.locator('#outside').click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement && document.activeElement.localName), 'peer-support-screener', 'Tab did not reach the widget');
    await page.keyboard.type('11222026');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+C');
    const box = await page.evaluate(() => {
      const r = document.querySelector('peer-support-screener').getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + 40 };
    });
    await page.mouse.click(box.x, box.y);
    await page.locator('#outside').click();
    await page.waitForTimeout(200);
    const heard = await page.evaluate(() => window.__heard);
    assert.deepEqual(heard.bubbling, [], 'a bubbling listener of the page heard what was done inside the widget');
    // What cannot be stopped from inside: a capture listener on the document runs before the
    // widget sees the event. EMBEDDING.md §4 says so; if this ever changes, say so there.
    assert.ok(heard.capture.some((e) => e.startsWith('keydown')), `capture listeners heard no key (${heard.capture.slice(0, 5)})`);
    assert.equal(await page.evaluate(() => window.__outside), 2, 'the page no longer hears clicks on its own content');
    assertClean(watch, 'keys and clicks');
  } finally {
    await context.close();
  }
});

test('what a page script can still learn, as EMBEDDING.md says: window.find() finds the widget\'s words; document.getSelection() reads a selection made inside it', async () => {
  const context = await newContext(browser);
  try {
    const watch = await host(context, { program: 'nc-pss', audience: 'staff', lang: 'en' });
    const { page } = watch;
    await rendered(page);
    const found = await page.evaluate(() => window.find('DSM-5'));
    // Select the widget's words by keyboard inside it (the page cannot reach in to select them).
    await page.mouse.click(...(await page.evaluate(() => {
      const r = document.querySelector('peer-support-screener').getBoundingClientRect();
      return [r.left + 30, r.top + 30];
    })));
    await page.keyboard.press('ControlOrMeta+A');
    const selected = await page.evaluate(() => document.getSelection().toString());
    assert.equal(found, true, 'window.find() no longer finds the widget\'s words: update EMBEDDING.md §4');
    assert.match(selected, /DSM-5/, 'the selection inside the widget is no longer readable: update EMBEDDING.md §4');
    assertClean(watch, 'what remains');
  } finally {
    await context.close();
  }
});

test('screening-change: capture listeners on the window and the document see its type only (detail null); the element\'s listener gets the summary', async () => {
  const context = await newContext(browser);
  try {
    const watch = await host(context, { program: 'nc-pss', shadow: 'open', events: 'summary' }, () => {
      window.__heard = { window: [], document: [], element: [] };
      window.addEventListener('screening-change', (event) => window.__heard.window.push(event.detail), true);
      document.addEventListener('screening-change', (event) => window.__heard.document.push(event.detail), true);
      // A listener on the element from a page script that runs before the module (not yet upgraded).
      new MutationObserver((_, observer) => {
        const element = document.querySelector('peer-support-screener');
        if (!element) return;
        observer.disconnect();
        element.addEventListener('screening-change', (event) => window.__heard.element.push(JSON.parse(JSON.stringify(event.detail))));
      }).observe(document, { childList: true, subtree: true });
    });
    const { page } = watch;
    await waitReady(page, 'peer-support-screener');
    await screenQuickly(page, 'nc-pss', ELIGIBLE['nc-pss'].answers, { within: 'peer-support-screener', pick: false });
    const heard = await poll(async () => {
      const h = await page.evaluate(() => window.__heard);
      return h.element.at(-1)?.outcome === 'eligible' ? h : null;
    }, 5000);
    assert.ok(heard, 'the element\'s own listener did not hear the eligible summary');
    assert.ok(heard.window.length > 0 && heard.window.length === heard.element.length, 'the window\'s capture listener did not see the events pass');
    assert.deepEqual([...new Set(heard.window)], [null], 'a capture listener on the window read the detail');
    assert.deepEqual([...new Set(heard.document)], [null], 'a capture listener on the document read the detail');
    for (const detail of heard.element) assert.deepEqual(Object.keys(detail).filter((k) => !SUMMARY.includes(k)), [], 'more than the summary');
    // After the event, nobody reads it either.
    await page.evaluate(() => {
      window.__later = new Promise((resolve) => {
        document.querySelector('peer-support-screener').addEventListener('screening-change', (event) => {
          setTimeout(() => resolve({ after: event.detail }));
        }, { once: true });
      });
    });
    await answerQuickly(page, 'other_pss_provider', 'yes', { within: 'peer-support-screener' });
    assert.deepEqual(await page.evaluate(() => window.__later), { after: null });
    assertClean(watch, 'screening-change');
  } finally {
    await context.close();
  }
});

test('events is read once, at the first connection: moved, or given events="full" later, an element sends no more than it was connected with; one connected without events never sends', async () => {
  const context = await newContext(browser);
  try {
    const watch = await host(context, { id: 'summary', program: 'nc-pss', shadow: 'open', events: 'summary' });
    const { page } = watch;
    await waitReady(page, '#summary');
    await page.evaluate(() => {
      window.__heard = { summary: [], silent: [] };
      const silent = document.createElement('peer-support-screener');
      Object.entries({ id: 'silent', program: 'nc-pss', shadow: 'open' }).forEach(([n, v]) => silent.setAttribute(n, v));
      document.querySelector('main').append(silent);
      for (const id of ['summary', 'silent']) {
        document.getElementById(id).addEventListener('screening-change', (event) => window.__heard[id].push(Object.keys(event.detail || {})));
      }
    });
    await waitReady(page, '#silent');
    // Both asked for the full response, then moved into another part of the page (disconnected
    // and connected again: the widget is mounted anew).
    await page.evaluate(() => {
      const aside = document.body.appendChild(document.createElement('aside'));
      for (const id of ['summary', 'silent']) {
        const element = document.getElementById(id);
        element.setAttribute('events', 'full');
        aside.append(element);
      }
    });
    await waitReady(page, '#summary');
    await waitReady(page, '#silent');
    for (const id of ['#summary', '#silent']) await screenQuickly(page, 'nc-pss', ELIGIBLE['nc-pss'].answers, { within: id, pick: false });
    await poll(async () => (await page.evaluate(() => window.__heard.summary.length)) > 0, 5000);
    await page.waitForTimeout(300);
    const heard = await page.evaluate(() => window.__heard);
    assert.ok(heard.summary.length > 0, 'the summary element fell silent');
    for (const keys of heard.summary) assert.deepEqual(keys.filter((k) => !SUMMARY.includes(k)), [], 'the summary element sent more than the summary');
    assert.deepEqual(heard.silent, [], 'an element connected without events sent a screening');
    // Removing the attribute stops the events for good: putting it back does not restart them.
    await page.evaluate(() => {
      document.getElementById('summary').removeAttribute('events');
      window.__heard.summary = [];
    });
    await answerQuickly(page, 'other_pss_provider', 'yes', { within: '#summary' });
    await page.evaluate(() => document.getElementById('summary').setAttribute('events', 'summary'));
    await answerQuickly(page, 'other_pss_provider', 'no', { within: '#summary' });
    await page.waitForTimeout(300);
    assert.deepEqual(await page.evaluate(() => window.__heard.summary), [], 'events came back after the attribute was removed');
    assertClean(watch, 'events read once');
  } finally {
    await context.close();
  }
});

test('the theme takes colors and lengths only: --pss-accent: url(…) loads nothing when "None of these apply" is pressed; a color still themes it', async () => {
  const context = await newContext(browser);
  try {
    const watch = await host(context, { program: 'nc-pss', shadow: 'open', audience: 'staff' });
    const { page } = watch;
    await waitReady(page, 'peer-support-screener');
    const leak = url('leak.png');
    await page.evaluate((leak) => {
      const element = document.querySelector('peer-support-screener');
      for (const name of ['--pss-accent', '--pss-accent-dark', '--pss-radius', '--pss-space']) element.style.setProperty(name, `url(${leak}?${name})`);
    }, leak);
    const computed = await page.evaluate(() => getComputedStyle(document.querySelector('peer-support-screener')).getPropertyValue('--pss-accent').trim());
    assert.equal(computed, 'rgb(11, 87, 208)', 'a url() was kept as the accent');
    const none = page.locator('peer-support-screener [data-action=none][data-question=need_areas]');
    await none.click();
    assert.equal(await none.getAttribute('aria-pressed'), 'true');
    await page.waitForTimeout(500);
    assert.deepEqual(watch.requests.filter((r) => r.startsWith(leak)), [], 'the page learned, by a request, that "None of these apply" was pressed');
    // A color is still a theme.
    await page.evaluate(() => document.querySelector('peer-support-screener').style.setProperty('--pss-accent', '#7a1f5c'));
    const background = () => page.locator('peer-support-screener [data-action=none][data-question=need_areas] .pss-box').evaluate((el) => getComputedStyle(el).backgroundColor);
    await poll(async () => (await background()) === 'rgb(122, 31, 92)', 2000);
    assert.equal(await background(), 'rgb(122, 31, 92)', 'a color no longer themes the widget');
    // A font the page names is the widget's, but for what the person types: that is drawn in
    // the system's font, so that a page's web font cannot learn it character by character.
    await page.evaluate(() => document.querySelector('peer-support-screener').style.setProperty('--pss-font', 'PageSpyFont, serif'));
    const fonts = await page.locator('peer-support-screener').evaluate((element) => {
      const root = element.shadowRoot;
      return { text: getComputedStyle(root.querySelector('.pss')).fontFamily, typed: getComputedStyle(root.querySelector('input[name=as_of]')).fontFamily };
    });
    assert.match(fonts.text, /PageSpyFont/, 'the theme font does not apply');
    assert.doesNotMatch(fonts.typed, /PageSpyFont/, 'typed text is drawn in the page\'s font');
    assertClean(watch, 'theme');
  } finally {
    await context.close();
  }
});

test('the "do not record" markers come back when the page changes them: its own data-dd-privacy="allow", a framework\'s className', async () => {
  const context = await newContext(browser);
  try {
    const watch = await host(context, { program: 'nc-pss', 'data-dd-privacy': 'allow', 'data-private': 'false', class: 'agency-widget' });
    const { page } = watch;
    await rendered(page);
    const markers = () => page.evaluate(() => {
      const e = document.querySelector('peer-support-screener');
      return { dd: e.getAttribute('data-dd-privacy'), private: e.getAttribute('data-private'), classes: [...e.classList].sort() };
    });
    const all = ['fs-exclude', 'ph-no-capture', 'sentry-block', 'ym-hide-content'];
    assert.deepEqual(await markers(), { dd: 'hidden', private: '', classes: ['agency-widget', ...all].sort() }, 'the page\'s own values stood');
    await page.evaluate(() => {
      const e = document.querySelector('peer-support-screener');
      e.className = 'rerendered';
      e.setAttribute('data-dd-privacy', 'allow');
      e.removeAttribute('data-private');
    });
    const back = await poll(async () => {
      const m = await markers();
      return m.dd === 'hidden' && m.private === '' && all.every((c) => m.classes.includes(c)) ? m : null;
    }, 2000);
    assert.ok(back, `the markers did not come back: ${JSON.stringify(await markers())}`);
    assert.ok(back.classes.includes('rerendered'), 'the framework\'s own class was dropped');
    assertClean(watch, 'markers');
  } finally {
    await context.close();
  }
});

test('a script that defines <peer-support-screener> first: the console names it, and its elements are not the screener', async () => {
  const context = await newContext(browser);
  try {
    const watch = await host(context, { program: 'nc-pss' }, () => {
      customElements.define('peer-support-screener', class extends HTMLElement {});
    });
    const { page } = watch;
    await page.waitForTimeout(300);
    assert.ok(watch.consoleErrors.some((e) => /defined before this file ran, by another script/.test(e)), `no console error names it: ${watch.consoleErrors}`);
    watch.consoleErrors.length = 0;
    assertClean(watch, 'defined first');
  } finally {
    await context.close();
  }
});

test('the iframe page tells its parent its height in steps of 400 px, never the exact height: content that grows within a step posts nothing', async () => {
  const context = await newContext(browser);
  try {
    const watch = await openPage(context);
    const { page } = watch;
    await page.addInitScript(() => {
      window.__heights = [];
      addEventListener('message', (event) => {
        if (event.data && event.data.type === 'peer-support-screener:height') window.__heights.push(event.data.height);
      });
    });
    await page.goto(url('iframe-demo.html?program=nc-pss&audience=staff&lang=en'));
    const frame = await poll(() => page.frames().find((f) => f.url().startsWith(url('embed.html'))), 10000);
    await waitReady(frame);
    // A screening whose answers change the content's height (ACTT yes adds a question and a
    // reason): every height posted is a whole number of steps.
    const answers = ELIGIBLE['nc-pss'].answers.map(([id, value]) => [id, id === 'actt' ? 'yes' : value]);
    answers.splice(answers.findIndex(([id]) => id === 'actt') + 1, 0, ['actt_auth_end', '2027-01-31']);
    await screenQuickly(frame, 'nc-pss', answers, { pick: false });
    await page.waitForTimeout(500);
    const posted = await page.evaluate(() => window.__heights);
    assert.ok(posted.length > 0, 'no height was posted');
    for (const h of posted) assert.equal(h % 400, 0, `${h} is not a whole number of 400 px steps`);
    const shown = posted.at(-1);
    // The content's own height (the document's is at least the frame's, which the parent set).
    const content = () => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    assert.ok(shown >= (await content()), `${shown} is less than the content (${await content()})`);
    // The content grows to a pixel below the height shown: the parent hears nothing. One pixel
    // over it: the next step.
    const grow = (to) => frame.evaluate((to) => {
      const spacer = document.getElementById('spacer') || document.body.appendChild(Object.assign(document.createElement('div'), { id: 'spacer' }));
      spacer.style.height = '0px';
      spacer.style.height = `${to - document.body.getBoundingClientRect().height}px`;
    }, to);
    await page.evaluate(() => { window.__heights = []; });
    await grow(shown - 1);
    await page.waitForTimeout(500);
    assert.deepEqual(await page.evaluate(() => window.__heights), [], 'a change within a step was posted');
    await grow(shown + 1);
    const next = await poll(async () => (await page.evaluate(() => window.__heights)).at(-1), 3000);
    assert.equal(next, shown + 400, 'crossing a step did not post the next one');
    assertClean(watch, 'heights');
  } finally {
    await context.close();
  }
});

test('screen() refuses an object of a million keys in no more than the time the browser takes to list them (JavaScript cannot count keys without listing them)', async () => {
  const context = await newContext(browser);
  try {
    const watch = await openPage(context, 'embed-demo.css', { ready: false });
    const timed = await watch.page.evaluate(async (moduleUrl) => {
      const module = await import(moduleUrl);
      await module.ready;
      const huge = {};
      for (let i = 0; i < 1e6; i++) huge[`k${i}`] = i;
      const out = {};
      for (const [name, request] of [['top', huge], ['answers', { program: 'nc-pss', answers: huge }]]) {
        let start = performance.now();
        Object.keys(huge);
        const listing = performance.now() - start;
        start = performance.now();
        try {
          module.screen(request);
        } catch (error) {
          out[name] = { code: error.code, screen: performance.now() - start, listing };
        }
      }
      return out;
    }, MODULE);
    for (const [name, { code, screen, listing }] of Object.entries(timed)) {
      assert.equal(code, 'invalid_request', name);
      assert.ok(screen < 2 * listing + 50, `${name}: screen() took ${screen.toFixed(0)} ms to refuse what the browser lists in ${listing.toFixed(0)} ms`);
    }
    assert.deepEqual(Object.keys(timed).sort(), ['answers', 'top']);
  } finally {
    await context.close();
  }
});
