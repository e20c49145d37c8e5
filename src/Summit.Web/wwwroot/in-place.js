// A link or form that only changes this page's query (a day tab, a filter chip, the filter bar) updates the page in
// place: the new page is fetched as HTML and its <main> swapped in, so the window, its scripts and the visitor's place
// stay. This is the one thing Blazor's 200 KB script did on public pages. Without JavaScript, or when the fetch fails,
// the same links and forms load the page as usual. Other scripts hear "summit:updated" after each swap. The header
// X-Summit-In-Place tells the offline worker (sw.js) that this fetch is a page the visitor is moving to.
(() => {
    let shownPath = location.pathname;

    const inPlace = (url) => url.origin === location.origin && url.pathname === location.pathname;

    function syncHead(doc) {
        document.title = doc.title;
        for (const selector of ['link[rel=canonical]', 'meta[name=robots]', 'meta[name=description]']) {
            const old = document.head.querySelector(selector);
            const fresh = doc.head.querySelector(selector);
            if (old && fresh) {
                old.replaceWith(fresh);
            } else if (old) {
                old.remove();
            } else if (fresh) {
                document.head.append(fresh);
            }
        }
    }

    async function update(url, push) {
        try {
            const response = await fetch(url, { headers: { Accept: 'text/html', 'X-Summit-In-Place': '1' }, credentials: 'same-origin' });
            const landed = new URL(response.url || url, location.href);
            const type = response.headers.get('content-type') || '';
            if (!response.ok || !type.startsWith('text/html') || landed.pathname !== url.pathname) {
                throw new Error('not this page');
            }

            const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
            const main = doc.querySelector('main');
            if (!main) {
                throw new Error('no main');
            }

            if (push) {
                history.pushState({ summit: true }, '', landed.href);
            }

            shownPath = landed.pathname;
            syncHead(doc);
            document.querySelector('main').replaceWith(main);
            document.dispatchEvent(new CustomEvent('summit:updated'));
        } catch {
            location.assign(url.href);
        }
    }

    window.summitNavigate = (address) => update(new URL(address, location.href), true);

    document.addEventListener('click', (event) => {
        const link = event.target.closest && event.target.closest('a[href]');
        if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey
            || event.altKey || link.target || link.hasAttribute('download')) {
            return;
        }

        const url = new URL(link.href, location.href);
        if (inPlace(url) && url.search !== location.search && !url.hash) {
            event.preventDefault();
            update(url, true);
        }
    });

    window.addEventListener('popstate', () => {
        if (location.pathname === shownPath) {
            update(new URL(location.href), false);
        } else {
            location.reload();
        }
    });
})();
