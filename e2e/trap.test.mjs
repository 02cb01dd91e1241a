// I. If the WebAssembly ever traps (a RuntimeError from a call into it, or reported on the window
// from one of its event handlers), each widget shows a short "please reload" message in its
// language above what it showed, which stays (inert): nothing the person entered is erased. A
// trap of the host page's own WebAssembly is not ours and changes nothing.
//
// A real trap needs a WebAssembly that traps: binaryen (the build's wasm-opt package) rewrites
// the built module so that the first call of `screen` arms it, after which every closure the
// widgets' event listeners run, and `screen` itself, execute `unreachable`. The test serves that
// module with the entry and page re-pinned to it (route interception).

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, test } from 'node:test';
import binaryen from 'binaryen';
import { launch, newContext, openPage, readResult, screenQuickly, url, waitReady } from './lib.mjs';
import { ELIGIBLE } from './scenarios.mjs';

const MODULE = url('peer-support-screener.js');
let browser;
let files;

const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const get = async (file) => Buffer.from(await (await fetch(url(file))).arrayBuffer());

/** The built module, rewritten to trap once armed (see the header). */
function trapping(wasm) {
  const m = binaryen.readBinary(wasm);
  // The features the build enables (xtask/src/site/wasm.rs), no more: newer encodings would not load.
  const F = binaryen.Features;
  m.setFeatures(F.MVP | F.BulkMemory | (F.BulkMemoryOpt || 0) | (F.CallIndirectOverlong || 0) | F.NontrappingFPToInt | F.SignExt | F.MutableGlobals | F.Multivalue | F.ReferenceTypes);
  m.addGlobal('__armed', binaryen.i32, true, m.i32.const(0));
  const wrap = (exportName, body) => {
    const target = binaryen.getExportInfo(m.getExport(exportName)).value;
    const info = binaryen.getFunctionInfo(m.getFunction(target));
    const params = binaryen.expandType(info.params);
    const call = m.call(target, params.map((type, i) => m.local.get(i, type)), info.results);
    m.addFunction(`__trap_${exportName}`, info.params, info.results, [], body(call));
    m.removeExport(exportName);
    m.addFunctionExport(`__trap_${exportName}`, exportName);
  };
  const armed = () => m.global.get('__armed', binaryen.i32);
  // `screen`: the first call arms, a later one traps.
  wrap('screen', (call) => m.block(null, [m.if(armed(), m.unreachable()), m.global.set('__armed', m.i32.const(1)), call], binaryen.getExpressionType(call)));
  const closures = [];
  for (let i = 0; i < m.getNumExports(); i++) {
    const name = binaryen.getExportInfo(m.getExportByIndex(i)).name;
    // The exports through which the browser calls the widget's closures (event handlers):
    // numbered when the module is stripped, named after their Rust symbols when it is not (in
    // either of rustc's manglings: `wasm_bindgen__convert…`, `wasm_bindgen_<crate hash>___convert…`).
    if (name.startsWith('__wasm_bindgen_func_elem_') || /^wasm_bindgen(_[0-9a-f]+_)?__convert__closures/.test(name)) closures.push(name);
  }
  for (const name of closures) wrap(name, (call) => m.block(null, [m.if(armed(), m.unreachable()), call], binaryen.getExpressionType(call)));
  assert.ok(closures.length > 0, 'the module has no closure exports to arm');
  assert.ok(m.validate(), 'the rewritten module does not validate');
  return Buffer.from(m.emitBinary());
}

before(async () => {
  browser = await launch();
  const wasm = trapping(await get('screener_bg.wasm'));
  const entry = (await get('peer-support-screener.js')).toString('utf8');
  const wasmPin = integrity(await get('screener_bg.wasm'));
  assert.ok(entry.includes(wasmPin));
  const newEntry = Buffer.from(entry.replace(wasmPin, integrity(wasm)));
  const page = (await get('embed-demo.html')).toString('utf8').replace(integrity(Buffer.from(entry)), integrity(newEntry));
  files = { 'screener_bg.wasm': [wasm, 'application/wasm'], 'peer-support-screener.js': [newEntry, 'text/javascript'], 'embed-demo.html': [Buffer.from(page), 'text/html'] };
});
after(async () => {
  await browser?.close();
});

/** embed-demo.html with the trapping build; #mo half answered. */
async function demo() {
  const context = await newContext(browser);
  const watch = await openPage(context);
  for (const [name, [body, type]] of Object.entries(files)) {
    await watch.page.route(`**/${name}`, (route) => route.fulfill({ status: 200, body, contentType: type }));
  }
  await watch.page.goto(url('embed-demo.html'));
  await waitReady(watch.page, '#nc').catch((e) => { throw new Error(`${e.message}: ${watch.consoleErrors.join(' | ')} ${watch.pageErrors.join(' | ')}`); });
  await waitReady(watch.page, '#mo');
  await screenQuickly(watch.page, 'mo-peer-support', ELIGIBLE['mo-peer-support'].answers.slice(0, 3), { within: '#mo', pick: false });
  return { context, watch, page: watch.page };
}

