// Native HTML drag and drop for the planner: a mouse, a touch screen and a test driver all start the same dragstart and
// drop. A classic script loaded once by the organizer area, before any circuit renders: its listeners sit on the
// document and act inside a planner page only, and a finished drop reaches the server as a Blazor event
// ("plannerdrop") on the page, so a drop works from the render that draws the board, with no script to fetch and
// attach afterwards. The server learns only of finished drops: where a card went, never where it passed.
(() => {
    const plannerOf = element => element instanceof Element ? element.closest('.planner-page') : null;

    Blazor.registerCustomEventType('plannerdrop', { createEventArgs: event => event.detail });

    let dragged = null;
    let root = null;
    let over = null;

    const dropTarget = event => event.target instanceof Element ? event.target.closest('[data-drop]') : null;

    const accepts = target => target && root && root.contains(target) && target.dataset.session !== dragged;

    const highlight = target => {
        if (over !== target) {
            over?.classList.remove('planner-drop-over');
            over = target;
            over?.classList.add('planner-drop-over');
        }
    };

    const end = () => {
        highlight(null);
        root?.classList.remove('planner-dragging');
        dragged = null;
        root = null;
    };

    document.addEventListener('dragstart', event => {
        const card = event.target instanceof Element ? event.target.closest('[draggable="true"][data-card]') : null;
        const planner = plannerOf(card);
        // Until the server has drawn the board, a drop would reach nobody.
        if (!card || !planner?.dataset.dragReady) {
            return;
        }

        dragged = card.dataset.card;
        root = planner;
        event.dataTransfer.effectAllowed = 'move';
        // Some browsers start no drag without data; the title is what another application would receive.
        event.dataTransfer.setData('text/plain', card.dataset.title ?? '');
        // Drop zones for merging show only while something is dragged; added after the browser took its drag image.
        requestAnimationFrame(() => { if (dragged) { planner.classList.add('planner-dragging'); } });
    });

    document.addEventListener('dragover', event => {
        const target = dropTarget(event);
        if (dragged === null || !accepts(target)) {
            highlight(null);
            return;
        }

        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        highlight(target);
    });

    document.addEventListener('drop', event => {
        const target = dropTarget(event);
        if (dragged === null || !accepts(target)) {
            end();
            return;
        }

        event.preventDefault();
        const detail = {
            session: Number(dragged),
            target: target.dataset.drop,
            targetSession: target.dataset.session ? Number(target.dataset.session) : null,
            room: target.dataset.room ? Number(target.dataset.room) : null,
            slot: target.dataset.slot ? Number(target.dataset.slot) : null,
            modifier: event.altKey,
        };
        const planner = root;
        end();
        planner.dispatchEvent(new CustomEvent('plannerdrop', { bubbles: true, detail }));
    });

    document.addEventListener('dragend', end);
})();
