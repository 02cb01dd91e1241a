// After the result (issue 13), in both languages and both layouts, on the standalone page:
// - the agency's contact (contact-* in the page's markup, as the agency publishes it) shows as
//   real links in the result and in the case note, and hostile values (javascript:,
//   <img onerror>) show as nothing or as text;
// - help in a crisis: 988 (call and text) and 911 as tel:/sms: links on every result;
// - Exit this page (the button, and Shift three times) clears the answers and leaves for the exit
//   URL, replacing the page in the history, so that Back does not bring the answers back;
// - every case's re-run line (the case note's last line), through peer-screen, gives the outcome,
//   eligible_from and rescreen_on that the page showed;
// - the accessibility and privacy statements, in English and Spanish, pass axe in light and dark.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import {
  ADMISSIONS, PROGRAMS, assertAxeLogEmpty, assertClean, axeCheck, control, controlKind, launch, loadCases, nativeBatch,
  newContext, openPage, poll, screenQuickly, url, waitReady,
} from './lib.mjs';
import { ELIGIBLE } from './scenarios.mjs';
import { publish } from './publisher.mjs';

const CONTACT = {
  'contact-name': 'Riverside Intake',
  'contact-phone': '(402) 555-0100',
  'contact-email': 'intake@riverside.example.org',
  'contact-url': 'https://riverside.example.org/peer',
  'contact-hours': 'Mon–Fri 8–5',
};
const LABELS = { en: { phone: 'Phone', hours: 'Hours' }, es: { phone: 'Teléfono', hours: 'Horario' } };

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

function query(params) {
  return new URLSearchParams(params).toString();
}

/**
 * The standalone page with `params` in its query and the publisher's `settings` in its markup
 * (e2e/publisher.mjs), ready, and its console warnings collected.
 */
async function standalone(params, settings = {}) {
  const context = await newContext(browser, { serviceWorkers: 'block' });
  const watch = await openPage(context);
  watch.warnings = [];
  watch.page.on('console', (m) => {
    if (m.type() === 'warning') watch.warnings.push(m.text());
  });
  await publish(watch.page, 'index.html', settings);
  await watch.page.goto(url(`index.html?${query(params)}`));
  await waitReady(watch.page);
  return { context, watch, page: watch.page };
}

/** A whole screening on the guided path, the quick way: start, state, who, each question, result. */
async function throughGuided(page, program, answers) {
  const values = new Map(answers);
  const step = () => page.locator('[data-step]').first().evaluate((el) => ({ step: el.dataset.step, question: el.dataset.question || null }));
  const press = async (action) => {
    const before = JSON.stringify(await step());
    await page.locator(`[data-action="${action}"]`).first().click();
    assert.ok(await poll(async () => JSON.stringify(await step()) !== before, 5000), `${action} did not move on from ${before}`);
  };
  const { state } = PROGRAMS.find((p) => p.id === program);
  await press('start');
  for (let guard = 0; guard < 40; guard++) {
    const { step: at, question } = await step();
    if (at === 'state') await page.locator(`input[name=state][value=${state}]`).check();
    else if (at === 'who') await page.locator(`input[name=who][value=${program === 'ne-family-peer-support' ? 'caregiver' : 'self'}]`).check();
    else if (at === 'question') {
      const value = values.get(question);
      const kind = await controlKind(page, question);
      if (kind === null) {
        const [y, m, d] = value.split('-');
        for (const [part, typed] of [['month', String(Number(m))], ['day', String(Number(d))], ['year', y]]) {
          await page.locator(`input[name="${question}-${part}"]`).fill(typed);
        }
      } else if (kind === 'radio') await control(page, question, undefined, `[value="${value}"]`).check();
      else if (kind === 'checkbox') for (const v of value) await control(page, question, undefined, `[value="${v}"]`).check();
      else await control(page, question).fill(String(value));
    } else if (at === 'check') {
      await press('see-result');
      return;
    } else if (at === 'result') return;
    await press('continue');
  }
  assert.fail(`${program}: the guided path did not reach the result`);
}