function answersOf(page, host) {
  return page.locator(host).evaluate((el) =>
    [...el.shadowRoot.querySelectorAll('input, select')]
      .filter((c) => ((c.type === 'radio' || c.type === 'checkbox') ? c.checked : c.value !== ''))
      .map((c) => `${c.name}=${c.value}`)
      .sort(),
  );
}

function problems(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('peer-support-screener')].map((el) => {
      const p = el.shadowRoot.querySelector('.pss-problem');
      const container = el.shadowRoot.querySelector('.pss-host');
      return { id: el.id, kind: p && p.dataset.problem, role: p && p.getAttribute('role'), lang: p && p.lang, text: p && p.textContent, inert: container.inert };
    }),
  );
}

async function screenFromPage(page, request) {
  return page.evaluate(async ({ moduleUrl, request }) => {
    const m = await import(moduleUrl);
    await m.ready;
    try {
      return { outcome: m.screen(request).outcome };
    } catch (e) {
      return { code: e.code, message: e.message, isRuntimeError: e instanceof WebAssembly.RuntimeError };
    }
  }, { moduleUrl: MODULE, request });
}

const GOOD = { program: 'nc-pss', as_of: '2026-11-22', answers: { dsm5_diagnosis: true } };

test("a trap in a widget's event handler (reported on the window): each widget asks to be reloaded in its language, keeps what it showed, and goes inert; the host's own trap changes nothing", async () => {
  const { context, watch, page } = await demo();
  try {
    const moAnswers = await answersOf(page, '#mo');
    const moResult = await readResult(page, '#mo');

    // The host page's own WebAssembly traps: not ours.
    await page.evaluate(() => {
      const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 8, 1, 4, 98, 111, 111, 109, 0, 0, 10, 5, 1, 3, 0, 0, 11]);
      const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes));
      setTimeout(() => exports.boom());
    });
    await page.waitForTimeout(300);
    assert.equal(watch.pageErrors.filter((e) => /RuntimeError/.test(e)).length, 1, "the host's trap did not happen");
    assert.deepEqual((await problems(page)).map((p) => p.kind), [null, null], "the host's trap stopped the widgets");

    assert.deepEqual(await screenFromPage(page, GOOD), { outcome: 'incomplete' }, 'arming call');
    // The person answers in #nc: its listener's closure traps.
    await page.locator('#nc').locator('input[name=dsm5_diagnosis][value=yes]').check({ force: true }).catch(() => {});
    await page.waitForTimeout(300);
    const shown = await problems(page);
    assert.deepEqual(shown.map((p) => [p.id, p.kind, p.role, p.lang, p.inert]), [['nc', 'trapped', 'alert', 'en', true], ['mo', 'trapped', 'alert', 'es', true]]);
    assert.match(shown[0].text, /reload/i);
    assert.match(shown[1].text, /Vuelva a cargar/);
    // Nothing of #mo was erased.
    assert.deepEqual(await answersOf(page, '#mo'), moAnswers, '#mo lost answers');
    assert.deepEqual(await readResult(page, '#mo'), moResult, "#mo's result changed");
    // The API says so too, with a code.
    assert.deepEqual(await screenFromPage(page, GOOD), { code: 'not_ready', message: 'The screener stopped after an internal error: reload the page.', isRuntimeError: false });
    assert.ok(watch.consoleErrors.some((e) => /^peer-support-screener: the WebAssembly stopped/.test(e)), watch.consoleErrors.join(' | '));
  } finally {
    await context.close();
  }
});

test('a trap in a call of screen(): a coded Error for the caller, and every widget asks to be reloaded', async () => {
  const { context, page } = await demo();
  try {
    const moAnswers = await answersOf(page, '#mo');
    assert.deepEqual(await screenFromPage(page, GOOD), { outcome: 'incomplete' }, 'arming call');
    const trapped = await screenFromPage(page, GOOD);
    assert.equal(trapped.code, 'not_ready');
    assert.equal(trapped.isRuntimeError, false);
    assert.deepEqual((await problems(page)).map((p) => [p.kind, p.inert]), [['trapped', true], ['trapped', true]]);
    assert.deepEqual(await answersOf(page, '#mo'), moAnswers, '#mo lost answers');
    // (Once armed, a listener of the widgets may trap too, on the window: that is the other test.)
  } finally {
    await context.close();
  }
});
