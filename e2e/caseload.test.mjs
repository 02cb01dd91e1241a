// E. The caseload page (caseload.html): a whole list screened in the browser by its own
// WebAssembly. Downloads byte for byte as `peer-screen csv` writes them; a worker's session by
// keyboard (file input, sort, filter, find, open a row, downloads, worklist); drag and drop and
// pasted text; files that cannot be screened; Cancel; languages and wordings; axe-core; privacy.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import {
  ORIGIN, PEER_SCREEN, assertAxeLogEmpty, assertNoStorage, axeCheck, describeFocus, focusFirstControl, isFaviconError, launch,
  literal, newContext, openPage, poll, tabTo, url,
} from './lib.mjs';
import { caseload } from './caseloads.mjs';

const AS_OF = '2026-11-22';
const PAGE = 'caseload.html';
let browser;
let dir;

before(async () => {
  browser = await launch();
  dir = mkdtempSync(path.join(tmpdir(), 'caseload-e2e-'));
});
after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** `peer-screen csv ARGS` over `input`: its standard output (bytes), error and exit code. */
function nativeCsv(args, input) {
  try {
    const stdout = execFileSync(PEER_SCREEN, ['csv', ...args], { input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });
    return { code: 0, stdout };
  } catch (e) {
    return { code: e.status, stdout: e.stdout, stderr: String(e.stderr) };
  }
}

function file(name, bytes) {
  const where = path.join(dir, name);
  writeFileSync(where, bytes);
  return where;
}

/** A new context (downloads on) and the caseload page in it, watched. */
async function caseloadPage(options = {}) {
  const context = await newContext(browser, { acceptDownloads: true, ...options });
  const watch = await openPage(context, PAGE);
  return { context, watch, page: watch.page };
}

/** Fails unless the page stayed clean and asked for nothing but its own origin's files. */
function assertCleanCaseload(watch, label = 'caseload page') {
  const problems = [];
  for (const e of watch.consoleErrors.filter((e) => !isFaviconError(e))) problems.push(`console error: ${e}`);
  for (const e of watch.pageErrors) problems.push(`uncaught: ${e}`);
  for (const v of watch.cspViolations) problems.push(`CSP violation: ${JSON.stringify(v)}`);
  for (const d of watch.dialogs) problems.push(`dialog: ${d}`);
  // A download is a blob: address of the page's own origin: nothing leaves the device.
  for (const r of watch.requests.filter((u) => !u.startsWith(`${ORIGIN}/`) && !u.startsWith(`blob:${ORIGIN}/`))) problems.push(`request off the origin: ${r}`);
  assert.deepEqual(problems, [], `${label} was not clean:\n  ${problems.join('\n  ')}`);
}

/** Sets the options the quick way. */
async function setOptions(page, { program = '', asOf = AS_OF, lang = 'en', audience = 'staff' } = {}) {
  await page.locator('select[name=lang]').selectOption(lang);
  await page.locator('select[name=audience]').selectOption(audience);
  await page.locator('select[name=program]').selectOption(program);
  await page.locator('input[name=as_of]').fill(asOf);
}

async function screenFile(page, where, options) {
  await page.locator('input[type=file][name=caseload]').setInputFiles(where);
  await setOptions(page, options);
  await page.locator('[data-action=screen]').click();
  await page.locator('[data-done]').waitFor({ state: 'attached', timeout: 60000 });
  return Number(await page.locator('#caseload').getAttribute('data-done'));
}

/** Chooses the file, sets the options and clicks Screen, for a file that shows a problem. */
async function screenFileExpectingProblem(page, where, options) {
  await page.locator('input[type=file][name=caseload]').setInputFiles(where);
  await setOptions(page, options);
  await page.locator('[data-action=screen]').click();
}

/** The bytes of the download that `action` starts. */
async function download(page, action) {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30000 }), action()]);
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}

function cliArgs({ program = '', asOf = AS_OF, lang = 'en', audience = 'staff' } = {}) {
  return [...(program ? ['--program', program] : []), '--as-of', asOf, '--lang', lang, '--audience', audience];
}

