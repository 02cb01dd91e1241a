// The snippet builder (builder.html, builder.es.html: the pages are written by `cargo xtask dist`
// from xtask/src/site/builder/, and so are this script's words, below). An agency's web person
// chooses the element's attributes and theme; this script shows the real element with them in
// `[data-preview]`, and writes what to paste: the script tag with its integrity and the element
// with exactly the attributes chosen (`textarea[data-snippet=script]`), the Content-Security-Policy
// the page needs (`csp`), the stylesheet rule (`css`), and the iframe with its `frame-ancestors`
// line (`iframe`).
//
// Every value is checked with the element's own rules: `checkOption` runs the widget's WebAssembly
// (the very code that reads the attributes), and the theme's values are tried against the
// properties the element registers. A refused value is left out of the preview and the snippets,
// and the reason is shown beside its control and in the list of what is left out, in the page's
// language. Nothing typed here leaves the page: this script makes no request, and the preview
// loads only the screener's own files. No string ever reaches a DOM sink (the page requires
// Trusted Types): text goes in through `textContent` and `value`, attributes through
// `setAttribute`.

import { checkOption, ready } from './peer-support-screener.js';

/** This script's words in every language (xtask/src/site/builder/words.rs), written in by `cargo xtask dist`. */
const WORDS = /*dist:builder-words*/ null;

const pageLang = document.documentElement.lang === 'es' ? 'es' : 'en';
const say = WORDS && WORDS[pageLang];
if (!say) throw new Error('builder.js was not built by `cargo xtask dist`: it has no words');

const controls = [...document.querySelectorAll('[data-controls] [name]')];
const preview = document.querySelector('[data-preview]');
const leftOut = document.querySelector('[data-left-out]');
const notCarried = document.querySelector('[data-not-carried]');
const snippets = Object.fromEntries([...document.querySelectorAll('textarea[data-snippet]')].map((t) => [t.dataset.snippet, t]));
/** The integrity of peer-support-screener.js, as this page's own script tag pins it. */
const integrity = (document.querySelector('script[src="peer-support-screener.js"]') || {}).integrity || '';

/** The attributes the iframe page takes from its address (embed.js): what cannot harm. */
const IFRAME_QUERY = ['program', 'state', 'lang', 'audience', 'heading-level', 'layout'];
/** The publisher's settings of the iframe page, in embed.html's markup (a link could abuse them). */
const IFRAME_MARKUP = ['crisis', 'exit', 'exit-url', 'idle-minutes', 'contact-name', 'contact-phone', 'contact-email', 'contact-url', 'contact-hours'];
/** The theme's registered properties and what each takes (peer-support-screener.js, EMBEDDING.md §3). */
const THEME = { '--pss-accent': 'color', '--pss-accent-dark': 'color', '--pss-radius': 'length', '--pss-space': 'length' };

/** 'loading' until the element's checks can run, then 'ready' (or 'failed': text values are left out). */
let checks = 'loading';
ready.then(
  () => {
    checks = 'ready';
    update();
  },
  () => {
    checks = 'failed';
    update();
  },
);

/** `template` with each `{name}` of `values` replaced. */
function fill(template, values) {
  return template.replace(/\{([a-z_]+)\}/g, (whole, name) => (name in values ? values[name] : whole));
}

