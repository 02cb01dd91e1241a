// Issue 20, "history and clipboard": what a person leaves behind on a shared computer, in English
// and in Spanish, on the standalone page as an agency publishes it (e2e/publisher.mjs):
// - the guided path's history entries name an opaque step number, never a question (ACTT "yes"
//   brings its end date's question: the history must not say so);
// - after "Exit this page" (the button, or Shift three times) the browser's Back shows none of
//   the screener's entries: it goes to the page the person came from;
// - a copied case note leaves the clipboard with the answers: on Exit (the button, Shift three
//   times), on leaving the page, on closing the tab, on Start over and on the idle start-over.
// The clipboard is read from another page of the same browser, as the next person would paste.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertClean, launch, newContext, openPage, poll, screenQuickly, url, waitReady } from './lib.mjs';
import { publish } from './publisher.mjs';
import { ELIGIBLE } from './scenarios.mjs';

const EXIT = url('privacy.html');
const BEFORE = url('accessibility.html');
let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The step shown: `{ step, question }`. */
function where(page) {
  return page.locator('[data-step]').first().evaluate((el) => ({ step: el.dataset.step, question: el.dataset.question || null }));
}

/** Presses the step's button `action` and waits for another step. */
async function press(page, action) {
  const before = JSON.stringify(await where(page));
  await page.locator(`[data-action="${action}"]`).first().click();
  assert.ok(await poll(async () => JSON.stringify(await where(page)) !== before, 5000), `${action} did not move on from ${before}`);
}

for (const lang of ['en', 'es']) {
  for (const how of ['button', 'shift']) {
    test(`guided path (${lang}): the history never names a question, and after Exit this page (${how}) Back shows none of the screener's entries`, async () => {
      const context = await newContext(browser, { serviceWorkers: 'block' });
      try {
        const watch = await openPage(context);
        const { page } = watch;
        await publish(page, 'index.html', { 'exit-url': EXIT });
        await page.goto(BEFORE);
        await page.goto(url(`index.html?lang=${lang}`));
        await waitReady(page);
        const entries = [];
        const record = async () => entries.push(await page.evaluate(() => ({ hash: location.hash, state: history.state, length: history.length })));
        await press(page, 'start');
        await record();
        await page.locator('input[name=state][value=NC]').check();
        await press(page, 'continue');
        await record();
        await page.locator('input[name=who][value=self]').check();
        await press(page, 'continue');
        // Every question to the end date of ACTT, which only ACTT "yes" brings.
        for (let guard = 0; guard < 12; guard++) {
          await record();
          const { step, question } = await where(page);
          assert.equal(step, 'question');
          if (question === 'actt_auth_end') break;
          const answer = question === 'actt' ? 'yes' : new Map(ELIGIBLE['nc-pss'].answers).get(question);
          if (Array.isArray(answer)) for (const v of answer) await page.locator(`input[name="${question}"][value="${v}"]`).check();
          else await page.locator(`input[name="${question}"][value="${answer}"]`).check();
          await press(page, 'continue');
        }
        assert.equal((await where(page)).question, 'actt_auth_end', 'the path did not reach the question ACTT "yes" brings');
        for (const { hash, state } of entries) {
          assert.match(hash, /^#step=\d+$/, 'the URL names more than a step number');
          assert.match(String(state), /^pss\d+ \d+$/, 'the history state names more than a step number');
        }
        assert.ok(entries.at(-1).length >= entries[0].length + 3, 'the steps were not history entries (Back would not work)');

        if (how === 'button') await page.locator('[data-action=exit]').click();
        else for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
        await page.waitForURL(EXIT, { timeout: 5000 });
        // Back goes to the page the person came from: no entry of the screener is left before.
        await page.goBack();
        await page.waitForLoadState();
        assert.equal(page.url(), BEFORE, 'Back did not go to the page before the screener');
        assertClean(watch, `exit (${how}, ${lang})`);
      } finally {
        await context.close();
      }
    });
  }
}

/** What the next person would paste: the clipboard, read from another page of the browser. */
async function clipboard(context) {
  const reader = await context.newPage();
  try {
    await reader.goto(BEFORE);
    return await reader.evaluate(() => navigator.clipboard.readText());
  } finally {
    await reader.close();
  }
}

const WAYS = {
  'Exit this page (the button)': async (page) => {
    await page.locator('[data-action=exit]').click();
    await page.waitForURL(EXIT);
  },
  'Exit this page (Shift three times)': async (page) => {
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForURL(EXIT);
  },
  'leaving the page': async (page) => {
    await page.goto(BEFORE);
  },
  'closing the tab': async (page) => {
    await page.close({ runBeforeUnload: false });
  },
  'Start over': async (page) => {
    await page.locator('[data-action=start-over]').click();
  },
  'the idle start-over': async (page) => {
    await page.clock.fastForward(16 * 60_000);
  },
};

for (const lang of ['en', 'es']) {
  test(`the copied case note leaves the clipboard with the answers, on every way out (${lang})`, async () => {
    for (const [way, leave] of Object.entries(WAYS)) {
      const context = await newContext(browser, { serviceWorkers: 'block' });
      try {
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url()).origin });
        const watch = await openPage(context);
        const { page } = watch;
        if (way === 'the idle start-over') await page.clock.install();
        await publish(page, 'index.html', { exit: 'on', 'exit-url': EXIT });
        await page.goto(url(`index.html?audience=staff&layout=form&lang=${lang}`));
        await waitReady(page);
        await screenQuickly(page, 'nc-pss', ELIGIBLE['nc-pss'].answers);
        await page.locator('[data-action=copy]').click();
        const copied = await poll(async () => {
          const text = await clipboard(context);
          return text.includes('nc-pss') ? text : null;
        }, 5000);
        assert.ok(copied, `${way}: the case note was not copied`);
        await page.bringToFront();
        await leave(page);
        const left = await poll(async () => ((await clipboard(context)) === '' ? true : null), 3000);
        assert.ok(left, `${way} (${lang}): the case note stayed on the clipboard: ${(await clipboard(context)).slice(0, 80)}…`);
        if (!page.isClosed()) assertClean(watch, `${way} (${lang})`);
      } finally {
        await context.close();
      }
    }
  });
}
