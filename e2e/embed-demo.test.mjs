// C. The embed demo (embed-demo.html): two <peer-support-screener> elements on a deliberately
// hostile host page. #nc: nc-pss, en, staff; #mo: mo-peer-support, es, family; both with
// events="full". Both open their shadow roots (shadow="open"), which Playwright's CSS locators
// pierce; the closed default is tested in privacy.test.mjs.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  AS_OF, answerQuickly, assertAxeLogEmpty, assertClean, assertNoStorage, axeCheck, catalogProgram, control, controlsWithoutFocusRing,
  effectiveLang, formatViolations, axeViolations, launch, nativePrograms, newContext, openPage, poll, readResult,
  screenByKeyboard, screenQuickly, visibleText, waitOutcome, waitReady, url,
} from './lib.mjs';
import { ELIGIBLE, requestOf } from './scenarios.mjs';

const DEMO = 'embed-demo.html';
let browser;
let catalog;

before(async () => {
  browser = await launch();
  catalog = nativePrograms();
});
after(async () => {
  await browser?.close();
});

async function demo(contextOptions = {}) {
  const context = await newContext(browser, contextOptions);
  const watch = await openPage(context, DEMO, { ready: false });
  await waitReady(watch.page, '#nc');
  await waitReady(watch.page, '#mo');
  // Every screening-change event, with the instance it came from (the events do not bubble: a
  // listener on the document would hear nothing, which privacy.test.mjs checks).
  await watch.page.evaluate(() => {
    window.__events = [];
    for (const element of document.querySelectorAll('peer-support-screener')) {
      element.addEventListener('screening-change', (event) => {
        window.__events.push({
          from: event.target.id,
          bubbles: event.bubbles,
          composed: event.composed,
          detail: JSON.parse(JSON.stringify(event.detail)),
        });
      });
    }
  });
  return { context, watch, page: watch.page };
}

function events(page) {
  return page.evaluate(() => window.__events.splice(0));
}

function wording(program, question, audience, lang) {
  return catalogProgram(catalog, program).questions.find((q) => q.id === question).text[audience][lang];
}

function criterionIds(program) {
  return catalogProgram(catalog, program).criteria.map((c) => c.id).sort();
}

test('each instance shows its own program, language and audience, with no picker', async () => {
  const { context, watch, page } = await demo();
  try {
    assert.deepEqual(Object.keys((await readResult(page, '#nc')).criteria).sort(), criterionIds('nc-pss'));
    assert.deepEqual(Object.keys((await readResult(page, '#mo')).criteria).sort(), criterionIds('mo-peer-support'));
    assert.equal(await effectiveLang(page, '#nc'), 'en');
    assert.equal(await effectiveLang(page, '#mo'), 'es');
    assert.ok((await visibleText(page, '#nc')).includes(wording('nc-pss', 'dsm5_diagnosis', 'staff', 'en')), '#nc is not worded for staff in English');
    assert.ok((await visibleText(page, '#mo')).includes(wording('mo-peer-support', 'birth_date', 'family', 'es')), '#mo is not worded for families in Spanish');
    assert.equal(await control(page, 'program', '#nc').count(), 0, '#nc is locked to a program but shows a picker');
    assert.equal(await control(page, 'program', '#mo').count(), 0, '#mo is locked to a program but shows a picker');
    assertClean(watch, DEMO);
    await assertNoStorage(page, DEMO);
  } finally {
    await context.close();
  }
});

