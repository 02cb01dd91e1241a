// A. The standalone page (index.html): keyboard screenings of every program of the catalog, axe-core in every
// state, languages and audiences, privacy, reflow, Start over, the case note, print, live region.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  AS_OF, PROGRAMS, answerByKeyboard, answerQuickly, assertAxeLogEmpty, assertClean, assertNoStorage, axeCheck,
  catalogProgram, chooseProgramQuickly, controlsWithoutFocusRing, isFaviconError, control, effectiveLang, launch, nativeBatch, nativePrograms, newContext, openPage, poll,
  readResult, screenByKeyboard, screenQuickly, tabTo, visibleText, waitOutcome,
} from './lib.mjs';
import { ELIGIBLE, NOT_YET, requestOf } from './scenarios.mjs';

// The one-page form with staff wording: the page opens on the family's guided path otherwise
// (e2e/guided.test.mjs tests that).
const PAGE = 'index.html?audience=staff&layout=form';
let browser;
let catalog;

before(async () => {
  browser = await launch();
  catalog = nativePrograms();
});
after(async () => {
  await browser?.close();
});

/** A fresh context and the standalone page in it, ready. */
async function standalone(contextOptions = {}) {
  const context = await newContext(browser, contextOptions);
  const watch = await openPage(context, PAGE);
  return { context, watch, page: watch.page };
}

/** The question ids of a program, from the catalog. */
function questionIds(program) {
  return catalogProgram(catalog, program).questions.map((q) => q.id);
}

/** Every question's wording (for one audience and language) of a program, from the catalog. */
function wordings(program, audience, lang) {
  return catalogProgram(catalog, program).questions.filter((q) => q.parent === null).map((q) => q.text[audience][lang]);
}

test('the page loads clean: ready, <html lang="en">, served at the root too', async () => {
  const { context, watch, page } = await standalone();
  try {
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await control(page, 'program').count() > 0, true, 'no program picker (name="program")');
    const root = await openPage(context, '');
    assertClean(root, 'BASE_URL');
    assertClean(watch, PAGE);
    await assertNoStorage(page, PAGE);
  } finally {
    await context.close();
  }
});

test('no console error for a missing icon (the browser asks for /favicon.ico unless the page names an icon)', async () => {
  // A browser of its own: Chromium remembers a failed icon for the rest of its life.
  const own = await launch();
  try {
    const watch = await openPage(await newContext(own), PAGE);
    // Chromium asks for the icon some time after the load event.
    await watch.page.waitForLoadState('load');
    await poll(() => watch.consoleErrors.some(isFaviconError), 2500);
    assert.deepEqual(watch.consoleErrors.filter(isFaviconError), [], 'the page has no icon: the browser\'s request for /favicon.ico fails');
  } finally {
    await own.close();
  }
});

describe('a whole screening by keyboard alone', () => {
  for (const { id } of PROGRAMS) {
    test(`${id}: eligible`, async () => {
      const { context, watch, page } = await standalone();
      try {
        const scenario = ELIGIBLE[id];
        await screenByKeyboard(page, id, scenario.answers);
        await waitOutcome(page, 'eligible').catch(() => {});
        const result = await readResult(page);
        assert.deepEqual(result, { outcome: 'eligible', eligibleFrom: null, criteria: scenario.criteria });
        assertClean(watch, `${id} screening`);
        await assertNoStorage(page, `${id} screening`);
      } finally {
        await context.close();
      }
    });
  }
  for (const [id, scenario] of Object.entries(NOT_YET)) {
    test(`${id}: not eligible until ${scenario.eligibleFrom}`, async () => {
      const { context, watch, page } = await standalone();
      try {
        await screenByKeyboard(page, id, scenario.answers);
        await waitOutcome(page, 'not_eligible').catch(() => {});
        const result = await readResult(page);
        assert.deepEqual(result, { outcome: 'not_eligible', eligibleFrom: scenario.eligibleFrom, criteria: scenario.criteria });
        assertClean(watch, `${id} screening`);
        await assertNoStorage(page, `${id} screening`);
      } finally {
        await context.close();
      }
    });
  }
});

