// B. The JavaScript API of peer-support-screener.js: parity with the native core over every case,
// the catalog, and malformed requests that throw coded Errors without breaking the module.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertClean, launch, loadCases, nativeBatch, nativePrograms, newContext, openPage, url } from './lib.mjs';

const MODULE = url('peer-support-screener.js');
let browser;
let context;
let watch;

before(async () => {
  browser = await launch();
  context = await newContext(browser);
  // embed.html is a page of the origin, under its CSP, that loads the module.
  watch = await openPage(context, 'embed.html');
});
after(async () => {
  await browser?.close();
});

/** What screen() gives in the browser for each request: {json} (JSON text of the result) or {error}. */
function browserScreen(requests) {
  return watch.page.evaluate(
    async ({ moduleUrl, requests }) => {
      const m = await import(moduleUrl);
      await m.ready;
      return requests.map((request) => {
        try {
          return { json: JSON.stringify(m.screen(request)) };
        } catch (e) {
          return {
            error: {
              isError: e instanceof Error,
              code: e && e.code,
              question: e && e.question,
              message: e && e.message,
            },
          };
        }
      });
    },
    { moduleUrl: MODULE, requests },
  );
}

/** Compares the browser's results with the native ones; returns the mismatches. */
function compare(cases, native, inBrowser) {
  const mismatches = [];
  cases.forEach((c, i) => {
    const where = `${c.file}:${c.line} "${c.name}"`;
    const n = native[i];
    const b = inBrowser[i];
    try {
      if (n.error) {
        assert.ok(b.error, `native gives error ${n.error.code}, the browser gives ${b.json}`);
        assert.equal(b.error.isError, true, 'the browser threw something that is not an Error');
        assert.deepEqual(
          { code: b.error.code, question: b.error.question ?? null },
          { code: n.error.code, question: n.error.question ?? null },
        );
      } else {
        assert.ok(b.json, `native gives a screening, the browser throws ${JSON.stringify(b.error)}`);
        assert.deepStrictEqual(JSON.parse(b.json), n);
      }
    } catch (error) {
      mismatches.push(`${where}: ${error.message}`);
    }
  });
  return mismatches;
}

test('parity: every case of tests/cases/*.jsonl gives the same JSON in the browser as `peer-screen batch`', async () => {
  const cases = loadCases();
  assert.ok(cases.length > 0, 'no cases found');
  const native = await nativeBatch(cases.map((c) => JSON.stringify(c.request)));
  const inBrowser = await browserScreen(cases.map((c) => c.request));
  const mismatches = compare(cases, native, inBrowser);
  assert.equal(mismatches.length, 0, `${mismatches.length} of ${cases.length} cases differ:\n${mismatches.slice(0, 15).join('\n\n')}`);
  assertClean(watch, 'the parity run');
});

test('parity in Spanish: every case with "lang": "es" gives the same JSON in the browser as natively', async () => {
  const cases = loadCases()
    .filter((c) => c.request && typeof c.request === 'object' && !Array.isArray(c.request) && !('lang' in c.request))
    .map((c) => ({ ...c, name: `${c.name} (es)`, request: { ...c.request, lang: 'es' } }));
  assert.ok(cases.length > 0, 'no cases to put in Spanish');
  const native = await nativeBatch(cases.map((c) => JSON.stringify(c.request)));
  const inBrowser = await browserScreen(cases.map((c) => c.request));
  const mismatches = compare(cases, native, inBrowser);
  assert.equal(mismatches.length, 0, `${mismatches.length} of ${cases.length} cases differ:\n${mismatches.slice(0, 15).join('\n\n')}`);
  assertClean(watch, 'the Spanish parity run');
});

test('programs() deep-equals `peer-screen programs`', async () => {
  const inBrowser = await watch.page.evaluate(async (moduleUrl) => {
    const m = await import(moduleUrl);
    await m.ready;
    return JSON.stringify(m.programs());
  }, MODULE);
  assert.deepStrictEqual(JSON.parse(inBrowser), nativePrograms());
});

