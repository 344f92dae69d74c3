/*
 * The service worker of the installable outreach app (built into dist/web/sw.js by
 * scripts/service-worker-plugin.ts, which fills in the shell's files and their version).
 *
 * It keeps the app shell only: the page, its scripts, styles, icons and manifest, so the outreach
 * logging page opens with no signal. It never touches /api/: no answer from the server — about
 * clients, cases, referrals or anything else — is cached here. The outreach form's own choices are
 * kept by the page, sealed with the worker's PIN (web/src/outreach/offline/offline-store.ts).
 */
const version = "__VERSION__";
const shell = __SHELL__;
const cacheName = `pathways-shell-${version}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(cacheName)
      .then((cache) => cache.addAll(shell.map((path) => new Request(path, { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith("pathways-shell-") && name !== cacheName).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Answers from the server stay with the server: never cached, never served from here.
  if (url.pathname.startsWith("/api/")) return;
  if (request.mode === "navigate") {
    // The network first, so an online page is always the latest; the kept page only with no signal.
    event.respondWith(fetch(request).catch(() => caches.open(cacheName).then((cache) => cache.match("/index.html")).then((page) => page ?? Response.error())));
    return;
  }
  if (shell.includes(url.pathname)) {
    event.respondWith(caches.open(cacheName).then((cache) => cache.match(url.pathname)).then((kept) => kept ?? fetch(request)));
  }
});
