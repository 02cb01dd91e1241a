// The iframe page: embed.html?program=…&state=…&lang=…&audience=…&heading-level=…&idle-minutes=…
// (and crisis, exit, exit-url, contact-*) &parent=…
// Copies the query into the element's attributes (as text), keeps <html lang> with the widget's
// language, and tells the parent page its height, so that the host can size the iframe: see
// EMBEDDING.md. With `parent=ORIGIN` the height goes to that origin only (an origin that is not
// http(s) gets nothing). The element is defined by peer-support-screener.js, which embed.html
// loads before this file, each pinned by its own `integrity`.

const element = document.querySelector('peer-support-screener');
const query = new URLSearchParams(location.search);
const ATTRIBUTES = ['program', 'state', 'lang', 'audience', 'heading-level', 'idle-minutes', 'crisis', 'exit', 'exit-url',
  'contact-name', 'contact-phone', 'contact-email', 'contact-url', 'contact-hours'];
for (const name of ATTRIBUTES) {
  const value = query.get(name);
  if (value !== null) element.setAttribute(name, value);
}
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
  const height = Math.ceil(document.documentElement.scrollHeight);
  if (height !== last && window.parent !== window && targetOrigin !== null) {
    last = height;
    window.parent.postMessage({ type: 'peer-support-screener:height', height }, targetOrigin);
  }
}
new ResizeObserver(report).observe(document.documentElement);
report();

// Offline use: the service worker precaches exactly this build's files (never an answer).
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('sw.js', { scope: './', updateViaCache: 'none' }).catch(() => {});
}