test('both instances screen independently, by keyboard alone', async () => {
  const { context, watch, page } = await demo();
  try {
    const moBefore = await readResult(page, '#mo');
    await screenByKeyboard(page, 'nc-pss', ELIGIBLE['nc-pss'].answers, { within: '#nc', pick: false });
    await waitOutcome(page, 'eligible', '#nc').catch(() => {});
    assert.deepEqual(await readResult(page, '#nc'), { outcome: 'eligible', eligibleFrom: null, criteria: ELIGIBLE['nc-pss'].criteria });
    assert.deepEqual(await readResult(page, '#mo'), moBefore, 'answering #nc changed #mo');
    const moTouched = await page.locator('#mo').locator('input:checked:not([value="unknown"]):not([name="lang"]):not([name="audience"])').count();
    assert.equal(moTouched, 0, 'answering #nc ticked controls of #mo');
    let seen = await events(page);
    assert.ok(seen.length > 0, 'no screening-change event while answering #nc');
    assert.deepEqual(seen.filter((e) => e.from !== 'nc').map((e) => e.from), [], 'screening-change events from #mo while answering #nc');

    const ncAfter = await readResult(page, '#nc');
    await screenByKeyboard(page, 'mo-peer-support', ELIGIBLE['mo-peer-support'].answers, { within: '#mo', pick: false, start: false });
    await waitOutcome(page, 'eligible', '#mo').catch(() => {});
    assert.deepEqual(await readResult(page, '#mo'), { outcome: 'eligible', eligibleFrom: null, criteria: ELIGIBLE['mo-peer-support'].criteria });
    assert.deepEqual(await readResult(page, '#nc'), ncAfter, 'answering #mo changed #nc');
    seen = await events(page);
    assert.deepEqual(seen.filter((e) => e.from !== 'mo').map((e) => e.from), [], 'screening-change events from #nc while answering #mo');
    assertClean(watch, DEMO);
    await assertNoStorage(page, DEMO);
  } finally {
    await context.close();
  }
});

test('screening-change (events="full"): on the element only, not bubbling, not composed, detail = the response of screen() for the same request', async () => {
  const { context, watch, page } = await demo();
  try {
    await screenQuickly(page, 'nc-pss', ELIGIBLE['nc-pss'].answers, { within: '#nc', pick: false });
    await waitOutcome(page, 'eligible', '#nc');
    const seen = await poll(async () => {
      const list = await page.evaluate(() => window.__events.slice());
      return list.length && list[list.length - 1].detail && list[list.length - 1].detail.outcome === 'eligible' ? list : null;
    });
    assert.ok(seen, 'no screening-change event with outcome eligible');
    for (const e of seen) {
      assert.equal(e.from, 'nc');
      assert.equal(e.bubbles, false, 'the event bubbles up the host page');
      assert.equal(e.composed, false, 'the event is composed');
      assert.equal(typeof e.detail.outcome, 'string');
    }
    const last = seen[seen.length - 1].detail;
    const expected = await page.evaluate(async ({ moduleUrl, request }) => {
      const m = await import(moduleUrl);
      await m.ready;
      return JSON.parse(JSON.stringify(m.screen(request)));
    }, { moduleUrl: url('peer-support-screener.js'), request: { ...requestOf('nc-pss', ELIGIBLE['nc-pss'].answers, AS_OF), lang: 'en' } });
    assert.deepStrictEqual(last, expected);
    assertClean(watch, DEMO);
  } finally {
    await context.close();
  }
});

/** Computed styles of a few inner elements of the widget `host`. */
/** Boxes of a few inner elements relative to the widget `host`'s box, and the host's width. */
function innerBoxes(page, host) {
  return page.locator(host).evaluate((el) => {
    const hostBox = el.getBoundingClientRect();
    const out = { hostWidth: hostBox.width };
    for (const [name, selector] of [['fieldset', 'fieldset'], ['legend', 'fieldset legend'], ['radio', 'input[type=radio]'], ['result', '[data-outcome]']]) {
      const node = el.shadowRoot.querySelector(selector);
      const b = node && node.getBoundingClientRect();
      out[name] = b ? { left: b.left - hostBox.left, top: b.top - hostBox.top, width: b.width, height: b.height } : 'missing';
    }
    return out;
  });
}