for (const lang of ['en', 'es']) {
  test(`contact attributes: real links in the result and the case note (form, ${lang})`, async () => {
    const { context, watch, page } = await standalone({ audience: 'staff', layout: 'form', lang }, CONTACT);
    try {
      await screenQuickly(page, 'nc-pss', ELIGIBLE['nc-pss'].answers);
      const block = page.locator('[data-contact]');
      await block.waitFor();
      const links = await block.locator('a').evaluateAll((els) => els.map((a) => [a.getAttribute('href'), a.textContent]));
      assert.deepEqual(links, [
        ['tel:4025550100', '(402) 555-0100'],
        ['mailto:intake@riverside.example.org', 'intake@riverside.example.org'],
        ['https://riverside.example.org/peer', 'https://riverside.example.org/peer'],
      ]);
      const text = await block.innerText();
      for (const shown of ['Riverside Intake', 'Mon–Fri 8–5', LABELS[lang].phone, LABELS[lang].hours]) {
        assert.ok(text.includes(shown), `the contact block does not show ${shown}: ${text}`);
      }
      const note = await page.locator('.pss-print').textContent();
      for (const shown of ['Riverside Intake', `${LABELS[lang].phone}: (402) 555-0100`, 'intake@riverside.example.org', 'https://riverside.example.org/peer']) {
        assert.ok(note.includes(shown), `the case note does not hold ${shown}`);
      }
      assert.ok(note.trimEnd().split('\n').pop().startsWith('{'), 'the case note does not end with the re-run line');
      assertClean(watch, 'contact links');
    } finally {
      await context.close();
    }
  });

  test(`contact attributes and 988 on the guided path's result (${lang})`, async () => {
    const { context, watch, page } = await standalone({ lang }, CONTACT);
    try {
      assert.equal(await page.locator('[data-layout]').first().getAttribute('data-layout'), 'guided');
      await throughGuided(page, 'mt-mfp-peer-support', ELIGIBLE['mt-mfp-peer-support'].answers);
      await page.locator('[data-step=result]').waitFor();
      const result = page.locator('[data-step=result]');
      assert.equal(await result.locator('[data-contact] a[href="tel:4025550100"]').count(), 1);
      assert.equal(await result.locator('[data-contact] a[href="mailto:intake@riverside.example.org"]').count(), 1);
      // Help in a crisis is on the result's screen (the guided path keeps it below every step).
      assert.equal(await page.locator('.pss [data-crisis] a[href="tel:988"]').count(), 1);
      assertClean(watch, 'guided contact');
    } finally {
      await context.close();
    }
  });
}

test('hostile contact values show as nothing or as text, with a warning naming the attribute', async () => {
  const hostile = {
    'contact-name': '<img src=x onerror="alert(1)">',
    'contact-phone': '<img src=x onerror="alert(2)">',
    'contact-email': 'javascript:alert(3)',
    'contact-url': 'javascript:alert(4)',
    'contact-hours': '<b>9–5</b>',
  };
  for (const layout of ['form', 'guided']) {
    const { context, watch, page } = await standalone({ audience: layout === 'form' ? 'staff' : 'family', layout }, hostile);
    try {
      if (layout === 'form') await screenQuickly(page, 'mt-mfp-peer-support', ELIGIBLE['mt-mfp-peer-support'].answers);
      else await throughGuided(page, 'mt-mfp-peer-support', ELIGIBLE['mt-mfp-peer-support'].answers);
      const block = page.locator('[data-contact]').first();
      await block.waitFor();
      assert.equal(await page.locator('.pss img, .pss b').count(), 0, `${layout}: markup from an attribute became elements`);
      const hrefs = await page.locator('.pss a').evaluateAll((els) => els.map((a) => a.getAttribute('href')));
      assert.ok(hrefs.every((h) => !/^\s*javascript:/i.test(h || '')), `${layout}: a javascript: link: ${hrefs}`);
      const text = await block.innerText();
      assert.ok(text.includes('<img src=x onerror="alert(1)">'), `${layout}: the name is not shown as text: ${text}`);
      assert.ok(text.includes('<b>9–5</b>'), `${layout}: the hours are not shown as text`);
      assert.ok(!text.includes('alert(2)') && !text.includes('alert(3)') && !text.includes('alert(4)'), `${layout}: a refused value shows`);
      for (const name of ['contactPhone', 'contactEmail', 'contactUrl']) {
        assert.ok(watch.warnings.some((w) => w.includes(`\`${name}\``)), `${layout}: no warning names ${name}: ${watch.warnings}`);
      }
      assert.deepEqual(watch.dialogs, [], 'a script ran');
      assertClean(watch, `hostile contact (${layout})`);
    } finally {
      await context.close();
    }
  }
});

