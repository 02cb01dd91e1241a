// Issue 19: the snippet builder (builder.html, builder.es.html, written by `cargo xtask dist`).
// - Its preview and its snippet agree: the snippet, pasted into a blank page served under the
//   Content-Security-Policy line it printed (and its stylesheet rule in a file of that page),
//   renders the same widget with the same attributes and theme, cleanly;
// - a value the element would refuse is refused, with the element's reason in the page's
//   language, and left out of the preview and every snippet;
// - every choice it offers is a value the element takes (its own checkOption);
// - nothing typed leaves the page; Shift typed in its fields does not "exit" through the preview;
// - its controls are named for what they set, labelled, explained, and reached by keyboard; axe
//   finds nothing in either language, light and dark.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  ORIGIN, PROGRAMS, assertAxeLogEmpty, assertClean, axeCheck, describeFocus, launch, newContext, openPage, url, waitReady,
} from './lib.mjs';

const PAGES = { en: 'builder.html', es: 'builder.es.html' };
let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The builder in `lang`, once its checks can run (the snippets are written). */
async function builder(context, lang = 'en') {
  const watch = await openPage(context, PAGES[lang], { ready: false });
  await watch.page.waitForFunction(() => document.querySelector('textarea[data-snippet=script]').value !== '');
  return watch;
}

/** Sets each control of `choices` (`{ name: value }`: a select's value, a checkbox's true/false, or text). */
async function choose(page, choices) {
  for (const [name, value] of Object.entries(choices)) {
    const control = page.locator(`[data-controls] [name="${name}"]`);
    const kind = await control.evaluate((el) => (el.tagName === 'SELECT' ? 'select' : el.type));
    if (kind === 'select') await control.selectOption(value);
    else if (kind === 'checkbox') await control.setChecked(value);
    else await control.fill(value);
  }
}

/** Waits until the preview's widget can have mounted (its root may be closed: not looked into). */
async function previewLoaded(page) {
  await page.evaluate(async () => (await import('./peer-support-screener.js')).ready);
  await page.waitForTimeout(200);
}

const snippet = (page, kind) => page.locator(`textarea[data-snippet=${kind}]`).inputValue();

/** The attributes of the `<peer-support-screener …>` tag of a snippet, as `{ name: value }`. */
function tagAttributes(html) {
  const tag = html.match(/<peer-support-screener([^>]*)>/);
  assert.ok(tag, `no element in ${html}`);
  const unescape = (v) => v.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return Object.fromEntries([...tag[1].matchAll(/ ([a-z-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [name, unescape(value ?? '')]));
}

/** The element in `[data-preview]`: its attributes, its theme as set on it, and its widget's text (its root is open). */
function previewState(page, scope = '[data-preview] peer-support-screener') {
  return page.locator(scope).evaluate((element) => ({
    attributes: Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])
      .filter(([name]) => !['class', 'style', 'data-private', 'data-dd-privacy'].includes(name))),
    theme: ['--pss-accent', '--pss-radius', '--pss-space', '--pss-font'].map((p) => getComputedStyle(element).getPropertyValue(p).trim()),
    text: element.shadowRoot.querySelector('.pss').innerText,
    lang: element.shadowRoot.querySelector('.pss').lang,
  }));
}

const CHOICES = {
  program: 'mo-peer-support',
  lang: 'es',
  audience: 'family',
  layout: 'form',
  'heading-level': '3',
  crisis: 'always',
  exit: 'on',
  'exit-url': 'https://www.example.org/',
  'idle-minutes': '20',
  history: true,
  'contact-name': 'Agencia "Ejemplo" & Co.',
  'contact-phone': '+1 (573) 555-0100',
  'contact-email': 'ayuda@agency.example',
  'contact-url': 'https://agency.example/apoyo',
  'contact-hours': 'L–V 9–5',
  events: 'summary',
  shadow: true,
  'fallback-url': 'https://agency.example/evaluacion/',
  '--pss-accent': '#7a1f5c',
  '--pss-radius': '0px',
  '--pss-space': '12px',
  '--pss-font': 'Georgia, serif',
};

