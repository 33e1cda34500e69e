/* global self, caches, fetch, Response, setTimeout, clearTimeout, __PRECACHE__ */
// The app's service worker (issue 17.1), written out by web/pwa.ts at build time with the list of built files
// in place of PRECACHE and the build's hash in place of VERSION. It keeps the app itself (HTML, scripts, styles,
// icons) so that a phone opens it without signal; it never stores an API answer: children's data offline lives
// in the app's own IndexedDB store, for the signed-in person only, wiped on sign-out (web/src/offline/).
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `tonghu-app-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // The API goes to the network, always (its answers are no-store); the app decides what to do without it.
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/'))
    return;
  if (request.mode === 'navigate') {
    // The phone knows it has no network: the kept page at once, without waiting for a fetch to fail.
    if (self.navigator.onLine === false) {
      event.respondWith(caches.match('/index.html').then((page) => page || fetch(request)));
      return;
    }
    // Network first, so a new build is seen at once; the kept page when there is no network, or when a weak
    // village signal has not answered within 3 seconds.
    event.respondWith(
      new Promise((resolve) => {
        let answered = false;
        const answer = (response) => {
          if (answered || !response) return;
          answered = true;
          resolve(response);
        };
        const kept = () => caches.match('/index.html');
        const timer = setTimeout(() => kept().then(answer), 3000);
        fetch(request).then(
          (response) => {
            clearTimeout(timer);
            answer(response);
          },
          () => {
            clearTimeout(timer);
            kept().then((page) => answer(page || Response.error()));
          },
        );
      }),
    );
    return;
  }
  // Built files carry their content hash in their name: the kept copy is the right one.
  event.respondWith(caches.match(request).then((kept) => kept || fetch(request)));
});
