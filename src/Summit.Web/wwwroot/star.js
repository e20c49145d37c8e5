// Applies this visitor's stars to the shared, cacheable schedule pages, and toggles a star in place.
// Without JavaScript the star forms still post and land on /agenda/starred, which says what happened.
(() => {
    const labels = { on: 'Remove from my agenda', off: 'Add to my agenda' };

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
        if (forms.length === 0) {
            return;
        }

        try {
            const response = await fetch('/agenda/state', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
            if (!response.ok) {
                return;
            }

            const starred = new Set((await response.json()).starred);
            forms.forEach((form) => render(form, starred.has(form.querySelector('input[name=session]').value)));
        } catch {
            // Offline or blocked: the stars stay as the page rendered them.
        }
    }

    // Posts go one at a time, and the first waits for the state: its answer hands the browser the token its first
    // star creates the agenda under, so no star is sent without it and every star lands in one agenda.
    let queue = applyState();

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
        let response;
        try {
            response = await fetch(form.action, {
                method: 'POST',
                body,
                credentials: 'same-origin',
                headers: { Accept: 'application/json' },
            });
        } catch {
            window.alert('Your agenda could not be changed: the server could not be reached. Try again in a moment.');
            return;
        }

        // Every failure answers with a JSON problem that says why; anything else is reported, never sent again.
        const result = await response.json().catch(() => null);
        if (response.ok && result) {
            document.querySelectorAll('form[data-star-form]').forEach((other) => {
                if (other.querySelector('input[name=session]').value === result.session) {
                    render(other, result.starred);
                }
            });
        } else {
            window.alert((result && result.detail) || `Your agenda could not be changed (error ${response.status}). Try again in a moment.`);
        }
    }

    const refresh = () => { queue = queue.then(applyState); };
    document.addEventListener('summit:updated', refresh);
})();