test('the preview and the snippet agree: the snippet under the policy it printed renders the same widget with the same attributes', async () => {
  const context = await newContext(browser);
  try {
    const watch = await builder(context);
    const { page } = watch;
    await choose(page, CHOICES);
    await waitReady(page, '[data-preview]');
    const script = await snippet(page, 'script');
    const csp = await snippet(page, 'csp');
    const css = await snippet(page, 'css');
    const attributes = tagAttributes(script);
    const expected = Object.fromEntries(Object.entries(CHOICES).filter(([n]) => !n.startsWith('--')).map(([n, v]) => [n, v === true ? (n === 'shadow' ? 'open' : '') : v]));
    assert.deepEqual(attributes, expected, 'the snippet holds exactly the attributes chosen');
    const preview = await previewState(page);
    assert.deepEqual(preview.attributes, expected, 'the preview holds exactly the attributes chosen');
    assert.match(script, /^<script type="module" src="[^"]+\/peer-support-screener\.js" integrity="sha384-[A-Za-z0-9+/=]{64}" crossorigin="anonymous"><\/script>\n/);
    const pinned = await page.evaluate(() => document.querySelector('script[src="peer-support-screener.js"]').integrity);
    assert.ok(script.includes(`integrity="${pinned}"`), 'the snippet pins another build than this page');
    assert.ok(script.includes('<a href="https://agency.example/evaluacion/">abra la evaluación en su propia página</a>'), script);
    const policyLines = csp.split('\n').filter((l) => l.startsWith('Content-Security-Policy: '));
    assert.equal(policyLines.length, 1, csp);
    assert.equal(css, 'peer-support-screener {\n  --pss-accent: #7a1f5c;\n  --pss-font: Georgia, serif;\n  --pss-radius: 0px;\n  --pss-space: 12px;\n}');

    // A blank page of the agency: its policy the line printed, the snippet its body, the rule its stylesheet.
    const blank = await openPage(context);
    await blank.page.route(url('agency-page.html'), (route) => route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policyLines[0].slice('Content-Security-Policy: '.length) },
      body: `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Agency</title>\n<link rel="stylesheet" href="agency-page.css">\n</head>\n<body>\n<main>\n${script}\n</main>\n</body>\n</html>\n`,
    }));
    await blank.page.route(url('agency-page.css'), (route) => route.fulfill({ status: 200, headers: { 'content-type': 'text/css' }, body: css }));
    await blank.page.goto(url('agency-page.html'));
    await waitReady(blank.page);
    const pasted = await previewState(blank.page, 'peer-support-screener');
    assert.deepEqual(pasted, preview, 'the pasted snippet renders another widget than the preview');
    assert.equal(pasted.lang, 'es');
    assert.deepEqual(pasted.theme, ['rgb(122, 31, 92)', '0px', '12px', 'Georgia, serif']);
    assertClean(blank, 'the snippet under its policy');
    assertClean(watch, 'the builder');
  } finally {
    await context.close();
  }
});

const REFUSED = {
  'contact-phone': ['555-CALL-NOW', 'a phone number holds digits, spaces, +, (, ), - and . only', 'un número de teléfono no lleva letras ni otros signos que espacios, +, (, ), - y el punto'],
  'contact-url': ['javascript:alert(1)', 'only https: and http: addresses are shown', 'solo se muestran direcciones https: y http:'],
  'exit-url': ['https://agency.example@evil.example/', 'an address with a user name or password before its host goes elsewhere than it reads', 'una dirección con un nombre de usuario o una contraseña antes del servidor va a otro lugar del que parece'],
  'idle-minutes': ['soon', 'its value is not one the widget knows', 'la evaluación no conoce ese valor'],
  'fallback-url': ['ftp://agency.example/', 'only https: and http: addresses are shown', 'solo se muestran direcciones https: y http:'],
  '--pss-accent': ['url(https://evil.example/x.png)', "the screener's theme takes a color here", 'el tema de la evaluación acepta aquí un color'],
  '--pss-radius': ['red', "the screener's theme takes a length here", 'el tema de la evaluación acepta aquí una longitud'],
};

