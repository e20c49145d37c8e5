// Applies this visitor's stars to the shared, cacheable schedule pages, and toggles a star in place.
// Without JavaScript the star forms still post and land on /agenda/starred, which says what happened.
// A star pressed offline is kept in this browser (localStorage) and sent when the connection returns or the next page
// loads; the page says it waits, and says so if the server refuses it then. It is never dropped without a word.
(() => {
    const labels = { on: 'Remove from my agenda', off: 'Add to my agenda' };
    const queueKey = 'summit-star-queue';
    const queuedNote = 'Saved offline, will be sent';

    function render(form, starred) {
        const button = form.querySelector('.star-button');
        form.querySelector('input[name=starred]').value = starred ? 'false' : 'true';
        button.setAttribute('aria-pressed', starred ? 'true' : 'false');
        button.setAttribute('aria-label', starred ? labels.on : labels.off);
        button.title = starred ? labels.on : labels.off;
        button.querySelector('.star-icon').textContent = starred ? '★' : '☆';
    }

    async function applyState() {
        const forms = document.querySelectorAll('form[data-star-form]');
        if (forms.length > 0) {
            try {
                const response = await fetch('/agenda/state', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
                if (response.ok) {
                    const starred = new Set((await response.json()).starred);
                    forms.forEach((form) => render(form, starred.has(form.querySelector('input[name=session]').value)));
                }
            } catch {
                // Offline or blocked: the stars stay as the page rendered them.
            }
        }

        // Stars waiting to be sent show as pressed, over what the server said.
        showQueued();
    }

    function readQueue() {
        try {
            const items = JSON.parse(localStorage.getItem(queueKey) || '[]');
            return Array.isArray(items) ? items : [];
        } catch {
            return [];
        }
    }

    function writeQueue(items) {
        if (items.length === 0) {
            localStorage.removeItem(queueKey);
        } else {
            localStorage.setItem(queueKey, JSON.stringify(items));
        }
    }

    function formsFor(session) {
        return [...document.querySelectorAll('form[data-star-form]')].filter((form) => form.querySelector('input[name=session]').value === session);
    }

    function titleOf(form, session) {
        const holder = form.closest('.session-card, .grid-block, .session-page');
        const title = holder && holder.querySelector('.session-title, .grid-title, h1');
        return (title ? title.textContent : session).trim();
    }

    function markQueued(form, queued) {
        form.classList.toggle('star-queued', queued);
        let note = form.querySelector('.star-queued-note');
        if (queued && !note) {
            note = document.createElement('span');
            note.className = 'star-queued-note';
            note.textContent = queuedNote;
            form.appendChild(note);
        } else if (!queued && note) {
            note.remove();
        }
    }

    function status(text, refused) {
        let element = document.querySelector('.star-sync-status');
        if (!text) {
            element?.remove();
            return;
        }

        if (!element) {
            element = document.createElement('p');
            element.className = 'star-sync-status';
            element.setAttribute('role', 'status');
            (document.querySelector('main') || document.body).prepend(element);
        }

        element.classList.toggle('refused', refused === true);
        element.textContent = text;
    }

    /** Shows the stars waiting to be sent as pressed, each with its note, and how many wait. */
    function showQueued() {
        const items = readQueue();
        document.querySelectorAll('form.star-queued').forEach((form) => markQueued(form, false));
        items.forEach((item) => formsFor(item.session).forEach((form) => {
            render(form, item.starred);
            markQueued(form, true);
        }));
        if (items.length > 0) {
            const what = items.length === 1 ? `“${items[0].title}”` : `${items.length} changes to your agenda`;
            status(`Saved offline: ${what} will be sent when you are back online.`);
        } else if (!document.querySelector('.star-sync-status.refused')) {
            status(null);
        }
    }

    function enqueue(form, body) {
        const session = body.get('session');
        // The last press of a session's star is what counts: a star and its undo offline send nothing twice.
        const items = readQueue().filter((item) => item.session !== session);
        items.push({ session, starred: body.get('starred') === 'true', title: titleOf(form, session) });
        try {
            writeQueue(items);
        } catch {
            window.alert('Your agenda could not be changed: you are offline and this browser does not let the page keep the star. Try again when you are online.');
            return;
        }

        showQueued();
    }

    // The "online" event can come a moment before requests get through: a failed send is tried again a few times.
    let retries = 0;
    function retryLater() {
        if (retries < 3 && navigator.onLine !== false) {
            retries++;
            setTimeout(() => { queue = queue.then(flush); }, 1000 * retries);
        }
    }

    /** Sends the stars kept offline, oldest first; stops at the first that cannot reach the server and keeps the rest. */
    async function flush() {
        if (readQueue().length === 0 || navigator.onLine === false) {
            return;
        }

        const refused = [];
        let sent = 0;
        let reached = false;
        for (const item of readQueue()) {
            let response;
            try {
                response = await fetch('/agenda/star', {
                    method: 'POST',
                    body: new URLSearchParams({ session: item.session, starred: item.starred ? 'true' : 'false' }),
                    credentials: 'same-origin',
                    headers: { Accept: 'application/json' },
                });
            } catch {
                retryLater();
                break;
            }

            reached = true;
            const result = await response.json().catch(() => null);
            if (response.status === 429 || response.status >= 500) {
                // The server is busy or failing: the star waits for the next chance rather than being given up.
                break;
            }

            writeQueue(readQueue().filter((other) => other.session !== item.session || other.starred !== item.starred));
            if (response.ok && result) {
                sent++;
                formsFor(result.session).forEach((form) => render(form, result.starred));
            } else {
                // The press did not count: the star shows what it showed before it.
                formsFor(item.session).forEach((form) => render(form, !item.starred));
                refused.push(`“${item.title}”: ${(result && result.detail) || `error ${response.status}`}`);
            }
        }

        if (reached) {
            retries = 0;
        }

        if (refused.length > 0) {
            status(`Not sent, the server refused ${refused.length === 1 ? 'a star' : 'stars'} saved offline. ${refused.join(' ')}`, true);
        }

        showQueued();
        if (sent > 0 && refused.length === 0 && readQueue().length === 0) {
            status('Your stars saved offline were sent.');
        }

        // The agenda lists what the server holds: shown again, it lists what was just sent.
        if (sent > 0 && location.pathname === '/agenda') {
            location.reload();
        }
    }

    // Posts go one at a time, and the first waits for the state: its answer hands the browser the token its first
    // star creates the agenda under, so no star is sent without it and every star lands in one agenda.
    let queue = applyState().then(flush);

    document.addEventListener('submit', (event) => {
        const form = event.target;
        if (!(form instanceof HTMLFormElement) || !form.matches('form[data-star-form]')) {
            return;
        }

        event.preventDefault();
        event.stopPropagation();
        const button = form.querySelector('.star-button');
        button.disabled = true;
        const body = new URLSearchParams(new FormData(form));
        queue = queue.then(() => post(form, body)).finally(() => { button.disabled = false; });
    }, true);

    async function post(form, body) {
        if (navigator.onLine === false) {
            enqueue(form, body);
            return;
        }

        let response;
        try {
            response = await fetch(form.action, {
                method: 'POST',
                body,
                credentials: 'same-origin',
                headers: { Accept: 'application/json' },
            });
        } catch {
            // No connection after all: kept and sent when it returns.
            enqueue(form, body);
            return;
        }

        // Every failure answers with a JSON problem that says why; anything else is reported, never sent again.
        const result = await response.json().catch(() => null);
        if (response.ok && result) {
            // A press that reached the server replaces one still waiting for the same session.
            writeQueue(readQueue().filter((item) => item.session !== result.session));
            showQueued();
            document.querySelectorAll('form[data-star-form]').forEach((other) => {
                if (other.querySelector('input[name=session]').value === result.session) {
                    render(other, result.starred);
                }
            });
        } else {
            window.alert((result && result.detail) || `Your agenda could not be changed (error ${response.status}). Try again in a moment.`);
        }
    }

    const refresh = () => { queue = queue.then(applyState).then(flush); };
    window.addEventListener('online', refresh);
    document.addEventListener('summit:updated', refresh);
})();
