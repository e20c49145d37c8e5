// Applies this visitor's stars to the shared, cacheable schedule pages, and toggles a star in place.
// Without JavaScript the star forms still post and /agenda shows the result.
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

    document.addEventListener('submit', async (event) => {
        const form = event.target;
        if (!(form instanceof HTMLFormElement) || !form.matches('form[data-star-form]')) {
            return;
        }

        event.preventDefault();
        event.stopPropagation();
        const button = form.querySelector('.star-button');
        button.disabled = true;
        try {
            const response = await fetch(form.action, {
                method: 'POST',
                body: new URLSearchParams(new FormData(form)),
                credentials: 'same-origin',
                headers: { Accept: 'application/json' },
            });
            const body = await response.json();
            if (response.ok) {
                document.querySelectorAll('form[data-star-form]').forEach((other) => {
                    if (other.querySelector('input[name=session]').value === body.session) {
                        render(other, body.starred);
                    }
                });
            } else {
                window.alert(body.detail || 'Your agenda could not be changed.');
            }
        } catch {
            form.submit();
        } finally {
            button.disabled = false;
        }
    }, true);

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
