// F. Offline: after a first visit the standalone page (and the other pages of the folder) work
// with the network cut, from the service worker's cache of exactly this build's files; a build
// is taken whole or not at all; nothing but the build's own files is ever stored.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AS_OF, assertNoStorage, launch, newContext, openPage, poll, readResult, screenQuickly, url, waitOutcome, waitReady } from './lib.mjs';
import { ELIGIBLE } from './scenarios.mjs';

let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** FILES of the served sw.js: every file of the build with its hash. */
async function buildFiles() {
  const text = await (await fetch(url('sw.js'))).text();
  const files = JSON.parse(text.match(/const FILES = (\{[\s\S]*?\n\});/)[1]);
  const build = text.match(/const BUILD = '([^']+)';/)[1];
  return { files, build };
}

/** Waits until the page's service worker is active; returns the names of our caches and what each holds. */
async function activeWorker(page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (worker.state !== 'activated') await new Promise((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()));
    const caches_ = {};
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      caches_[key] = (await cache.keys()).map((request) => request.url).sort();
    }
    return { scope: registration.scope, caches: caches_ };
  });
}

test('after a first visit, the standalone page reloads and screens with the network cut; the cache holds exactly the build', async () => {
  const { files, build } = await buildFiles();
  const context = await newContext(browser);
  try {
    // The one-page form (the page opens on the guided path otherwise; e2e/guided.test.mjs).
    const watch = await openPage(context, 'index.html?audience=staff&layout=form');
    const { page } = watch;
    const first = await activeWorker(page);
    assert.equal(first.scope, url(''));
    const expected = Object.keys(files).map((name) => url(name)).sort();
    assert.deepEqual(first.caches, { [`peer-support-screener-${build}`]: expected }, 'the cache is not exactly the files of this build');
    assert.ok(!Object.keys(files).includes('sw.js'), 'the worker lists itself');

    await context.setOffline(true);
    await page.reload();
    await waitReady(page);
    // Offline is proved by what cannot happen without a network, not by navigator.onLine (the
    // browser's own idea of connectivity, which emulation no longer always changes): a file of the
    // site that is not in the build's cache cannot be fetched.
    const probe = await page.evaluate(async () => {
      try {
        const response = await fetch(`not-in-the-build-${Date.now()}.txt`, { cache: 'no-store' });
        return `reached the server (${response.status})`;
      } catch (error) {
        return 'failed';
      }
    });
    assert.equal(probe, 'failed', 'the network is not cut: a file outside the cache was fetched');
    assert.equal(await page.evaluate(() => !!navigator.serviceWorker.controller), true, 'the page is not served by the worker');
    await screenQuickly(page, 'nc-pss', ELIGIBLE['nc-pss'].answers, { asOf: AS_OF });
    await waitOutcome(page, 'eligible');
    assert.deepEqual(await readResult(page), { outcome: 'eligible', eligibleFrom: null, criteria: ELIGIBLE['nc-pss'].criteria });

    // The other pages of the folder too, with their query.
    for (const other of ['embed.html?program=mo-peer-support&lang=es', 'embed-demo.html']) {
      const more = await openPage(context, other);
      assert.ok((await readResult(more.page)).outcome, `${other} offline`);
      await more.page.close();
    }
    // Still exactly the build: no answer, no page with a query, nothing else was stored.
    const afterwards = await activeWorker(page);
    assert.deepEqual(afterwards.caches, first.caches, 'the cache changed while the person screened');
    await assertNoStorage(page, 'index.html offline');
    await context.setOffline(false);
  } finally {
    await context.close();
  }
});