/** `text` for an HTML attribute quoted with `"`, or for an element's content. */
function escape(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A control's value: a checkbox's `data-on` when checked, text trimmed; null when not set. */
function valueOf(control) {
  if (control.type === 'checkbox') return control.checked ? control.dataset.on : null;
  const value = control.value.trim();
  return value === '' ? null : value;
}

/** The element's reason in the page's language (the element's own words when there are none). */
function reasonWords(reason) {
  return say.reasons[reason] || reason;
}

// Two elements, hidden, on which the theme's values are tried: a registered property that does
// not take a value computes as if it were not set, and so inherits its parent's.
const probeParent = document.createElement('div');
const probe = document.createElement('div');
probeParent.hidden = true;
probeParent.append(probe);
document.body.append(probeParent);

/** Whether the registered property `name` takes `value`: it does when it does not inherit, whatever its parent says. */
function themeTakes(name, value) {
  const takes = [THEME[name] === 'color' ? 'rgb(1, 2, 3)' : '12345px', THEME[name] === 'color' ? 'rgb(4, 5, 6)' : '54321px'].some((parent) => {
    probeParent.style.setProperty(name, parent);
    probe.style.setProperty(name, value);
    const own = getComputedStyle(probe).getPropertyValue(name).trim();
    const inherited = getComputedStyle(probeParent).getPropertyValue(name).trim();
    probe.style.removeProperty(name);
    return own !== inherited;
  });
  probeParent.style.removeProperty(name);
  return takes;
}

/** Why the element would leave `value` out for the control, in the page's language; null when it takes it. */
function refusal(control, value) {
  const { name } = control;
  const sets = control.dataset.sets;
  if (sets === 'style') {
    if (name in THEME) {
      return themeTakes(name, value) ? null : fill(say.not_a_theme_value, { kind: say[`${THEME[name]}_kind`] });
    }
    // A font list goes into a stylesheet's rule: nothing that could end it.
    return /[;{}<>\\\u0000-\u001f\u007f]/.test(value) ? say.not_a_font : null;
  }
  // `events` and `shadow` are read by the element's script from a select and a checkbox.
  if (name === 'events' || name === 'shadow') return null;
  if (checks !== 'ready') return control.tagName === 'SELECT' || control.type === 'checkbox' ? null : say.not_checked;
  // Where the files and the page are: addresses, by the rule of the element's own addresses.
  const reason = checkOption(sets === 'where' ? 'fallback-url' : name, value);
  return reason === null ? null : reasonWords(reason);
}

/** Everything chosen, each value checked. */
function read() {
  const chosen = { attributes: [], styles: [], where: {}, refused: [] };
  for (const control of controls) {
    const value = valueOf(control);
    const reason = value === null ? null : refusal(control, value);
    const problem = document.querySelector(`[data-problem-for="${CSS.escape(control.name)}"]`);
    if (problem) problem.textContent = reason || '';
    if (reason) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
    if (value === null) continue;
    if (reason) {
      chosen.refused.push({ name: control.name, value, reason });
      continue;
    }
    if (control.dataset.sets === 'attribute') chosen.attributes.push([control.name, value]);
    else if (control.dataset.sets === 'style') chosen.styles.push([control.name, value]);
    else chosen.where[control.name] = value;
  }
  return chosen;
}

/** The folder of the files (ending in `/`) and the page's origin: as given, or this page's. */
function places(where) {
  /** `address` as a URL, or this page's when the browser cannot parse it (checked already: rare). */
  const parsed = (address, fallback) => {
    try {
      return new URL(address || fallback, location.href);
    } catch {
      return new URL(fallback, location.href);
    }
  };
  const files = parsed(where['files-url'], './');
  files.search = '';
  files.hash = '';
  if (!files.pathname.endsWith('/')) files.pathname += '/';
  const origin = parsed(where['page-origin'], location.href).origin;
  return { files: files.href, filesOrigin: files.origin, origin };
}

/** The page the element's text links to until it starts: `fallback-url`, or the standalone page in the element's language. */
function fallbackPage(attributes, files, lang) {
  const given = attributes.find(([name]) => name === 'fallback-url');
  if (given) return given[1];
  const page = new URL('index.html', files);
  if (lang !== 'en') page.searchParams.set('lang', lang);
  return page.href;
}

/** The snippets' texts for what is chosen. */
function snippetsFor({ attributes, styles }, { files, filesOrigin, origin }) {
  const attribute = (name) => (attributes.find(([n]) => n === name) || [])[1];
  const lang = attribute('lang') === 'es' ? 'es' : 'en';
  const words = WORDS[lang];
  const link = `<a href="${escape(fallbackPage(attributes, files, lang))}">${escape(words.loading_link)}</a>`;
  const loading = words.loading.split('{link}').map(escape).join(link);
  const attributesHtml = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escape(value)}"`)).join('');
  const script = `<script type="module" src="${escape(`${files}peer-support-screener.js`)}" integrity="${escape(integrity)}" crossorigin="anonymous"></script>\n\n`
    + `<peer-support-screener${attributesHtml}>\n  <p>${loading}</p>\n</peer-support-screener>`;

  const source = filesOrigin === origin ? "'self'" : `'self' ${filesOrigin}`;
  const csp = `Content-Security-Policy: default-src 'none'; script-src ${source} 'wasm-unsafe-eval'; style-src ${source}; connect-src ${source}; img-src 'self'`;

  const css = styles.length
    ? `peer-support-screener {\n${styles.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}`
    : say.css_none;

  const query = new URLSearchParams();
  for (const name of IFRAME_QUERY) if (attribute(name) !== undefined) query.set(name, attribute(name));
  query.set('parent', origin);
  const iframe = `<iframe title="${escape(words.iframe_title)}" height="900" src="${escape(`${files}embed.html?${query}`)}"></iframe>\n\n`
    + `Content-Security-Policy: frame-ancestors ${origin}`;
  return { script, csp, css, iframe };
}

