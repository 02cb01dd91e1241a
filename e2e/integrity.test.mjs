// E. Integrity: one `integrity` on the script tag pins every file. The build ships no unpinned
// glue; every page carries the Content-Security-Policy in a meta element and pins its scripts
// and stylesheets; the entry pins the WebAssembly and the stylesheet. A file changed on
// the way (here by route interception, as a tampered CDN copy would be) is refused by the
// browser: the widget does not start, says so on the console, and shows a short message.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, test } from 'node:test';
import { launch, literal, newContext, openPage, url } from './lib.mjs';

let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function get(file) {
  const response = await fetch(url(file));
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()), headers: response.headers };
}

const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Whether the (minified) script `text` sets `key` to the string `value`, in either quotes. */
const sets = (text, key, value) => new RegExp(`\\b${key}:\\s*["']${literal(value)}["']`).test(text);

/** The WebAssembly of the builds for families: the standalone page loads the English one. */
const FAMILY_BUILDS = ['screener_family_en_bg.wasm', 'screener_family_es_bg.wasm'];

/** Every page of the build, from the service worker's list of its files. */
async function pages() {
  const worker = (await get('sw.js')).bytes.toString('utf8');
  const files = Object.keys(JSON.parse(worker.match(/const FILES = (\{[\s\S]*?\n\});/)[1]));
  return files.filter((f) => f.endsWith('.html'));
}

