// With JavaScript on, a ticked box applies the filter at once, updating the page in place (in-place.js);
// without it, the form's "Apply filters" button submits the same GET request.
document.addEventListener('change', (event) => {
    const form = event.target.closest && event.target.closest('form[data-filter-bar]');
    if (form && event.target.type === 'checkbox') {
        navigate(form);
    }
});

document.addEventListener('submit', (event) => {
    const form = event.target;
    if (form.matches && form.matches('form[data-filter-bar]') && window.summitNavigate) {
        event.preventDefault();
        navigate(form);
    }
});

// The server renders the facet panel closed; a visitor ticking boxes in it expects it to stay open,
// with focus on the box just used, after the page is updated in place.
let restore = null;

function restoreFilterBar() {
    if (!restore) {
        return;
    }

    const details = document.querySelector('form[data-filter-bar] details');
    if (details && restore.open) {
        details.open = true;
    }

    const focused = restore.focusId && document.getElementById(restore.focusId);
    if (focused) {
        focused.focus({ preventScroll: true });
    }

    restore = null;
}

document.addEventListener('summit:updated', restoreFilterBar);

function navigate(form) {
    const details = form.querySelector('details');
    restore = { open: !!(details && details.open), focusId: document.activeElement && document.activeElement.id };

    const query = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
        if (String(value).trim() !== '') {
            query.append(name, value);
        }
    }

    const search = query.toString();
    const url = form.getAttribute('action') + (search ? '?' + search : '');
    if (window.summitNavigate) {
        window.summitNavigate(url);
    } else {
        window.location.assign(url);
    }
}
