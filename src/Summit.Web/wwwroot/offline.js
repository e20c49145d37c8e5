// Registers the service worker that keeps the schedule for offline use, and marks a page shown from its kept copy
// ("Offline: schedule as of 9:04 PM", in this device's time). The shared HTML never says it: only the worker knows
// whether it answered from the network or from its copy, so the page asks it.
(() => {
    if (!('serviceWorker' in navigator)) {
        return;
    }

    const container = navigator.serviceWorker;
    let shownFetched = null;

    function marker() {
        let element = document.querySelector('.offline-marker');
        if (!element) {
            const main = document.querySelector('main') || document.body;
            element = document.createElement('p');
            element.className = 'offline-marker';
            element.setAttribute('role', 'status');
            main.prepend(element);
        }

        return element;
    }

    function timeOf(iso) {
        const fetched = new Date(iso);
        const today = fetched.toDateString() === new Date().toDateString();
        const options = today ? { hour: 'numeric', minute: '2-digit' } : { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' };
        return fetched.toLocaleString([], options);
    }

    function show() {
        const existing = document.querySelector('.offline-marker');
        if (!shownFetched) {
            existing?.remove();
            return;
        }

        const element = marker();
        if (navigator.onLine === false) {
            element.textContent = `Offline: schedule as of ${timeOf(shownFetched)}`;
            return;
        }

        // Back online: the worker renews its copies; this page still shows the old one until it is loaded again.
        element.textContent = `Schedule as of ${timeOf(shownFetched)}. `;
        const link = document.createElement('a');
        link.href = location.pathname + location.search;
        link.textContent = 'Show the latest';
        element.appendChild(link);
    }

    function ask() {
        container.controller?.postMessage({ type: 'how-shown' });
    }

    function refresh(force) {
        container.controller?.postMessage({ type: 'refresh', force });
    }

    container.addEventListener('message', (event) => {
        if (event.data && event.data.type === 'shown') {
            shownFetched = event.data.fetched;
            show();
        }
    });

    // The first visit installs the worker, which then takes this page over: from then on it keeps what is opened.
    container.addEventListener('controllerchange', () => refresh(false));
    window.addEventListener('online', () => {
        refresh(true);
        show();
    });
    window.addEventListener('offline', show);

    const afterLoad = () => {
        ask();
        refresh(false);
    };
    document.addEventListener('summit:updated', afterLoad);

    afterLoad();
    window.addEventListener('load', () => {
        container.register('/sw.js', { scope: '/' }).catch(() => {
            // No worker (a private window, storage refused): the site works as before, only not offline.
        });
    });
})();