function innerStyles(page, host) {
  return page.locator(host).evaluate((el) => {
    const root = el.shadowRoot;
    const pick = (selector) => root.querySelector(selector);
    const props = ['font-size', 'font-family', 'font-style', 'font-weight', 'letter-spacing', 'text-transform', 'line-height', 'color', 'display', 'visibility'];
    const out = {};
    for (const [name, selector] of [
      ['legend', 'fieldset legend'],
      ['label', 'fieldset label'],
      ['radio', 'input[type=radio]'],
      ['button', 'button'],
      ['heading', 'h1, h2, h3, h4, h5, h6'],
      ['result', '[data-outcome]'],
      ['criterion', '[data-criterion]'],
    ]) {
      const node = pick(selector);
      if (!node) {
        out[name] = 'missing';
        continue;
      }
      const cs = getComputedStyle(node);
      out[name] = Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
    }
    return out;
  });
}

test("the host page's hostile CSS does not change the widget", async () => {
  const { context, watch, page } = await demo();
  const hostileBoxes = await innerBoxes(page, '#nc');
  // The same widget on the iframe page, whose CSS is neutral, with the widget as wide as #nc.
  const neutralContext = await newContext(browser, { viewport: { width: Math.round(hostileBoxes.hostWidth), height: 900 } });
  try {
    const hostile = await innerStyles(page, '#nc');
    const neutral = await openPage(neutralContext, 'embed.html?program=nc-pss&lang=en&audience=staff&heading-level=3');
    let plainBoxes = await innerBoxes(neutral.page, 'peer-support-screener');
    const gap = Math.round(hostileBoxes.hostWidth - plainBoxes.hostWidth);
    if (gap !== 0) {
      await neutral.page.setViewportSize({ width: Math.round(hostileBoxes.hostWidth) + gap, height: 900 });
      plainBoxes = await innerBoxes(neutral.page, 'peer-support-screener');
    }
    const plain = await innerStyles(neutral.page, 'peer-support-screener');
    assert.deepEqual(hostile, plain, 'computed styles inside the widget differ between the hostile page and a neutral page');
    const off = [];
    for (const part of ['fieldset', 'legend', 'radio', 'result']) {
      for (const k of ['left', 'top', 'width', 'height']) {
        const a = hostileBoxes[part][k];
        const b = plainBoxes[part][k];
        if (!(Math.abs(a - b) <= 1.5)) off.push(`${part}.${k}: ${a} on the demo, ${b} on a neutral page`);
      }
    }
    assert.deepEqual(off, [], `the widget is laid out differently on the hostile page (widget width ${hostileBoxes.hostWidth} vs ${plainBoxes.hostWidth})`);
    // And in absolute terms: none of the host's rules got in.
    assert.notEqual(hostile.legend['font-size'], '48px');
    assert.notEqual(hostile.heading['font-size'], '48px');
    for (const part of ['legend', 'label', 'result']) {
      assert.equal(hostile[part]['text-transform'], 'none', `${part}: text-transform`);
      assert.equal(hostile[part]['letter-spacing'], 'normal', `${part}: letter-spacing`);
      assert.equal(hostile[part]['font-style'], 'normal', `${part}: font-style`);
      assert.doesNotMatch(hostile[part]['font-family'], /comic sans|papyrus|fantasy/i, `${part}: font-family`);
    }
    assert.notEqual(hostile.radio.display, 'none', 'the radios are hidden');
    assert.notEqual(hostile.button.display, 'none', 'the buttons are hidden');
    assertClean(watch, DEMO);
    assertClean(neutral, 'embed.html');
  } finally {
    await context.close();
    await neutralContext.close();
  }
});

test("every control of the widget shows a focus indicator despite the host's `:focus { outline: none !important }`", async () => {
  const { context, watch, page } = await demo();
  try {
    await screenQuickly(page, 'nc-pss', ELIGIBLE['nc-pss'].answers, { within: '#nc', pick: false });
    const bare = await controlsWithoutFocusRing(page, { within: '#nc' });
    assert.deepEqual(bare, [], 'controls of #nc with no outline or box-shadow when focused');
    assertClean(watch, DEMO);
  } finally {
    await context.close();
  }
});

