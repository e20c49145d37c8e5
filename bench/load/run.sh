#!/usr/bin/env bash
# Load test on loopback: Summit against nginx serving the very same bytes as static files (the practical limit),
# both driven by wrk, for the schedule, a filtered view, a session page, the iCal feed and a personal feed, at
# 28 sessions (the seed) and 2,000 (generated). Prints requests per second, p50 and p99 latency, the ratio
# Summit/nginx, errors, Summit's peak memory and its start-up time to first answer.
#
#   bench/load/run.sh                      # defaults: SIZES="28 2000" DURATION=10s CONNECTIONS=50 THREADS=2
#   SIZES=2000 DURATION=30s bench/load/run.sh
#
# Needs: the .NET SDK, wrk, nginx, curl (Debian: apt-get install -y wrk nginx-light curl).
set -euo pipefail

SIZES=${SIZES:-"28 2000"}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
SUMMIT_PORT=${SUMMIT_PORT:-5391}
NGINX_PORT=${NGINX_PORT:-5392}

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
summit_pid=""
nginx_pid=""

cleanup() {
    if [ -n "$summit_pid" ]; then kill "$summit_pid" 2>/dev/null || true; wait "$summit_pid" 2>/dev/null || true; fi
    if [ -n "$nginx_pid" ]; then kill "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

for tool in dotnet wrk nginx curl; do
    command -v "$tool" >/dev/null || { echo "This script needs $tool (Debian: apt-get install -y wrk nginx-light curl)." >&2; exit 2; }
done

now_ms() { date +%s%3N; }

# wrk's latency in milliseconds, whatever unit it printed.
to_ms() {
    awk -v v="$1" 'BEGIN {
        if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
        else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
        else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 }
        else printf "%s", v }'
}

# Runs wrk and prints "rps p50 p99 errors".
load() {
    local url=$1 script=${2:-}
    local out
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency ${script:+-s "$script"} "$url")
    local rps p50 p99 errors
    rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$out")
    p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
    p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
    errors=$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' <<<"$out")
    echo "$rps $p50 $p99 $errors"
}

# Starts the published app on a database; sets summit_pid and startup_ms (launch to first answer of /).
start_summit() {
    local db=$1
    local started
    started=$(now_ms)
    ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$SUMMIT_PORT" ASPNETCORE_CONTENTROOT="$work/app" \
        ConnectionStrings__Summit="Data Source=$db" Logging__LogLevel__Default=Warning \
        dotnet "$work/app/Summit.Web.dll" >"$work/summit.log" 2>&1 &
    summit_pid=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$SUMMIT_PORT/"; do
        kill -0 "$summit_pid" 2>/dev/null || { cat "$work/summit.log" >&2; exit 1; }
        sleep 0.02
    done
    startup_ms=$(($(now_ms) - started))
}

stop_summit() {
    kill "$summit_pid" && wait "$summit_pid" 2>/dev/null || true
    summit_pid=""
}

echo "Publishing Summit (Release)..."
dotnet publish "$root/src/Summit.Web" -c Release -o "$work/app" --nologo -v quiet >/dev/null

mkdir -p "$work/static" "$work/nginx"
chmod 755 "$work" "$work/static"   # nginx's workers run unprivileged
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
daemon off;
events { worker_connections 4096; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    client_body_temp_path $work/nginx;
    proxy_temp_path $work/nginx;
    fastcgi_temp_path $work/nginx;
    uwsgi_temp_path $work/nginx;
    scgi_temp_path $work/nginx;
    types { text/html html; text/calendar ics; }
    server { listen 127.0.0.1:$NGINX_PORT; root $work/static; }
}
CONF
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" &
nginx_pid=$!

report=$work/report.txt
printf '%-6s %-22s %9s %9s %9s %6s %14s %14s %6s\n' sessions page bytes nginx summit ratio "nginx p50/p99" "summit p50/p99" errors >"$report"

