#!/usr/bin/env bash
# A rolling restart under load: two instances on one database behind nginx (round robin, proxy_next_upstream as in
# deploy/nginx/summit-several.conf), wrk sending the schedule, a session page and the iCal feed in turn through
# nginx, and meanwhile one instance gets SIGTERM (as systemd stops it), starts again and is ready (/readyz), then
# the other. Prints the stop and start times, wrk's figures and one line: PASS when no request failed (no
# non-2xx/3xx answer, no socket error or timeout), FAIL otherwise; the exit status follows it.
#
#   bench/load/rolling-restart.sh                    # defaults: SESSIONS=2000 CONNECTIONS=50 THREADS=2 TIMEOUT=10s
#   PROVIDER=PostgreSQL CONNECTION="Host=127.0.0.1;Port=5432;Database=summit_bench;Username=postgres" bench/load/rolling-restart.sh
#
# Needs: the .NET SDK, wrk, nginx, curl, sqlite3 (Debian: apt-get install -y wrk nginx-light curl sqlite3).
set -euo pipefail

CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
FIRST_PORT=${FIRST_PORT:-5421}
SECOND_PORT=${SECOND_PORT:-5422}
NGINX_PORT=${NGINX_PORT:-5431}
SETTLE=${SETTLE:-7}
AFTER=${AFTER:-3}
# A request not answered within TIMEOUT counts as failed (wrk's own default, 2 s, also counts a slow answer on a busy
# machine).
TIMEOUT=${TIMEOUT:-10s}
# RESTART=no: the same run without the restarts (HOLD seconds), to tell what the restarts cost from what the load does.
RESTART=${RESTART:-yes}
HOLD=${HOLD:-120}

. "$(cd "$(dirname "$0")" && pwd)/instances-common.sh"

publish
make_database
start_instance "$FIRST_PORT"
start_instance "$SECOND_PORT"
wait_ready "$FIRST_PORT"
wait_ready "$SECOND_PORT"
start_nginx pool "$NGINX_PORT" "$FIRST_PORT" "$SECOND_PORT"
pick_paths "http://127.0.0.1:$FIRST_PORT"
wrk -t1 -c4 -d2s -s "$here/mixed.lua" "http://127.0.0.1:$NGINX_PORT" -- "${paths[@]}" >/dev/null   # warm-up

# wrk runs from AFTER seconds before the first stop to SETTLE seconds after the second start, then SIGINT makes it
# stop and print its figures:
# however slow the machine, the run covers both restarts.
wrk -t"$THREADS" -c"$CONNECTIONS" -d1h --timeout "$TIMEOUT" --latency -s "$here/mixed.lua" "http://127.0.0.1:$NGINX_PORT" -- "${paths[@]}" \
    >"$work/wrk.txt" 2>&1 &
wrk_pid=$!
run_started=$(date +%s%3N)
sleep "$AFTER"
restart_ports=("$FIRST_PORT" "$SECOND_PORT")
if [ "$RESTART" = no ]; then restart_ports=(); sleep "$HOLD"; fi
for port in "${restart_ports[@]}"; do
    stop_instance "$port"
    started=$(date +%s%3N)
    start_instance "$port"
    wait_ready "$port"
    echo "instance $port: graceful stop $stop_seconds s, start to ready $(seconds_since "$started") s"
    # Longer than nginx's fail_timeout (5 s): the restarted instance is back in the pool before the other stops.
    sleep "$SETTLE"
done
kill -INT "$wrk_pid"
wait "$wrk_pid"
run_seconds=$(seconds_since "$run_started")

read -r requests rps p50 p99 non2xx sockets < <(summarize "$(cat "$work/wrk.txt")")
echo "wrk -t$THREADS -c$CONNECTIONS --timeout $TIMEOUT for ${run_seconds} s through nginx, $SESSIONS sessions on $PROVIDER: $requests requests, $rps requests/s, p50 $p50 ms, p99 $p99 ms"
grep -E 'Socket errors|Non-2xx' "$work/wrk.txt" || true
failed=$((non2xx + sockets))
label="rolling restart (each instance stopped and started in turn)"
[ "$RESTART" = no ] && label="the same run without restarts"
if [ "$failed" = 0 ]; then
    echo "PASS $label: 0 of $requests requests failed"
else
    echo "FAIL $label: $failed of $requests requests failed ($non2xx non-2xx/3xx, $sockets socket errors)"
    exit 1
fi
