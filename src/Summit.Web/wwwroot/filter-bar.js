// With JavaScript on, a ticked box applies the filter at once through Blazor's enhanced navigation
// (no full reload); without it, the form's "Apply filters" button submits the same GET request.
document.addEventListener('change', (event) => {
    const form = event.target.closest && event.target.closest('form[data-filter-bar]');
    if (form && event.target.type === 'checkbox') {
        navigate(form);
    }
});

document.addEventListener('submit', (event) => {
    const form = event.target;
    if (form.matches && form.matches('form[data-filter-bar]') && window.Blazor) {
        event.preventDefault();
        navigate(form);
    }
});

function navigate(form) {
    const query = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
        if (String(value).trim() !== '') {
            query.append(name, value);
        }
    }

    const search = query.toString();
    const url = form.getAttribute('action') + (search ? '?' + search : '');
    if (window.Blazor) {
        window.Blazor.navigateTo(url);
    } else {
        window.location.assign(url);
    }
}