test('axe-core: no WCAG 2.1 AA violation in any state (programs, answers, outcomes, en/es, staff/family, sources open, dark)', async () => {
  const { context, watch, page } = await standalone();
  const log = [];
  try {
    await axeCheck(page, 'initial', log);
    await page.emulateMedia({ colorScheme: 'dark' });
    await axeCheck(page, 'initial, dark', log);
    await page.emulateMedia({ colorScheme: 'light' });

    for (const { id } of PROGRAMS) {
      await chooseProgramQuickly(page, id);
      await answerQuickly(page, 'as_of', AS_OF);
      await axeCheck(page, `${id} chosen, nothing answered`, log);
      await screenQuickly(page, id, ELIGIBLE[id].answers, { pick: false });
      await waitOutcome(page, 'eligible').catch(() => {});
      await axeCheck(page, `${id} answered (eligible)`, log);
      await openAllDetails(page);
      await axeCheck(page, `${id} eligible, sources open`, log);
      await answerQuickly(page, 'lang', 'es');
      await axeCheck(page, `${id} eligible, es`, log);
      await answerQuickly(page, 'audience', 'family');
      await axeCheck(page, `${id} eligible, es, family`, log);
      await page.emulateMedia({ colorScheme: 'dark' });
      await openAllDetails(page);
      await axeCheck(page, `${id} eligible, es, family, sources open, dark`, log);
      await answerQuickly(page, 'lang', 'en');
      await axeCheck(page, `${id} eligible, en, family, dark`, log);
      await page.emulateMedia({ colorScheme: 'light' });
      await answerQuickly(page, 'audience', 'staff');
    }
    for (const [id, scenario] of Object.entries(NOT_YET)) {
      await chooseProgramQuickly(page, id);
      await screenQuickly(page, id, scenario.answers, { pick: false });
      await waitOutcome(page, 'not_eligible').catch(() => {});
      await axeCheck(page, `${id} not eligible`, log);
      await openAllDetails(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      await answerQuickly(page, 'lang', 'es');
      await axeCheck(page, `${id} not eligible, sources open, dark, es`, log);
      await answerQuickly(page, 'lang', 'en');
      await page.emulateMedia({ colorScheme: 'light' });
    }
    assertAxeLogEmpty(log);
    assertClean(watch, 'the axe walk');
  } finally {
    await context.close();
  }
});

/** Opens every <details> (the source disclosures), through shadow roots. */
async function openAllDetails(page) {
  const details = page.locator('details');
  const n = await details.count();
  for (let i = 0; i < n; i++) await details.nth(i).evaluate((d) => { d.open = true; });
  return n;
}

test('every control shows a focus indicator when reached by Tab', async () => {
  const { context, watch, page } = await standalone();
  try {
    await screenQuickly(page, 'nc-pss', NOT_YET['nc-pss'].answers);
    const bare = await controlsWithoutFocusRing(page);
    assert.deepEqual(bare, [], 'controls with no outline or box-shadow when focused');
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.deepEqual(await controlsWithoutFocusRing(page), [], 'dark: controls with no outline or box-shadow when focused');
    assertClean(watch);
  } finally {
    await context.close();
  }
});

test('the source disclosures open by keyboard', async () => {
  const { context, watch, page } = await standalone();
  try {
    await screenByKeyboard(page, 'nc-pss', ELIGIBLE['nc-pss'].answers);
    const details = page.locator('[data-criterion] details, details');
    assert.ok((await details.count()) > 0, 'no <details> source disclosure');
    await tabTo(page, 'summary');
    await page.keyboard.press('Enter');
    const open = await page.locator('details[open]').count();
    assert.ok(open >= 1, 'Enter on a summary did not open its details');
    const quote = catalogProgram(catalog, 'nc-pss').criteria[0].source.quote;
    assert.ok((await visibleText(page)).includes(quote), `the opened source does not show its quote: ${quote}`);
    assertClean(watch);
  } finally {
    await context.close();
  }
});

test('lang es changes the words and the lang attributes; audience family changes the wording', async () => {
  const { context, watch, page } = await standalone();
  try {
    await screenByKeyboard(page, 'nc-pss', []);
    const [staffEn] = wordings('nc-pss', 'staff', 'en');
    const [staffEs] = wordings('nc-pss', 'staff', 'es');
    const [familyEn] = wordings('nc-pss', 'family', 'en');
    const [familyEs] = wordings('nc-pss', 'family', 'es');
    let text = await visibleText(page);
    assert.ok(text.includes(staffEn), `the first question is not worded for staff in English: ${staffEn}`);
    assert.equal(await effectiveLang(page), 'en');

    await answerByKeyboard(page, 'lang', 'es');
    await page.waitForFunction(() => document.documentElement.lang === 'es', null, { timeout: 5000 }).catch(() => {});
    text = await visibleText(page);
    assert.ok(text.includes(staffEs), `in Spanish the first question does not read: ${staffEs}`);
    assert.ok(!text.includes(staffEn), 'in Spanish the English wording is still shown');
    assert.equal(await page.locator('html').getAttribute('lang'), 'es', '<html lang> did not follow the language');
    assert.equal(await effectiveLang(page), 'es', 'the widget text is not under lang="es"');

    await answerByKeyboard(page, 'audience', 'family');
    text = await visibleText(page);
    assert.ok(text.includes(familyEs), `for families in Spanish the first question does not read: ${familyEs}`);
    assert.ok(!text.includes(staffEs), 'for families the staff wording is still shown');

    await answerByKeyboard(page, 'lang', 'en');
    text = await visibleText(page);
    assert.ok(text.includes(familyEn), `for families in English the first question does not read: ${familyEn}`);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assertClean(watch);
  } finally {
    await context.close();
  }
});

/** How far the document scrolls sideways at the current viewport. */
function overflow(page) {
  return page.evaluate(() => ({
    scrollWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
    clientWidth: document.documentElement.clientWidth,
    culprits: [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).replace(/ /g, '.')}` : ''} right=${Math.round(e.getBoundingClientRect().right)}`),
  }));
}

