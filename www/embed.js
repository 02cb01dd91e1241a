// The iframe page: embed.html?program=…&state=…&lang=…&audience=…&heading-level=…&layout=…
// Copies the query into the element's attributes (as text), keeps <html lang> with the widget's
// language, and tells the parent page its height,
// so that the host can size the iframe: see EMBEDDING.md.
import './peer-support-screener.js';

const element = document.querySelector('peer-support-screener');
const query = new URLSearchParams(location.search);
for (const name of ['program', 'state', 'lang', 'audience', 'heading-level', 'layout']) {
  const value = query.get(name);
  if (value !== null) element.setAttribute(name, value);
}
// The browser's Back goes to the guided path's previous step.
element.setAttribute('history', '');
if (query.get('lang')) document.documentElement.lang = query.get('lang');

// The page's language follows the widget's (the visitor may switch it): the widget's root in
// the element's open shadow root carries `lang`.
new MutationObserver(() => {
  const lang = element.shadowRoot && element.shadowRoot.querySelector('.pss[lang]');
  if (lang && document.documentElement.lang !== lang.lang) document.documentElement.lang = lang.lang;
}).observe(element.shadowRoot, { subtree: true, childList: true, attributes: true, attributeFilter: ['lang'] });

let last = 0;
function report() {
  const height = Math.ceil(document.documentElement.scrollHeight);
  if (height !== last && window.parent !== window) {
    last = height;
    window.parent.postMessage({ type: 'peer-support-screener:height', height }, '*');
  }
}
new ResizeObserver(report).observe(document.documentElement);
report();
