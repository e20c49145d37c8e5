// Summit's service worker: the schedule, the grid, session pages, the agenda and their assets open without a network.
// Pages go to the network first and fall back to the copy kept here after a short wait; every copy carries the time it
// was fetched, which the page script shows ("Offline: schedule as of …"). Copies are renewed with the pages' own
// validators: one conditional request for the schedule says whether anything changed (every public page shares its
// version), so an unchanged schedule costs a 304 of a few hundred bytes, not a download.
const CACHE_VERSION = 'v1';
const PAGES = `summit-pages-${CACHE_VERSION}`;
const ASSETS = `summit-assets-${CACHE_VERSION}`;
const DATA = `summit-data-${CACHE_VERSION}`;
const CORE_PAGES = ['/', '/grid', '/agenda'];

// A slow venue network should not keep a page waiting when a copy is at hand; the network answer still renews the copy.
const NETWORK_TIMEOUT_MS = 3000;
// A refresh's request the network dropped is given up after this, so it cannot hold the refresh.
const REFRESH_REQUEST_LIMIT_MS = 20_000;
// Bounds, so a large event fills neither the phone nor the server: pages kept, session pages fetched ahead from the
// schedule after install, and stale session pages renewed per refresh (the rest follow on later refreshes or visits).
const MAX_PAGES = 300;
const MAX_PREFETCHED_SESSIONS = 150;
const SESSIONS_RENEWED_PER_REFRESH = 20;
// Pages ask for a refresh on every load; at most one runs this often unless the network just came back.
const REFRESH_INTERVAL_MS = 60_000;
const REFRESH_RETRIES = 3;

const FETCHED_HEADER = 'x-summit-fetched';

// Which copy each window is showing: the fetch time of a cached copy, or null for a page from the network.
const shownCopies = new Map();
let lastRefresh = 0;
let refreshing = null;

self.addEventListener('install', (event) => {
    self.skipWaiting();
    event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
    event.waitUntil((async () => {
        const current = new Set([PAGES, ASSETS, DATA]);
        for (const name of await caches.keys()) {
            if (name.startsWith('summit-') && !current.has(name)) {
                await caches.delete(name);
            }
        }

        await self.clients.claim();
    })());
});

self.addEventListener('message', (event) => {
    const message = event.data || {};
    if (message.type === 'how-shown' && event.source) {
        event.source.postMessage({ type: 'shown', fetched: shownAt(event.source.id) });
    } else if (message.type === 'refresh') {
        event.waitUntil(refresh(message.force === true));
    }
});

self.addEventListener('fetch', (event) => {
    const request = event.request;
    if (request.method !== 'GET') {
        return;
    }

    const url = new URL(request.url);
    if (url.origin !== self.location.origin) {
        return;
    }

    if (request.mode === 'navigate' && isPage(url)) {
        event.respondWith(navigation(event, url));
    } else if (isInPlaceUpdate(request) && isPage(url)) {
        event.respondWith(inPlaceUpdate(event, url));
    } else if (url.pathname === '/agenda/state') {
        event.respondWith(networkFirst(event, request, DATA));
    } else if (isAsset(url)) {
        event.respondWith(asset(event, request));
    }
});

/** The pages kept for offline use: the schedule and grid with any filter, session pages, the agenda (never private links). */
function isPage(url) {
    const path = url.pathname;
    return path === '/' || path === '/grid' || (path === '/agenda' && url.search === '')
        || (/^\/sessions\/[^/]+$/.test(path) && !path.endsWith('.ics'));
}

function isAsset(url) {
    const path = url.pathname;
    return path !== '/sw.js' && (path.startsWith('/_content/') || path.startsWith('/_framework/')
        || /\.(css|js|svg|png|webmanifest|woff2?)$/.test(path));
}

// A day tab or filter fetches its page itself (in-place.js), marked with this header, and swaps in the answer's <main>.
function isInPlaceUpdate(request) {
    return request.headers.get('x-summit-in-place') === '1';
}

