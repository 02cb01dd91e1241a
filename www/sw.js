// The service worker of the standalone and iframe pages: the site works offline after the first
// visit. `cargo xtask dist` writes BUILD (an id of this build) and FILES (every file of this
// build, each with its `sha384-…`).
//
// - It precaches exactly FILES, each fetched past the HTTP cache and checked against its hash, in
//   a cache of its own per build; one file that fails fails the whole install (the new build is
//   taken whole or not at all).
// - It answers only GET requests for those files, from that cache; any other request goes to the
//   network untouched and is never stored. The widget makes no requests of its own: no answer
//   ever passes through here.
// - A new build installs beside the old one and waits; when it activates (no page of the old one
//   is left open) it removes the old build's cache. It never claims pages that started without it.

const BUILD = /*dist:build*/ null;
const FILES = /*dist:files*/ null;

const PREFIX = 'peer-support-screener-';
const CACHE = `${PREFIX}${BUILD}`;
const scope = new URL(self.registration.scope);
const address = (name) => new URL(name, scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      try {
        await Promise.all(
          Object.entries(FILES).map(async ([name, integrity]) => {
            const response = await fetch(address(name), { cache: 'reload', integrity, credentials: 'omit', redirect: 'error' });
            if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
            await cache.put(address(name), response);
          }),
        );
      } catch (error) {
        await caches.delete(CACHE);
        throw error;
      }
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
      }
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  const name = url.pathname.slice(scope.pathname.length) || 'index.html';
  if (!Object.prototype.hasOwnProperty.call(FILES, name)) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      return (await cache.match(address(name))) || fetch(request);
    })(),
  );
});