test('988 and 911 are tel: links on every result, both layouts, both languages', async () => {
  for (const lang of ['en', 'es']) {
    for (const { id } of ADMISSIONS) {
      for (const layout of ['form', 'guided']) {
        const { context, page } = await standalone({ audience: layout === 'form' ? 'staff' : 'family', layout, lang });
        try {
          if (layout === 'form') await screenQuickly(page, id, ELIGIBLE[id].answers);
          else await throughGuided(page, id, ELIGIBLE[id].answers);
          if (layout === 'guided') await page.locator('[data-step=result]').waitFor();
          const crisis = page.locator(layout === 'form' ? '[data-outcome] [data-crisis]' : '.pss [data-crisis]').first();
          await crisis.waitFor({ timeout: 5000 });
          const hrefs = await crisis.locator('a').evaluateAll((els) => els.map((a) => a.getAttribute('href')));
          assert.deepEqual(hrefs, ['tel:988', 'sms:988', 'tel:911'], `${id} ${layout} ${lang}`);
        } finally {
          await context.close();
        }
      }
    }
  }
});

test('Exit this page clears the answers and leaves for the exit URL; Back does not bring them back', async () => {
  const exit = url('privacy.html');
  for (const how of ['button', 'shift']) {
    for (const layout of ['form', 'guided']) {
      const params = { layout };
      const settings = { 'exit-url': exit };
      if (layout === 'form') {
        params.audience = 'staff';
        settings.exit = 'on';
      }
      const { context, watch, page } = await standalone(params, settings);
      try {
        if (layout === 'form') await screenQuickly(page, 'nc-pss', ELIGIBLE['nc-pss'].answers.slice(0, 3));
        else {
          await page.locator('[data-action=start]').click();
          await page.locator('input[name=state][value=NC]').check();
        }
        assert.equal(await page.locator('[data-action=exit]').count(), 1, `${layout}: no Exit this page`);
        if (how === 'button') await page.locator('[data-action=exit]').click();
        else for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
        await page.waitForURL(exit, { timeout: 5000 });
        assert.equal(page.url(), exit);
        // The screener's entry was replaced: Back cannot return to its answers.
        await page.goBack().catch(() => null);
        await page.waitForTimeout(300);
        if (page.url().startsWith(url('index.html'))) {
          await waitReady(page);
          assert.equal(await page.locator('input:checked[name=dsm5_diagnosis], input:checked[name=state]').count(), 0, 'Back brought answers back');
        }
        assert.deepEqual(watch.dialogs, []);
      } finally {
        await context.close();
      }
    }
  }
});