test('the widget page loads not a byte of the caseload page, its service worker included, and links to it once', async () => {
  const context = await newContext(browser);
  try {
    // The context sees the service worker's requests too (its precache).
    const everything = [];
    context.on('request', (request) => everything.push(request.url()));
    const watch = await openPage(context, 'index.html');
    await watch.page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await poll(async () => (await watch.page.evaluate(async () => (await caches.keys()).length)) > 0, 10000);
    await watch.page.waitForTimeout(500);
    const caseloadFiles = [...watch.requests, ...everything].filter((u) => /caseload/i.test(u));
    assert.deepEqual(caseloadFiles, [], 'the widget page (or its service worker) asked for caseload files');
    const cached = await watch.page.evaluate(async () => {
      const names = [];
      for (const key of await caches.keys()) for (const request of await (await caches.open(key)).keys()) names.push(request.url);
      return names;
    });
    assert.ok(cached.length > 5, `the service worker precached ${cached.length} files`);
    assert.deepEqual(cached.filter((u) => /caseload/i.test(u)), [], 'the precache holds caseload files');
    const links = await watch.page.locator('a[href="caseload.html"]').count();
    assert.equal(links, 1, 'one link from the standalone page to the caseload page');
  } finally {
    await context.close();
  }
});

test('the caseload page carries the site policy and pins every file it runs; a changed wasm is refused', async () => {
  const get = async (file) => Buffer.from(await (await fetch(url(file))).arrayBuffer());
  const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  const html = (await get(PAGE)).toString('utf8');
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';[^"]*">/);
  const tags = html.match(/<(script|link)\b[^>]*>/g).filter((tag) => tag.startsWith('<script') || / rel="(stylesheet|modulepreload)"/.test(tag));
  assert.equal(tags.length, 3, tags.join('\n'));
  for (const tag of tags) {
    const file = tag.match(/ (?:src|href)="([^"]+)"/)[1];
    assert.equal((tag.match(/ integrity="([^"]+)"/) || [])[1], sri(await get(file)), `${file} is not pinned: ${tag}`);
  }
  const script = (await get('caseload.js')).toString('utf8');
  // The build minifies the script: its quotes are its minifier's.
  assert.match(script, new RegExp(`["']${literal(sri(await get('screener_caseload_bg.wasm')))}["']`), 'caseload.js does not pin the wasm');

  const context = await newContext(browser);
  try {
    // The preload is taken by the pinned fetch: the wasm is fetched once.
    const plain = await openPage(context, PAGE);
    assert.equal(plain.requests.filter((u) => u.endsWith('/screener_caseload_bg.wasm')).length, 1, plain.requests.join('\n'));
    assertCleanCaseload(plain);
    const original = await get('screener_caseload_bg.wasm');
    const changed = Buffer.from(original);
    changed[changed.length - 2] ^= 1;
    const watch = await openPage(context, undefined);
    await watch.page.route('**/screener_caseload_bg.wasm', (route) => route.fulfill({ status: 200, body: changed, headers: { 'content-type': 'application/wasm' } }));
    await watch.page.goto(url(PAGE));
    await poll(async () => (await watch.page.locator('#cl-problem').getAttribute('data-problem')) === 'not_loaded', 10000);
    assert.equal(await watch.page.locator('#cl-problem').getAttribute('data-problem'), 'not_loaded');
    assert.equal(await watch.page.locator('[data-ready]').count(), 0);
  } finally {
    await context.close();
  }
});