test('axe-core: no WCAG 2.1 AA violation in either widget, in any state', async () => {
  const { context, watch, page } = await demo();
  const log = [];
  const widgets = ['#nc', '#mo'];
  try {
    await axeCheck(page, 'demo, initial', log, widgets);
    await screenQuickly(page, 'nc-pss', ELIGIBLE['nc-pss'].answers, { within: '#nc', pick: false });
    await screenQuickly(page, 'mo-peer-support', ELIGIBLE['mo-peer-support'].answers, { within: '#mo', pick: false });
    await axeCheck(page, 'demo, both answered', log, widgets);
    for (const host of widgets) {
      const details = page.locator(host).locator('details');
      for (let i = 0; i < (await details.count()); i++) await details.nth(i).evaluate((d) => { d.open = true; });
    }
    await axeCheck(page, 'demo, sources open', log, widgets);
    await page.emulateMedia({ colorScheme: 'dark' });
    await axeCheck(page, 'demo, sources open, dark', log, widgets);
    await answerQuickly(page, 'lang', 'en', { within: '#mo' });
    await answerQuickly(page, 'audience', 'staff', { within: '#mo' });
    await axeCheck(page, 'demo, #mo switched to en/staff, dark', log, widgets);
    assertAxeLogEmpty(log);
    assertClean(watch, DEMO);
  } finally {
    await context.close();
  }
});

test('axe-core: no WCAG 2.1 AA violation on the whole demo page (host content included)', async () => {
  const { context, watch, page } = await demo();
  try {
    const violations = await axeViolations(page);
    assert.equal(violations.length, 0, `axe-core on ${DEMO}:\n${formatViolations(violations)}`);
    assertClean(watch, DEMO);
  } finally {
    await context.close();
  }
});

test('attributes set from script update the widget and dispatch screening-change', async () => {
  const { context, watch, page } = await demo();
  try {
    await page.evaluate(() => document.getElementById('mo').setAttribute('lang', 'en'));
    await poll(async () => (await effectiveLang(page, '#mo')) === 'en');
    assert.equal(await effectiveLang(page, '#mo'), 'en', 'lang="en" did not switch #mo to English');
    assert.ok((await visibleText(page, '#mo')).includes(wording('mo-peer-support', 'birth_date', 'family', 'en')), '#mo is not in English for families');

    await page.evaluate(() => document.getElementById('mo').setAttribute('audience', 'staff'));
    await poll(async () => (await visibleText(page, '#mo')).includes(wording('mo-peer-support', 'birth_date', 'staff', 'en')));
    assert.ok((await visibleText(page, '#mo')).includes(wording('mo-peer-support', 'birth_date', 'staff', 'en')), 'audience="staff" did not switch the wording');

    await events(page);
    await page.evaluate(() => document.getElementById('mo').setAttribute('program', 'ct-waiver-peer-support'));
    await poll(async () => (await control(page, 'waiver_participant', '#mo').count()) > 0);
    assert.deepEqual(Object.keys((await readResult(page, '#mo')).criteria).sort(), criterionIds('ct-waiver-peer-support'));
    const seen = await poll(async () => {
      const list = await page.evaluate(() => window.__events.slice());
      return list.some((e) => e.from === 'mo' && e.detail.program === 'ct-waiver-peer-support') ? list : null;
    });
    assert.ok(seen, 'no screening-change event for the new program');
    const last = seen.filter((e) => e.from === 'mo').pop();
    assert.equal(last.detail.outcome, (await readResult(page, '#mo')).outcome);

    // heading-level: the top heading follows, inner headings one level below.
    await page.evaluate(() => document.getElementById('nc').setAttribute('heading-level', '5'));
    const levels = await poll(async () => {
      const l = await page.locator('#nc').evaluate((el) => [...el.shadowRoot.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1])));
      return l.length && Math.min(...l) === 5 ? l : null;
    });
    assert.ok(levels, 'heading-level="5" did not make the top heading an h5');
    assert.ok(levels.every((l) => l >= 5), `headings above the top level: ${levels}`);
    assertClean(watch, DEMO);
  } finally {
    await context.close();
  }
});