for (const [label, viewport, scale] of [
  ['320 CSS px wide (reflow, WCAG 1.4.10)', { width: 320, height: 640 }, 1],
  ['200% zoom: 640 CSS px wide at device scale 2 (a 1280 px window zoomed to 200%)', { width: 640, height: 450 }, 2],
]) {
  test(`no horizontal scrolling at ${label}`, async () => {
    const { context, watch, page } = await standalone({ viewport, deviceScaleFactor: scale });
    const problems = [];
    const check = async (state) => {
      const o = await overflow(page);
      if (o.scrollWidth > viewport.width) problems.push(`${state}: scrollWidth ${o.scrollWidth} > ${viewport.width} (${o.culprits.join(', ')})`);
    };
    try {
      await check('initial');
      for (const { id } of PROGRAMS) {
        await chooseProgramQuickly(page, id);
        await screenQuickly(page, id, ELIGIBLE[id].answers, { pick: false });
        await openAllDetails(page);
        await check(`${id} answered, sources open`);
        await answerQuickly(page, 'lang', 'es');
        await answerQuickly(page, 'audience', 'family');
        await check(`${id} answered, sources open, es, family`);
        await answerQuickly(page, 'lang', 'en');
        await answerQuickly(page, 'audience', 'staff');
      }
      await chooseProgramQuickly(page, 'nc-pss');
      await screenQuickly(page, 'nc-pss', NOT_YET['nc-pss'].answers, { pick: false });
      await openAllDetails(page);
      await check('nc-pss not eligible, sources open');
      assert.deepEqual(problems, [], `the page scrolls sideways:\n  ${problems.join('\n  ')}`);
      assertClean(watch);
    } finally {
      await context.close();
    }
  });
}

test('Start over clears every answer', async () => {
  const { context, watch, page } = await standalone();
  try {
    await screenByKeyboard(page, 'nc-pss', NOT_YET['nc-pss'].answers);
    await waitOutcome(page, 'not_eligible');
    await tabTo(page, 'button', { name: /start over/i });
    await page.keyboard.press('Enter');
    await waitOutcome(page, 'incomplete').catch(() => {});
    const left = [];
    for (const id of questionIds('nc-pss')) {
      const values = await control(page, id).evaluateAll((els) =>
        els.filter((e) => (e.type === 'radio' || e.type === 'checkbox' ? e.checked && e.value !== 'unknown' : e.value !== '')).map((e) => e.value),
      );
      if (values.length) left.push(`${id}=${values.join(',')}`);
    }
    assert.deepEqual(left, [], `answers left after Start over: ${left.join('; ')}`);
    const result = await readResult(page);
    assert.equal(result.outcome, 'incomplete');
    assert.equal(result.eligibleFrom, null);
    const notUnknown = Object.entries(result.criteria).filter(([, s]) => s !== 'unknown');
    assert.deepEqual(notUnknown, [], 'criteria still judged after Start over');
    assertClean(watch);
    await assertNoStorage(page);
  } finally {
    await context.close();
  }
});

