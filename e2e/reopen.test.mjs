// H. Picking up where someone left off (issue 18), in English and in Spanish:
// - a case note's last line, pasted into "Open a saved screening", gives the same answers and
//   outcome as the screening that wrote it, for every public case that has answers (the case's
//   request opens first; its note's last line then opens after Start over);
// - hostile pastes (another application's JSON, a request for a program there is not, 100 KB of
//   text, a line with a question the program does not ask) each show their message in
//   [data-saved-error] and change nothing;
// - an admission result starts its continued-stay review with the shared answers filled;
// - a family's hand-off code (the guided path's result), pasted into the staff form, gives the
//   same answers and outcome in staff wording; the code is nowhere in the URL, the history, the
//   storage or the DOM after Start again;
// - the Scan button is there only where the browser has BarcodeDetector (stubbed here, with a
//   camera made of a canvas), and a scanned code opens as a typed one;
// - axe-core finds no WCAG 2.1 AA violation with the paste field open and with the code shown.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  CASES_DIR, PROGRAMS, assertAxeLogEmpty, assertClean, assertNoStorage, axeCheck, catalogProgram, control, launch, nativeBatch,
  nativePrograms, newContext, openPage, poll,
} from './lib.mjs';
import { ELIGIBLE } from './scenarios.mjs';

