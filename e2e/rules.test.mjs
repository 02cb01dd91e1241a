// The rules page (rules.html, rules.es.html), written by `cargo xtask dist` from the rulebooks:
// - both load under the site's policy with no violation, no console error and no script;
// - every program of the catalog (`peer-screen programs`) has its section, with its policy
//   status and rulebook version, and every criterion's quote appears word for word in it;
// - axe-core finds nothing, light and dark;
// - the standalone page's footer (English and Spanish, as the widget's language switches it) and
//   the caseload page (in either of its languages) link to it, and the footer's link works
//   offline after a first visit (the service worker precaches the page and its stylesheet).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  PROGRAMS, assertAxeLogEmpty, assertClean, axeCheck, launch, nativePrograms, newContext, openPage, poll, url, waitReady,
} from './lib.mjs';

const PAGES = { en: 'rules.html', es: 'rules.es.html' };
const CATALOG = nativePrograms();

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The page of `lang`, watched (it has no widget: nothing to wait for but the load). */
async function rulesPage(context, lang) {
  const watch = await openPage(context, PAGES[lang], { ready: false });
  await watch.page.waitForLoadState('load');
  return watch;
}

for (const lang of Object.keys(PAGES)) {
  test(`${PAGES[lang]}: under the site's policy, every program with its status, version and every criterion's quote`, async () => {
    const context = await newContext(browser);
    try {
      const watch = await rulesPage(context, lang);
      const { page } = watch;
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assert.equal(await page.locator('h1').count(), 1, 'one h1');
      assert.equal(await page.locator('script').count(), 0, 'the page runs no script');
      const policy = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
      assert.match(policy, /^default-src 'none'; /, 'the site\'s policy');
      // Its stylesheet is applied (pinned, and allowed by the policy).
      assert.equal(await page.evaluate(() => [...document.styleSheets].some((s) => s.href && s.href.endsWith('/rules.css') && s.cssRules.length > 0)), true, 'rules.css applied');

      assert.deepEqual(
        await page.locator('section.program').evaluateAll((sections) => sections.map((s) => s.id)),
        PROGRAMS.map((p) => p.id),
        'one section per program of the catalog, in its order',
      );
      const problems = [];
      for (const program of CATALOG.programs) {
        const section = page.locator(`section.program[id="${program.id}"]`);
        if ((await page.locator(`nav a[href="#${program.id}"]`).count()) !== 1) problems.push(`${program.id}: not in the contents`);
        const status = await section.locator('[data-policy-status]').getAttribute('data-policy-status');
        if (status !== program.policy_status) problems.push(`${program.id}: policy status ${status}, the catalog says ${program.policy_status}`);
        const statusText = await section.locator('[data-policy-status]').textContent();
        const plain = program.policy_status === 'draft' ? /draft|borrador/i : /published|publicada/i;
        if (!plain.test(statusText)) problems.push(`${program.id}: the status says ${JSON.stringify(statusText)}`);
        const version = await section.locator('[data-version]').textContent();
        if (version !== program.version) problems.push(`${program.id}: version ${version}, the catalog says ${program.version}`);
        const questions = await section.locator('section.question').evaluateAll((qs) => qs.map((q) => q.dataset.question));
        const asked = program.questions.map((q) => q.id);
        if (JSON.stringify(questions) !== JSON.stringify(asked)) problems.push(`${program.id}: questions ${questions}, the catalog asks ${asked}`);
        for (const criterion of program.criteria) {
          const quote = section.locator(`[data-criterion="${criterion.id}"] blockquote[lang=en][translate=no]`);
          if ((await quote.count()) !== 1) {
            problems.push(`${program.id}: ${criterion.id} has no quote`);
            continue;
          }
          const shown = (await quote.textContent()).trim();
          if (shown !== criterion.source.quote) problems.push(`${program.id}: ${criterion.id} quotes ${JSON.stringify(shown)}, the catalog ${JSON.stringify(criterion.source.quote)}`);
        }
        // Each question in each voice the program offers: staff, family, and family about a child where offered.
        const voices = await section.locator('section.question').first().locator('[data-voice]').evaluateAll((dds) => dds.map((d) => d.dataset.voice));
        const expected = ['staff', 'family', ...(program.subjects.includes('child') ? ['family-child'] : [])];
        if (JSON.stringify(voices) !== JSON.stringify(expected)) problems.push(`${program.id}: voices ${voices}, expected ${expected}`);
        if ((await section.locator('.not-encoded').textContent()).trim() === '') problems.push(`${program.id}: nothing under "not encoded"`);
      }
      assert.deepEqual(problems, []);

      // The other language's page is one link away.
      const other = lang === 'en' ? 'es' : 'en';
      await page.locator(`a[hreflang=${other}]`).click();
      await page.waitForURL(url(PAGES[other]));
      assert.equal(await page.evaluate(() => document.documentElement.lang), other);
      assertClean(watch, PAGES[lang]);
    } finally {
      await context.close();
    }
  });
}

