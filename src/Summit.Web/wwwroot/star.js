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

    // Posts go one at a time: the first star of a visit creates the agenda cookie, and a second star sent
    // before that answer arrived would create a second agenda and lose the first.
    let queue = Promise.resolve();

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
        try {
            const response = await fetch(form.action, {
                method: 'POST',
                body,
                credentials: 'same-origin',
                headers: { Accept: 'application/json' },
            });
            const result = await response.json();
            if (response.ok) {
                document.querySelectorAll('form[data-star-form]').forEach((other) => {
                    if (other.querySelector('input[name=session]').value === result.session) {
                        render(other, result.starred);
                    }
                });
            } else {
                window.alert(result.detail || 'Your agenda could not be changed.');
            }
        } catch {
            form.submit();
        }
    }

    applyState();
    if (window.Blazor && window.Blazor.addEventListener) {
        window.Blazor.addEventListener('enhancedload', applyState);
    } else {
        document.addEventListener('DOMContentLoaded', () => {
            if (window.Blazor && window.Blazor.addEventListener) {
                window.Blazor.addEventListener('enhancedload', applyState);
            }
        });
    }
})();
