// Issue 20, "links that turn the page against the person", in English and in Spanish:
// - a link to index.html or embed.html cannot set the agency's contact (which goes into the case
//   note too), point "Exit this page" elsewhere, hide help in a crisis, or switch off Exit or the
//   idle start-over: those are the publisher's, in the page's markup (e2e/publisher.mjs); the
//   query keeps only the language, the wording and the layout (and embed.html's program);
// - an address is shown as the browser goes to it: a look-alike host (a Cyrillic "а") in
//   punycode, the same as the browser's own URL parser writes it; an address with a user name
//   before its host (`agency.gov@evil.example`) or a bidirectional control is refused, with a
//   console warning naming the setting.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertClean, launch, newContext, openPage, poll, screenQuickly, url, waitReady } from './lib.mjs';
import { publish } from './publisher.mjs';
import { ELIGIBLE } from './scenarios.mjs';

const EVIL = 'https://evil.example/';
const NEUTRAL = 'https://www.weather.gov/';
/** What a hostile link writes into the query of the screener's pages. */
const HOSTILE = {
  'contact-name': 'Evil Intake',
  'contact-phone': '555 0199',
  'contact-email': 'help@evil.example',
  'contact-url': EVIL,
  'contact-hours': 'Always',
  crisis: 'off',
  exit: 'off',
  'exit-url': EVIL,
  idle: '0',
  'idle-minutes': '0',
};
/** Where each program's source says to ask when the page names no contact (the start of it). */
const ASK = { en: /agency that gave you this page/i, es: /agencia que le dio esta página/i };

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Stands in for the addresses a test may leave for, so that no request leaves the machine. */
async function stubOutside(context) {
  for (const site of [EVIL, NEUTRAL]) {
    await context.route(`${site}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>elsewhere</title><p>elsewhere</p>' }));
  }
}

/** Through the guided path to the result, the quick way. */
async function throughGuided(page, answers) {
  const values = new Map(answers);
  const step = () => page.locator('[data-step]').first().evaluate((el) => ({ step: el.dataset.step, question: el.dataset.question || null }));
  const press = async (action) => {
    const before = JSON.stringify(await step());
    await page.locator(`[data-action="${action}"]`).first().click();
    assert.ok(await poll(async () => JSON.stringify(await step()) !== before, 5000), `${action} did not move on from ${before}`);
  };
  await press('start');
  for (let guard = 0; guard < 20; guard++) {
    const { step: at, question } = await step();
    if (at === 'state') await page.locator('input[name=state][value=MT]').check();
    else if (at === 'who') await page.locator('input[name=who][value=self]').check();
    else if (at === 'question') await page.locator(`input[name="${question}"][value="${values.get(question)}"]`).check();
    else if (at === 'check') return press('see-result');
    await press('continue');
  }
  assert.fail('the guided path did not reach the result');
}

for (const lang of ['en', 'es']) {
  test(`index.html (${lang}): a link cannot set the contact, hide help in a crisis, or turn Exit and the idle start-over off or elsewhere`, async () => {
    const context = await newContext(browser, { serviceWorkers: 'block' });
    try {
      await stubOutside(context);
      const watch = await openPage(context);
      const { page } = watch;
      await page.clock.install();
      await page.goto(url(`index.html?${new URLSearchParams({ lang, ...HOSTILE })}`));
      await waitReady(page);
      assert.equal(await page.locator('[data-crisis] a[href="tel:988"]').count(), 1, 'crisis=off in the link hid help in a crisis');
      assert.equal(await page.locator('[data-action=exit]').count(), 1, 'exit=off in the link hid Exit this page');
      await throughGuided(page, ELIGIBLE['mt-mfp-peer-support'].answers);
      const result = page.locator('[data-step=result]');
      await result.waitFor();
      const contact = await result.locator('[data-contact]').innerText();
      assert.match(contact, ASK[lang], 'the result does not say whom the program\'s source makes sense to ask');
      const hrefs = await page.locator('.pss a').evaluateAll((links) => links.map((a) => a.href));
      const text = await page.locator('.pss').innerText();
      for (const planted of ['Evil Intake', '555 0199', 'evil.example', 'Always']) {
        assert.ok(!text.includes(planted) && !hrefs.some((h) => h.includes(planted)), `the link planted ${planted}`);
      }
      // idle=0 and idle-minutes=0 in the link: the page still starts over after 15 minutes.
      await page.clock.fastForward(16 * 60_000);
      assert.ok(await poll(async () => (await page.locator('[data-role=cleared]').count()) > 0, 3000), 'the link switched the idle start-over off');
      assertClean(watch, `index.html with a hostile link (${lang})`);
      // Exit goes where the publisher says (a neutral page, stood in for here), not where the link says.
      await page.locator('[data-action=exit]').click();
      await page.waitForURL(NEUTRAL, { timeout: 5000 });
    } finally {
      await context.close();
    }
  });

  test(`embed.html (${lang}): a link's contact, crisis, exit and idle settings are not taken; its program, language and wording are`, async () => {
    const context = await newContext(browser, { serviceWorkers: 'block' });
    try {
      const watch = await openPage(context, `embed.html?${new URLSearchParams({ program: 'mt-mfp-peer-support', lang, audience: 'family', ...HOSTILE })}`);
      const { page } = watch;
      const attributes = await page.locator('peer-support-screener').evaluate((e) => Object.fromEntries(e.getAttributeNames().map((n) => [n, e.getAttribute(n)])));
      for (const name of Object.keys(HOSTILE)) assert.notEqual(attributes[name], HOSTILE[name], `the link set ${name}`);
      assert.deepEqual(
        [attributes.program, attributes.lang, attributes.audience, attributes.crisis, attributes.exit, attributes['exit-url'], attributes['idle-minutes']],
        ['mt-mfp-peer-support', lang, 'family', 'result', 'auto', NEUTRAL, '15'],
      );
      assert.equal(await page.locator('[data-crisis] a[href="tel:988"]').count(), 1, 'help in a crisis is hidden');
      assert.equal(await page.locator('[data-action=exit]').count(), 1, 'Exit this page is hidden');
      assert.equal(await page.locator('.pss').first().getAttribute('lang'), lang);
      assertClean(watch, `embed.html with a hostile link (${lang})`);
    } finally {
      await context.close();
    }
  });

  test(`addresses show as the browser goes to them (${lang}): a look-alike host in punycode; user-info and bidirectional controls refused`, async () => {
    const context = await newContext(browser, { serviceWorkers: 'block' });
    try {
      // A Cyrillic "а" (U+0430) in place of the Latin one.
      const lookalike = { 'contact-url': 'https://\u0430gency.gov/help', 'contact-email': 'intake@\u0430gency.gov' };
      const watch = await openPage(context);
      const { page } = watch;
      await publish(page, 'index.html', lookalike);
      await page.goto(url(`index.html?audience=staff&layout=form&lang=${lang}`));
      await waitReady(page);
      await screenQuickly(page, 'nc-pss', ELIGIBLE['nc-pss'].answers);
      const links = await page.locator('[data-contact] a').evaluateAll((all) => all.map((a) => [a.getAttribute('href'), a.textContent]));
      // What the browser's own URL parser makes of the address.
      const browsers = await page.evaluate((address) => new URL(address).href, lookalike['contact-url']);
      assert.equal(browsers, 'https://xn--gency-3ve.gov/help');
      assert.deepEqual(links, [['mailto:intake@xn--gency-3ve.gov', 'intake@xn--gency-3ve.gov'], [browsers, browsers]]);
      const note = await page.locator('.pss-print').textContent();
      assert.ok(note.includes(browsers) && !note.includes(lookalike['contact-url']), 'the case note shows the look-alike as typed');
      assertClean(watch, `look-alike (${lang})`);
      await page.close();

      const refused = {
        'contact-url': 'https://agency.gov@evil.example/',
        'contact-email': 'intake@agency.gov\u202E',
        'contact-name': 'Riverside \u202Eekatni',
      };
      const other = await openPage(context);
      const warnings = [];
      other.page.on('console', (m) => {
        if (m.type() === 'warning') warnings.push(m.text());
      });
      await publish(other.page, 'index.html', refused);
      await other.page.goto(url(`index.html?audience=staff&layout=form&lang=${lang}`));
      await waitReady(other.page);
      await screenQuickly(other.page, 'nc-pss', ELIGIBLE['nc-pss'].answers);
      const block = await other.page.locator('[data-contact]').innerText();
      for (const value of Object.values(refused)) assert.ok(!block.includes(value), `${JSON.stringify(value)} is shown`);
      assert.ok(!block.includes('evil.example'), 'the user-info address is shown');
      for (const name of ['contactUrl', 'contactEmail', 'contactName']) {
        assert.ok(warnings.some((w) => w.includes(`\`${name}\``)), `no warning names ${name}: ${warnings}`);
      }
      assertClean(other, `refused addresses (${lang})`);
    } finally {
      await context.close();
    }
  });
}