test('the build: no unpinned glue, every page under its meta policy, every script and stylesheet pinned', async () => {
  assert.equal((await get('screener.js')).status, 404, 'the separate wasm-bindgen glue is shipped (it would load unpinned)');
  const problems = [];
  const all = await pages();
  for (const page of ['index.html', 'embed.html', 'embed-demo.html', 'iframe-demo.html']) assert.ok(all.includes(page), `${page} is not in the build`);
  for (const page of all) {
    const html = (await get(page)).bytes.toString('utf8');
    const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
    if (!meta) problems.push(`${page}: no Content-Security-Policy meta element`);
    else if (!/default-src 'none'/.test(meta[1]) || /'unsafe-inline'|'unsafe-eval'/.test(meta[1])) problems.push(`${page}: a weak policy: ${meta[1]}`);
    const script = html.indexOf('<script');
    if (script >= 0 && script < html.indexOf('http-equiv="Content-Security-Policy"')) problems.push(`${page}: a script before the policy`);
    for (const tag of html.match(/<(script|link)\b[^>]*>/g)) {
      const rel = (tag.match(/ rel="([^"]+)"/) || [])[1];
      // A preload of the wasm carries no integrity (Chromium ignores it there); the fetch that takes it checks it.
      if (tag.startsWith('<link') && !['stylesheet', 'modulepreload'].includes(rel)) continue;
      const file = (tag.match(/ (?:src|href)="([^"]+)"/) || [])[1];
      const pinned = (tag.match(/ integrity="([^"]+)"/) || [])[1];
      if (!file || !pinned) {
        problems.push(`${page}: not pinned: ${tag}`);
        continue;
      }
      if (!/ crossorigin="anonymous"/.test(tag)) problems.push(`${page}: no crossorigin="anonymous": ${tag}`);
      const actual = integrity((await get(file)).bytes);
      if (actual !== pinned) problems.push(`${page}: ${file} is ${actual}, the page pins ${pinned}`);
    }
  }
  const entry = (await get('peer-support-screener.js')).bytes.toString('utf8');
  for (const [what, file] of [['wasm', 'screener_bg.wasm'], ['css', 'screener.css']]) {
    const expected = integrity((await get(file)).bytes);
    if (!sets(entry, what, expected)) problems.push(`peer-support-screener.js does not pin ${file} (${expected})`);
  }
  // The builds for families (each a WebAssembly of its own), pinned in the entry and in main.js.
  const main = (await get('main.js')).bytes.toString('utf8');
  for (const file of FAMILY_BUILDS) {
    const expected = integrity((await get(file)).bytes);
    for (const [name, text] of [['peer-support-screener.js', entry], ['main.js', main]]) {
      const build = new RegExp(`\\bwasm:\\s*["']${literal(file)}["'],\\s*integrity:\\s*["']([^"']+)["']`).exec(text);
      if (build?.[1] !== expected) problems.push(`${name} does not pin ${file} (${expected})`);
    }
  }
  if (/^\s*import\s/m.test(entry) || /\bimport\(/.test(entry)) problems.push('peer-support-screener.js imports another file (unpinned)');
  assert.deepEqual(problems, []);
});

/** Opens `page` with `file` changed by one byte on the way; returns the watch after a while. */
async function tampered(context, page, file) {
  const original = (await get(file)).bytes;
  const changed = Buffer.from(original);
  changed[changed.length - 2] ^= 0x01;
  const watch = await openPage(context, undefined);
  await watch.page.route(`**/${file}`, (route) => route.fulfill({ status: 200, body: changed, headers: { 'content-type': original.type || contentType(file), 'access-control-allow-origin': '*' } }));
  await watch.page.goto(url(page));
  await watch.page.waitForTimeout(2500);
  return watch;
}

function contentType(file) {
  if (file.endsWith('.wasm')) return 'application/wasm';
  if (file.endsWith('.css')) return 'text/css; charset=utf-8';
  return 'text/javascript; charset=utf-8';
}

/** `[data-ready]` anywhere, open shadow roots included. */
function readyCount(page) {
  return page.locator('[data-ready]').count();
}

// The WebAssembly each page loads: the agency's staff elements the full build, the standalone
// page (for families) the family build.
for (const [page, widgets, wasm] of [['embed-demo.html', ['#nc', '#mo'], 'screener_bg.wasm'], ['index.html', [], FAMILY_BUILDS[0]]]) {
  for (const file of [wasm, 'screener.css']) {
    test(`${page} with a changed ${file}: no widget starts, and the console and the page say why`, async () => {
      const context = await newContext(browser);
      try {
        const watch = await tampered(context, page, file);
        assert.equal(await readyCount(watch.page), 0, `a widget started with a changed ${file}`);
        const refused = watch.consoleErrors.filter((e) => /integrity/.test(e));
        assert.ok(refused.some((e) => e.includes(file)), `the browser did not refuse ${file} for its integrity: ${watch.consoleErrors.join(' | ')}`);
        assert.ok(watch.consoleErrors.some((e) => /^peer-support-screener: .*will not start/.test(e)), `the widget did not say why it stopped: ${watch.consoleErrors.join(' | ')}`);
        const messages = await watch.page.locator('.pss-problem[data-problem=failed][role=alert]').allTextContents();
        assert.equal(messages.length, Math.max(widgets.length, 1), `expected one message per widget, got ${JSON.stringify(messages)}`);
        // The standalone page asks to reload; an element shows its fallback (issue 19), with a link to the screener's own page.
        for (const message of messages) assert.match(message, /could not load|No se pudo cargar/);
        if (widgets.length) assert.equal(await watch.page.locator('[data-fallback] a[href]').count(), widgets.length);
        assert.deepEqual(watch.pageErrors, []);
      } finally {
        await context.close();
      }
    });
  }
}

test('a changed peer-support-screener.js: the browser refuses to run it', async () => {
  const context = await newContext(browser);
  try {
    const watch = await tampered(context, 'embed-demo.html', 'peer-support-screener.js');
    assert.equal(await readyCount(watch.page), 0);
    assert.equal(await watch.page.evaluate(() => customElements.get('peer-support-screener') === undefined), true, 'the changed module ran');
    assert.ok(watch.consoleErrors.some((e) => /integrity/.test(e) && e.includes('peer-support-screener.js')), watch.consoleErrors.join(' | '));
  } finally {
    await context.close();
  }
});

for (const [link, wasm] of [
  ['index.html', FAMILY_BUILDS[0]],
  ['index.html?lang=es', FAMILY_BUILDS[1]],
  ['index.html?audience=staff', 'screener_bg.wasm'],
  ['index.html?layout=form&lang=es', 'screener_bg.wasm'],
]) {
  test(`${link} fetches its build's wasm once (its preload is taken by the pinned fetch) and no other, with no console warning`, async () => {
    const context = await newContext(browser);
    try {
      const watch = await openPage(context, undefined);
      const messages = [];
      watch.page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
      await watch.page.goto(url(link));
      await watch.page.locator('[data-ready]').first().waitFor({ state: 'attached' });
      await watch.page.waitForTimeout(300);
      assert.equal(watch.requests.filter((r) => r.endsWith(`/${wasm}`)).length, 1, watch.requests.join(' '));
      assert.equal(watch.requests.filter((r) => r.endsWith('.wasm')).length, 1, `the page loads one WebAssembly: ${watch.requests.join(' ')}`);
      assert.deepEqual(messages.filter((m) => /^(warning|error)/.test(m)), []);
    } finally {
      await context.close();
    }
  });
}