const STAFF = 'index.html?audience=staff&layout=form';
const FAMILY = 'index.html';
const LANGS = ['en', 'es'];
/** What each message says, in each language (from src/words/*.rs). */
const SAYS = {
  en: { notARequest: 'holds no saved screening', tooLong: 'too long', cannotOpen: 'cannot be opened', handoff: 'Give these answers to an intake worker' },
  es: { notARequest: 'no contiene una evaluación guardada', tooLong: 'demasiado largo', cannotOpen: 'no se puede abrir', handoff: 'Dar estas respuestas a un trabajador de admisión' },
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

/** The public cases with answers that are valid requests (`peer-screen batch` screens them). */
async function publicCases() {
  const lines = readFileSync(path.join(CASES_DIR, 'public.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  const cases = lines.map((l) => JSON.parse(l)).filter((c) => c.request && c.request.answers && Object.keys(c.request.answers).length > 0);
  const responses = await nativeBatch(cases.map((c) => JSON.stringify(c.request)));
  const valid = cases.filter((_, i) => !responses[i].error);
  assert.ok(valid.length >= 15, `only ${valid.length} public cases with answers`);
  return valid;
}

async function page(file, options = {}) {
  const context = await newContext(browser, options);
  if (options.init) await context.addInitScript(options.init);
  const watch = await openPage(context, file);
  return { context, watch, page: watch.page };
}

/** Opens the paste field (if closed), pastes `text`, keeps the saved date or not, applies. */
async function paste(p, text, { keepDate = true } = {}) {
  if ((await p.locator('textarea[name=saved]').count()) === 0) await p.locator('[data-action=open-saved]').click();
  const field = p.locator('textarea[name=saved]');
  await field.fill(text);
  await control(p, 'keep_date').setChecked(keepDate);
  await p.locator('[data-action=open-saved-apply]').click();
}

/** Waits for a paste to be opened (the field closes, the notice says so). */
async function opened(p) {
  await p.locator('[data-role=opened]').waitFor({ state: 'attached', timeout: 5000 });
  assert.equal(await p.locator('textarea[name=saved]').count(), 0, 'the field closes once opened');
}

/** What the form shows: program, language, screening date, every answer control, the result. */
async function snapshot(p) {
  return p.locator('.pss').first().evaluate((root) => {
    const answers = {};
    for (const el of root.querySelectorAll('form.pss-form [name]')) {
      const name = el.name;
      if (['lang', 'audience', 'state', 'saved', 'keep_date'].includes(name)) continue;
      if (el.type === 'radio') {
        if (el.checked) answers[name] = el.value;
      } else if (el.type === 'checkbox') {
        answers[name] = answers[name] || [];
        if (el.checked) answers[name].push(el.value);
      } else answers[name] = el.value;
    }
    const none = [...root.querySelectorAll('[aria-pressed=true][data-question]')].map((b) => b.dataset.question);
    const result = root.querySelector('[data-outcome]');
    return {
      lang: root.getAttribute('lang'),
      answers,
      none,
      outcome: result && result.dataset.outcome,
      eligibleFrom: result && result.dataset.eligibleFrom,
      rescreenOn: result && result.dataset.rescreenOn,
      criteria: Object.fromEntries([...root.querySelectorAll('[data-criterion]')].map((e) => [e.dataset.criterion, e.dataset.status])),
    };
  });
}

/** The case note's last line, as printed. */
async function noteLastLine(p) {
  const note = await p.locator('pre.pss-print').textContent();
  return note.trim().split('\n').pop();
}

describe('a case note\'s last line opens the screening that wrote it', () => {
  for (const lang of LANGS) {
    test(`every public case with answers (${lang})`, async () => {
      const cases = await publicCases();
      const { context, watch, page: p } = await page(STAFF);
      try {
        for (const c of cases) {
          const request = { ...c.request, lang };
          await paste(p, JSON.stringify(request));
          await opened(p);
          const first = await snapshot(p);
          assert.equal(first.lang, lang, `${c.name}: the request's language`);
          assert.equal(first.answers.program, request.program, c.name);
          if (request.as_of) {
            assert.equal(first.answers.as_of, request.as_of, `${c.name}: the saved date, kept`);
            assert.equal(first.outcome, c.expect.outcome, `${c.name}: the case's outcome`);
          }
          const line = await noteLastLine(p);
          assert.match(line, /^\{"program":/, `${c.name}: the note ends with the request`);
          await p.locator('[data-action=start-over]').click();
          await paste(p, line);
          await opened(p);
          const again = await snapshot(p);
          assert.deepEqual(again, first, `${c.name}: the last line gives the same answers and outcome`);
        }
        assertClean(watch, STAFF);
        await assertNoStorage(p, STAFF);
      } finally {
        await context.close();
      }
    });
  }
});

describe('hostile pastes say what is wrong and change nothing', () => {
  for (const lang of LANGS) {
    test(lang, async () => {
      const { context, watch, page: p } = await page(`${STAFF}&lang=${lang}`);
      try {
        const start = { ...requestOf(ELIGIBLE['nc-pss']), lang };
        await paste(p, JSON.stringify(start));
        await opened(p);
        const before = await snapshot(p);
        const hostile = [
          ['another application\'s JSON', JSON.stringify({ items: [{ sku: 'A-1', qty: 2 }], total: 12.5 }), SAYS[lang].notARequest],
          ['a program there is not', JSON.stringify({ program: 'tx-pss', lang, answers: { dsm5_diagnosis: true } }), 'tx-pss'],
          ['100 KB of text', 'x'.repeat(100 * 1024), SAYS[lang].tooLong],
          ['a question the program does not ask', JSON.stringify({ program: 'nc-pss', lang, answers: { dsm5_diagnosis: true, birth_date: '2000-01-01' } }), 'birth_date'],
          ['Missouri\'s JSON with North Carolina\'s answers', JSON.stringify({ program: 'mo-peer-support', lang, answers: { dsm5_diagnosis: true } }), 'dsm5_diagnosis'],
        ];
        const log = [];
        for (const [what, text, says] of hostile) {
          await paste(p, text);
          const error = p.locator('[data-saved-error]');
          await poll(async () => ((await error.textContent()) || '').trim() !== '', 3000);
          const message = (await error.textContent()).trim();
          assert.ok(message.includes(says), `${what}: "${message}" does not say "${says}"`);
          assert.equal(await p.locator('textarea[name=saved]').getAttribute('aria-invalid'), 'true', `${what}: the field is marked`);
          assert.deepEqual(await snapshot(p), before, `${what}: the form changed`);
          if (log.length === 0) await axeCheck(p, `paste field with an error (${lang})`, log);
        }
        // Closing the field takes its text away; the form still holds the answers.
        await p.locator('[data-action=open-saved-close]').click();
        assert.equal(await p.locator('textarea[name=saved]').count(), 0);
        assert.deepEqual(await snapshot(p), before);
        assertAxeLogEmpty(log);
        assertClean(watch, STAFF);
      } finally {
        await context.close();
      }
    });
  }
});

/** The request of a scenario's answers (yes/no as booleans, "not sure" left out). */
function requestOf({ answers }, program = 'nc-pss') {
  const out = {};
  for (const [id, value] of answers) {
    if (value === 'unknown') continue;
    out[id] = value === 'yes' ? true : value === 'no' ? false : value;
  }
  return { program, answers: out };
}

describe('an admission result starts its continued-stay review', () => {
  const reviews = PROGRAMS.filter((p) => p.reviewOf);
  for (const lang of LANGS) {
    for (const review of reviews) {
      test(`${review.reviewOf} → ${review.id} (${lang})`, async () => {
        const { context, watch, page: p } = await page(STAFF);
        try {
          const admission = review.reviewOf;
          await paste(p, JSON.stringify({ ...requestOf(ELIGIBLE[admission], admission), lang }));
          await opened(p);
          const before = await snapshot(p);
          const shared = catalogProgram(catalog, admission).questions.map((q) => q.id)
            .filter((id) => catalogProgram(catalog, review.id).questions.some((q) => q.id === id));
          assert.ok(shared.length > 0, 'the two share questions');
          await p.locator('[data-action=start-review]').click();
          await poll(async () => (await control(p, 'program').inputValue()) === review.id, 3000);
          const after = await snapshot(p);
          assert.equal(after.answers.program, review.id);
          for (const id of shared) assert.deepEqual(after.answers[id], before.answers[id], `${id} carried over`);
          const rest = catalogProgram(catalog, review.id).questions.filter((q) => !shared.includes(q.id) && q.parent === null && q.type === 'yes_no');
          assert.ok(rest.length > 0);
          for (const q of rest) assert.equal(after.answers[q.id], undefined, `${q.id} is asked, not filled`);
          assert.equal(await p.locator('[data-action=start-review]').count(), 0, 'a review has no review');
          assertClean(watch, STAFF);
        } finally {
          await context.close();
        }
      });
    }
  }
  test('a program without a review offers none', async () => {
    const { context, page: p } = await page(STAFF);
    try {
      await paste(p, JSON.stringify(requestOf(ELIGIBLE['mo-peer-support'], 'mo-peer-support')));
      await opened(p);
      assert.equal(await p.locator('[data-action=start-review]').count(), 0);
    } finally {
      await context.close();
    }
  });
});

/** The step shown on the guided path. */
function step(p) {
  return p.locator('[data-step]').first().evaluate((el) => ({ step: el.dataset.step, question: el.dataset.question || null }));
}

/** A family's whole guided path, Montana's eligible scenario, in `lang`; ends on the result. */
async function familyResult(p, lang, program = 'mt-mfp-peer-support') {
  if (lang !== 'en') await control(p, 'lang', undefined, `[value=${lang}]`).check();
  const answers = Object.fromEntries(ELIGIBLE[program].answers);
  const state = PROGRAMS.find((x) => x.id === program).state;
  for (let i = 0; i < 40; i++) {
    const shown = await step(p);
    const before = JSON.stringify(shown);
    if (shown.step === 'result') return;
    if (shown.step === 'start') await p.locator('[data-action=start]').click();
    else if (shown.step === 'state') {
      await control(p, 'state', undefined, `[value=${state}]`).check();
      await p.locator('[data-action=continue]').click();
    } else if (shown.step === 'who') {
      await control(p, 'who', undefined, '[value=self]').check();
      await p.locator('[data-action=continue]').click();
    } else if (shown.step === 'question') {
      const value = answers[shown.question] ?? 'unknown';
      await control(p, shown.question, undefined, `[value=${value}]`).check();
      await p.locator('[data-action=continue]').click();
    } else if (shown.step === 'check') await p.locator('[data-action=see-result]').click();
    await poll(async () => JSON.stringify(await step(p)) !== before, 3000);
  }
  assert.fail('the guided path did not reach the result');
}

/** Everything the page holds that could keep a code: the DOM (shadow roots too), the URL, the
 * history's current state, the storage. */
function traces(p) {
  return p.evaluate(() => {
    const html = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        html.push(el.outerHTML.length > 0 ? [...el.attributes].map((a) => a.value).join(' ') : '');
        if (el.shadowRoot) {
          html.push(el.shadowRoot.innerHTML);
          walk(el.shadowRoot);
        }
      }
    };
    html.push(document.documentElement.outerHTML);
    walk(document);
    return {
      dom: html.join('\n'),
      url: location.href,
      state: JSON.stringify(history.state),
      storage: JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    };
  });
}

function assertNowhere(found, code, when) {
  const forms = [code, code.replace(/-/g, '')];
  for (const [where, text] of Object.entries(found)) {
    for (const form of forms) assert.ok(!text.includes(form), `${when}: the code is in the ${where}`);
  }
}

describe('a family hands its answers to an intake worker', () => {
  for (const lang of LANGS) {
    test(lang, async () => {
      const family = await page(FAMILY);
      const staff = await page(STAFF);
      try {
        const f = family.page;
        await familyResult(f, lang);
        const result = await f.locator('[data-outcome]').first().getAttribute('data-outcome');
        assert.equal(await f.locator('[data-handoff-code]').count(), 0, 'not shown before it is asked for');
        const button = f.locator('[data-action=handoff]');
        assert.equal((await button.textContent()).trim(), SAYS[lang].handoff);
        await button.click();
        assert.equal(await button.getAttribute('aria-expanded'), 'true');
        assert.equal(await f.locator('[data-role=handoff-warning]').count(), 1, 'the warning comes with the code');
        const code = (await f.locator('[data-handoff-code]').textContent()).trim();
        assert.match(code, /^[0-9A-HJKMNP-TV-Z]{1,4}(-[0-9A-HJKMNP-TV-Z]{1,4})+$/, `a grouped code: ${code}`);
        const svg = f.locator('[data-handoff-qr] svg');
        assert.equal(await svg.count(), 1, 'an svg QR code');
        assert.ok((await svg.locator('path').getAttribute('d')).length > 100, 'the QR code has its modules');
        const shown = await traces(f);
        for (const where of ['url', 'state', 'storage']) assert.ok(!shown[where].includes(code), `the code is in the ${where} while shown`);
        const log = [];
        await axeCheck(f, `the hand-off code shown (${lang})`, log);
        assertAxeLogEmpty(log);

        // The worker types it into the staff form: the family's answers, in staff wording.
        const s = staff.page;
        await paste(s, code.toLowerCase().replace(/-/g, ' '), { keepDate: false });
        await opened(s);
        const opened_ = await snapshot(s);
        assert.equal(opened_.lang, lang, 'the family\'s language');
        assert.equal(await control(s, 'audience', undefined, ':checked').getAttribute('value'), 'staff');
        assert.equal(opened_.outcome, result, 'the same outcome');
        for (const [id, value] of ELIGIBLE['mt-mfp-peer-support'].answers) assert.deepEqual(opened_.answers[id], value, `${id}`);

        // Start again: the code is gone from the page and everything it keeps.
        await f.locator('[data-action=start-again]').click();
        await poll(async () => (await step(f)).step === 'start', 3000);
        assertNowhere(await traces(f), code, 'after Start again');
        await assertNoStorage(f, FAMILY);
        // Every entry of the history the page wrote, walked back.
        for (let i = 0; i < 12; i++) {
          const went = await f.goBack().catch(() => null);
          if (!went || !f.url().startsWith(new URL(FAMILY, f.url()).origin)) break;
          assertNowhere(await traces(f), code, `going back ${i + 1} entries`);
        }
        assertClean(family.watch, FAMILY);
        assertClean(staff.watch, STAFF);
      } finally {
        await family.context.close();
        await staff.context.close();
      }
    });
  }

  test('a mistyped code is caught, and the code goes with idle time and leaving the page', async () => {
    const family = await page(FAMILY);
    const staff = await page(STAFF);
    try {
      const f = family.page;
      await familyResult(f, 'en');
      await f.locator('[data-action=handoff]').click();
      const code = (await f.locator('[data-handoff-code]').textContent()).trim();
      const bare = code.replace(/-/g, '');
      const swapped = bare[0] === bare[1] ? `${bare.slice(0, 2)}${bare[3]}${bare[2]}${bare.slice(4)}` : `${bare[1]}${bare[0]}${bare.slice(2)}`;
      await paste(staff.page, swapped);
      const error = staff.page.locator('[data-saved-error]');
      await poll(async () => ((await error.textContent()) || '').includes('does not check out'), 3000);
      assert.match(await error.textContent(), /does not check out/);
      // Leaving the page (pagehide) hides it.
      await f.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
      await poll(async () => (await f.locator('[data-handoff-code]').count()) === 0, 3000);
      assertNowhere(await traces(f), code, 'after pagehide');
    } finally {
      await family.context.close();
      await staff.context.close();
    }
  });
});

describe('Scan, where the browser can read a QR code', () => {
  test('no BarcodeDetector: no Scan button', async () => {
    const { context, page: p } = await page(STAFF);
    try {
      assert.equal(await p.evaluate(() => typeof window.BarcodeDetector), 'undefined');
      await p.locator('[data-action=open-saved]').click();
      await p.locator('textarea[name=saved]').waitFor();
      assert.equal(await p.locator('[data-action=scan]').count(), 0);
    } finally {
      await context.close();
    }
  });

  test('BarcodeDetector (stubbed) and a camera: Scan reads the code and opens it', async () => {
    const family = await page(FAMILY);
    // The page's own camera and detector, stubbed: a canvas for the camera, a detector that
    // "sees" the code the test sets.
    const init = () => {
      window.BarcodeDetector = class {
        constructor(options) {
          this.formats = options && options.formats;
        }
        async detect() {
          return window.__scanned ? [{ rawValue: window.__scanned, format: 'qr_code' }] : [];
        }
      };
      navigator.mediaDevices.getUserMedia = async () => {
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = 32;
        canvas.getContext('2d').fillRect(0, 0, 32, 32);
        return canvas.captureStream(1);
      };
    };
    const staff = await page(STAFF, { init });
    try {
      await familyResult(family.page, 'en');
      await family.page.locator('[data-action=handoff]').click();
      const code = (await family.page.locator('[data-handoff-code]').textContent()).trim();
      const s = staff.page;
      await s.locator('[data-action=open-saved]').click();
      const scan = s.locator('[data-action=scan]');
      await scan.waitFor();
      await scan.click();
      await s.locator('video.pss-scan').waitFor({ state: 'attached' });
      await s.evaluate((c) => { window.__scanned = c; }, code);
      await opened(s);
      assert.equal((await snapshot(s)).answers.program, 'mt-mfp-peer-support');
      assert.equal(await s.locator('video').count(), 0, 'the camera is gone');
      assertClean(staff.watch, STAFF);
    } finally {
      await family.context.close();
      await staff.context.close();
    }
  });
});