test('ids are unique across the page and both shadow roots, and references stay in their root', async () => {
  const { context, watch, page } = await demo();
  try {
    await screenQuickly(page, 'nc-pss', ELIGIBLE['nc-pss'].answers, { within: '#nc', pick: false });
    const report = await page.evaluate(() => {
      const ids = [];
      const broken = [];
      const roots = [document, document.getElementById('nc').shadowRoot, document.getElementById('mo').shadowRoot];
      for (const root of roots) {
        const where = root === document ? 'document' : `#${root.host.id}`;
        for (const el of root.querySelectorAll('[id]')) ids.push(`${el.id}`);
        for (const el of root.querySelectorAll('[for], [aria-labelledby], [aria-describedby], [aria-controls], [aria-errormessage]')) {
          for (const attr of ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-errormessage']) {
            for (const ref of (el.getAttribute(attr) || '').split(/\s+/).filter(Boolean)) {
              if (!root.getElementById(ref)) broken.push(`${where}: ${attr}="${ref}" refers to no element of its root`);
            }
          }
        }
      }
      const seen = new Map();
      for (const id of ids) seen.set(id, (seen.get(id) || 0) + 1);
      return { count: ids.length, duplicates: [...seen].filter(([, n]) => n > 1).map(([id, n]) => `${id} ×${n}`), broken };
    });
    assert.ok(report.count > 2, 'the widgets have no ids at all');
    assert.deepEqual(report.duplicates, [], 'ids used more than once across the shadow roots');
    assert.deepEqual(report.broken, [], 'broken id references');
    assertClean(watch, DEMO);
  } finally {
    await context.close();
  }
});

test('attribute values are text, never HTML', async () => {
  const { context, watch, page } = await demo();
  try {
    const evil = '<img src=x onerror=alert(1)>';
    await page.evaluate((evil) => {
      for (const name of ['heading-level', 'program', 'state', 'lang', 'audience']) document.getElementById('nc').setAttribute(name, evil);
    }, evil);
    await page.waitForTimeout(300);
    const imgs = await page.evaluate(() => {
      const all = [...document.querySelectorAll('img')];
      for (const host of document.querySelectorAll('peer-support-screener')) all.push(...host.shadowRoot.querySelectorAll('img'));
      return all.map((i) => i.outerHTML);
    });
    assert.deepEqual(imgs, [], 'an attribute value became an element');
    assert.deepEqual(watch.pageErrors, [], 'an exception was thrown');
    assert.deepEqual(watch.dialogs, [], 'a dialog opened');
    assert.deepEqual(watch.requests.filter((r) => /\/x$/.test(r)), [], 'the img src was requested');
    // And the widget recovers when given good values again.
    await page.evaluate(() => {
      const nc = document.getElementById('nc');
      nc.setAttribute('program', 'nc-pss');
      nc.setAttribute('lang', 'en');
      nc.setAttribute('audience', 'staff');
      nc.setAttribute('heading-level', '3');
      nc.removeAttribute('state');
    });
    await poll(async () => (await control(page, 'dsm5_diagnosis', '#nc').count()) > 0);
    await screenQuickly(page, 'nc-pss', ELIGIBLE['nc-pss'].answers, { within: '#nc', pick: false });
    await waitOutcome(page, 'eligible', '#nc');
    // Console errors are not held against this test: a widget may log that a value is not offered.
    assertClean({ ...watch, consoleErrors: [] }, DEMO);
  } finally {
    await context.close();
  }
});
