// The iframe demo page: frames embed.html, passing on what of its own query embed.html takes
// (the program, the language, the wording, the layout: its contact and safety settings are
// embed.html's markup's) and its origin as `parent`, so that the iframe sends its height to this
// origin only; then sizes the iframe to the heights it receives from it. An agency's page does
// the same with a fixed `src` (EMBEDDING.md §7).

const frame = document.getElementById('pss');
const own = new URLSearchParams(location.search);
const query = new URLSearchParams();
const ATTRIBUTES = ['program', 'state', 'lang', 'audience', 'heading-level', 'layout'];
for (const name of ATTRIBUTES) {
  const value = own.get(name);
  if (value !== null) query.set(name, value);
}
query.set('parent', location.origin);

addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow || event.origin !== location.origin) return;
  const data = event.data;
  if (data && data.type === 'peer-support-screener:height' && Number.isInteger(data.height) && data.height > 0) {
    frame.height = String(data.height);
  }
});
frame.src = `embed.html?${query}`;