test('downloaded results are byte for byte what peer-screen csv writes', async () => {
  const runs = [
    { label: 'BOM, CRLF, every program, bad rows, quoted cells', bytes: caseload({ rows: 400, seed: 11, bom: true, crlf: true }), options: {} },
    { label: 'LF, no BOM, Spanish family wording', bytes: caseload({ rows: 300, seed: 12 }), options: { lang: 'es', audience: 'family', asOf: '2027-02-01' } },
    { label: 'no program column: the run names it', bytes: caseload({ rows: 200, seed: 13, programColumn: false, program: 'mo-peer-support', crlf: true }), options: { program: 'mo-peer-support' } },
    { label: 'a program chosen and a program column', bytes: caseload({ rows: 150, seed: 14, perRow: false }), options: { program: 'ct-waiver-peer-support', lang: 'es' } },
    { label: 'no bad rows', bytes: caseload({ rows: 250, seed: 15, bad: 0, bom: true }), options: { audience: 'family' } },
  ];
  const { context, watch, page } = await caseloadPage();
  try {
    for (const [i, run] of runs.entries()) {
      const where = file(`caseload-${i}.csv`, run.bytes);
      const rows = await screenFile(page, where, run.options);
      const native = nativeCsv(cliArgs(run.options), run.bytes);
      assert.equal(native.code, 0, `${run.label}: peer-screen csv exited ${native.code}: ${native.stderr}`);
      const got = await download(page, () => page.locator('[data-action=download-results]').click());
      assert.match(got.name, /^caseload-\d+-results-\d{4}-\d{2}-\d{2}\.csv$/);
      assert.equal(rows, parseCsv(native.stdout.toString('utf8')).length - 1, `${run.label}: rows screened`);
      if (!got.bytes.equals(native.stdout)) {
        const a = got.bytes.toString('utf8').split('\n');
        const b = native.stdout.toString('utf8').split('\n');
        const at = a.findIndex((line, k) => line !== b[k]);
        assert.fail(`${run.label}: the download differs from peer-screen csv at line ${at + 1}:\n  page:   ${a[at]}\n  native: ${b[at]}`);
      }
    }
    // Pasted text: the same bytes as the same text in a file.
    const text = caseload({ rows: 60, seed: 16 }).toString('utf8');
    await page.locator('input[type=file][name=caseload]').setInputFiles([]);
    await page.locator('textarea[name=caseload_text]').fill(text);
    await setOptions(page, {});
    await page.locator('[data-action=screen]').click();
    await page.locator('[data-done="60"]').waitFor({ state: 'attached', timeout: 30000 });
    const pasted = await download(page, () => page.locator('[data-action=download-results]').click());
    assert.ok(pasted.bytes.equals(nativeCsv(cliArgs(), Buffer.from(text)).stdout), 'pasted text: the download differs from peer-screen csv');
    assertCleanCaseload(watch);
    await assertNoStorage(page);
  } finally {
    await context.close();
  }
});