test('axe-core finds nothing on either page, light and dark', async () => {
  const log = [];
  for (const colorScheme of ['light', 'dark']) {
    const context = await newContext(browser, { colorScheme });
    try {
      for (const lang of Object.keys(PAGES)) {
        const watch = await rulesPage(context, lang);
        await axeCheck(watch.page, `${PAGES[lang]} (${colorScheme})`, log);
        assertClean(watch, PAGES[lang]);
        await watch.page.close();
      }
    } finally {
      await context.close();
    }
  }
  assertAxeLogEmpty(log);
});

test('the standalone page\'s footer links to the page in the widget\'s language', async () => {
  const context = await newContext(browser);
  try {
    for (const lang of Object.keys(PAGES)) {
      const watch = await openPage(context, `index.html?lang=${lang}`);
      const { page } = watch;
      const link = page.locator('footer a[data-link=rules]');
      const href = await poll(async () => {
        const now = await link.getAttribute('href');
        return now && now.endsWith(`/${PAGES[lang]}`) ? now : null;
      });
      assert.ok(href, `the footer's link is not to ${PAGES[lang]}: ${await link.getAttribute('href')}`);
      const text = (await link.textContent()).trim();
      await link.click();
      await page.waitForURL(url(PAGES[lang]));
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assert.equal((await page.locator('h1').textContent()).trim(), text, 'the link says the page\'s title');
      assertClean(watch, `index.html?lang=${lang} → ${PAGES[lang]}`);
      await page.close();
    }
  } finally {
    await context.close();
  }
});

test('the caseload page links to the page in its chosen language', async () => {
  const context = await newContext(browser);
  try {
    for (const lang of Object.keys(PAGES)) {
      const watch = await openPage(context, 'caseload.html');
      const { page } = watch;
      await page.locator('select[name=lang]').selectOption(lang);
      const link = page.locator('#cl-rules');
      assert.equal(await link.getAttribute('href'), url(PAGES[lang]));
      const text = (await link.textContent()).trim();
      await link.click();
      await page.waitForURL(url(PAGES[lang]));
      assert.equal((await page.locator('h1').textContent()).trim(), text, 'the link says the page\'s title');
      assertClean(watch, `caseload.html (${lang}) → ${PAGES[lang]}`);
      await page.close();
    }
  } finally {
    await context.close();
  }
});

test('after a first visit, the footer\'s link works with the network cut', async () => {
  const context = await newContext(browser);
  try {
    const watch = await openPage(context, 'index.html');
    const { page } = watch;
    const cached = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const worker = registration.active;
      if (worker.state !== 'activated') await new Promise((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()));
      const names = [];
      for (const key of await caches.keys()) names.push(...(await (await caches.open(key)).keys()).map((r) => r.url));
      return names;
    });
    for (const file of [...Object.values(PAGES), 'rules.css']) assert.ok(cached.includes(url(file)), `${file} is not precached`);
    await context.setOffline(true);
    await page.reload();
    await waitReady(page);
    await page.locator('footer a[data-link=rules]').click();
    await page.waitForURL(url(PAGES.en));
    assert.equal(await page.locator('section.program').count(), PROGRAMS.length, 'the page offline');
    assert.equal(await page.evaluate(() => [...document.styleSheets].some((s) => s.href && s.href.endsWith('/rules.css') && s.cssRules.length > 0)), true, 'rules.css offline');
    assertClean(watch, 'offline');
  } finally {
    await context.close();
  }
});
