// E. The guided path, on a phone: 360 × 740 CSS px with touch. A family completes every admission
// program in English and in Spanish one question at a time (index.html opens on it), with a
// Change from the check step and the browser's Back; the focus lands on each step's heading; the
// URL and the history state hold an opaque step number only; axe-core finds no WCAG 2.1 AA violation on any
// step, light and dark, at 360 px, at 320 px and at 200% zoom; the iframe page's Back works too.
//
// Taps, not clicks (the context has touch); dates are typed into their month, day and year
// fields. The answers are those of scenarios.mjs, looked up by the question each step shows.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  ADMISSIONS, AS_OF, PROGRAMS, assertAxeLogEmpty, assertClean, assertNoStorage, axeCheck, catalogProgram, control, controlKind, launch,
  nativePrograms, newContext, openPage, poll, readResult, url, visibleText, waitReady,
} from './lib.mjs';
import { ELIGIBLE, NOT_YET } from './scenarios.mjs';

const PAGE = 'index.html';
const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };
const WORDS = {
  en: {
    privacy: 'Your answers stay on this device. Nothing is sent or saved.',
    progress: /^Question \d+ of \d+/,
    eligible: 'You may be able to get peer support',
    notEligible: 'You may not be able to get peer support right now',
    from: 'From January 2, 2027, you look eligible',
  },
  es: {
    privacy: 'Sus respuestas se quedan en este dispositivo. No se envía ni se guarda nada.',
    progress: /^Pregunta \d+ de \d+/,
    eligible: 'Es posible que usted pueda recibir apoyo de pares',
    notEligible: 'Es posible que usted no pueda recibir apoyo de pares por ahora',
    from: 'Desde el 2 de enero de 2027',
  },
};

let browser;
let catalog;

before(async () => {
  browser = await launch();
  catalog = nativePrograms();
});
after(async () => {
  await browser?.close();
});

/** A phone, and the page on it, ready. */
async function phone(file = PAGE, options = {}) {
  const context = await newContext(browser, { ...PHONE, ...options });
  const watch = await openPage(context, file);
  return { context, watch, page: watch.page };
}

/** The step shown (`data-step`, `data-question`) in `scope` (a page or a frame). */
function where(scope) {
  return scope.locator('[data-step]').first().evaluate((el) => ({ step: el.dataset.step, question: el.dataset.question || null }));
}

/** The focused element's `data-role` (through shadow roots). */
function focusedRole(scope) {
  return scope.evaluate(() => {
    let a = document.activeElement;
    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
    return a ? a.getAttribute('data-role') || a.tagName.toLowerCase() : null;
  });
}

/** The last history entry's URL hash seen on each page: each step shown is a new entry. */
const lastEntry = new WeakMap();

/**
 * Fails unless the URL and the history state hold an opaque step number, and nothing else: not
 * the step, not the question (which questions were asked tells the answers, issue 20), never an
 * answer; and unless the step shown is a new entry.
 */