test('Copy case note puts the program, the outcome and the disclaimer on the clipboard', async () => {
  const { context, watch, page } = await standalone();
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    await screenByKeyboard(page, 'nc-pss', NOT_YET['nc-pss'].answers);
    await waitOutcome(page, 'not_eligible');
    await tabTo(page, 'button', { name: /copy/i });
    await page.keyboard.press('Enter');
    const note = (await poll(() => page.evaluate(() => navigator.clipboard.readText()), 5000)) || '';
    const title = catalogProgram(catalog, 'nc-pss').title.staff.en;
    assert.ok(note.includes(title) || note.includes('nc-pss'), `the case note does not name the program (${title}):\n${note}`);
    assert.match(note, /not eligible/i, `the case note does not give the outcome:\n${note}`);
    assert.match(note, /2027-01-02|January 2, 2027|01\/02\/2027/, `the case note does not give the date eligible from:\n${note}`);
    assert.match(note, /\bnot\b[^.\n]{0,40}\b(determination|decision)\b/i, `the case note has no "not an eligibility determination" disclaimer:\n${note}`);
    assertClean(watch);
    await assertNoStorage(page);
  } finally {
    await context.close();
  }
});

test('print shows the summary and hides the form controls', async () => {
  const { context, watch, page } = await standalone();
  try {
    const scenario = NOT_YET['nc-pss'];
    await screenQuickly(page, 'nc-pss', scenario.answers);
    await waitOutcome(page, 'not_eligible');
    await page.emulateMedia({ media: 'print' });
    const shown = await page.locator('input, select, textarea, button').evaluateAll((els) =>
      els.filter((e) => e.checkVisibility({ visibilityProperty: true })).map((e) => `${e.tagName.toLowerCase()}[name=${e.name}]`),
    );
    assert.deepEqual(shown, [], `form controls still shown in print: ${shown.join(', ')}`);
    // The summary: whatever the page prints must carry the program, the outcome, every
    // criterion's reason (as the core words it) and the disclaimer.
    const printed = await visibleText(page);
    const [response] = await nativeBatch([JSON.stringify({ ...requestOf('nc-pss', scenario.answers, AS_OF), lang: 'en' })]);
    const missing = [];
    const title = catalogProgram(catalog, 'nc-pss').title.staff.en;
    if (!printed.includes(title)) missing.push(`the program (${title})`);
    if (!/not eligible/i.test(printed)) missing.push('the outcome (Not eligible)');
    if (!printed.includes('2027-01-02') && !/January 2, 2027/.test(printed)) missing.push('the date eligible from (2027-01-02)');
    for (const c of response.criteria) if (!printed.includes(c.reason)) missing.push(`${c.id}: ${c.reason}`);
    if (!/not an eligibility determination/i.test(printed)) missing.push('the disclaimer');
    assert.deepEqual(missing, [], `the printed page lacks:\n  ${missing.join('\n  ')}\nprinted text: ${printed.slice(0, 600)}`);
    assertClean(watch);
  } finally {
    await context.close();
  }
});

test('the live region announces a change of outcome', async () => {
  const { context, watch, page } = await standalone();
  try {
    await screenByKeyboard(page, 'nc-pss', ELIGIBLE['nc-pss'].answers);
    await waitOutcome(page, 'eligible');
    const live = page.locator('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"]');
    assert.ok((await live.count()) > 0, 'no live region (aria-live)');
    const before = await live.allTextContents();
    await answerByKeyboard(page, 'other_pss_provider', 'yes');
    await waitOutcome(page, 'not_eligible');
    let afterText = before;
    await poll(async () => {
      afterText = await live.allTextContents();
      return JSON.stringify(afterText) !== JSON.stringify(before);
    });
    assert.notDeepEqual(afterText, before, `the live region did not change: ${JSON.stringify(before)}`);
    assert.ok(afterText.join(' ').trim().length > 0, 'the live region is empty');
    assertClean(watch);
  } finally {
    await context.close();
  }
});

test('privacy: a whole session stays on the origin and leaves nothing behind', async () => {
  const { context, watch, page } = await standalone();
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    for (const { id } of PROGRAMS) {
      await chooseProgramQuickly(page, id);
      await screenQuickly(page, id, ELIGIBLE[id].answers, { pick: false });
      await openAllDetails(page);
    }
    await answerQuickly(page, 'lang', 'es');
    await answerQuickly(page, 'audience', 'family');
    await page.emulateMedia({ media: 'print' });
    await page.emulateMedia({ media: 'screen' });
    await page.reload();
    await page.locator('[data-ready]').first().waitFor({ state: 'attached' });
    assert.ok(watch.requests.length > 0);
    assertClean(watch);
    await assertNoStorage(page);
  } finally {
    await context.close();
  }
});
