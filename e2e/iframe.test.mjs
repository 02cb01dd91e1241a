// D. The iframe page: embed.html?program=…&lang=…&audience=…&parent=… in an iframe of a page of
// its own origin (iframe-demo.html, as an agency's page would frame it), which it tells its height
// with postMessage, to the `parent` origin only; and the framing rules (frame-ancestors).

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

/** Records, in every frame of the page, the messages that frame receives. */
function recordMessages() {
  window.__messages = [];
  addEventListener('message', (event) => {
    const frame = document.querySelector('iframe');
    window.__messages.push({ data: event.data, fromFrame: !!frame && event.source === frame.contentWindow, origin: event.origin });
  });
}

/** What embed.js rounds each height up to a multiple of. */
const HEIGHT_STEP = 400;

function heightMessages(page) {
  return page.evaluate(() => window.__messages.filter((m) => m.data && m.data.type === 'peer-support-screener:height'));
}

test('iframe-demo.html frames embed.html?program=mt-mfp-peer-support&lang=es&audience=family&layout=form&parent=ORIGIN: Spanish, for families, and posts its height to that origin', async () => {
  const context = await newContext(browser);
  try {
    const watch = await openPage(context);
    const { page } = watch;
    await page.addInitScript(recordMessages);
    await page.goto(url('iframe-demo.html?program=mt-mfp-peer-support&lang=es&audience=family&layout=form'));
    const frame = await poll(() => page.frames().find((f) => f.url().startsWith(url('embed.html'))), 10000);
    assert.ok(frame, 'the iframe did not load embed.html');
    assert.equal(new URL(frame.url()).searchParams.get('parent'), new URL(url()).origin, 'the demo does not pass its origin as parent');
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
      const list = await heightMessages(page);
      return list.length ? list : null;
    }, 10000);
    assert.ok(messages, 'no {type: "peer-support-screener:height"} message reached the parent');
    const last = messages[messages.length - 1];
    assert.equal(last.fromFrame, true, 'the message does not come from the iframe');
    assert.equal(last.origin, new URL(url()).origin);
    assert.deepEqual(Object.keys(last.data).sort(), ['height', 'type']);
    assert.ok(Number.isInteger(last.data.height) && last.data.height > 100, `height ${last.data.height} is not a plausible whole number of pixels`);
    // The page's height rounded up to a step of 400 px, so that an answer that adds a line or two
    // does not show in it (embed.js; e2e/host-scripts.test.mjs).
    const content = () => frame.evaluate(() => Math.ceil(document.querySelector('peer-support-screener').getBoundingClientRect().bottom));
    const documentHeight = await content();
    assert.equal(last.data.height % HEIGHT_STEP, 0, `height ${last.data.height} is not a whole number of steps`);
    assert.ok(last.data.height >= documentHeight && last.data.height < documentHeight + HEIGHT_STEP, `the last height posted (${last.data.height}) is not the page's (${documentHeight}) rounded up to a step`);
    // The demo sized the iframe to it.
    assert.equal(await page.locator('#pss').getAttribute('height'), String(last.data.height), 'the demo did not size the iframe');

    // When the content grows, a new height is posted.
    await frame.locator('details').evaluateAll((all) => all.forEach((d) => { d.open = true; }));
    const grown = await poll(async () => {
      const list = await heightMessages(page);
      const h = list.length ? list[list.length - 1].data.height : 0;
      return h > last.data.height ? h : null;
    }, 5000);
    assert.ok(grown, 'opening every source disclosure did not post a greater height');
    const grownContent = await content();
    assert.ok(grown % HEIGHT_STEP === 0 && grown >= grownContent && grown < grownContent + HEIGHT_STEP, `${grown} is not ${grownContent} rounded up to a step`);
    // Switching the widget to English makes the page English too.
    await frame.locator('input[name=lang][value=en]').check();
    const switched = await poll(async () => ((await frame.locator('html').getAttribute('lang')) === 'en' ? true : null), 5000);
    assert.ok(switched, 'embed.html kept <html lang="es"> after the widget switched to English');
    assertClean(watch, 'the iframe demo');
  } finally {
    await context.close();
  }
});