test('malformed requests throw Errors with the right code, and the module keeps working', async () => {
  const outcomes = await watch.page.evaluate(async (moduleUrl) => {
    const m = await import(moduleUrl);
    await m.ready;
    const cyclic = { program: 'nc-pss', answers: {} };
    cyclic.answers.dsm5_diagnosis = cyclic;
    let deep = true;
    for (let i = 0; i < 1000; i++) deep = { a: deep };
    const bad = {
      'null': null,
      'undefined': undefined,
      '42': 42,
      'true': true,
      '"x"': 'x',
      '[]': [],
      '{}': {},
      '{program: 5}': { program: 5 },
      'cyclic object': cyclic,
      'function as program': { program: () => 'nc-pss' },
      'function as answer': { program: 'nc-pss', answers: { dsm5_diagnosis: () => true } },
      'object nested 1000 levels': { program: 'nc-pss', answers: { dsm5_diagnosis: deep } },
      'array nested 1000 levels': { program: 'nc-pss', answers: { need_areas: JSON.parse('['.repeat(1000) + ']'.repeat(1000)) } },
      'unknown field': { program: 'nc-pss', colour: 'blue' },
      'as_of null': { program: 'nc-pss', as_of: null },
      'as_of not a date': { program: 'nc-pss', as_of: '2026-02-30' },
      'lang not offered': { program: 'nc-pss', lang: 'fr' },
      'answers not an object': { program: 'nc-pss', answers: [true] },
      'unknown program': { program: 'nc-psss' },
      'before mo-peer-support is in force': { program: 'mo-peer-support', as_of: '2014-09-30' },
      'unknown question': { program: 'nc-pss', as_of: '2026-11-22', answers: { dsm5_diagnoses: true } },
      'wrong type': { program: 'nc-pss', as_of: '2026-11-22', answers: { dsm5_diagnosis: 'yes' } },
      'impossible date': { program: 'nc-pss', as_of: '2026-11-22', answers: { actt: true, actt_auth_end: '2026-02-30' } },
      'option not offered': { program: 'nc-pss', as_of: '2026-11-22', answers: { need_areas: ['sleep'] } },
      'negative count': { program: 'mo-peer-support', as_of: '2026-11-22', answers: { planned_units_day: -1 } },
      'fractional count': { program: 'mo-peer-support', as_of: '2026-11-22', answers: { planned_units_day: 2.5 } },
      'NaN count': { program: 'mo-peer-support', as_of: '2026-11-22', answers: { planned_units_day: NaN } },
      'birth date after as_of': { program: 'mo-peer-support', as_of: '2026-11-22', answers: { birth_date: '2026-11-23' } },
    };
    const good = { program: 'nc-pss', as_of: '2026-11-22', answers: { dsm5_diagnosis: true } };
    const out = {};
    for (const [name, request] of Object.entries(bad)) {
      try {
        const result = m.screen(request);
        out[name] = { returned: JSON.stringify(result) };
      } catch (e) {
        out[name] = {
          isError: e instanceof Error,
          code: e && e.code,
          question: e && e.question === undefined ? null : e && e.question,
          hasMessage: !!(e && typeof e.message === 'string' && e.message.length > 0),
        };
      }
      // The module keeps working after each bad call.
      try {
        out[name].after = m.screen(good).outcome;
      } catch (e) {
        out[name].after = `threw ${e && e.code} ${e && e.message}`;
      }
    }
    return out;
  }, MODULE);

  const invalidRequest = { code: 'invalid_request', question: null };
  const expected = {
    'null': invalidRequest,
    'undefined': invalidRequest,
    '42': invalidRequest,
    'true': invalidRequest,
    '"x"': invalidRequest,
    '[]': invalidRequest,
    '{}': invalidRequest,
    '{program: 5}': invalidRequest,
    'cyclic object': invalidRequest,
    'function as program': invalidRequest,
    'function as answer': invalidRequest,
    'object nested 1000 levels': invalidRequest,
    'array nested 1000 levels': invalidRequest,
    'unknown field': invalidRequest,
    'as_of null': invalidRequest,
    'as_of not a date': invalidRequest,
    'lang not offered': invalidRequest,
    'answers not an object': invalidRequest,
    'unknown program': { code: 'unknown_program', question: null },
    'before mo-peer-support is in force': { code: 'not_in_force', question: null },
    'unknown question': { code: 'unknown_question', question: 'dsm5_diagnoses' },
    'wrong type': { code: 'invalid_answer', question: 'dsm5_diagnosis' },
    'impossible date': { code: 'invalid_answer', question: 'actt_auth_end' },
    'option not offered': { code: 'invalid_answer', question: 'need_areas' },
    'negative count': { code: 'invalid_answer', question: 'planned_units_day' },
    'fractional count': { code: 'invalid_answer', question: 'planned_units_day' },
    'NaN count': { code: 'invalid_answer', question: 'planned_units_day' },
    'birth date after as_of': { code: 'invalid_answer', question: 'birth_date' },
  };
  const wrong = [];
  for (const [name, want] of Object.entries(expected)) {
    const got = outcomes[name];
    const accept = [want];
    // A function or NaN is not a JSON value: "not JSON" (invalid_request) and "wrong type or value
    // of an answer" (invalid_answer) are both right readings of SCREENING.md §8.
    if (name === 'function as answer') accept.push({ code: 'invalid_answer', question: 'dsm5_diagnosis' });
    if (name === 'NaN count') accept.push(invalidRequest);
    if (got.returned) wrong.push(`${name}: returned ${got.returned.slice(0, 120)} instead of throwing ${want.code}`);
    else {
      if (!got.isError) wrong.push(`${name}: threw something that is not an Error`);
      if (!got.hasMessage) wrong.push(`${name}: the Error has no message`);
      if (!accept.some((a) => a.code === got.code && a.question === (got.question ?? null))) {
        wrong.push(`${name}: threw ${got.code}/${got.question}, want ${accept.map((a) => `${a.code}/${a.question}`).join(' or ')}`);
      }
    }
    if (got.after !== 'incomplete') wrong.push(`${name}: a good request afterwards gave ${got.after}`);
  }
  assert.deepEqual(wrong, [], `malformed requests:\n  ${wrong.join('\n  ')}`);
  assertClean(watch, 'the malformed requests');
});

test('screen() before `ready` throws not_ready; after it, screens', async () => {
  // A fresh document of the origin (under its CSP) that has not loaded the module yet: the
  // stylesheet of the demo page, shown as text.
  const fresh = await openPage(context, 'embed-demo.css', { ready: false });
  const result = await fresh.page.evaluate(async (moduleUrl) => {
    const m = await import(moduleUrl);
    let early;
    try {
      m.screen({ program: 'nc-pss' });
      early = 'returned';
    } catch (e) {
      early = { isError: e instanceof Error, code: e.code };
    }
    await m.ready;
    return { early, later: m.screen({ program: 'nc-pss', as_of: '2026-11-22' }).outcome };
  }, MODULE);
  assert.deepEqual(result, { early: { isError: true, code: 'not_ready' }, later: 'incomplete' });
  assertClean(fresh, 'embed-demo.css page');
});