test('a worker screens a caseload by keyboard: sort, filter, find, open a row, downloads, worklist', async () => {
  const bytes = caseload({ rows: 500, seed: 21, bom: true, crlf: true });
  const where = file('worker.csv', bytes);
  const native = nativeCsv(cliArgs(), bytes).stdout.toString('utf8');
  const { rows: nativeRows, at } = results(native);
  const { context, watch, page } = await caseloadPage();
  try {
    await page.addInitScript(() => {});
    await page.evaluate(() => {
      // The print dialog is the browser's; record the call instead (and print later by hand).
      window.__printed = 0;
      window.print = () => { window.__printed += 1; };
    });
    await page.locator('input[type=file][name=caseload]').setInputFiles(where);
    await focusFirstControl(page);
    await tabTo(page, 'input[name=as_of]');
    await page.keyboard.type('11222026');
    assert.equal(await page.locator('input[name=as_of]').inputValue(), AS_OF);
    await tabTo(page, '[data-action=screen]');
    await page.keyboard.press('Enter');
    await page.locator('[data-done]').waitFor({ state: 'attached', timeout: 30000 });
    assert.equal(Number(await page.locator('#caseload').getAttribute('data-done')), nativeRows.length);
    assert.equal(await page.evaluate(() => document.activeElement.dataset.action), 'screen', 'the focus stays on Screen');

    // Counts by outcome, as the native results count them.
    for (const outcome of ['eligible', 'not_eligible', 'incomplete']) {
      const want = nativeRows.filter((r) => r[at.outcome] === outcome).length;
      assert.equal(Number(await page.locator(`.cl-counts [data-outcome=${outcome}]`).getAttribute('data-count')), want, outcome);
    }
    assert.equal(Number(await page.locator('.cl-counts [data-outcome=error]').getAttribute('data-count')), nativeRows.filter((r) => r[at.error_code]).length);

    // The default order is the tickler list: by rescreen_on, soonest first, empty last.
    const table = page.locator('table[data-results]');
    assert.equal(await table.locator('caption').count(), 1);
    assert.equal(await table.locator('th[aria-sort]').getAttribute('data-column'), 'rescreen_on');
    assert.equal(await table.locator('th[aria-sort]').getAttribute('aria-sort'), 'ascending');
    const soonest = nativeRows.map((r) => r[at.rescreen_on]).filter(Boolean).sort()[0];
    assert.equal(await table.locator('tbody tr').first().locator('td').nth(5).textContent(), soonest);

    // Sort by ref, then back by rescreen_on, by keyboard; the focus stays on the heading.
    await tabTo(page, 'th button[data-sort=ref]');
    await page.keyboard.press('Enter');
    assert.equal(await table.locator('th[data-column=ref]').getAttribute('aria-sort'), 'ascending');
    assert.match(await describeFocus(page), /button/);
    await tabTo(page, 'th button[data-sort=rescreen_on]');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    assert.equal(await table.locator('th[data-column=rescreen_on]').getAttribute('aria-sort'), 'descending');
    const latest = nativeRows.map((r) => r[at.rescreen_on]).filter(Boolean).sort().at(-1);
    assert.equal(await table.locator('tbody tr').first().locator('td').nth(5).textContent(), latest);
    await page.keyboard.press('Enter');
    assert.equal(await table.locator('th[data-column=rescreen_on]').getAttribute('aria-sort'), 'ascending');
    const dates = await table.locator('tbody tr td:nth-child(6)').allTextContents();
    const filled = dates.filter(Boolean);
    assert.deepEqual(filled, [...filled].sort(), 'rescreen_on ascending');
    assert.ok(dates.indexOf('') === -1 || dates.slice(dates.indexOf('')).every((d) => d === ''), 'empty dates last');

    // The next 50 rows, by keyboard; the focus stays on the button.
    const firstPage = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.row));
    assert.equal(firstPage.length, 50);
    await tabTo(page, '[data-action=page-next]');
    await page.keyboard.press('Enter');
    assert.match(await page.locator('#cl-showing').textContent(), /^Rows 51 to 100 of /);
    const secondPage = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.row));
    assert.equal(secondPage.filter((r) => firstPage.includes(r)).length, 0, 'another 50 rows');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.action), 'page-next');

    // Filter by outcome (keyboard in the select), then find by ref.
    await tabTo(page, 'select[name=outcome_filter]');
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowDown');
    assert.equal(await page.locator('select[name=outcome_filter]').inputValue(), 'not_eligible');
    await poll(async () => (await table.locator('tbody tr').first().getAttribute('data-outcome')) === 'not_eligible');
    const shownOutcomes = new Set(await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.outcome)));
    assert.deepEqual([...shownOutcomes], ['not_eligible']);
    assert.match(await page.locator('#cl-showing').textContent(), new RegExp(`of ${nativeRows.filter((r) => r[at.outcome] === 'not_eligible').length.toLocaleString('en-US')}$`));
    const target = nativeRows.find((r) => r[at.outcome] === 'not_eligible' && /^C-\d+$/.test(r[at.ref]));
    await tabTo(page, 'input[name=find]');
    await page.keyboard.type(target[at.ref].toLowerCase());
    await poll(async () => (await table.locator('tbody tr').count()) >= 1 && (await table.locator('tbody tr').first().getAttribute('data-row')) !== null);
    const found = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.row));
    assert.ok(found.includes(target[at.row]), `find ${target[at.ref]}: rows ${found}`);

    // Open the row: its whole screening, every criterion with status, reason and source.
    await tabTo(page, `button[data-open="${target[at.row]}"]`);
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog#cl-detail[open]');
    await dialog.waitFor();
    const criteria = await dialog.locator('[data-criterion]').evaluateAll((items) => items.map((i) => ({ id: i.dataset.criterion, status: i.dataset.status, text: i.textContent })));
    assert.ok(criteria.length >= 4, 'the criteria of the row');
    const failed = criteria.filter((c) => c.status === 'fail' && !/Before services|Planned amount/.test(c.text)).map((c) => c.id);
    const nativeFailed = target[at.failed].split(';');
    for (const id of nativeFailed) assert.ok(failed.includes(id), `${id} fails in the CSV; the dialog shows ${JSON.stringify(criteria.map((c) => [c.id, c.status]))}`);
    for (const reason of target[at.reasons].split(' | ')) assert.ok(criteria.some((c) => c.text.includes(reason)), `the reason "${reason}" is shown`);
    assert.ok(criteria.every((c) => /Source: .+: “.+”/s.test(c.text)), 'every criterion cites its source');
    await page.keyboard.press('Escape');
    await poll(async () => (await page.locator('dialog#cl-detail[open]').count()) === 0);
    assert.match(await describeFocus(page), /button/, 'the focus is back on the row');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.open), target[at.row]);

    // Downloads: the results (the whole caseload, whatever the table shows), and a template.
    await tabTo(page, '[data-action=download-results]', { shift: true });
    const results = await download(page, () => page.keyboard.press('Enter'));
    assert.equal(results.bytes.toString('utf8'), native, 'the results download differs from peer-screen csv');
    await tabTo(page, 'select[name=program]', { shift: true });
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.locator('select[name=program]').inputValue(), 'nc-pss');
    await tabTo(page, '[data-action=download-template]');
    const template = await download(page, () => page.keyboard.press('Enter'));
    assert.equal(template.name, 'template-nc-pss.csv');
    const catalog = JSON.parse(execFileSync(PEER_SCREEN, ['programs'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
    const nc = catalog.programs.find((p) => p.id === 'nc-pss');
    assert.equal(template.bytes.toString('utf8'), `ref,program,${nc.questions.map((q) => q.id).join(',')}\n`);

    // The worklist: everyone to screen again within 45 days of the screening date, soonest first.
    await tabTo(page, 'input[name=days]');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('45');
    await tabTo(page, '[data-action=print-worklist]');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => window.__printed), 1);
    const until = new Date(Date.UTC(2026, 10, 22 + 45)).toISOString().slice(0, 10);
    const due = nativeRows.filter((r) => r[at.rescreen_on] && r[at.rescreen_on] <= until).map((r) => r[at.row]);
    const worklist = page.locator('#cl-worklist');
    assert.equal(await worklist.getAttribute('data-until'), until);
    const listed = await worklist.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.row));
    assert.deepEqual([...listed].sort(), [...due].sort(), 'the rows due by then');
    await page.emulateMedia({ media: 'print' });
    const printedVisible = await page.evaluate(() => ({
      worklist: document.getElementById('cl-worklist').checkVisibility(),
      table: document.querySelector('table[data-results]').checkVisibility(),
      form: document.getElementById('cl-form').checkVisibility(),
    }));
    assert.deepEqual(printedVisible, { worklist: true, table: false, form: false }, 'only the worklist prints');
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    assert.equal(await worklist.isHidden(), true, 'the worklist is for paper only');

    assertCleanCaseload(watch);
    await assertNoStorage(page);
  } finally {
    await context.close();
  }
});