test('?parent=: the height goes to that origin only; no message for another origin or a parent that is not http(s)', async () => {
  const context = await newContext(browser);
  try {
    const watch = await openPage(context);
    const { page } = watch;
    await page.addInitScript(recordMessages);
    await page.goto(url('iframe-demo.html?program=nc-pss'));
    await poll(async () => (await heightMessages(page)).length > 0, 10000);
    const origin = new URL(url()).origin;
    const parents = [['http://other.example', false], ['javascript:alert(1)', false], ['not a url', false], [origin, true], [`${origin}/some/path?x=1`, true]];
    for (const [i, [parent, delivered]] of parents.entries()) {
      await page.evaluate(() => { window.__messages = []; });
      await page.evaluate((src) => { document.getElementById('pss').src = src; }, url(`embed.html?program=nc-pss&parent=${encodeURIComponent(parent)}`));
      const frame = await poll(() => page.frames().find((f) => f.url().includes(encodeURIComponent(parent))), 10000);
      assert.ok(frame, `the iframe did not load with parent=${parent}`);
      await waitReady(frame);
      // Let the frame that was replaced fall silent, then make this one's height change, so that
      // only this frame's message can arrive.
      await page.waitForTimeout(500);
      await page.evaluate(() => { window.__messages = []; });
      // Taller each time than anything before, so the frame's height surely changes.
      await frame.evaluate((px) => {
        const grow = document.createElement('div');
        grow.style.height = `${px}px`;
        document.body.append(grow);
      }, 2000 + i * 500);
      const got = await poll(async () => (await heightMessages(page)).length > 0, delivered ? 5000 : 1500);
      assert.equal(Boolean(got), delivered, `parent=${parent}: a height message ${delivered ? 'did not arrive' : 'arrived'}`);
    }
    // The frame warns (not an error) when parent is not an origin.
    assertClean(watch, 'the iframe demo with several parents');
  } finally {
    await context.close();
  }
});

test('frame-ancestors: embed.html only in a page of its own origin; the standalone page in no frame at all', async () => {
  const context = await newContext(browser);
  try {
    // A page of no origin of ours (about:blank) cannot frame embed.html.
    const blank = await openPage(context);
    await blank.page.setContent('<!doctype html><html lang="en"><head><title>Elsewhere</title></head><body><main><h1>Elsewhere</h1></main></body></html>');
    await blank.page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.title = 'x';
      frame.src = src;
      document.querySelector('main').append(frame);
    }, url('embed.html?program=nc-pss'));
    await blank.page.waitForTimeout(1500);
    const framed = blank.page.frames().find((f) => f.url().startsWith(url('embed.html')));
    const loaded = framed ? await framed.locator('[data-ready]').count().catch(() => 0) : 0;
    assert.equal(loaded, 0, 'embed.html ran inside a page of another origin');
    assert.ok(blank.consoleErrors.some((e) => /frame-ancestors 'self'/.test(e)), `no frame-ancestors refusal: ${blank.consoleErrors.join(' | ')}`);

    // A page of its own origin can; the standalone page it cannot.
    const demo = await openPage(context, 'iframe-demo.html?program=nc-pss', { ready: false });
    const frame = await poll(() => demo.page.frames().find((f) => f.url().startsWith(url('embed.html'))), 10000);
    await waitReady(frame);
    await demo.page.evaluate((src) => { document.getElementById('pss').src = src; }, url('index.html'));
    await demo.page.waitForTimeout(1500);
    const standalone = demo.page.frames().find((f) => f.url().startsWith(url('index.html')));
    const ran = standalone ? await standalone.locator('[data-ready]').count().catch(() => 0) : 0;
    assert.equal(ran, 0, 'the standalone page ran inside a frame');
    assert.ok(demo.consoleErrors.some((e) => /frame-ancestors 'none'/.test(e)), `no frame-ancestors refusal: ${demo.consoleErrors.join(' | ')}`);
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
