// Issue 19: when the host page blocks the widget. An element that cannot start on a page (a
// policy without 'wasm-unsafe-eval', a connect-src or style-src that leaves out where the files
// are, a file that differs from the build) shows `[data-fallback]` inside its shadow root: a short
// message in its language and a link to `fallback-url`, or to the standalone page beside the
// script; and the console names the directive or the file, and the line to add. `fallback-url`
// follows the rule of the element's other addresses: the element's script (which needs it exactly
// when the WebAssembly could not start) and the WebAssembly's `checkOption` give the same answers.
//
// The host pages are fulfilled by route interception on the site's origin, each with its own
// Content-Security-Policy header; the screener's files come from the real build.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, test } from 'node:test';
import { launch, newContext, openPage, url, waitReady } from './lib.mjs';

const SAYS = {
  en: { says: 'The screener could not load on this page.', link: 'Open the screener on its own page' },
  es: { says: 'No se pudo cargar la evaluación en esta página.', link: 'Abrir la evaluación en su propia página' },
};
let browser;
let integrity;

before(async () => {
  browser = await launch();
  const entry = Buffer.from(await (await fetch(url('peer-support-screener.js'))).arrayBuffer());
  integrity = `sha384-${createHash('sha384').update(entry).digest('base64')}`;
});
after(async () => {
  await browser?.close();
});

/** A host page at `name` of the site's origin, served under `policy` (null: none), holding `elements`. */
async function hostPage(context, name, policy, elements) {
  const watch = await openPage(context);
  const warnings = [];
  watch.page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  watch.warnings = warnings;
  await watch.page.route(url(name), (route) => route.fulfill({
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8', ...(policy ? { 'content-security-policy': policy } : {}) },
    body: `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Agency</title>\n`
      + `<script type="module" src="peer-support-screener.js" integrity="${integrity}" crossorigin="anonymous"></script>\n</head>\n`
      + `<body>\n<main>\n${elements}\n</main>\n</body>\n</html>\n`,
  }));
  return watch;
}

/** Each element's fallback (their roots are open): `[{ lang, says, link, href, visible }]`, or null for one without. */
function fallbacks(page) {
  return page.locator('peer-support-screener').evaluateAll((elements) => elements.map((element) => {
    const box = element.shadowRoot && element.shadowRoot.querySelector('[data-fallback]');
    if (!box) return null;
    const link = box.querySelector('a[href]');
    return { lang: box.lang, says: box.querySelector('p').textContent, link: link && link.textContent, href: link && link.href, visible: box.checkVisibility() && !!link && link.checkVisibility() };
  }));
}

/** Waits until every element shows its fallback, and the console has given its account. */
async function waitFallback(watch, count) {
  await watch.page.waitForFunction((n) => [...document.querySelectorAll('peer-support-screener')].filter((e) => e.shadowRoot && e.shadowRoot.querySelector('[data-fallback]')).length === n, count, { timeout: 10000 });
  for (let i = 0; i < 50 && !watch.consoleErrors.some((e) => e.startsWith('peer-support-screener: ')); i++) await watch.page.waitForTimeout(100);
}

const TWO = '<peer-support-screener shadow="open" program="nc-pss"><p>Loading…</p></peer-support-screener>\n'
  + '<peer-support-screener shadow="open" lang="es" audience="family"><p lang="es">Cargando…</p></peer-support-screener>';
const DEFAULT_LINKS = [url('index.html'), url('index.html?lang=es')];

for (const [what, policy, directive, line] of [
  ["no 'wasm-unsafe-eval'", "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'", 'script-src', "script-src 'self' 'wasm-unsafe-eval'"],
  ['a connect-src that leaves out the files', "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src https://api.agency.example", 'connect-src', "connect-src https://api.agency.example 'self'"],
  ['no connect-src, and a default-src that leaves out the files', "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'", 'connect-src', "connect-src 'self'"],
  ['a style-src that leaves out the files', "default-src 'self' 'wasm-unsafe-eval'; style-src https://fonts.agency.example", 'style-src', "style-src https://fonts.agency.example 'self'"],
]) {
  test(`a host page whose policy has ${what}: each element shows its fallback and link in its language, and the console names ${directive} and the line to add`, async () => {
    const context = await newContext(browser);
    try {
      const watch = await hostPage(context, 'agency-blocked.html', policy, TWO);
      await watch.page.goto(url('agency-blocked.html'));
      await waitFallback(watch, 2);
      const shown = await fallbacks(watch.page);
      assert.deepEqual(shown, ['en', 'es'].map((lang, i) => ({ lang, says: SAYS[lang].says, link: SAYS[lang].link, href: DEFAULT_LINKS[i], visible: true })));
      assert.equal(await watch.page.locator('[data-ready]').count(), 0, 'a widget started');
      const ours = watch.consoleErrors.filter((e) => e.startsWith('peer-support-screener: '));
      assert.equal(ours.length, 1, `one account per page: ${ours.join(' | ')}`);
      assert.ok(ours[0].includes(directive) && ours[0].includes(line), `the console does not name ${directive} and \`${line}\`: ${ours[0]}`);
      assert.ok(watch.cspViolations.some((v) => v.directive.startsWith(directive)), JSON.stringify(watch.cspViolations));
      assert.deepEqual(watch.pageErrors, []);
      // The link is a link: reached by keyboard, it goes to the page.
      await watch.page.keyboard.press('Tab');
      assert.equal(await watch.page.evaluate(() => document.activeElement.shadowRoot.activeElement.href), DEFAULT_LINKS[0]);
    } finally {
      await context.close();
    }
  });
}