test('a file dropped on the page, and bad rows listed with their row numbers', async () => {
  const bytes = caseload({ rows: 120, seed: 31, bad: 5 });
  const { rows: nativeRows, at } = results(nativeCsv(cliArgs(), bytes).stdout.toString('utf8'));
  const { context, watch, page } = await caseloadPage();
  try {
    await setOptions(page, {});
    await page.locator('#cl-drop').evaluate((zone, text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, bytes.toString('utf8'));
    assert.equal(await page.locator('input[name=caseload]').evaluate((i) => i.files[0] && i.files[0].name), 'dropped.csv');
    await page.locator('[data-action=screen]').click();
    await page.locator('[data-done="120"]').waitFor({ state: 'attached', timeout: 30000 });
    const bad = nativeRows.filter((r) => r[at.error_code]);
    assert.ok(bad.length > 5);
    const listed = await page.locator('#cl-bad li').evaluateAll((items) => items.map((i) => [i.dataset.row, i.textContent]));
    assert.deepEqual(listed.map(([row]) => row), bad.map((r) => r[at.row]));
    for (const [i, [, text]] of listed.entries()) assert.ok(text.includes(`Row ${bad[i][at.row]}`) && text.includes(bad[i][at.error_message]), text);
    // The notes column is not the contract's: named once.
    assert.match(await page.locator('#cl-ignored').textContent(), /: notes\.$/);
    assertCleanCaseload(watch);
  } finally {
    await context.close();
  }
});

test('files that cannot be screened get a clear message, and nothing else happens', async () => {
  const cases = [
    { name: 'book.xlsx', bytes: Buffer.from('PK\x03\x04\x14\x00\x06\x00\x08\x00rest of a zip', 'latin1'), code: 'workbook', says: /Excel workbook \(\.xlsx\).*CSV UTF-8/ },
    { name: 'old.xls', bytes: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), code: 'workbook', says: /Excel workbook \(\.xls\)/ },
    { name: 'unicode.txt', bytes: Buffer.from('\ufeffref,program\n', 'utf16le'), code: 'utf16', says: /UTF-16/ },
    { name: 'picture.png', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), code: 'not_text', says: /not CSV text/ },
    { name: 'empty.csv', bytes: Buffer.alloc(0), code: 'empty', says: /empty/ },
    { name: 'data.csv', bytes: Buffer.from('nc-pss,yes,no\nnc-pss,no,no\n'), code: 'no_header', says: /not a header/ },
    { name: 'twice.csv', bytes: Buffer.from('ref,program,ref\n'), code: 'duplicate_column', says: /ref appears twice/ },
    { name: 'noprogram.csv', bytes: Buffer.from('ref,dsm5_diagnosis\nA,yes\n'), code: 'no_program', says: /no program column/ },
  ];
  const { context, watch, page } = await caseloadPage();
  try {
    const log = [];
    await page.locator('[data-action=screen]').click();
    assert.equal(await page.locator('#cl-problem').getAttribute('data-problem'), 'nothing_chosen');
    for (const c of cases) {
      await page.locator('input[name=caseload]').setInputFiles(file(c.name, c.bytes));
      await page.locator('[data-action=screen]').click();
      await poll(async () => (await page.locator('#cl-problem').getAttribute('data-problem')) === c.code, 5000);
      assert.equal(await page.locator('#cl-problem').getAttribute('data-problem'), c.code, c.name);
      assert.match(await page.locator('#cl-problem').textContent(), c.says, c.name);
      assert.equal(await page.locator('[data-done]').count(), 0);
      assert.equal(await page.locator('#cl-results').isHidden(), true);
      // The command line refuses the same file (exit 2).
      assert.equal(nativeCsv(cliArgs(), c.bytes).code, 2, `peer-screen csv on ${c.name}`);
    }
    // No program column: the program picker takes the focus; choosing one screens the file.
    assert.equal(await page.evaluate(() => document.activeElement.name), 'program');
    await axeCheck(page, 'a problem shown', log);
    await page.locator('select[name=program]').selectOption('nc-pss');
    await page.locator('[data-action=screen]').click();
    await page.locator('[data-done="1"]').waitFor({ state: 'attached' });
    assert.equal(await page.locator('#cl-problem').textContent(), '');
    // A template needs a program.
    await page.locator('select[name=program]').selectOption('');
    await page.locator('[data-action=download-template]').click();
    assert.equal(await page.locator('#cl-problem').getAttribute('data-problem'), 'template_needs_program');
    assertAxeLogEmpty(log);
    assertCleanCaseload(watch);
  } finally {
    await context.close();
  }
});