function pageKey(url) {
    return url.origin + url.pathname + url.search;
}

async function navigation(event, url) {
    const cache = await caches.open(PAGES);
    const key = pageKey(url);
    const cached = await cache.match(key);
    const network = fetchPage(cache, key, cached, 'manual', (work) => event.waitUntil(work));
    const { response, copy } = await firstOf(network, cached, event);
    remember(event.resultingClientId, copy ? response.headers.get(FETCHED_HEADER) : null);
    return response || offlinePage();
}

/**
 * The page script's own fetch of a page: answered from the network as usual, and kept; offline, the kept page is
 * handed to the script, which swaps it in.
 */
async function inPlaceUpdate(event, url) {
    const cache = await caches.open(PAGES);
    const key = pageKey(url);
    const cached = await cache.match(key);
    const network = withTimeout(fetch(event.request), cached ? NETWORK_TIMEOUT_MS : null).catch(() => null);
    const response = await network;
    if (response && response.type !== 'error') {
        remember(event.clientId, null);
        if (response.status === 200 && response.type === 'basic' && !response.redirected) {
            event.waitUntil(keepCopy(cache, key, response.clone(), (work) => work).catch(() => null));
        }

        return response;
    }

    if (cached) {
        remember(event.clientId, cached.headers.get(FETCHED_HEADER));
        return cached;
    }

    return offlinePage();
}

/**
 * Fetches a page, conditionally when a copy is kept (its ETag and Last-Modified): a 304 renews the copy's time, a 200
 * replaces it. Resolves with the response to show; rejects when the network fails.
 */
async function fetchPage(cache, key, cached, redirect, later = (work) => work, signal = undefined) {
    const headers = { Accept: 'text/html' };
    if (cached && cached.headers.get('etag')) {
        headers['If-None-Match'] = cached.headers.get('etag');
    }

    if (cached && cached.headers.get('last-modified')) {
        headers['If-Modified-Since'] = cached.headers.get('last-modified');
    }

    // no-store: this worker's copy is the cache here, so the 304 must reach it.
    const response = await fetch(key, { headers, credentials: 'same-origin', cache: 'no-store', redirect, signal });
    if (response.status === 304 && cached) {
        const renewed = await stamped(cached);
        await cache.put(key, renewed.clone());
        return renewed;
    }

    if (response.status === 200 && response.type === 'basic' && !response.redirected) {
        await keepCopy(cache, key, response.clone(), later);
    }

    return response;
}

/** Keeps a page's copy, within the bound, and the assets it links to (which a navigation does not wait for). */
async function keepCopy(cache, key, response, later) {
    const html = await response.clone().text();
    await cache.put(key, await stamped(response));
    await trimPages(cache);
    await later(keepAssetsOf(html));
}

/**
 * The network's answer if it comes in time (or at all, when no copy is kept); else the copy, while the network renews
 * it. Says whether the answer is the kept copy.
 */
async function firstOf(network, cached, event) {
    const guarded = network.catch(() => null);
    if (!cached) {
        return { response: await guarded, copy: false };
    }

    const timely = await withTimeout(guarded, NETWORK_TIMEOUT_MS).catch(() => null);
    if (timely) {
        return { response: timely, copy: false };
    }

    event.waitUntil(guarded);
    return { response: cached, copy: true };
}

function withTimeout(promise, milliseconds) {
    if (milliseconds === null) {
        return promise;
    }

    return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), milliseconds))]);
}

/** A copy with the time it was fetched (or confirmed unchanged), and without the transfer headers of the original. */
async function stamped(response) {
    const headers = new Headers(response.headers);
    headers.set(FETCHED_HEADER, new Date().toISOString());
    headers.delete('content-length');
    headers.delete('content-encoding');
    return new Response(await response.arrayBuffer(), { status: response.status, statusText: response.statusText, headers });
}

