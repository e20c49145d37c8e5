// /now reloads itself just after each minute turns, so "starts in N minutes" and the session shown stay true. This
// replaces a refresh tag, which reloads on its own clock whatever the visitor is doing; without JavaScript the page
// keeps one inside <noscript>.
(() => {
    const untilNextMinute = 60_000 - (Date.now() % 60_000) + 1_000;
    setTimeout(() => location.reload(), untilNextMinute);
})();