test('a quote never closed: the page says where, as peer-screen csv does, and offers no results and no download', async () => {
  // Row 40,003 opens a quote on line 40,006 (row 1 spans lines 2 and 3, line 5 is blank) that is
  // never closed: far enough that the run takes many steps, and fills output chunks, before it.
  const head = 'ref,program,mh_sud_disorder,notes\na,ne-peer-support,yes,"two\nlines"\nb,ne-peer-support,no,\n\n';
  const before = Array.from({ length: 40000 }, (_, n) => `before ${n},ne-peer-support,yes,\n`).join('');
  const after = Array.from({ length: 100 }, (_, n) => `after ${n},ne-peer-support,yes,\n`).join('');
  const bytes = Buffer.from(`${head}${before}c,ne-peer-support,yes,"never closed\n${after}`);
  const native = nativeCsv(cliArgs(), bytes);
  assert.equal(native.code, 2, 'peer-screen csv exits 2');
  assert.match(native.stderr, /row 40003 \(line 40006\) and is never closed, so the 101 lines from line 40006/);
  assert.equal(results(native.stdout.toString('utf8')).rows.length, 40002, 'the command line writes the rows before it');
  const { context, watch, page } = await caseloadPage();
  try {
    const log = [];
    const expectProblem = async (label, says) => {
      await poll(async () => (await page.locator('#cl-problem').getAttribute('data-problem')) === 'unclosed_quote', 10000);
      assert.match(await page.locator('#cl-problem').textContent(), says, label);
      assert.equal(await page.locator('[data-done]').count(), 0, `${label}: no run done`);
      assert.equal(await page.locator('#cl-results').isHidden(), true, `${label}: no results`);
      assert.equal(await page.locator('[data-action=download-results]').isVisible(), false, `${label}: no download`);
      assert.equal(await page.locator('#cl-run').isHidden(), true, `${label}: no progress left behind`);
      assert.equal(await page.locator('[data-action=screen]').getAttribute('aria-disabled'), null, `${label}: Screen works again`);
    };
    await screenFileExpectingProblem(page, file('unclosed.csv', bytes), {});
    await expectProblem('English, staff', /^A quoted field opens in row 40003 \(line 40006\) and is never closed.*from line 40006 to the end: 101\./);
    await axeCheck(page, 'a quote never closed', log);
    // In the voice chosen for the run.
    await setOptions(page, { lang: 'es', audience: 'family' });
    await page.locator('[data-action=screen]').click();
    await expectProblem('Spanish, family', /^La fila 40003 \(línea 40006\) abre unas comillas/);
    // A quote never closed in the header row.
    await setOptions(page, {});
    await screenFileExpectingProblem(page, file('header.csv', Buffer.from('ref,"program\na,nc-pss\n')), {});
    await expectProblem('the header row', /^A quoted field opens in the header row \(line 1\)/);
    assert.equal(nativeCsv(cliArgs(), Buffer.from('ref,"program\na,nc-pss\n')).code, 2);
    // The quote closed, the same file screens to the end and downloads what the command line writes.
    const fixed = Buffer.from(`${head}${before}c,ne-peer-support,yes,"closed"\n${after}`);
    const rows = await screenFile(page, file('fixed.csv', fixed), {});
    assert.equal(rows, 40103);
    assert.equal(await page.locator('#cl-problem').textContent(), '');
    const got = await download(page, () => page.locator('[data-action=download-results]').click());
    assert.ok(got.bytes.equals(nativeCsv(cliArgs(), fixed).stdout), 'the download is what peer-screen csv writes');
    assertAxeLogEmpty(log);
    assertCleanCaseload(watch);
  } finally {
    await context.close();
  }
});