test("every case's re-run line gives, through peer-screen, the outcome and dates the page showed", async () => {
  const candidates = loadCases().filter(({ request }) => {
    if (!request || typeof request !== 'object' || !request.as_of || !PROGRAMS.some((p) => p.id === request.program)) return false;
    const answers = Object.entries(request.answers || {});
    // What a person can give through the form: no `[]` (none apply is a button), known answers.
    return answers.every(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0));
  });
  // Only those that screen (the others are error cases).
  const checked = await nativeBatch(candidates.map(({ request }) => JSON.stringify(request)));
  const cases = candidates.filter((_, i) => !checked[i].error);
  assert.ok(cases.length > 100, `only ${cases.length} cases`);
  const context = await newContext(browser);
  const watch = await openPage(context);
  const { page } = watch;
  const shown = [];
  const lines = [];
  let last = '';
  try {
    for (const { name, request } of cases) {
      const audience = request.audience || 'staff';
      const lang = request.lang || 'en';
      const address = `index.html?${query({ audience: 'staff', layout: 'form', lang })}`;
      if (address !== last) {
        await page.goto(url(address));
        await waitReady(page);
        last = address;
      } else {
        await page.locator('[data-action=start-over]').click();
      }
      // Start over keeps the wording: back to staff's, whose picker offers the reviews too.
      await page.locator('input[name=audience][value=staff]').check();
      // Reviews are offered to staff: choose the program first, then the wording.
      const answers = Object.entries(request.answers || {}).map(([id, v]) => [id, v === true ? 'yes' : v === false ? 'no' : v]);
      try {
        await screenQuickly(page, request.program, [], { asOf: request.as_of });
        if (audience !== 'staff') await page.locator(`input[name=audience][value=${audience}]`).check();
        const program = PROGRAMS.find((p) => p.id === request.program);
        assert.ok(program);
        for (const [id, value] of answers) {
          // A follow-up shows once its parent is answered; the request lists answers in any order.
          if ((await controlKind(page, id)) === null) continue;
          const kind = await controlKind(page, id);
          if (kind === 'radio') await control(page, id, undefined, `[value="${value}"]`).check();
          else if (kind === 'checkbox') for (const box of value) await control(page, id, undefined, `[value="${box}"]`).check();
          else if (kind === 'select') await control(page, id).selectOption(String(value));
          else await control(page, id).fill(String(value));
        }
        for (const [id, value] of answers) {
          const kind = await controlKind(page, id);
          if (kind === 'date' || kind === 'number') await control(page, id).fill(String(value));
        }
      } catch (error) {
        assert.fail(`${name}: could not answer it in the form: ${error.message}`);
      }
      const result = page.locator('[data-outcome]').first();
      await result.waitFor();
      const note = (await page.locator('.pss-print').textContent()).trimEnd();
      lines.push(note.split('\n').pop());
      shown.push({
        name,
        outcome: await result.getAttribute('data-outcome'),
        eligible_from: await result.getAttribute('data-eligible-from'),
        rescreen_on: await result.getAttribute('data-rescreen-on'),
      });
    }
    const responses = await nativeBatch(lines);
    responses.forEach((response, i) => {
      const page = shown[i];
      assert.ok(!response.error, `${page.name}: the re-run line is refused: ${JSON.stringify(response.error)} (${lines[i]})`);
      assert.equal(response.outcome, page.outcome, `${page.name}: outcome`);
      assert.equal(response.eligible_from, page.eligible_from, `${page.name}: eligible_from`);
      assert.equal(response.rescreen_on, page.rescreen_on, `${page.name}: rescreen_on`);
    });
    assertClean(watch, 're-run lines');
  } finally {
    await context.close();
  }
});

test('the accessibility and privacy statements, English and Spanish, pass axe in light and dark', async () => {
  const log = [];
  for (const colorScheme of ['light', 'dark']) {
    const context = await newContext(browser, { colorScheme });
    try {
      for (const file of ['accessibility.html', 'accessibility.es.html', 'privacy.html', 'privacy.es.html']) {
        const watch = await openPage(context, file, { ready: false });
        const lang = await watch.page.evaluate(() => document.documentElement.lang);
        assert.equal(lang, file.includes('.es.') ? 'es' : 'en', `${file}: lang`);
        assert.ok((await watch.page.locator('h1').count()) === 1, `${file}: one h1`);
        await axeCheck(watch.page, `${file} (${colorScheme})`, log);
        assertClean(watch, file);
        await watch.page.close();
      }
    } finally {
      await context.close();
    }
  }
  assertAxeLogEmpty(log);
});