for size in $SIZES; do
    db="$work/summit-$size.db"
    if [ "$size" != 28 ]; then
        ConnectionStrings__Summit="Data Source=$db" Logging__LogLevel__Default=Warning \
            dotnet "$work/app/Summit.Web.dll" generate --sessions "$size" --rooms 25 --days 4 | tail -1
    fi
    start_summit "$db"   # a process's first start (at 28 it also migrates and seeds; generate already did that at 2,000)
    first=$startup_ms
    stop_summit
    start_summit "$db"
    startup=$startup_ms
    base="http://127.0.0.1:$SUMMIT_PORT"

    # A personal agenda of ten sessions, starred as a browser would.
    slugs=$(curl -s "$base/" | grep -o 'href="sessions/[^"]*"' | awk 'NR <= 10' | sed 's/href="sessions\/\(.*\)"/\1/')
    jar="$work/cookies-$size"
    for slug in $slugs; do
        curl -s -o /dev/null -b "$jar" -c "$jar" -H "Sec-Fetch-Site: same-origin" --data-urlencode "session=$slug" -d starred=true "$base/agenda/star"
    done
    token=$(awk '$6 == "summit_agenda" { print $7 }' "$jar")
    first_slug=$(head -1 <<<"$slugs")

    pages=("home:/" "filtered:/?track=quantum" "session:/sessions/$first_slug" "calendar:/calendar.ics" "personal:/agenda/$token/calendar.ics")
    for entry in "${pages[@]}"; do
        name=${entry%%:*}
        path=${entry#*:}
        ext=html; [[ $path == *.ics ]] && ext=ics
        curl -sf -o "$work/static/$name.$ext" "$base$path"
    done

    for entry in "${pages[@]}" "uncached:/"; do
        name=${entry%%:*}
        [ "$name" = uncached ] && cached_peak_kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$summit_pid/status")
        path=${entry#*:}
        ext=html; [[ $path == *.ics ]] && ext=ics
        static=$name; [ "$name" = uncached ] && static=home
        bytes=$(stat -c %s "$work/static/$static.$ext")
        script=""; [ "$name" = uncached ] && script="$here/uncached.lua"
        wrk -t1 -c4 -d2s ${script:+-s "$script"} "$base$path" >/dev/null   # warm-up: JIT and caches
        read -r n_rps n_p50 n_p99 n_err < <(load "http://127.0.0.1:$NGINX_PORT/$static.$ext")
        read -r s_rps s_p50 s_p99 s_err < <(load "$base$path" "$script")
        ratio=$(awk -v s="$s_rps" -v n="$n_rps" 'BEGIN { printf "%.2f", s / n }')
        label=$path; [ "$name" = uncached ] && label="$path (uncached)"; [ "$name" = personal ] && label="/agenda/{token}/calendar.ics"
        printf '%-6s %-22s %9s %9s %9s %6s %14s %14s %6s\n' "$size" "${label:0:22}" "$bytes" "$n_rps" "$s_rps" "$ratio" "$n_p50/$n_p99" "$s_p50/$s_p99" "$((n_err + s_err))" >>"$report"
    done

    peak_kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$summit_pid/status")
    compressed=$(curl -s -H 'Accept-Encoding: br' "$base/" | wc -c)
    assets=0
    for asset in $(curl -s "$base/" | grep -oE '(href|src)="[^"]+\.(css|js)"' | cut -d'"' -f2); do
        asset_bytes=$(curl -s -H 'Accept-Encoding: br' "$base/$asset" | wc -c)
        assets=$((assets + asset_bytes))
    done
    echo "$size sessions: first start ${first} ms, start-up to first answer on the existing database ${startup} ms; peak memory (VmHWM) $((cached_peak_kb / 1024)) MB through the cached runs, $((peak_kb / 1024)) MB after the uncached one; / is $compressed bytes with Brotli, plus $assets bytes of Brotli stylesheets and scripts on a first visit" >>"$work/summary.txt"
    stop_summit
done

echo
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION on 127.0.0.1, $(nproc) cores shared by wrk, nginx and Summit; requests/s, latency in ms"
cat "$report"
echo
cat "$work/summary.txt"