for (const [lang, column] of [['en', 1], ['es', 2]]) {
  test(`${PAGES[lang]}: a value the element would refuse is left out, with its reason`, async () => {
    const context = await newContext(browser);
    try {
      const watch = await builder(context, lang);
      const { page } = watch;
      await choose(page, { 'contact-name': 'Agency', 'contact-hours': '9-5', ...Object.fromEntries(Object.entries(REFUSED).map(([n, v]) => [n, v[0]])) });
      await choose(page, { shadow: true });
      await waitReady(page, '[data-preview]');
      const script = await snippet(page, 'script');
      const css = await snippet(page, 'css');
      const preview = await previewState(page);
      for (const [name, row] of Object.entries(REFUSED)) {
        const problem = await page.locator(`[data-problem-for="${name}"]`).textContent();
        assert.equal(problem, row[column], `${name}: the reason shown`);
        assert.equal(await page.locator(`[data-controls] [name="${name}"]`).getAttribute('aria-invalid'), 'true', name);
        assert.ok(!script.includes(row[0]) && !css.includes(row[0]), `${name}: the refused value is in a snippet`);
        assert.ok(!(name in preview.attributes), `${name}: the refused value is on the preview`);
        const item = await page.locator('[data-left-out] li', { hasText: `${name} ` }).textContent();
        assert.ok(item.includes(row[0]) && item.includes(row[column]), `${name}: the list of values left out says ${item}`);
        // Described by its reason: the control's accessible description.
        const described = await page.locator(`[data-controls] [name="${name}"]`).evaluate((el) => el.getAttribute('aria-describedby').split(' ').map((id) => document.getElementById(id).textContent).join(' '));
        assert.ok(described.includes(row[column]), `${name}: ${described}`);
      }
      assert.deepEqual(tagAttributes(script), { 'contact-name': 'Agency', 'contact-hours': '9-5', shadow: 'open' });
      // Put right, it is taken again.
      await choose(page, { 'contact-phone': '919-555-0100' });
      assert.equal(await page.locator('[data-problem-for="contact-phone"]').textContent(), '');
      assert.equal(tagAttributes(await snippet(page, 'script'))['contact-phone'], '919-555-0100');
      assertClean(watch, PAGES[lang]);
    } finally {
      await context.close();
    }
  });
}

test('every choice the builder offers is one the element takes, and every program of the catalog is offered', async () => {
  const context = await newContext(browser);
  try {
    const watch = await builder(context);
    const refused = await watch.page.evaluate(async () => {
      const { checkOption, ready } = await import('./peer-support-screener.js');
      await ready;
      const out = [];
      for (const select of document.querySelectorAll('[data-controls] select')) {
        for (const option of select.options) {
          if (option.value === '' || select.name === 'events') continue;
          const reason = checkOption(select.name, option.value);
          if (reason !== null) out.push(`${select.name}=${option.value}: ${reason}`);
        }
      }
      return out;
    });
    assert.deepEqual(refused, []);
    const offered = await watch.page.locator('[name=program] option').evaluateAll((options) => options.map((o) => o.value).filter(Boolean));
    assert.deepEqual(offered, PROGRAMS.map((p) => p.id));
    const states = await watch.page.locator('[name=state] option').evaluateAll((options) => options.map((o) => o.value).filter(Boolean));
    assert.deepEqual(states, [...new Set(PROGRAMS.map((p) => p.state))]);
  } finally {
    await context.close();
  }
});

