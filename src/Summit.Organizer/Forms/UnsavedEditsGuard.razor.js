// Enhanced navigation follows links without asking Blazor's navigation lock, since the organizer pages are interactive
// inside a static router. While the page holds unsaved edits, its internal links go through the server's
// NavigationManager instead, where the lock asks first.
export function interceptLinks(dotNet) {
    let active = false;

    const onClick = event => {
        if (!active || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.shiftKey || event.altKey || event.metaKey) {
            return;
        }

        const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
        if (!anchor || anchor.hasAttribute('download') || (anchor.target && anchor.target !== '_self')) {
            return;
        }

        const url = new URL(anchor.getAttribute('href'), document.baseURI);
        const base = new URL(document.baseURI);
        const samePage = url.pathname === location.pathname && url.search === location.search;
        if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname) || (samePage && url.hash !== '')) {
            return;
        }

        event.preventDefault();
        dotNet.invokeMethodAsync('Navigate', url.href);
    };

    document.addEventListener('click', onClick, true);
    return {
        setActive: value => { active = value; },
        dispose: () => document.removeEventListener('click', onClick, true),
    };
}
