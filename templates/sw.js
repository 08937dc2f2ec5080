// Quartier's service worker (docs/architecture.md, "Offline"). Boards and infoscreens are
// fetched from the network first, always, and so are their static files; only when the network
// does not answer is the last copy served, a page marked "Stand: <date, time>".
"use strict";

const CACHE = "quartier-offline-1";
// /<lang>/<district>/ and /<lang>/<district>/screen/, with or without a query (a week, filters)
const KEEPABLE = /^\/[a-z]{2}(-[a-z]+)?\/[a-z0-9-]+\/(screen\/)?$/;
const SAVED = "X-Quartier-Saved";

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

function sameOrigin(url) {
  return new URL(url, self.location.href).origin === self.location.origin;
}

function keepable(url) {
  const { pathname } = new URL(url, self.location.href);
  return KEEPABLE.test(pathname) || pathname.startsWith("/static/");
}

async function stamped(response) {
  const headers = new Headers(response.headers);
  headers.set(SAVED, new Date().toISOString());
  const body = await response.blob();
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

async function keep(cache, request, response) {
  if (response.ok && response.type === "basic" && keepable(request.url || request)) {
    await cache.put(request, await stamped(response));
  }
}

self.addEventListener("message", (event) => {
  const urls = ((event.data && event.data.keep) || []).filter(sameOrigin).filter(keepable);
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(
        urls.map((url) =>
          fetch(url, { credentials: "same-origin" })
            .then((response) => keep(cache, url, response))
            .catch(() => undefined)
        )
      )
    )
  );
});

async function offlineCopy(cached) {
  const saved = new Date(cached.headers.get(SAVED));
  let html = await cached.text();
  const lang = (html.match(/<html lang="([a-zA-Z-]+)"/) || [])[1] || "de";
  // Gregorian dates with Latin digits, as the board writes them in every language.
  const when = new Intl.DateTimeFormat(lang, {
    calendar: "gregory",
    numberingSystem: "latn",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(saved);
  html = html
    .replace('<p class="offline-note" hidden>', '<p class="offline-note" role="status">')
    .replace("<time data-saved></time>", `<time datetime="${saved.toISOString()}">${when}</time>`);
  return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8" } });
}

async function networkFirst(request, page) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    await keep(cache, request, response.clone());
    return response;
  } catch (error) {
    // The page varies by cookie and language headers; a copy kept from the first visit was
    // fetched by the worker itself, with other headers.
    const cached = await cache.match(request, { ignoreVary: true });
    if (!cached) throw error;
    return page ? offlineCopy(cached) : cached;
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || !sameOrigin(request.url)) return;
  const { pathname } = new URL(request.url);
  if (request.mode === "navigate" && KEEPABLE.test(pathname)) {
    event.respondWith(networkFirst(request, true));
  } else if (pathname.startsWith("/static/")) {
    event.respondWith(networkFirst(request, false));
  }
});