async function assertHistoryHoldsTheStepOnly(page, shown) {
  const read = () => page.evaluate(() => ({ hash: location.hash, state: history.state }));
  await poll(async () => {
    const { hash } = await read();
    return /^#step=\d+$/.test(hash) && hash !== lastEntry.get(page);
  }, 2000);
  const { hash, state } = await read();
  assert.match(hash, /^#step=\d+$/, 'the URL holds an opaque step number');
  assert.notEqual(hash, lastEntry.get(page), 'the step shown is not a history entry of its own');
  lastEntry.set(page, hash);
  assert.match(String(state), new RegExp(`^pss\\d+ ${hash.slice('#step='.length)}$`), 'the history state holds the instance and the step number, and nothing else');
  for (const word of [shown.step, shown.question].filter(Boolean)) {
    assert.ok(!hash.includes(word) && !String(state).includes(word), `the history names ${word}`);
  }
}

/**
 * Taps the step's button `action` (for `change`, the one of `question`) and waits for the next
 * step; the focus must then be on its heading. Returns the step reached.
 */
async function tapOn(scope, action = 'continue', question = null) {
  const before = JSON.stringify(await where(scope));
  const which = question ? `[data-question="${question}"]` : '';
  await scope.locator(`[data-action="${action}"]${which}`).first().tap();
  const moved = await poll(async () => JSON.stringify(await where(scope)) !== before, 5000);
  assert.ok(moved, `${action} on ${before} did not move to another step`);
  const shown = await where(scope);
  assert.equal(await poll(async () => (await focusedRole(scope)) === 'step-heading'), true, `the focus is not on the heading of ${JSON.stringify(shown)} but on ${await focusedRole(scope)}`);
  return shown;
}

/** Answers the question on the step as a person on a phone does. */
async function answer(scope, id, value) {
  const kind = await controlKind(scope, id);
  if (kind === null) {
    // A date asked as month, day and year, with numeric keyboards.
    const [y, m, d] = value.split('-');
    for (const [part, typed] of [['month', String(Number(m))], ['day', String(Number(d))], ['year', y]]) {
      const field = scope.locator(`input[name="${id}-${part}"]`);
      assert.equal(await field.getAttribute('inputmode'), 'numeric', `${id}-${part} has no numeric keyboard`);
      await field.tap();
      await field.fill('');
      await scope.locator(`input[name="${id}-${part}"]`).pressSequentially(typed);
    }
  } else if (kind === 'radio') {
    await control(scope, id, undefined, `[value="${value}"]`).tap();
    assert.equal(await control(scope, id, undefined, ':checked').getAttribute('value'), String(value), `${id}: the tap did not tick ${value}`);
  } else if (kind === 'checkbox') {
    for (const v of value) await control(scope, id, undefined, `[value="${v}"]`).tap();
  } else {
    await control(scope, id).tap();
    await control(scope, id).pressSequentially(String(value));
  }
}

/** The answers of a scenario, by question id. */
function answersOf(scenario) {
  return new Map(scenario.answers);
}

/**
 * From the start page to the result: the state, whom for (Nebraska), every question the path
 * asks with the scenario's answer, a Change from the check step and the browser's Back on the
 * way. `check(label)` runs on every step (axe). Returns the result as the DOM shows it.
 */
async function walk(page, program, scenario, lang, check = async () => {}, { who = null, onQuestion = async () => {} } = {}) {
  const words = WORDS[lang];
  const { state } = PROGRAMS.find((p) => p.id === program);
  const answers = answersOf(scenario);
  assert.deepEqual(await where(page), { step: 'start', question: null });
  await page.locator(`input[name=lang][value=${lang}]`).tap();
  await poll(async () => (await page.locator('.pss').first().getAttribute('lang')) === lang);
  assert.ok((await visibleText(page)).includes(words.privacy), `the start page does not say: ${words.privacy}`);
  assert.equal(await page.locator('[data-step=start] ~ [data-crisis], [data-crisis]').count(), 1, 'no help in a crisis on the start page');
  await check('start');

  let shown = await tapOn(page, 'start');
  assert.deepEqual(shown, { step: 'state', question: null });
  await assertHistoryHoldsTheStepOnly(page, shown);
  await check('state');
  await answer(page, 'state', state);
  shown = await tapOn(page);
  // Every state asks whom the check is for (SCREENING.md §4.9).
  assert.equal(shown.step, 'who');
  await check('who');
  await answer(page, 'who', who || (program === 'ne-family-peer-support' ? 'caregiver' : 'self'));
  shown = await tapOn(page);
  const asked = [];
  let browserBack = false;
  while (shown.step === 'question') {
    const id = shown.question;
    assert.ok(answers.has(id), `${program}: the path asks ${id}, which the scenario does not answer`);
    assert.ok(!asked.includes(id), `${program}: ${id} asked twice`);
    asked.push(id);
    await assertHistoryHoldsTheStepOnly(page, shown);
    const heading = await page.locator('[data-role=step-heading]').innerText();
    assert.match(heading, words.progress, `the heading of ${id} does not say where the person is`);
    await onQuestion(id, heading);
    await check(`question ${id}`);
    await answer(page, id, answers.get(id));
    shown = await tapOn(page);
    // The browser's Back (a phone's back gesture), once: back to that question, its answer kept.
    if (!browserBack && shown.step === 'question') {
      browserBack = true;
      await page.goBack();
      assert.ok(await poll(async () => (await where(page)).question === id), `the browser's Back did not return to ${id}`);
      assert.equal(await poll(async () => (await focusedRole(page)) === 'step-heading'), true, 'after Back the focus is not on the heading');
      const kind = await controlKind(page, id);
      if (kind === 'radio') assert.equal(await control(page, id, undefined, ':checked').getAttribute('value'), String(answers.get(id)), 'Back lost the answer');
      shown = await tapOn(page);
    }
  }
  assert.deepEqual(shown, { step: 'check', question: null }, `${program}: the questions did not end on the check step`);
  assert.deepEqual(asked.slice().sort(), scenario.answers.map(([id]) => id).sort(), `${program}: the questions asked`);
  await check('check');
  const listed = await page.locator('[data-step=check] [data-question]').evaluateAll((els) => els.map((e) => e.dataset.question));
  for (const id of asked) assert.ok(listed.includes(id), `the check step does not list ${id}`);

  // Change the first answer and come back to the check step.
  const first = asked[0];
  shown = await tapOn(page, 'change', first);
  assert.deepEqual(shown, { step: 'question', question: first });
  await answer(page, first, answers.get(first));
  shown = await tapOn(page);
  assert.deepEqual(shown, { step: 'check', question: null }, 'Change did not return to the check step');

  shown = await tapOn(page, 'see-result');
  assert.equal(shown.step, 'result');
  await assertHistoryHoldsTheStepOnly(page, shown);
  await check('result');
  return readResult(page);
}

describe('a family completes every admission program on a phone, by the guided path', () => {
  for (const lang of ['en', 'es']) {
    for (const { id } of ADMISSIONS) {
      test(`${id}, ${lang}: eligible`, async () => {
        const { context, watch, page } = await phone();
        try {
          assert.equal(await page.locator('[data-layout]').first().getAttribute('data-layout'), 'guided', 'the page does not open on the guided path');
          const scenario = ELIGIBLE[id];
          const result = await walk(page, id, scenario, lang);
          assert.deepEqual(result, { outcome: 'eligible', eligibleFrom: null, criteria: scenario.criteria });
          assert.ok((await page.locator('[data-role=step-heading]').innerText()).includes(WORDS[lang].eligible));
          assert.equal(await page.locator('[data-step=result] ~ [data-crisis], [data-crisis]').count(), 1, 'no help in a crisis with the result');
          assert.ok(await page.locator('[data-step=result] [data-contact]').count(), 'no contact block with the result');
          assertClean(watch, `${id} ${lang}`);
          await assertNoStorage(page, `${id} ${lang}`);
        } finally {
          await context.close();
        }
      });
    }
  }
  for (const lang of ['en', 'es']) {
    test(`nc-pss, ${lang}: not eligible until a date, written out in the page's language`, async () => {
      const { context, watch, page } = await phone();
      try {
        const scenario = NOT_YET['nc-pss'];
        const result = await walk(page, 'nc-pss', scenario, lang);
        assert.deepEqual(result, { outcome: 'not_eligible', eligibleFrom: scenario.eligibleFrom, criteria: scenario.criteria });
        const text = await visibleText(page, '[data-step=result]');
        assert.ok(text.includes(WORDS[lang].notEligible), `the headline does not say: ${WORDS[lang].notEligible}`);
        assert.ok(text.includes(WORDS[lang].from), `the date is not written out: ${text.slice(0, 400)}`);
        assert.ok(!/\d{4}-\d{2}-\d{2}/.test(text), `a date is shown as YYYY-MM-DD: ${text.match(/\d{4}-\d{2}-\d{2}/)}`);
        // Print shows the result as it is, dates written out, without its controls.
        await page.emulateMedia({ media: 'print' });
        const controls = await page.locator('input, select, textarea, button').evaluateAll((els) => els.filter((e) => e.checkVisibility()).map((e) => e.outerHTML.slice(0, 60)));
        assert.deepEqual(controls, [], 'controls shown in print');
        const printed = await visibleText(page);
        assert.ok(printed.includes(WORDS[lang].notEligible) && printed.includes(WORDS[lang].from), `the printed result: ${printed.slice(0, 300)}`);
        await page.emulateMedia({ media: 'screen' });
        assertClean(watch);
      } finally {
        await context.close();
      }
    });
  }
});

describe('a parent checking for a child or teen: every question asks about the child (SCREENING.md §4.9)', () => {
  const catalog = nativePrograms();
  for (const lang of ['en', 'es']) {
    for (const { id } of ADMISSIONS) {
      const entry = catalogProgram(catalog, id);
      if (!entry.subjects.includes('child')) continue;
      test(`${id}, ${lang}: for my child or teen`, async () => {
        const { context, watch, page } = await phone();
        try {
          const asked = [];
          const onQuestion = async (question, heading) => {
            const text = entry.questions.find((q) => q.id === question).text;
            const aboutChild = text.family_child[lang];
            assert.ok(heading.includes(aboutChild), `${question}: the heading is not the question about the child.\n  shown: ${heading}\n  about the child: ${aboutChild}`);
            if (aboutChild !== text.family[lang]) assert.ok(!heading.includes(text.family[lang]), `${question}: asks about the parent`);
            asked.push(question);
          };
          const result = await walk(page, id, ELIGIBLE[id], lang, undefined, { who: 'child', onQuestion });
          assert.ok(asked.length >= 2, `${id}: only ${asked.length} questions`);
          assert.equal(result.outcome, 'eligible', `${id}: the same answers give the same outcome about a child`);
          const headline = await page.locator('[data-role=step-heading]').innerText();
          assert.match(headline, lang === 'en' ? /your child/i : /su hijo o hija/i, `the result speaks of the child: ${headline}`);
          assertClean(watch, `${id} ${lang} child`);
        } finally {
          await context.close();
        }
      });
    }
  }
});

test('a decisive "no" ends the questions, says why, and the rest can still be answered', async () => {
  const { context, watch, page } = await phone();
  try {
    await tapOn(page, 'start');
    await answer(page, 'state', 'MT');
    await tapOn(page);
    await answer(page, 'who', 'self');
    await tapOn(page);
    await answer(page, 'mfp_participant', 'no');
    const shown = await tapOn(page);
    assert.deepEqual(shown, { step: 'check', question: null });
    const settled = await page.locator('[data-role=settled]').innerText();
    assert.match(settled, /already show/);
    assert.equal(await page.locator('[data-step=check] dt').count(), 3, 'the state, whom it is for and the one answer given');
    assert.deepEqual(await tapOn(page, 'answer-rest'), { step: 'question', question: 'recovery_condition' });
    assertClean(watch);
  } finally {
    await context.close();
  }
});

test('errors: an error summary at the top, focused, linked to its field; a date that is not real', async () => {
  const { context, watch, page } = await phone();
  const log = [];
  try {
    await tapOn(page, 'start');
    await page.locator('[data-action=continue]').tap();
    await poll(async () => (await focusedRole(page)) === 'error-summary');
    assert.equal(await focusedRole(page), 'error-summary', 'the focus is not on the error summary');
    await axeCheck(page, 'state step, nothing chosen', log);
    await page.locator('[data-role=error-summary] a').tap();
    assert.equal(await poll(() => page.evaluate(() => document.activeElement && document.activeElement.name)), 'state', 'the error link does not lead to the field');
    await answer(page, 'state', 'MO');
    await tapOn(page);
    // Whom the check is for: nothing is ticked until the person chooses.
    assert.equal(await page.locator('input[name=who]:checked').count(), 0, 'an answer to "who" is ticked by default');
    await page.locator('[data-action=continue]').tap();
    await poll(async () => (await focusedRole(page)) === 'error-summary');
    assert.deepEqual(await where(page), { step: 'who', question: null });
    await answer(page, 'who', 'self');
    await tapOn(page);
    for (const [part, typed] of [['month', '2'], ['day', '30'], ['year', '2011']]) await page.locator(`input[name="birth_date-${part}"]`).fill(typed);
    await page.locator('[data-action=continue]').tap();
    await poll(async () => (await focusedRole(page)) === 'error-summary');
    assert.deepEqual(await where(page), { step: 'question', question: 'birth_date' });
    assert.equal(await page.locator('input[name="birth_date-day"]').getAttribute('aria-invalid'), 'true');
    assert.match(await page.locator('[data-role=error-summary]').innerText(), /real date/);
    await axeCheck(page, 'birth date not real', log);
    await page.emulateMedia({ colorScheme: 'dark' });
    await axeCheck(page, 'birth date not real, dark', log);
    assertAxeLogEmpty(log);
    assertClean(watch);
  } finally {
    await context.close();
  }
});

describe('axe-core on every step, light and dark', () => {
  for (const [label, options] of [
    ['360 px, a phone', {}],
    ['320 px (reflow)', { viewport: { width: 320, height: 640 } }],
    ['200% zoom: 640 CSS px at device scale 2', { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2, isMobile: false }],
  ]) {
    test(label, async () => {
      const { context, watch, page } = await phone(PAGE, options);
      const log = [];
      const overflow = [];
      const check = async (where) => {
        await axeCheck(page, `${label}: ${where}`, log);
        await page.emulateMedia({ colorScheme: 'dark' });
        await axeCheck(page, `${label}: ${where}, dark`, log);
        await page.emulateMedia({ colorScheme: 'light' });
        const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (wide > 0) overflow.push(`${where}: ${wide} px too wide`);
      };
      try {
        // Every kind of step: yes/no, multi-select, follow-up date (nc-pss), single choice,
        // date of birth and counts (mo-peer-support), who (Nebraska).
        const programs = label.startsWith('360') ? ADMISSIONS.map((p) => p.id) : ['nc-pss', 'mo-peer-support', 'ne-family-peer-support'];
        for (const [i, program] of programs.entries()) {
          if (i > 0) {
            await page.locator('[data-action=start-again]').tap();
            await poll(async () => (await where(page)).step === 'start');
          }
          const scenario = program === 'nc-pss' ? NOT_YET['nc-pss'] : ELIGIBLE[program];
          await walk(page, program, scenario, i % 2 ? 'es' : 'en', (step) => check(`${program} ${step}`));
          await page.locator('details').evaluateAll((all) => all.forEach((d) => { d.open = true; }));
        }
        assertAxeLogEmpty(log);
        assert.deepEqual(overflow, [], 'the page scrolls sideways');
        assertClean(watch, label);
      } finally {
        await context.close();
      }
    });
  }
});

test('staff get the one-page form by ?audience=staff, or by the wording switch', async () => {
  const { context, watch, page } = await phone(`${PAGE}?audience=staff`);
  try {
    assert.equal(await page.locator('[data-layout]').first().getAttribute('data-layout'), 'form');
    assert.ok(await control(page, 'program').count(), 'no program picker on the staff form');
    await page.locator('input[name=audience][value=family]').tap();
    await poll(async () => (await page.locator('[data-layout]').first().getAttribute('data-layout')) === 'guided');
    assert.deepEqual(await where(page), { step: 'start', question: null });
    await page.locator('input[name=audience][value=staff]').tap();
    await poll(async () => (await page.locator('[data-layout]').first().getAttribute('data-layout')) === 'form');
    const other = await openPage(context, `${PAGE}?layout=form`);
    assert.equal(await other.page.locator('[data-layout]').first().getAttribute('data-layout'), 'form');
    assertClean(watch);
    assertClean(other);
  } finally {
    await context.close();
  }
});

test('the iframe page: the browser\'s Back goes to the previous step, never off the page', async () => {
  const context = await newContext(browser, PHONE);
  try {
    // The agency's demo page frames embed.html with its own query (embed.html may be framed by
    // pages of its own origin only).
    const watch = await openPage(context, 'iframe-demo.html?program=mt-mfp-peer-support&audience=family', { ready: false });
    const { page } = watch;
    const frame = await poll(() => page.frames().find((f) => f.url().startsWith(url('embed.html'))), 10000);
    await frame.waitForLoadState('load');
    await waitReady(frame);
    assert.deepEqual(await where(frame), { step: 'start', question: null });
    await tapOn(frame, 'start');
    assert.deepEqual(await where(frame), { step: 'who', question: null }, 'the host fixed the program: no state step, whom it is for next');
    await answer(frame, 'who', 'self');
    await tapOn(frame);
    assert.deepEqual(await where(frame), { step: 'question', question: 'mfp_participant' });
    await answer(frame, 'mfp_participant', 'yes');
    await tapOn(frame);
    await answer(frame, 'recovery_condition', 'yes');
    await tapOn(frame);
    assert.equal((await where(frame)).question, 'peer_in_plan');
    const host = page.url();
    for (const expected of ['recovery_condition', 'mfp_participant']) {
      await page.evaluate(() => history.back());
      assert.ok(await poll(async () => (await where(frame)).question === expected), `Back did not go to ${expected}`);
      assert.equal(page.url(), host, 'Back left the host page');
      const checked = await control(frame, expected, undefined, ':checked').getAttribute('value');
      assert.equal(checked, 'yes', 'Back lost the answer');
    }
    await page.evaluate(() => history.back());
    assert.ok(await poll(async () => (await where(frame)).step === 'who'), 'Back did not go to whom it is for');
    assert.equal(await control(frame, 'who', undefined, ':checked').getAttribute('value'), 'self', 'Back lost the choice');
    await page.evaluate(() => history.back());
    assert.ok(await poll(async () => (await where(frame)).step === 'start'), 'Back did not reach the start page');
    assert.equal(page.url(), host);
    assertClean(watch, 'the host of the iframe');
  } finally {
    await context.close();
  }
});

test('the custom element leaves the host\'s history alone unless asked', async () => {
  const { context, watch, page } = await phone('embed-demo.html', {});
  try {
    await waitReady(page, '#nc');
    const before = await page.evaluate(() => ({ length: history.length, hash: location.hash, state: history.state }));
    await page.locator('#nc input[name=audience][value=family]').tap();
    await poll(async () => (await page.locator('#nc [data-layout]').getAttribute('data-layout')) === 'guided');
    await page.locator('#nc [data-action=start]').tap();
    await poll(async () => (await where(page.locator('#nc'))).step !== 'start');
    const after = await page.evaluate(() => ({ length: history.length, hash: location.hash, state: history.state }));
    assert.deepEqual(after, before, 'the element wrote to the host page\'s history without its history attribute');
    assertClean(watch);
  } finally {
    await context.close();
  }
});

// The family build readies itself at idle with a hidden widget of its own (builds.js `warm`),
// which reads each question from the step it shows. Its shadow root is closed; here it is opened
// (attachShadow forced open before the page runs) so that the steps it walks can be seen.
test('the family page\'s warm-up walk: hidden, it walks Montana to the result and Missouri to its date, then goes', async () => {
  const { context, watch, page } = await phone(PAGE, {});
  try {
    await page.addInitScript(() => {
      const attach = Element.prototype.attachShadow;
      window.__warm = { steps: [], hidden: [], removed: false, focused: false };
      Element.prototype.attachShadow = function open(init) {
        const root = attach.call(this, { ...init, mode: 'open' });
        const holder = this;
        const style = holder.style;
        window.__warm.hidden.push(holder.inert && holder.getAttribute('aria-hidden') === 'true' && style.visibility === 'hidden'
          && style.position === 'fixed' && style.height === '0px' && style.overflow === 'hidden' && style.pointerEvents === 'none');
        // Once in the page: it takes no room, nothing of it can be seen, and it has the page's stylesheet.
        const placed = new MutationObserver(() => {
          if (!holder.isConnected) return;
          placed.disconnect();
          const box = holder.getBoundingClientRect();
          window.__warm.placed = { height: box.height, visible: holder.checkVisibility({ visibilityProperty: true }),
            sheet: Boolean(root.querySelector('link[rel=stylesheet][integrity]')) };
        });
        placed.observe(document.body, { childList: true, subtree: true });
        new MutationObserver(() => {
          const step = root.querySelector('[data-step]');
          const seen = step && `${step.dataset.step}${step.dataset.question ? ` ${step.dataset.question}` : ''}${step.querySelector('input[inputmode=numeric], input[type=number], input[type=text]') ? ' (boxes)' : ''}`;
          const list = window.__warm.steps;
          if (seen && list[list.length - 1] !== seen) list.push(seen);
          // The walk's widget moves its focus to each step's heading, as the person's does: it
          // must never take the page's focus.
          if (document.activeElement === holder) window.__warm.focused = true;
        }).observe(root, { subtree: true, childList: true, attributes: true });
        new MutationObserver(() => {
          if (!holder.isConnected) window.__warm.removed = true;
        }).observe(document.body, { childList: true, subtree: true });
        return root;
      };
    });
    await page.reload();
    await waitReady(page, '#screener');
    assert.ok(await poll(async () => page.evaluate(() => window.__warm.removed), 20000), 'the walk ended and its widget went');
    const warm = await page.evaluate(() => window.__warm);
    assert.equal(warm.focused, false, 'the walk\'s widget took the page\'s focus');
    assert.deepEqual(warm.hidden, [true], 'one inert, aria-hidden, invisible holder of no height');
    assert.deepEqual(warm.placed, { height: 0, visible: false, sheet: true },
      'laid out with the page\'s pinned stylesheet, taking no room, seen by no one');
    const mt = catalogProgram(catalog, 'mt-mfp-peer-support').questions.map((q) => `question ${q.id}`);
    const start = warm.steps.indexOf('state');
    assert.ok(start >= 0, `the walk chose a state: ${warm.steps.join(', ')}`);
    const montana = warm.steps.slice(start, warm.steps.indexOf('start', start));
    assert.deepEqual(montana, ['state', 'who', ...mt, 'check', 'result'], 'Montana: every question, the check, the result');
    const missouri = warm.steps.slice(warm.steps.lastIndexOf('state'));
    assert.ok(missouri.some((s) => s.startsWith('question ') && s.endsWith('(boxes)')), `Missouri: a question with boxes: ${missouri.join(', ')}`);
    assert.equal(await page.locator('[data-step]').first().evaluate((el) => el.dataset.step), 'start', 'the person\'s widget is where it was');
    assertClean(watch);
  } finally {
    await context.close();
  }
});

// The catalog is read once so that a question of the scenarios that the catalog lacks fails here.
test('every question the scenarios answer is a question of its program', () => {
  for (const { id } of ADMISSIONS) {
    const ids = catalogProgram(catalog, id).questions.map((q) => q.id);
    for (const [q] of ELIGIBLE[id].answers) assert.ok(ids.includes(q), `${id}: ${q}`);
  }
  assert.ok(AS_OF);
});
