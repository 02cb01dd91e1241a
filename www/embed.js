// The iframe page: embed.html?program=…&state=…&lang=…&audience=…&heading-level=…&layout=…&parent=…
// Copies those of the query into the element's attributes (as text): only what cannot harm (which
// program, the language, the wording, the layout). The settings that keep a person safe (the
// agency's contact, crisis, exit, exit-url, idle-minutes) are the publisher's, attributes in
// embed.html's markup, and a link cannot change them (EMBEDDING.md §4). Keeps <html lang> with
// the widget's language, and tells the parent page its height in steps of STEP pixels, so that
// the host can size the iframe without learning the answers from the exact height: see
// EMBEDDING.md §7. With `parent=ORIGIN` the height goes to that origin only (an origin that is
// not http(s) gets nothing). The element is defined by peer-support-screener.js, which embed.html
// loads after this file (each pinned by its own `integrity`), so that the element starts with the
// link's attributes: it adopts the shadow root the page declared, whose stylesheet has already
// loaded, and mounts at once, in the build those attributes need.

const element = document.querySelector('peer-support-screener');
const query = new URLSearchParams(location.search);
const ATTRIBUTES = ['program', 'state', 'lang', 'audience', 'heading-level', 'layout'];
/** The height is sent rounded up to a multiple of this: an answer that adds a line or two does not show. */
const STEP = 400;
for (const name of ATTRIBUTES) {
  const value = query.get(name);
  if (value !== null) element.setAttribute(name, value);
}
// The browser's Back goes to the guided path's previous step.
element.setAttribute('history', '');
if (query.get('lang')) document.documentElement.lang = query.get('lang');

/** Where the height messages may go: the `parent` origin, `*` without one, or null (nowhere). */
function target() {
  const parent = query.get('parent');
  if (parent === null) return '*';
  try {
    const url = new URL(parent);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin !== 'null') return url.origin;
  } catch {
    // Not a URL: below.
  }
  console.warn('peer-support-screener: ?parent= is not an http(s) origin; the height is sent to no one');
  return null;
}
const targetOrigin = target();

// The page's language follows the widget's (the visitor may switch it): the widget's root in
// the element's shadow root (open on this page) carries `lang`.
customElements.whenDefined('peer-support-screener').then(() => {
  if (!element.shadowRoot) return;
  new MutationObserver(() => {
    const lang = element.shadowRoot.querySelector('.pss[lang]');
    if (lang && document.documentElement.lang !== lang.lang) document.documentElement.lang = lang.lang;
  }).observe(element.shadowRoot, { subtree: true, childList: true, attributes: true, attributeFilter: ['lang'] });
});

let last = 0;
function report() {
  const height = Math.ceil(document.documentElement.scrollHeight / STEP) * STEP;
  if (height !== last && window.parent !== window && targetOrigin !== null) {
    last = height;
    window.parent.postMessage({ type: 'peer-support-screener:height', height }, targetOrigin);
  }
}
new ResizeObserver(report).observe(document.documentElement);
report();

// Offline use: the service worker precaches exactly this build's files (never an answer). Under
// Trusted Types its address goes through the page's one policy, which lets through sw.js alone.
const worker = globalThis.trustedTypes
  ? trustedTypes.createPolicy('peer-support-screener', {
    createScriptURL: (address) => {
      if (address !== 'sw.js') throw new TypeError(`peer-support-screener: not a script of this page: ${address}`);
      return address;
    },
  }).createScriptURL('sw.js')
  : 'sw.js';
// Registered once the widget is running and the page has loaded: installing the worker fetches
// every file of this build, which on a slow link must not share the line with the build the
// person is waiting for. A widget that never starts needs no offline copy.
if ('serviceWorker' in navigator) {
  customElements.whenDefined('peer-support-screener').then(() => {
    const root = element.shadowRoot;
    if (!root) return;
    const check = () => {
      if (!root.querySelector('[data-ready]') || document.readyState !== 'complete') return;
      observer.disconnect();
      removeEventListener('load', check);
      navigator.serviceWorker.register(worker, { scope: './', updateViaCache: 'none' }).catch(() => {});
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
    addEventListener('load', check);
    check();
  });
}
