// The screener's own pages before the screener runs: index.html (#screener) and embed.html (the
// element's shadow root, declared in the page's markup). `cargo xtask dist` writes into them the
// screener's first screen as the widget's own view code renders it (Yew's server-side rendering),
// for each first screen the page can open on: the guided path's start step for families and the
// one-page form for staff, in English and in Spanish, each in a <template>. This script is
// render-blocking (blocking="render"): it runs before the first paint, and
// - starts fetching the WebAssembly of the build the link asks for (the same choice as
//   builds.js's `chooseBuild`: the guided path in family wording, the family build of its
//   language; the form or the staff wording, the full build), so that a page loads one build
//   only: index.html cannot preload it in its markup, which does not know the link;
// - shows the first screen the link asks for (`?lang=`, `?audience=`, `?layout=`, read as the
//   page's script reads them) in place of the loading message, or leaves the message when the
//   page knows no first screen for the link (another program, state or heading level);
// - until the screener takes over (mounting the same markup in its place), a tap on the screen's
//   buttons and a change of its controls do nothing but are kept, in this page's memory, on the
//   container (`pssPending`), for the screener to do again; it keeps the focus too;
// - if the page's screener script never runs (refused for its integrity), the first screen gives
//   way to the loading message again, which says to reload.
// No markup is ever written from a string: the first screen is a copy of a template's nodes.

const element = document.querySelector('peer-support-screener');
const page = element
  ? {
    // The shadow root's own child (`:scope` in a shadow root's querySelector matches nothing).
    container: element.shadowRoot && [...element.shadowRoot.children].find((child) => child.matches('.pss-host')),
    audience: 'staff',
    script: 'peer-support-screener.js',
    fixed: ['program', 'state', 'heading-level'],
    message: () => [...element.shadowRoot.querySelectorAll('slot')],
  }
  : {
    container: document.getElementById('screener'),
    audience: 'family',
    script: 'main.js',
    fixed: [],
    message: () => [...document.querySelectorAll('#screener > [data-fallback]')],
  };
const query = new URLSearchParams(location.search);
const pick = (name, values, otherwise) => (values.includes(query.get(name)) ? query.get(name) : otherwise);
const audience = pick('audience', ['family', 'staff'], page.audience);
const layout = pick('layout', ['guided', 'form'], audience === 'family' ? 'guided' : 'form');
const lang = pick('lang', ['en', 'es'], 'en');
const known = layout === (audience === 'family' ? 'guided' : 'form') && page.fixed.every((name) => !query.has(name));
/** `{ build: file }`: each build's WebAssembly (cargo xtask dist). */
const WASM = /*dist:wasm-files*/ null;
if (!element && WASM) {
  // The standalone page: the entry's pinned fetch takes this preload (a preload's integrity
  // would be ignored, with a warning; the fetch checks the bytes).
  const build = audience === 'family' && layout === 'guided' ? `family-${lang}` : 'full';
  const preload = document.createElement('link');
  preload.rel = 'preload';
  preload.as = 'fetch';
  preload.type = 'application/wasm';
  preload.crossOrigin = 'anonymous';
  preload.href = new URL(WASM[build] || WASM.full, import.meta.url).href;
  document.head.append(preload);
}
const template = known && page.container && page.container.querySelector(`template[data-pss-variant="${audience}-${lang}"]`);

/** The local date as a date input writes it: the form's screening date, as the widget sets it. */
function today() {
  const now = new Date();
  const two = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

if (template) {
  const { container } = page;
  const screen = template.content.cloneNode(true);
  const shown = screen.firstElementChild;
  shown.dataset.pssPrerendered = '';
  for (const date of screen.querySelectorAll('input[name=as_of]')) date.value = today();
  const message = page.message();
  for (const part of message) part.hidden = true;
  container.prepend(screen);
  if (!element && shown.lang) document.documentElement.lang = shown.lang;

  /** What was done to the first screen, in order: `{ action }` or `{ name, value, checked, kind, type }`. */
  const pending = [];
  container.pssPending = pending;
  const inside = (event) => event.target instanceof Element && shown.contains(event.target);
  container.addEventListener('click', (event) => {
    if (!inside(event)) return;
    const button = event.target.closest('button');
    if (button) {
      event.preventDefault();
      if (button.dataset.action) pending.push({ action: button.dataset.action });
    }
  }, true);
  container.addEventListener('submit', (event) => {
    if (inside(event)) event.preventDefault();
  }, true);
  for (const type of ['change', 'input']) {
    container.addEventListener(type, (event) => {
      const control = event.target;
      if (!inside(event) || !control.name) return;
      pending.push({ name: control.name, value: control.value, checked: Boolean(control.checked), kind: control.type, type });
    }, true);
  }

  // The screener's script refused (a changed copy): the screen cannot work, the message says why.
  const script = document.querySelector(`script[src$="${page.script}"]`);
  if (script) {
    script.addEventListener('error', () => {
      shown.remove();
      for (const part of message) part.hidden = false;
    }, { once: true });
  }
}
