// Turns a session's share link into a button: the device's share sheet where there is one (phones), else the address
// copied to the clipboard with a visible "Link copied". Without script, or when both fail, the link opens the address.
(() => {
    function say(link, text) {
        const status = link.parentElement.querySelector('.share-status');
        if (status) {
            status.textContent = text;
        }
    }

    document.addEventListener('click', async (event) => {
        const link = event.target instanceof Element ? event.target.closest('a[data-share-link]') : null;
        if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
            return;
        }

        const url = link.href;
        const title = link.dataset.shareTitle || document.title;
        if (navigator.share) {
            event.preventDefault();
            try {
                await navigator.share({ title, url });
            } catch {
                // The visitor closed the share sheet: nothing to say.
            }

            return;
        }

        if (navigator.clipboard && navigator.clipboard.writeText) {
            event.preventDefault();
            try {
                await navigator.clipboard.writeText(url);
                say(link, 'Link copied');
            } catch {
                say(link, 'Could not copy: the address is the link itself');
            }
        }
    });
})();