/** Notes for the window's page script whether it shows a kept copy, and fetched when. */
function remember(clientId, fetched) {
    if (!clientId) {
        return;
    }

    shownCopies.delete(clientId);
    shownCopies.set(clientId, fetched);
    // Windows come and go; the newest few are enough.
    while (shownCopies.size > 50) {
        shownCopies.delete(shownCopies.keys().next().value);
    }
}

/** When the copy a window shows was fetched; null when it shows a page from the network. */
function shownAt(clientId) {
    return shownCopies.get(clientId) ?? null;
}

function offlinePage() {
    const body = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        + '<title>Offline · Summit</title></head><body><main><h1>You are offline</h1>'
        + '<p>This page was not saved on this device. The schedule, the grid, your agenda and the session pages you opened are.</p>'
        + '<p><a href="/">Open the schedule</a></p></main></body></html>';
    return new Response(body, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}

/** Fingerprinted assets never change: kept copies are used as they are. Others go to the network first. */
async function asset(event, request) {
    const cache = await caches.open(ASSETS);
    const cached = await cache.match(request, { ignoreVary: true });
    if (cached && (cached.headers.get('cache-control') || '').includes('immutable')) {
        return cached;
    }

    return networkFirst(event, request, ASSETS);
}

async function networkFirst(event, request, cacheName) {
    const cache = await caches.open(cacheName);
    const cached = await cache.match(request, { ignoreVary: true });
    const network = fetch(request).then(async (response) => {
        if (response.status === 200 && response.type === 'basic') {
            await cache.put(request, response.clone());
        }

        return response;
    });
    const { response } = await firstOf(network, cached, event);
    return response || Response.error();
}

async function keepAssetsOf(html) {
    const cache = await caches.open(ASSETS);
    for (const address of assetAddresses(html)) {
        if (!(await cache.match(address, { ignoreVary: true }))) {
            try {
                const response = await fetch(address, { credentials: 'same-origin', signal: AbortSignal.timeout(REFRESH_REQUEST_LIMIT_MS) });
                if (response.status === 200) {
                    await cache.put(address, response);
                }
            } catch {
                // Offline again: the asset is kept when the page next loads it.
            }
        }
    }
}

/** The stylesheets, scripts, icons and manifest a page links to, on this site. */
function assetAddresses(html) {
    const found = new Set();
    for (const match of html.matchAll(/<(?:link|script)\b[^>]*?\s(?:href|src)="([^"]+)"/g)) {
        const url = new URL(match[1].replaceAll('&amp;', '&'), self.location.origin);
        if (url.origin === self.location.origin && isAsset(url)) {
            found.add(url.href);
        }
    }

    return found;
}

