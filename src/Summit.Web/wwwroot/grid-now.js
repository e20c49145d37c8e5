// Marks the current time on the schedule grid during the event. The page is shared and cached, so the server cannot
// draw "now" into it: each row carries its UTC start and end, and this places a line across the row holding now.
(() => {
    function place(table) {
        const box = table.parentElement;
        let line = box.querySelector(':scope > .grid-now');
        const now = Date.now();
        let top = null;
        const rows = table.tBodies[0] ? Array.from(table.tBodies[0].rows) : [];
        for (const [i, row] of rows.entries()) {
            const start = Date.parse(row.dataset.start);
            const end = Date.parse(row.dataset.end);
            if (now < start) {
                // Before the day's first row there is no line; in a break for everyone (which has no row) it sits on
                // the edge of the row after the break.
                top = i > 0 ? row.offsetTop : null;
                break;
            }

            if (now < end) {
                top = row.offsetTop + (row.offsetHeight * (now - start)) / (end - start);
                break;
            }
        }

        if (top === null) {
            if (line) {
                line.hidden = true;
            }

            return;
        }

        if (!line) {
            line = document.createElement('div');
            line.className = 'grid-now';
            line.setAttribute('aria-hidden', 'true');
            box.appendChild(line);
        }

        line.hidden = false;
        line.style.top = `${table.offsetTop + top}px`;
        line.style.width = `${table.offsetWidth}px`;
    }

    const update = () => document.querySelectorAll('table[data-grid]').forEach(place);

    update();
    document.addEventListener('DOMContentLoaded', update);
    window.addEventListener('resize', update);
    setInterval(update, 30_000);
    // Day tabs and filters swap the page in place (in-place.js): place the line on the new grid.
    document.addEventListener('summit:updated', update);
})();
