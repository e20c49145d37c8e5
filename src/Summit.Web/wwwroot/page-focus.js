// After enhanced navigation to another page, move focus to its heading so screen readers announce it.
// A filter change stays on the same page: focus stays on the control the visitor just used, and a first
// load leaves focus at the top of the document, where the skip link is.
(() => {
    let path = location.pathname;

    function focusHeading() {
        if (location.pathname === path) {
            return;
        }

        path = location.pathname;
        const heading = document.querySelector('main h1');
        if (heading) {
            heading.setAttribute('tabindex', '-1');
            heading.focus({ preventScroll: true });
        }
    }

    function subscribe() {
        if (window.Blazor && window.Blazor.addEventListener) {
            window.Blazor.addEventListener('enhancedload', focusHeading);
            return true;
        }

        return false;
    }

    if (!subscribe()) {
        document.addEventListener('DOMContentLoaded', subscribe);
    }
})();