test('the same page with the policy the builder prints: the widget starts, no fallback, a clean console', async () => {
  const context = await newContext(browser);
  try {
    const watch = await hostPage(context, 'agency-allowed.html', "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self'", TWO);
    await watch.page.goto(url('agency-allowed.html'));
    await waitReady(watch.page);
    await watch.page.waitForTimeout(300);
    assert.deepEqual(await fallbacks(watch.page), [null, null]);
    assert.deepEqual([watch.consoleErrors, watch.cspViolations, watch.pageErrors], [[], [], []]);
  } finally {
    await context.close();
  }
});

test('a tampered wasm (and a missing one): the fallback with the fallback-url given, and the console names the file and why', async () => {
  const context = await newContext(browser);
  try {
    const elements = '<peer-support-screener shadow="open" fallback-url="https://agency.example/screener/"></peer-support-screener>\n'
      + '<peer-support-screener shadow="open" lang="es" fallback-url="javascript:alert(1)"></peer-support-screener>';
    const tampered = await hostPage(context, 'agency-tampered.html', null, elements);
    await tampered.page.route('**/screener_bg.wasm', async (route) => {
      const response = await route.fetch();
      const body = await response.body();
      body[body.length - 2] ^= 0x01;
      await route.fulfill({ response, body });
    });
    await tampered.page.goto(url('agency-tampered.html'));
    await waitFallback(tampered, 2);
    const shown = await fallbacks(tampered.page);
    assert.deepEqual(shown.map((f) => f.href), ['https://agency.example/screener/', url('index.html?lang=es')]);
    assert.deepEqual(shown.map((f) => f.says), [SAYS.en.says, SAYS.es.says]);
    const ours = tampered.consoleErrors.filter((e) => e.startsWith('peer-support-screener: '));
    assert.equal(ours.length, 1, ours.join(' | '));
    assert.match(ours[0], /screener_bg\.wasm was refused.*integrity check/);
    assert.ok(tampered.warnings.some((w) => w === 'peer-support-screener: ignored the option `fallback-url`: only https: and http: addresses are shown'), tampered.warnings.join(' | '));

    const missing = await hostPage(context, 'agency-missing.html', null, '<peer-support-screener shadow="open"></peer-support-screener>');
    await missing.page.route('**/screener_bg.wasm', (route) => route.fulfill({ status: 404, body: 'not here' }));
    await missing.page.goto(url('agency-missing.html'));
    await waitFallback(missing, 1);
    const said = missing.consoleErrors.filter((e) => e.startsWith('peer-support-screener: '));
    assert.equal(said.length, 1, said.join(' | '));
    assert.match(said[0], /screener_bg\.wasm was refused.*the server answered HTTP 404/);
  } finally {
    await context.close();
  }
});

test('fallback-url: the element\'s script and the WebAssembly\'s checkOption take and refuse the same addresses, for the same reasons', async () => {
  const values = [
    'https://agency.example/screener/', 'http://agency.example', ' HTTPS://Agency.Example/x?y=1#z ', 'https://[::1]:8443/a',
    'https://bücher.example/', 'https://agency\u3002example/', 'https://exa_mple.example/', 'https://agency.example:8080/',
    'javascript:alert(1)', 'ftp://agency.example/', '//agency.example/', '/screener/index.html', 'data:text/html,hi',
    'https://agency.example@evil.example/', 'https://user:pw@agency.example/', 'https://agency.example/\u202e', 'https://agency\u200b.example/',
    'https://agency.example/a b', 'https://', 'https:///x', 'https://:8080/', 'https://agency.example:99999999/', 'https://agency.example:80a/',
    'https://agency.example/"x', 'https://agency.example\\evil', 'https://ag ency.example/', 'https://agency.example/\u0007', 'https://[zz]/',
    'https://.', `https://agency.example/${'a'.repeat(2000)}`,
  ];
  const context = await newContext(browser);
  try {
    // The WebAssembly's answers, on a page where it starts.
    const builder = await openPage(context, 'embed-demo.html');
    const rust = await builder.page.evaluate(async (list) => {
      const { checkOption, ready } = await import('./peer-support-screener.js');
      await ready;
      return list.map((v) => checkOption('fallback-url', v));
    }, values);
    // The element's, where it cannot start: one element each, and the warning it gives.
    const attribute = (v) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    const elements = values.map((v) => `<peer-support-screener shadow="open" fallback-url="${attribute(v)}"></peer-support-screener>`).join('\n');
    const host = await hostPage(context, 'agency-addresses.html', "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'", elements);
    await host.page.goto(url('agency-addresses.html'));
    await waitFallback(host, values.length);
    const hrefs = (await fallbacks(host.page)).map((f) => f.href);
    const prefix = 'peer-support-screener: ignored the option `fallback-url`: ';
    const warned = host.warnings.filter((w) => w.startsWith(prefix)).map((w) => w.slice(prefix.length));
    const js = [];
    let next = 0;
    for (let i = 0; i < values.length; i++) js.push(hrefs[i] === url('index.html') ? warned[next++] : null);
    assert.equal(next, warned.length, `${warned.length} warnings for ${next} refusals`);
    const differ = values.map((v, i) => [JSON.stringify(v.slice(0, 60)), rust[i], js[i]]).filter(([, r, j]) => r !== j);
    assert.deepEqual(differ, [], 'the script and the WebAssembly disagree');
    assert.ok(rust.filter((r) => r === null).length >= 8 && rust.filter((r) => r !== null).length >= 15, JSON.stringify(rust));
    // An address taken is where the link goes.
    assert.equal(hrefs[0], 'https://agency.example/screener/');
    assert.equal(hrefs[2], 'https://agency.example/x?y=1#z');
  } finally {
    await context.close();
  }
});
