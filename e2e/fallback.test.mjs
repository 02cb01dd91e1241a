// Issue 20: "a blocked script's fallback". The screener's pages, and the element as EMBEDDING.md
// shows it, hold a short message in their own markup, in English and in Spanish, shown until the
// screener starts: when its script never runs (refused for its integrity, as a tampered copy is;
// or JavaScript off) the person reads why instead of an empty box. Once the screener runs, it is
// gone (the element's shadow root hides it; the standalone page's widget replaces it).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, newContext, openPage, url, waitReady } from './lib.mjs';

const SAYS = {
  en: 'Loading the screener… If this message stays, please reload the page. The screener needs JavaScript.',
  es: 'Cargando la evaluación… Si este mensaje no desaparece, vuelva a cargar la página. La evaluación necesita JavaScript.',
};
let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The visible paragraphs of the message inside `scope`: `{ lang: text }`. */
function fallback(page, scope) {
  return page.locator(scope).evaluate((root) => Object.fromEntries(
    [...root.querySelectorAll(':scope > p')].filter((p) => p.checkVisibility()).map((p) => [p.closest('[lang]').getAttribute('lang'), p.textContent.trim()]),
  ));
}

/** `page` opened with `file` changed by one byte on the way (a tampered copy): its integrity fails. */
async function tampered(context, page, file) {
  const original = Buffer.from(await (await fetch(url(file))).arrayBuffer());
  const changed = Buffer.from(original);
  changed[changed.length - 2] ^= 0x01;
  const watch = await openPage(context);
  await watch.page.route(`**/${file}`, (route) => route.fulfill({ status: 200, body: changed, headers: { 'content-type': 'text/javascript; charset=utf-8', 'access-control-allow-origin': '*' } }));
  await watch.page.goto(url(page));
  await watch.page.waitForTimeout(1500);
  return watch;
}

for (const lang of ['en', 'es']) {
  test(`embed.html?lang=${lang} with a tampered peer-support-screener.js: the element shows its message, in English and Spanish`, async () => {
    const context = await newContext(browser, { serviceWorkers: 'block' });
    try {
      const watch = await tampered(context, `embed.html?program=nc-pss&lang=${lang}`, 'peer-support-screener.js');
      assert.ok(watch.consoleErrors.some((e) => /integrity/.test(e) && e.includes('peer-support-screener.js')), 'the script was not refused');
      assert.deepEqual(await fallback(watch.page, 'peer-support-screener'), SAYS, 'the element is an empty box');
    } finally {
      await context.close();
    }
  });
}

test('embed-demo.html with a tampered peer-support-screener.js: each element shows the message the agency wrote in it', async () => {
  const context = await newContext(browser);
  try {
    const watch = await tampered(context, 'embed-demo.html', 'peer-support-screener.js');
    assert.deepEqual(await fallback(watch.page, '#nc'), { en: SAYS.en });
    assert.deepEqual(await fallback(watch.page, '#mo'), { es: SAYS.es });
  } finally {
    await context.close();
  }
});

test('index.html with a tampered main.js shows its message in English and Spanish; with a tampered wasm, the reason instead', async () => {
  const context = await newContext(browser, { serviceWorkers: 'block' });
  try {
    const watch = await tampered(context, 'index.html?lang=es', 'main.js');
    assert.deepEqual(await fallback(watch.page, '#screener'), SAYS);
    const wasm = await openPage(context);
    await wasm.page.route('**/screener_family_en_bg.wasm', async (route) => {
      const response = await route.fetch();
      const body = await response.body();
      body[body.length - 2] ^= 0x01;
      await route.fulfill({ response, body });
    });
    await wasm.page.goto(url('index.html'));
    await wasm.page.locator('.pss-problem[data-problem=failed]').waitFor({ timeout: 10000 });
    assert.deepEqual(await fallback(wasm.page, '#screener'), {}, 'the loading message stayed beside the reason');
  } finally {
    await context.close();
  }
});

test('JavaScript off: the standalone page and the iframe page show the message; with it on, the message is gone once the screener runs', async () => {
  const off = await newContext(browser, { javaScriptEnabled: false });
  try {
    for (const [file, scope] of [['index.html', '#screener'], ['embed.html', 'peer-support-screener']]) {
      const watch = await openPage(off, file, { ready: false });
      assert.deepEqual(await fallback(watch.page, scope), SAYS, `${file} without JavaScript`);
    }
  } finally {
    await off.close();
  }
  const on = await newContext(browser);
  try {
    for (const [file, scope] of [['index.html', '#screener'], ['embed.html', 'peer-support-screener'], ['embed-demo.html', '#nc']]) {
      const watch = await openPage(on, file);
      await waitReady(watch.page);
      assert.deepEqual(await fallback(watch.page, scope), {}, `${file}: the message stayed after the screener started`);
    }
  } finally {
    await on.close();
  }
});
