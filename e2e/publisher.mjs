// The screener's own pages as an agency publishes them: the settings that keep a person safe
// (the agency's contact, help in a crisis, Exit this page, the idle start-over) are the markup's,
// never a link's (EMBEDDING.md §4). `publish` serves index.html or embed.html with the
// publisher's settings written into that markup, by route interception, so that dist/ stays the
// build (the pages themselves are not pinned by an integrity; their scripts are, and stay so).
//
// Use it in a context made with `serviceWorkers: 'block'`: a page served by the service worker
// is not seen by route interception.

import { url } from './lib.mjs';

/** The element of each page that carries the publisher's settings, and how it names them. */
const CARRIERS = {
  'index.html': { tag: /<div id="screener"[^>]*>/, name: (setting) => `data-pss-${setting}` },
  'embed.html': { tag: /<peer-support-screener\b[^>]*>/, name: (setting) => setting },
};

function escape(value) {
  return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * Serves `file` (`index.html` or `embed.html`, whatever its query) to `page` with `settings`
 * (`{ 'contact-name': …, crisis: …, exit: …, 'exit-url': …, 'idle-minutes': … }`) in its markup,
 * each replacing the build's own; a setting whose value is `null` is taken out.
 */
export async function publish(page, file, settings) {
  const carrier = CARRIERS[file];
  if (!carrier) throw new Error(`publish: ${file} carries no settings`);
  const address = new URL(url(file));
  await page.route((u) => u.origin === address.origin && u.pathname === address.pathname, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const tag = html.match(carrier.tag);
    if (!tag) throw new Error(`publish: ${file} has no ${carrier.tag}`);
    let opening = tag[0];
    for (const [setting, value] of Object.entries(settings)) {
      const name = carrier.name(setting);
      opening = opening.replace(new RegExp(`\\s${name}="[^"]*"`), '');
      if (value !== null) opening = opening.replace(/>$/, ` ${name}="${escape(value)}">`);
    }
    await route.fulfill({ response, body: html.replace(tag[0], opening) });
  });
}