test('the iframe snippet: embed.html with what a link may carry and the parent, its frame-ancestors line, and what stays in embed.html named', async () => {
  const context = await newContext(browser);
  try {
    const watch = await builder(context);
    const { page } = watch;
    await choose(page, { program: 'nc-pss', lang: 'es', 'contact-phone': '919-555-0100', crisis: 'always', 'files-url': 'https://cdn.example.org/screener', 'page-origin': 'https://www.agency.example/some/page' });
    const iframe = await snippet(page, 'iframe');
    assert.equal(iframe, '<iframe title="Evaluación de apoyo de pares" height="900" src="https://cdn.example.org/screener/embed.html?program=nc-pss&amp;lang=es&amp;parent=https%3A%2F%2Fwww.agency.example"></iframe>\n\nContent-Security-Policy: frame-ancestors https://www.agency.example');
    assert.match(await page.locator('[data-not-carried]').textContent(), /crisis, contact-phone/);
    assert.equal(await snippet(page, 'csp'), "Content-Security-Policy: default-src 'none'; script-src 'self' https://cdn.example.org 'wasm-unsafe-eval'; style-src 'self' https://cdn.example.org; connect-src 'self' https://cdn.example.org; img-src 'self'");
    assert.match(await snippet(page, 'script'), /^<script type="module" src="https:\/\/cdn\.example\.org\/screener\/peer-support-screener\.js" /);
    assert.ok((await snippet(page, 'script')).includes('<a href="https://cdn.example.org/screener/index.html?lang=es">'));
    // The page says that only the iframe keeps the answers from every script of the page.
    assert.match(await page.locator('#b-iframe-help0').textContent(), /^Only the iframe keeps the answers from every script of your page\./);
  } finally {
    await context.close();
  }
});

test('nothing typed leaves the page, and Shift typed in its fields does not exit through the preview', async () => {
  const context = await newContext(browser);
  try {
    const watch = await builder(context);
    const { page } = watch;
    const before = watch.requests.length;
    await choose(page, { audience: 'family', exit: 'on', 'contact-email': 'secret-marker@agency.example' });
    await previewLoaded(page);
    // Shift+Tab three times, back through the builder's fields, and three capitals typed as a
    // person does (Shift for each): the preview shows "Exit this page", and the builder stays.
    await page.locator('[name=contact-name]').click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Tab');
    await page.locator('[name=contact-name]').click();
    for (const key of ['A', 'B', 'C']) await page.keyboard.press(`Shift+Key${key}`);
    await page.keyboard.type(' Agency');
    await page.waitForTimeout(500);
    assert.equal(page.url(), url(PAGES.en));
    assert.equal(await page.locator('[name=contact-name]').inputValue(), 'ABC Agency');
    const later = watch.requests.slice(before);
    assert.deepEqual(later.filter((u) => !u.startsWith(`${ORIGIN}/`)), [], 'a request off the origin');
    assert.deepEqual(later.filter((u) => /secret-marker|ABC/.test(decodeURIComponent(u))), [], 'a typed value in a request');
    assertClean(watch, 'the builder');
  } finally {
    await context.close();
  }
});

test('every control is reached by keyboard in the page\'s order, each with its label and explanation', async () => {
  const context = await newContext(browser);
  try {
    const watch = await builder(context);
    const { page } = watch;
    const names = await page.locator('[data-controls] [name]').evaluateAll((els) => els.map((el) => el.name));
    const described = await page.locator('[data-controls] [name]').evaluateAll((els) => els.map((el) => ({
      name: el.name,
      label: el.labels.length === 1 && el.labels[0].textContent.includes(el.name),
      help: document.getElementById(el.getAttribute('aria-describedby').split(' ')[0]).textContent.trim().endsWith('.'),
    })));
    assert.deepEqual(described.filter((d) => !d.label || !d.help), [], 'a control without its label or its sentence');
    await page.locator('main a').first().focus();
    const reached = [];
    for (let i = 0; i < names.length + 5 && reached.length < names.length; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => document.activeElement && document.activeElement.getAttribute('name'));
      if (name) reached.push(name);
    }
    assert.deepEqual(reached, names, `focus went: ${await describeFocus(page)}`);
    // Typed by keyboard (into the last control, your page's origin), the snippets follow.
    await page.keyboard.type('https://agency.example/alt');
    assert.match(await snippet(page, 'iframe'), /parent=https%3A%2F%2Fagency\.example"/);
  } finally {
    await context.close();
  }
});

test('axe-core finds nothing on the builder in either language, light and dark, with a value refused', async () => {
  const log = [];
  for (const colorScheme of ['light', 'dark']) {
    const context = await newContext(browser, { colorScheme });
    try {
      for (const lang of Object.keys(PAGES)) {
        const watch = await builder(context, lang);
        await choose(watch.page, { 'contact-phone': 'call us', program: 'nc-pss' });
        await previewLoaded(watch.page);
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
