// D. The iframe page: embed.html?program=…&lang=…&audience=… in an iframe of another page, which
// it tells its height with postMessage.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  answerQuickly, assertAxeLogEmpty, assertClean, axeCheck, catalogProgram, control, effectiveLang, launch, nativePrograms, newContext, openPage, poll, readResult,
  url, visibleText, waitReady,
} from './lib.mjs';

let browser;
let catalog;

before(async () => {
  browser = await launch();
  catalog = nativePrograms();
});
after(async () => {
  await browser?.close();
});

test('embed.html?program=mt-mfp-peer-support&lang=es&audience=family&layout=form: Spanish, for families, and posts its height', async () => {
  const context = await newContext(browser);
  try {
    const watch = await openPage(context);
    const { page } = watch;
    // A parent page with no CSP of its own (about:blank), a message listener, then the iframe.
    await page.setContent('<!doctype html><html lang="en"><head><title>Host</title></head><body><main><h1>Host</h1></main></body></html>');
    const src = url('embed.html?program=mt-mfp-peer-support&lang=es&audience=family&layout=form');
    await page.evaluate((src) => {
      window.__messages = [];
      window.addEventListener('message', (event) => {
        const frame = document.querySelector('iframe');
        window.__messages.push({ data: event.data, fromFrame: !!frame && event.source === frame.contentWindow, origin: event.origin });
      });
      const frame = document.createElement('iframe');
      frame.title = 'Peer support screener';
      frame.style.width = '100%';
      frame.style.border = '0';
      frame.height = '300';
      frame.src = src;
      document.querySelector('main').append(frame);
    }, src);
    const frame = await poll(() => page.frames().find((f) => f.url().startsWith(url('embed.html'))), 10000);
    assert.ok(frame, 'the iframe did not load embed.html');
    await frame.waitForLoadState('load');
    await waitReady(frame);

    // The widget: that program, in Spanish, for families.
    const program = catalogProgram(catalog, 'mt-mfp-peer-support');
    assert.deepEqual(Object.keys((await readResult(frame)).criteria).sort(), program.criteria.map((c) => c.id).sort());
    assert.equal(await frame.locator('html').getAttribute('lang'), 'es', 'embed.html did not set <html lang="es">');
    assert.equal(await effectiveLang(frame), 'es', 'the widget text is not under lang="es"');
    const text = await visibleText(frame);
    const first = program.questions[0].text.family.es;
    assert.ok(text.includes(first), `the first question is not worded for families in Spanish: ${first}`);
    assert.ok(!text.includes(program.questions[0].text.staff.en), 'the staff English wording is shown');
    assert.equal(await control(frame, 'program').count(), 0, 'the page is locked to one program but shows a picker');

    // The height message.
    const messages = await poll(async () => {
      const list = await page.evaluate(() => window.__messages.filter((m) => m.data && m.data.type === 'peer-support-screener:height'));
      return list.length ? list : null;
    }, 10000);
    assert.ok(messages, 'no {type: "peer-support-screener:height"} message reached the parent');
    const last = messages[messages.length - 1];
    assert.equal(last.fromFrame, true, 'the message does not come from the iframe');
    assert.equal(last.origin, new URL(url()).origin);
    assert.deepEqual(Object.keys(last.data).sort(), ['height', 'type']);
    assert.ok(Number.isInteger(last.data.height) && last.data.height > 100, `height ${last.data.height} is not a plausible whole number of pixels`);
    const documentHeight = await frame.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
    assert.equal(last.data.height, documentHeight, 'the last height posted is not the height of the page');

    // When the content grows, a new height is posted.
    await frame.locator('details').evaluateAll((all) => all.forEach((d) => { d.open = true; }));
    const grown = await poll(async () => {
      const list = await page.evaluate(() => window.__messages.filter((m) => m.data && m.data.type === 'peer-support-screener:height'));
      const h = list.length ? list[list.length - 1].data.height : 0;
      return h > last.data.height ? h : null;
    }, 5000);
    assert.ok(grown, 'opening every source disclosure did not post a greater height');
    assert.equal(grown, await frame.evaluate(() => Math.ceil(document.documentElement.scrollHeight)));
    // Switching the widget to English makes the page English too.
    await frame.locator('input[name=lang][value=en]').check();
    const switched = await poll(async () => ((await frame.locator('html').getAttribute('lang')) === 'en' ? true : null), 5000);
    assert.ok(switched, 'embed.html kept <html lang="es"> after the widget switched to English');
    assertClean(watch, 'the host of the iframe');
  } finally {
    await context.close();
  }
});

test('axe-core: embed.html has no WCAG 2.1 AA violation, light and dark, en and es, sources open', async () => {
  const context = await newContext(browser);
  const log = [];
  try {
    for (const query of ['program=mt-mfp-peer-support&lang=es&audience=family&layout=form', 'program=nc-pss&lang=en&audience=staff', 'state=NE']) {
      const watch = await openPage(context, `embed.html?${query}`);
      const { page } = watch;
      await axeCheck(page, `embed.html?${query}`, log);
      const first = catalogProgram(catalog, query.includes('mt-mfp') ? 'mt-mfp-peer-support' : 'nc-pss');
      if (!query.startsWith('state=')) {
        for (const q of first.questions.filter((q) => q.type === 'yes_no')) await answerQuickly(page, q.id, 'yes');
        await page.locator('details').evaluateAll((all) => all.forEach((d) => { d.open = true; }));
      }
      await axeCheck(page, `embed.html?${query}, answered, sources open`, log);
      await page.emulateMedia({ colorScheme: 'dark' });
      await axeCheck(page, `embed.html?${query}, answered, sources open, dark`, log);
      assertClean(watch, `embed.html?${query}`);
      await page.close();
    }
    assertAxeLogEmpty(log);
  } finally {
    await context.close();
  }
});