test('Cancel stops a run, keeps nothing and leaves the page ready for another', async () => {
  const bytes = caseload({ rows: 200000, seed: 41 });
  const where = file('big.csv', bytes);
  const { context, watch, page } = await caseloadPage();
  try {
    await page.locator('input[name=caseload]').setInputFiles(where);
    await setOptions(page, {});
    assert.equal(await page.locator('progress').count(), 1);
    // Cancel as soon as the bar moves: pressed in the page, from a mutation observer, because
    // the run yields to input and rendering, not to the test's timers.
    await page.evaluate(() => new Promise((resolve) => {
      const root = document.getElementById('caseload');
      const progress = document.querySelector('progress');
      const cancel = document.querySelector('[data-action=cancel]');
      const observer = new MutationObserver(() => {
        if (Number(progress.getAttribute('value')) > 0 && !cancel.hidden) {
          observer.disconnect();
          cancel.click();
          resolve();
        } else if (root.dataset.done) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(root, { subtree: true, attributes: true, attributeFilter: ['value', 'data-done'] });
      document.querySelector('[data-action=screen]').click();
    }));
    await page.locator('[data-cancelled]').waitFor({ state: 'attached', timeout: 10000 });
    const stoppedAt = Number(await page.locator('#caseload').getAttribute('data-cancelled'));
    assert.ok(stoppedAt > 0 && stoppedAt < 200000, `cancelled after ${stoppedAt} rows`);
    assert.equal(await page.locator('[data-done]').count(), 0);
    assert.equal(await page.locator('#cl-results').isHidden(), true);
    assert.match(await page.locator('#cl-problem').textContent(), /Cancelled after/);
    // Another run goes to the end.
    await page.locator('input[name=caseload]').setInputFiles(file('small.csv', caseload({ rows: 30, seed: 42 })));
    await page.locator('[data-action=screen]').click();
    await page.locator('[data-done="30"]').waitFor({ state: 'attached', timeout: 30000 });
    assertCleanCaseload(watch);
  } finally {
    await context.close();
  }
});

test('the page speaks English and Spanish, to staff and to families; axe-core finds nothing', async () => {
  const where = file('voices.csv', caseload({ rows: 80, seed: 51 }));
  const { context, watch, page } = await caseloadPage();
  try {
    const log = [];
    await axeCheck(page, 'empty page (en, staff)', log);
    await screenFile(page, where, {});
    await axeCheck(page, 'results (en, staff)', log);
    const titles = {};
    for (const [lang, audience] of [['en', 'staff'], ['en', 'family'], ['es', 'staff'], ['es', 'family']]) {
      await page.locator('select[name=lang]').selectOption(lang);
      await page.locator('select[name=audience]').selectOption(audience);
      titles[`${lang}-${audience}`] = { h1: await page.locator('h1').textContent(), screen: await page.locator('[data-action=screen]').textContent() };
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assert.equal(await page.title(), titles[`${lang}-${audience}`].h1);
      await axeCheck(page, `results (${lang}, ${audience})`, log);
    }
    assert.equal(new Set(Object.values(titles).map((t) => t.h1)).size, 4, JSON.stringify(titles));
    assert.match(titles['es-staff'].screen, /Evaluar/);
    assert.match(await page.locator('.cl-counts').textContent(), /Parece que usted es elegible|No es elegible/);
    await page.locator('button[data-action=open]').first().click();
    await page.locator('dialog[open]').waitFor();
    await axeCheck(page, 'a row opened (es, family)', log);
    await page.keyboard.press('Escape');
    assertAxeLogEmpty(log);
    assertCleanCaseload(watch);
    await assertNoStorage(page);
  } finally {
    await context.close();
  }
});

/** The native results: their data rows, and each column's index by its name (the header's). */
function results(text) {
  const [header, ...rows] = parseCsv(text);
  return { rows, at: Object.fromEntries(header.map((name, i) => [name, i])) };
}

/** RFC 4180 text as rows of fields (for reading the native results). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