function sessionAddresses(html) {
    const found = new Set();
    for (const match of html.matchAll(/href="\/?(sessions\/[^"/?#]+)"/g)) {
        const url = new URL('/' + match[1], self.location.origin);
        if (isPage(url)) {
            found.add(pageKey(url));
        }
    }

    return found;
}

async function trimPages(cache) {
    const keys = await cache.keys();
    let excess = keys.length - MAX_PAGES;
    for (const request of keys) {
        if (excess <= 0) {
            break;
        }

        if (!CORE_PAGES.includes(new URL(request.url).pathname)) {
            await cache.delete(request);
            excess--;
        }
    }
}

async function precache() {
    const cache = await caches.open(PAGES);
    for (const path of CORE_PAGES) {
        const key = new URL(path, self.location.origin).href;
        try {
            await fetchPage(cache, key, await cache.match(key), 'follow');
        } catch {
            // Offline while installing: the pages are kept as they are visited.
        }
    }
}

/**
 * Brings the kept pages up to date: the schedule first, conditionally; only when it changed are the grid, the agenda
 * and a bounded number of stale session pages fetched again. Session pages the schedule links to and no copy holds are
 * fetched ahead, a bounded number.
 */
function refresh(force) {
    if (!force && (refreshing || Date.now() - lastRefresh < REFRESH_INTERVAL_MS)) {
        return refreshing || Promise.resolve();
    }

    // Back online, a new refresh starts at once: one begun before may be stuck on a request the network dropped.
    lastRefresh = Date.now();
    const run = attemptRefresh(force ? REFRESH_RETRIES : 0).catch(() => null).finally(() => {
        if (refreshing === run) {
            refreshing = null;
        }
    });
    refreshing = run;
    return run;
}

// The "online" signal can come before requests get through again: a refresh it asks for tries again a few times.
async function attemptRefresh(retries) {
    for (let attempt = 0; ; attempt++) {
        try {
            return await runRefresh();
        } catch (error) {
            if (attempt >= retries || self.navigator.onLine === false) {
                throw error;
            }

            await new Promise((resolve) => setTimeout(resolve, 1000 * (attempt + 1)));
        }
    }
}

async function runRefresh() {
    const cache = await caches.open(PAGES);
    const home = new URL('/', self.location.origin).href;
    const before = await cache.match(home);
    const response = await fetchPage(cache, home, before, 'follow', undefined, AbortSignal.timeout(REFRESH_REQUEST_LIMIT_MS));
    if (!response.ok && response.status !== 304) {
        return;
    }

    const current = await cache.match(home);
    const version = current && current.headers.get('etag');
    const changed = !before || before.headers.get('etag') !== version;
    for (const path of CORE_PAGES.slice(1)) {
        const key = new URL(path, self.location.origin).href;
        const kept = await cache.match(key);
        // The agenda is personal and has no validators: fetched every time, as the page it is.
        if (changed || !kept || path === '/agenda') {
            await fetchPage(cache, key, kept, 'follow', undefined, AbortSignal.timeout(REFRESH_REQUEST_LIMIT_MS));
        }
    }

    await renewSessions(cache, version);
    await prefetchSessions(cache, await current.clone().text());
    await pruneAssets(cache);
}

async function renewSessions(cache, version) {
    const stale = [];
    for (const request of await cache.keys()) {
        if (new URL(request.url).pathname.startsWith('/sessions/')) {
            const kept = await cache.match(request);
            if (kept && kept.headers.get('etag') !== version) {
                stale.push({ key: request.url, kept, fetched: Date.parse(kept.headers.get(FETCHED_HEADER) || '') || 0 });
            }
        }
    }

    stale.sort((a, b) => a.fetched - b.fetched);
    for (const { key, kept } of stale.slice(0, SESSIONS_RENEWED_PER_REFRESH)) {
        await fetchPage(cache, key, kept, 'follow', undefined, AbortSignal.timeout(REFRESH_REQUEST_LIMIT_MS));
    }
}

async function prefetchSessions(cache, html) {
    let budget = MAX_PREFETCHED_SESSIONS;
    for (const request of await cache.keys()) {
        if (new URL(request.url).pathname.startsWith('/sessions/')) {
            budget--;
        }
    }

    for (const key of sessionAddresses(html)) {
        if (budget <= 0) {
            return;
        }

        if (!(await cache.match(key))) {
            await fetchPage(cache, key, null, 'follow', undefined, AbortSignal.timeout(REFRESH_REQUEST_LIMIT_MS));
            budget--;
        }
    }
}

/** Drops assets of former builds: those no kept core page links to any more. */
async function pruneAssets(pages) {
    const wanted = new Set();
    for (const path of CORE_PAGES) {
        const kept = await pages.match(new URL(path, self.location.origin).href);
        if (kept) {
            assetAddresses(await kept.text()).forEach((address) => wanted.add(address));
        }
    }

    if (wanted.size === 0) {
        return;
    }

    const assets = await caches.open(ASSETS);
    for (const request of await assets.keys()) {
        if (!wanted.has(request.url)) {
            await assets.delete(request);
        }
    }
}
