// Offers the viewer's own time zone when it is not the venue's. Pages print the venue's times, and each <time> carries
// its instant with the offset (2012-10-15T09:50-07:00), so the shared, cached HTML is the same for everyone and the
// conversion happens here. Without script the venue's times and zone show, and no switch that would do nothing.
//
// The layout places this script at the top of the page's content, with an instant of the event in the venue's offset
// (data-zone-probe): it runs while the page is read, so a banner it adds is there before anything below it is laid out
// and nothing moves. The times are converted once the page is read.
(() => {
    const storageKey = 'summit-times';
    const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const probeSelector = 'script[data-zone-probe]';

    function remembered() {
        try {
            return localStorage.getItem(storageKey) === 'viewer';
        } catch {
            return false;
        }
    }

    function remember(viewer) {
        try {
            if (viewer) {
                localStorage.setItem(storageKey, 'viewer');
            } else {
                localStorage.removeItem(storageKey);
            }
        } catch {
            // Storage blocked: the choice lasts for this page only.
        }
    }

    // Making a formatter costs far more than using one, and a large day prints hundreds of times: one per kind.
    const formatters = new Map();

    function parts(date, options) {
        const key = JSON.stringify(options);
        let format = formatters.get(key);
        if (!format) {
            format = new Intl.DateTimeFormat('en-US', { timeZone: viewerZone, ...options });
            formatters.set(key, format);
        }

        const found = {};
        format.formatToParts(date).forEach((part) => { found[part.type] = part.value; });
        return found;
    }

    // "6:50pm", as the pages write times.
    function clock(date) {
        const p = parts(date, { hour: 'numeric', minute: '2-digit', hour12: true });
        return `${p.hour}:${p.minute}${(p.dayPeriod || '').toLowerCase()}`;
    }

    // "2012-10-15T18:50", to compare with the venue's wall-clock time in the attribute.
    function wallClock(date) {
        const p = parts(date, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
        return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
    }

    // "CEST" where a locale knows a name, else "GMT+2": English locales name different zones, so try a few.
    const zoneFormatters = new Map();
    const zoneNames = new Map();

    function zoneName(date) {
        if (!zoneNames.has(date.getTime())) {
            zoneNames.set(date.getTime(), findZoneName(date));
        }

        return zoneNames.get(date.getTime());
    }

    function findZoneName(date) {
        const locales = [...(navigator.languages || []), 'en-US', 'en-GB'];
        let fallback = null;
        for (const locale of locales) {
            try {
                if (!zoneFormatters.has(locale)) {
                    zoneFormatters.set(locale, new Intl.DateTimeFormat(locale, { timeZone: viewerZone, timeZoneName: 'short' }));
                }

                const name = zoneFormatters.get(locale).formatToParts(date).find((part) => part.type === 'timeZoneName')?.value;
                if (name && !/^(GMT|UTC)/.test(name)) {
                    return name;
                }

                fallback = fallback || name;
            } catch {
                // A locale this browser does not know: try the next.
            }
        }

        return fallback || viewerZone;
    }

    // The venue's text of a time, from its attribute: "2012-10-15T09:50-07:00" is "9:50am".
    function venueClock(datetime) {
        const hour = Number(datetime.slice(11, 13));
        const suffix = hour < 12 ? 'am' : 'pm';
        return `${hour % 12 === 0 ? 12 : hour % 12}:${datetime.slice(14, 16)}${suffix}`;
    }

    // The times and zone names in document order: a zone name follows the times it belongs to.
    function items() {
        return Array.from(document.querySelectorAll('time[datetime*="T"], .event-zone'));
    }

    // The script element the layout placed: where the banner goes, with the event's probe instant and zone name.
    function anchor() {
        return document.querySelector(`main ${probeSelector}`);
    }

    function differsAt(datetime) {
        return wallClock(new Date(datetime)) !== datetime.slice(0, 16);
    }

    function differs() {
        const probe = anchor()?.dataset.zoneProbe;
        return (probe && differsAt(probe))
            || items().some((item) => item.tagName === 'TIME' && differsAt(item.getAttribute('datetime')));
    }

    // Rewrites every time for the viewer (or back for the venue); says whether some fell on another day for the viewer.
    function show(viewer) {
        const all = items();
        let last = null;
        let otherDay = false;
        all.forEach((item, index) => {
            if (item.tagName === 'TIME') {
                const datetime = item.getAttribute('datetime');
                last = new Date(datetime);
                let text = venueClock(datetime);
                if (viewer) {
                    const local = wallClock(last);
                    text = clock(last);
                    if (local.slice(0, 10) !== datetime.slice(0, 10)) {
                        otherDay = true;
                        text = `${parts(last, { weekday: 'short' }).weekday} ${text}`;
                    }
                }

                item.textContent = text;
                return;
            }

            if (!item.dataset.venueZone) {
                item.dataset.venueZone = item.textContent;
            }

            // A zone before any time (the grid's day heading) belongs to the times after it.
            const next = last ? null : all.slice(index + 1).find((other) => other.tagName === 'TIME');
            const at = last || (next ? new Date(next.getAttribute('datetime')) : null);
            item.textContent = viewer && at ? zoneName(at) : item.dataset.venueZone;
        });

        return otherDay;
    }

    function firstInstant() {
        const time = document.querySelector('time[datetime*="T"]');
        const probe = anchor()?.dataset.zoneProbe;
        if (time) {
            return new Date(time.getAttribute('datetime'));
        }

        return probe ? new Date(probe) : new Date();
    }

    function venueZoneName() {
        const zone = document.querySelector('.event-zone');
        if (zone) {
            return zone.dataset.venueZone || zone.textContent;
        }

        return anchor()?.dataset.venueZoneName || 'the venue\'s zone';
    }

    function render(banner, viewer) {
        const otherDay = show(viewer);
        const mine = zoneName(firstInstant());
        const venue = venueZoneName();
        const text = banner.querySelector('.zone-banner-text');
        const button = banner.querySelector('.zone-banner-switch');
        text.textContent = viewer
            ? `Times are in ${mine}, your device's time; the venue is in ${venue}.`
                + (otherDay ? ' Days are the venue\'s: a time on another day for you shows its weekday.' : '')
            : `Times are in ${venue}, the venue's time; your device is in ${mine}.`;
        button.textContent = viewer ? `Show the venue's times (${venue})` : `Show my times (${mine})`;
        button.setAttribute('aria-pressed', viewer ? 'true' : 'false');
    }

    function banner(place) {
        let box = document.querySelector('.zone-banner');
        if (box) {
            return box;
        }

        box = document.createElement('div');
        box.className = 'zone-banner';
        box.setAttribute('role', 'region');
        box.setAttribute('aria-label', 'Time zone');
        const text = document.createElement('p');
        text.className = 'zone-banner-text';
        text.setAttribute('aria-live', 'polite');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'zone-banner-switch';
        button.addEventListener('click', () => {
            const viewer = button.getAttribute('aria-pressed') !== 'true';
            remember(viewer);
            render(box, viewer);
        });
        box.append(text, button);
        place.after(box);
        return box;
    }

    function update() {
        const place = anchor();
        if (!viewerZone || !place || !differs()) {
            document.querySelector('.zone-banner')?.remove();
            return;
        }

        render(banner(place), remembered());
    }

    update();
    document.addEventListener('DOMContentLoaded', update);
    // Day tabs and filters swap the page's main part in place (in-place.js): convert the new times too.
    document.addEventListener('summit:updated', update);
})();
