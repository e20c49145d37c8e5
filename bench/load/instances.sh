#!/usr/bin/env bash
# One instance against two behind nginx, on one database and the same machine: for the schedule, a session page, the
# iCal feed and the three in turn, wrk drives (1) one instance directly, (2) nginx in front of that one instance and
# (3) nginx round robin in front of two, page by page in the same run. Prints requests/s, p50/p99 latency in ms,
# the ratios of (3) to (1) and (2), and failed requests (non-2xx/3xx and socket errors).
#
#   bench/load/instances.sh                          # defaults: SESSIONS=2000 DURATION=5s CONNECTIONS=50 THREADS=2
#   SESSIONS=28 DURATION=10s bench/load/instances.sh
#   PROVIDER=PostgreSQL CONNECTION="Host=127.0.0.1;Port=5432;Database=summit_bench;Username=postgres" bench/load/instances.sh
#
# Needs: the .NET SDK, wrk, nginx, curl, sqlite3 (Debian: apt-get install -y wrk nginx-light curl sqlite3).
set -euo pipefail

DURATION=${DURATION:-5s}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
FIRST_PORT=${FIRST_PORT:-5401}
SECOND_PORT=${SECOND_PORT:-5402}
NGINX_ONE_PORT=${NGINX_ONE_PORT:-5411}
NGINX_TWO_PORT=${NGINX_TWO_PORT:-5412}

. "$(cd "$(dirname "$0")" && pwd)/instances-common.sh"

publish
make_database
start_instance "$FIRST_PORT"
start_instance "$SECOND_PORT"
wait_ready "$FIRST_PORT"
wait_ready "$SECOND_PORT"
start_nginx one "$NGINX_ONE_PORT" "$FIRST_PORT"
start_nginx two "$NGINX_TWO_PORT" "$FIRST_PORT" "$SECOND_PORT"
pick_paths "http://127.0.0.1:$FIRST_PORT"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

declare -A targets=([direct]="http://127.0.0.1:$FIRST_PORT" [nginx-one]="http://127.0.0.1:$NGINX_ONE_PORT" [nginx-two]="http://127.0.0.1:$NGINX_TWO_PORT")
printf '%-28s %9s %9s %9s %6s %6s %14s %14s %14s %6s\n' page one nginx+one nginx+two 2/1 2/n+1 "one p50/p99" "n+one p50/p99" "n+two p50/p99" failed
for entry in "${paths[@]}" mixed; do
    declare -A rps=() latency=()
    failed=0
    for target in direct nginx-one nginx-two; do
        if [ "$entry" = mixed ]; then
            set -- -s "$here/mixed.lua" "${targets[$target]}" -- "${paths[@]}"
        else
            set -- "${targets[$target]}$entry"
        fi
        wrk -t1 -c4 -d2s "$@" >/dev/null   # warm-up: JIT, caches and nginx's upstream connections
        read -r _ r p50 p99 non2xx sockets < <(summarize "$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@")")
        rps[$target]=$r
        latency[$target]="$p50/$p99"
        failed=$((failed + non2xx + sockets))
    done
    label=$entry
    [ "$entry" = mixed ] && label="/, session, feed in turn"
    printf '%-28s %9s %9s %9s %6s %6s %14s %14s %14s %6s\n' "${label:0:28}" "${rps[direct]}" "${rps[nginx-one]}" "${rps[nginx-two]}" \
        "$(ratio "${rps[nginx-two]}" "${rps[direct]}")" "$(ratio "${rps[nginx-two]}" "${rps[nginx-one]}")" \
        "${latency[direct]}" "${latency[nginx-one]}" "${latency[nginx-two]}" "$failed"
done
echo
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION on 127.0.0.1, $(nproc) cores shared by wrk, nginx and the instances; $SESSIONS sessions on $PROVIDER; requests/s, latency in ms"
