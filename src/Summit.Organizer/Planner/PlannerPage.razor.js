// Native HTML drag and drop for the planner: a mouse, a touch screen and a test driver all start the same dragstart and
// drop. Listeners sit on the page's root, not on each card, so they survive every redraw of the board, and the server
// learns only of finished drops: where a card went, never where it passed.
export function attach(root, dotNet) {
    let dragged = null;
    let over = null;

    const dropTarget = event => event.target instanceof Element ? event.target.closest('[data-drop]') : null;

    const accepts = target => target && root.contains(target) && target.dataset.session !== dragged;

    const highlight = target => {
        if (over !== target) {
            over?.classList.remove('planner-drop-over');
            over = target;
            over?.classList.add('planner-drop-over');
        }
    };

    const end = () => {
        dragged = null;
        highlight(null);
        root.classList.remove('planner-dragging');
    };

    const onDragStart = event => {
        const card = event.target instanceof Element ? event.target.closest('[draggable="true"][data-card]') : null;
        if (!card || !root.contains(card)) {
            return;
        }

        dragged = card.dataset.card;
        event.dataTransfer.effectAllowed = 'move';
        // Some browsers start no drag without data; the title is what another application would receive.
        event.dataTransfer.setData('text/plain', card.dataset.title ?? '');
        // Drop zones for merging show only while something is dragged; added after the browser took its drag image.
        requestAnimationFrame(() => { if (dragged) { root.classList.add('planner-dragging'); } });
    };

    const onDragOver = event => {
        const target = dropTarget(event);
        if (dragged === null || !accepts(target)) {
            highlight(null);
            return;
        }

        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        highlight(target);
    };

    const onDrop = event => {
        const target = dropTarget(event);
        if (dragged === null || !accepts(target)) {
            end();
            return;
        }

        event.preventDefault();
        const drop = {
            session: Number(dragged),
            target: target.dataset.drop,
            targetSession: target.dataset.session ? Number(target.dataset.session) : null,
            room: target.dataset.room ? Number(target.dataset.room) : null,
            slot: target.dataset.slot ? Number(target.dataset.slot) : null,
            modifier: event.altKey,
        };
        end();
        dotNet.invokeMethodAsync('DropAsync', drop);
    };

    root.addEventListener('dragstart', onDragStart);
    // Tells scripts and tests that a drop now reaches the server (the page may be interactive a moment earlier).
    root.dataset.dragReady = 'true';
    root.addEventListener('dragover', onDragOver);
    root.addEventListener('drop', onDrop);
    root.addEventListener('dragend', end);
    return {
        dispose: () => {
            root.removeEventListener('dragstart', onDragStart);
            root.removeEventListener('dragover', onDragOver);
            root.removeEventListener('drop', onDrop);
            root.removeEventListener('dragend', end);
        },
    };
}