// Installing the worker fetches every file of the build, every build's WebAssembly among them:
// on a slow link that must wait for the screener the person came for. The page's call to
// `register` is watched (wrapped before the page runs): at that moment the widget must be running
// and the page loaded (a worker fetches nothing before it is registered); and the worker then
// precaches a file the page never loads itself (the Spanish family build, on an English family
// page). (Times taken in the page and in the test runner are not compared: the page's clock is
// read between its tasks, late, while the worker fetches from another thread.)
for (const file of ['index.html', 'embed.html?audience=family']) {
  test(`${file}: the service worker is registered only once the screener runs and the page has loaded`, async () => {
    const context = await newContext(browser);
    try {
      await context.addInitScript(() => {
        const running = () => Boolean(document.querySelector('[data-ready]')
          || document.querySelector('peer-support-screener')?.shadowRoot?.querySelector('[data-ready]'));
        window.__worker = { calls: [] };
        const register = ServiceWorkerContainer.prototype.register;
        ServiceWorkerContainer.prototype.register = function watched(...args) {
          window.__worker.calls.push({ running: running(), loaded: document.readyState });
          return register.apply(this, args);
        };
      });
      const requested = [];
      context.on('request', (request) => {
        if (request.url().endsWith('screener_family_es_bg.wasm')) requested.push(request.url());
      });
      const watch = await openPage(context, file, { ready: false });
      const { page } = watch;
      await page.locator('[data-ready]').first().waitFor({ state: 'attached', timeout: 30000 });
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      assert.equal(scope, url(''), 'the worker was registered');
      const { calls } = await page.evaluate(() => window.__worker);
      assert.deepEqual(calls, [{ running: true, loaded: 'complete' }], 'one registration, once the widget ran and the page loaded');
      assert.ok(await poll(() => requested.length > 0, 10000), 'the worker precached the Spanish family build');
    } finally {
      await context.close();
    }
  });
}

test('a build is taken whole or not at all: one file that differs from the list fails the install and leaves no cache', async () => {
  const context = await newContext(browser);
  try {
    // Every request of the context (the worker's included) gets a changed screener.css.
    await context.route('**/screener.css', async (route) => {
      const response = await route.fetch();
      const body = Buffer.concat([await response.body(), Buffer.from('\n/* changed */\n')]);
      await route.fulfill({ response, body });
    });
    // The test registers the worker itself, with a string: the page's Trusted Types (which let
    // only its own policy's `sw.js` through) are taken out of its policy for this test alone.
    const trustedTypes = "; require-trusted-types-for 'script'; trusted-types peer-support-screener";
    const withoutTrustedTypes = async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(trustedTypes, '');
      const headers = { ...response.headers() };
      if (headers['content-security-policy']) headers['content-security-policy'] = headers['content-security-policy'].replace(trustedTypes, '');
      await route.fulfill({ response, body, headers });
    };
    await context.route((u) => u.pathname.endsWith('/index.html'), withoutTrustedTypes);
    const watch = await openPage(context, 'index.html', { ready: false });
    const outcome = await watch.page.evaluate(async () => {
      // The page registered sw.js already; registering again joins (or, once that one has
      // failed, starts) an install whose worker can be followed from its first state.
      const registration = await navigator.serviceWorker.register('sw.js', { scope: './', updateViaCache: 'none' });
      const worker = registration.installing || registration.waiting || registration.active;
      const states = [worker.state];
      if (worker.state !== 'redundant' && worker.state !== 'activated') {
        await new Promise((resolve) => {
          worker.addEventListener('statechange', () => {
            states.push(worker.state);
            if (worker.state === 'redundant' || worker.state === 'activated') resolve();
          });
          setTimeout(resolve, 10000);
        });
      }
      return {
        state: worker.state,
        states,
        active: !!registration.active,
        caches: (await caches.keys()).filter((key) => key.startsWith('peer-support-screener-')),
      };
    });
    assert.equal(outcome.state, 'redundant', 'a worker with a file that differs from its list was not discarded');
    assert.equal(outcome.active, false);
    assert.deepEqual(outcome.caches, [], 'a half-filled cache was left behind');
  } finally {
    // The worker may still be fetching: its requests in flight have nothing left to answer.
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  }
});

test('the manifest makes the page installable: name, start URL, standalone display and SVG icons served as SVG', async () => {
  const context = await newContext(browser);
  try {
    const watch = await openPage(context, 'index.html');
    const cdp = await context.newCDPSession(watch.page);
    const { url: manifestUrl, errors, data } = await cdp.send('Page.getAppManifest');
    assert.equal(manifestUrl, url('manifest.webmanifest'));
    assert.deepEqual(errors, [], 'the manifest has errors');
    const manifest = JSON.parse(data);
    assert.equal(manifest.start_url, './');
    assert.equal(manifest.display, 'standalone');
    for (const icon of manifest.icons) {
      const response = await fetch(url(icon.src));
      assert.equal(response.status, 200, icon.src);
      assert.equal(response.headers.get('content-type'), 'image/svg+xml', icon.src);
    }
    assert.ok(manifest.icons.some((i) => i.purpose === 'maskable'), 'no maskable icon');
    assert.deepEqual(watch.cspViolations, [], 'the manifest or its icons broke the policy');
  } finally {
    await context.close();
  }
});