/** The preview: the real element, built again whenever what is chosen changes. */
let shown = null;
function showPreview({ attributes, styles }, { files }) {
  const key = JSON.stringify([attributes, styles, files]);
  if (key === shown) return;
  shown = key;
  const element = document.createElement('peer-support-screener');
  for (const [name, value] of attributes) element.setAttribute(name, value);
  for (const [name, value] of styles) element.style.setProperty(name, value);
  const lang = element.getAttribute('lang') === 'es' ? 'es' : 'en';
  const [before, after] = WORDS[lang].loading.split('{link}');
  const link = document.createElement('a');
  link.href = fallbackPage(attributes, files, lang);
  link.textContent = WORDS[lang].loading_link;
  const text = document.createElement('p');
  text.append(before, link, after || '');
  element.append(text);
  preview.replaceChildren(element);
}

function update() {
  if (checks === 'loading') return;
  const chosen = read();
  const where = places(chosen.where);
  showPreview(chosen, where);
  const texts = snippetsFor(chosen, where);
  for (const [kind, textarea] of Object.entries(snippets)) textarea.value = texts[kind] || '';
  const items = chosen.refused.map(({ name, value, reason }) => {
    const item = document.createElement('li');
    item.textContent = fill(say.left_out_item, { attribute: name, value, reason });
    return item;
  });
  if (items.length) {
    const list = document.createElement('ul');
    list.append(...items);
    leftOut.replaceChildren(list);
  } else {
    const none = document.createElement('p');
    none.textContent = say.left_out_none;
    leftOut.replaceChildren(none);
  }
  const markup = chosen.attributes.map(([name]) => name).filter((name) => IFRAME_MARKUP.includes(name));
  notCarried.textContent = markup.length ? fill(say.iframe_not_carried, { attributes: markup.join(', ') }) : '';
}

for (const control of controls) {
  control.addEventListener('input', update);
  control.addEventListener('change', update);
}

for (const button of document.querySelectorAll('button[data-copy]')) {
  button.addEventListener('click', async () => {
    const kind = button.dataset.copy;
    const status = document.querySelector(`[data-copied="${CSS.escape(kind)}"]`);
    try {
      await navigator.clipboard.writeText(snippets[kind].value);
      status.textContent = say.copied;
      setTimeout(() => {
        status.textContent = '';
      }, 3000);
    } catch {
      // No clipboard here: the text is selected, for the keyboard's copy.
      snippets[kind].focus();
      snippets[kind].select();
    }
  });
}

// Shift pressed three times is the preview's "Exit this page" (when it shows Exit): pressed in
// this page's own fields (Shift+Tab back through them, capitals), it would leave the builder.
// Shift outside the preview stops here, before the preview's listener (added later, when it
// mounts) hears it; inside the preview, it exits as it would on the agency's page.
addEventListener('keydown', (event) => {
  if (event.key === 'Shift' && !preview.contains(event.target)) event.stopImmediatePropagation();
}, true);
