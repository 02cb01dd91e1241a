// Issue 20: Trusted Types on the screener's own pages. Under `require-trusted-types-for 'script'`
// (with `trusted-types peer-support-screener`: the one policy, which lets the service worker's
// address through and nothing else) every page runs clean: the widget screens, the service
// worker registers, the caseload page screens; and a DOM sink (`innerHTML`, a second policy) is
// refused, so that no string can become script on these pages.
//
// The policy is added here as a response header to each page, on top of the page's own meta
// policy (a header and a meta policy both apply).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertClean, launch, newContext, openPage, poll, screenQuickly, url, waitReady } from './lib.mjs';
import { ELIGIBLE } from './scenarios.mjs';

const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types peer-support-screener";
const PAGES = ['index.html', 'embed.html', 'embed-demo.html', 'iframe-demo.html', 'caseload.html', 'privacy.html', 'accessibility.es.html', 'builder.es.html'];
let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** A context whose every page of the site is served with Trusted Types required. */
async function enforced() {
  const context = await newContext(browser);
  await context.route((u) => u.origin === new URL(url()).origin && u.pathname.endsWith('.html'), async (route) => {
    const response = await route.fetch();
    const own = response.headers()['content-security-policy'];
    const headers = { ...response.headers(), 'content-security-policy': own ? `${own}, ${TRUSTED_TYPES}` : TRUSTED_TYPES };
    await route.fulfill({ response, headers });
  });
  return context;
}

/** What the page makes of a string put into a DOM sink, and of a policy of another name. */
function sinks(page) {
  return page.evaluate(() => {
    const tried = {};
    try {
      document.body.insertAdjacentHTML('beforeend', '<img src=x onerror=alert(1)>');
      tried.html = 'allowed';
    } catch (error) {
      tried.html = error.name;
    }
    try {
      trustedTypes.createPolicy('another', { createHTML: (s) => s });
      tried.policy = 'allowed';
    } catch (error) {
      tried.policy = error.name;
    }
    return tried;
  });
}

/** Drops the violations the sinks test caused on purpose; any other stays. */
function forgetOwnProbes(watch) {
  const ours = (v) => v.directive === 'require-trusted-types-for' || v.directive === 'trusted-types';
  watch.cspViolations.splice(0, Infinity, ...watch.cspViolations.filter((v) => !ours(v)));
  const expected = /TrustedHTML|TrustedTypePolicy named 'another'/;
  watch.consoleErrors.splice(0, Infinity, ...watch.consoleErrors.filter((e) => !expected.test(e)));
}

test('every page of the site runs clean with Trusted Types required, and refuses a DOM sink and a second policy', async () => {
  const context = await enforced();
  try {
    for (const file of PAGES) {
      const watch = await openPage(context, file, { ready: false });
      const { page } = watch;
      const header = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
      assert.ok(header.includes("require-trusted-types-for 'script'"), `${file}: Trusted Types are not required (${header})`);
      if (['index.html', 'embed.html', 'embed-demo.html'].includes(file)) await waitReady(page);
      if (file === 'iframe-demo.html') await waitReady(await poll(() => page.frames().find((f) => f.url().startsWith(url('embed.html'))), 10000));
      await page.waitForTimeout(300);
      assert.deepEqual(await sinks(page), { html: 'TypeError', policy: 'TypeError' }, `${file}: a sink took a string`);
      forgetOwnProbes(watch);
      assertClean(watch, `${file} under Trusted Types`);
      await page.close();
    }
  } finally {
    await context.close();
  }
});

test('under Trusted Types the standalone page screens and registers its service worker (sw.js through the page\'s one policy)', async () => {
  const context = await enforced();
  try {
    for (const file of ['index.html?audience=staff&layout=form', 'embed.html?program=nc-pss&audience=staff']) {
      const watch = await openPage(context, file);
      const { page } = watch;
      const registered = await poll(() => page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration && (registration.active || registration.installing || registration.waiting) ? registration.scope : null;
      }), 10000);
      assert.equal(registered, url(), `${file}: the service worker did not register`);
      await screenQuickly(page, 'nc-pss', ELIGIBLE['nc-pss'].answers, { pick: file.startsWith('index') });
      await page.locator('[data-outcome=eligible]').first().waitFor({ state: 'attached' });
      assertClean(watch, `${file} screening under Trusted Types`);
      await page.close();
    }
  } finally {
    await context.close();
  }
});

test('the caseload page screens a pasted caseload under Trusted Types', async () => {
  const context = await enforced();
  try {
    const watch = await openPage(context, 'caseload.html', { ready: false });
    const { page } = watch;
    await page.locator('textarea[name=caseload_text]').fill('ref,program,dsm5_diagnosis\nA,nc-pss,yes\n');
    await page.locator('input[name=as_of]').fill('2026-11-22');
    await page.locator('[data-action=screen]').click();
    await page.locator('[data-done]').waitFor({ state: 'attached', timeout: 30000 });
    assert.equal(await page.locator('#caseload').getAttribute('data-done'), '1');
    assertClean(watch, 'caseload.html under Trusted Types');
  } finally {
    await context.close();
  }
});
