#!/usr/bin/env bash
# Load test on loopback: Summit against nginx serving the very same bytes as static files (the practical limit),
# both driven by wrk, for the schedule, a filtered view, a session page, the iCal feed and a personal feed, at
# 28 sessions (the seed) and 2,000 (generated). Prints requests per second, p50 and p99 latency, the ratio
# Summit/nginx, errors, Summit's peak memory and its start-up time to first answer. Beside nginx it runs the ceiling
# for .NET (bench/Summit.Ceiling: Kestrel alone writing the same bytes from memory), to read the ratios against.
#
#   bench/load/run.sh                      # defaults: SIZES="28 2000" DURATION=10s CONNECTIONS=50 THREADS=2
#   SIZES=2000 DURATION=30s bench/load/run.sh
#   BASELINE=17ee4bc SIZES=2000 bench/load/run.sh
#
# BASELINE=<commit> also publishes that commit (checked out in a temporary git worktree, removed afterwards) and runs
# it beside this tree's build, page by page in the same run (nginx, then the baseline, then this build), each on its
# own database made by its own build: the table gains the baseline's column and ratio, the summary both memory figures.
#
# Needs: the .NET SDK, wrk, nginx, curl (Debian: apt-get install -y wrk nginx-light curl).
set -euo pipefail

SIZES=${SIZES:-"28 2000"}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
SUMMIT_PORT=${SUMMIT_PORT:-5391}
NGINX_PORT=${NGINX_PORT:-5392}
BASELINE=${BASELINE:-}
BASELINE_PORT=${BASELINE_PORT:-5393}
CEILING_PORT=${CEILING_PORT:-5394}

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
nginx_pid=""
ceiling_pid=""
# The builds under test: "summit" (this tree) and, with BASELINE, "baseline" (run first on each page).
apps=(summit)
declare -A app_dir=([summit]="$work/app" [baseline]="$work/baseline-app")
declare -A app_port=([summit]=$SUMMIT_PORT [baseline]=$BASELINE_PORT)
declare -A app_pid=()
baseline_src="$work/baseline-src"

cleanup() {
    for name in "${!app_pid[@]}"; do
        local pid=${app_pid[$name]}
        if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
    done
    if [ -n "$nginx_pid" ]; then kill "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; fi
    if [ -n "$ceiling_pid" ]; then kill "$ceiling_pid" 2>/dev/null || true; wait "$ceiling_pid" 2>/dev/null || true; fi
    if [ -d "$baseline_src" ]; then
        git -C "$root" worktree remove --force "$baseline_src" 2>/dev/null || true
        git -C "$root" worktree prune 2>/dev/null || true
    fi
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

ratio() { awk -v s="$1" -v n="$2" 'BEGIN { printf "%.2f", s / n }'; }

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

# Starts a published build ("summit" or "baseline") on a database; sets app_pid[name] and startup_ms (launch to first
# answer of /).
start_app() {
    local name=$1 db=$2
    local started port=${app_port[$1]}
    started=$(now_ms)
    ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_CONTENTROOT="${app_dir[$name]}" \
        ConnectionStrings__Summit="Data Source=$db" Logging__LogLevel__Default=Warning \
        dotnet "${app_dir[$name]}/Summit.Web.dll" >"$work/$name.log" 2>&1 &
    app_pid[$name]=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do
        kill -0 "${app_pid[$name]}" 2>/dev/null || { cat "$work/$name.log" >&2; exit 1; }
        sleep 0.02
    done
    startup_ms=$(($(now_ms) - started))
}

stop_app() {
    kill "${app_pid[$1]}" && wait "${app_pid[$1]}" 2>/dev/null || true
    app_pid[$1]=""
}

peak_mb() { awk '/^VmHWM:/ { printf "%d", $2 / 1024 }' "/proc/${app_pid[$1]}/status"; }

echo "Publishing Summit (Release)..."
dotnet publish "$root/src/Summit.Web" -c Release -o "$work/app" --nologo -v quiet >/dev/null
dotnet publish "$root/bench/Summit.Ceiling" -c Release -o "$work/ceiling" --nologo -v quiet >/dev/null
if [ -n "$BASELINE" ]; then
    baseline_label=$(git -C "$root" rev-parse --short "$BASELINE^{commit}")
    echo "Publishing the baseline $baseline_label (Release)..."
    git -C "$root" worktree add --quiet --detach "$baseline_src" "$baseline_label"
    dotnet publish "$baseline_src/src/Summit.Web" -c Release -o "$work/baseline-app" --nologo -v quiet >/dev/null
    apps=(baseline summit)
fi

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
if [ -n "$BASELINE" ]; then
    printf '%-6s %-22s %9s %9s %9s %6s %9s %6s %9s %6s %14s %14s %14s %6s\n' sessions page bytes nginx kestrel ratio baseline ratio \
        summit ratio "nginx p50/p99" "base p50/p99" "summit p50/p99" errors >"$report"
else
    printf '%-6s %-22s %9s %9s %9s %6s %9s %6s %14s %14s %6s\n' sessions page bytes nginx kestrel ratio summit ratio \
        "nginx p50/p99" "summit p50/p99" errors >"$report"
fi

for size in $SIZES; do
    declare -A first=() startup=() token=() cached_peak=() peak=()
    for app in "${apps[@]}"; do
        db="$work/summit-$size-$app.db"
        if [ "$size" != 28 ]; then
            ConnectionStrings__Summit="Data Source=$db" Logging__LogLevel__Default=Warning \
                dotnet "${app_dir[$app]}/Summit.Web.dll" generate --sessions "$size" --rooms 25 --days 4 | tail -1
        fi
        start_app "$app" "$db"   # a process's first start (at 28 it also migrates and seeds; generate already did that at 2,000)
        first[$app]=$startup_ms
        stop_app "$app"
        start_app "$app" "$db"
        startup[$app]=$startup_ms
        base="http://127.0.0.1:${app_port[$app]}"

        # A personal agenda of ten sessions, starred as a browser would.
        slugs=$(curl -s "$base/" | grep -o 'href="sessions/[^"]*"' | awk 'NR <= 10' | sed 's/href="sessions\/\(.*\)"/\1/')
        jar="$work/cookies-$size-$app"
        for slug in $slugs; do
            curl -s -o /dev/null -b "$jar" -c "$jar" -H "Sec-Fetch-Site: same-origin" --data-urlencode "session=$slug" -d starred=true "$base/agenda/star"
        done
        token[$app]=$(awk '$6 == "summit_agenda" { print $7 }' "$jar")
    done
    first_slug=$(head -1 <<<"$slugs")

    pages=("home:/" "filtered:/?track=quantum" "session:/sessions/$first_slug" "calendar:/calendar.ics" "personal:/agenda/{token}/calendar.ics")
    base="http://127.0.0.1:$SUMMIT_PORT"
    for entry in "${pages[@]}"; do
        name=${entry%%:*}
        path=${entry#*:}
        path=${path/\{token\}/${token[summit]}}
        ext=html; [[ $path == *.ics ]] && ext=ics
        curl -sf -o "$work/static/$name.$ext" "http://127.0.0.1:$SUMMIT_PORT$path"
    done
    # The ceiling serves this size's saved bytes from memory.
    dotnet "$work/ceiling/Summit.Ceiling.dll" "$work/static" --urls "http://127.0.0.1:$CEILING_PORT" >"$work/ceiling.log" 2>&1 &
    ceiling_pid=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$CEILING_PORT/home.html"; do
        kill -0 "$ceiling_pid" 2>/dev/null || { cat "$work/ceiling.log" >&2; exit 1; }
        sleep 0.02
    done

    for entry in "${pages[@]}" "uncached:/"; do
        name=${entry%%:*}
        if [ "$name" = uncached ]; then
            for app in "${apps[@]}"; do cached_peak[$app]=$(peak_mb "$app"); done
        fi
        ext=html; [[ $entry == *.ics ]] && ext=ics
        static=$name; [ "$name" = uncached ] && static=home
        bytes=$(stat -c %s "$work/static/$static.$ext")
        script=""; [ "$name" = uncached ] && script="$here/uncached.lua"
        read -r n_rps n_p50 n_p99 n_err < <(load "http://127.0.0.1:$NGINX_PORT/$static.$ext")
        row_errors=$n_err
        k_rps="-"; k_ratio="-"
        if [ "$name" != uncached ]; then
            wrk -t1 -c4 -d2s "http://127.0.0.1:$CEILING_PORT/$static.$ext" >/dev/null   # warm-up: JIT
            read -r k_rps _ _ k_err < <(load "http://127.0.0.1:$CEILING_PORT/$static.$ext")
            k_ratio=$(ratio "$k_rps" "$n_rps")
            row_errors=$((row_errors + k_err))
        fi
        declare -A rps=() latency=()
        for app in "${apps[@]}"; do
            path=${entry#*:}
            path=${path/\{token\}/${token[$app]}}
            url="http://127.0.0.1:${app_port[$app]}$path"
            wrk -t1 -c4 -d2s ${script:+-s "$script"} "$url" >/dev/null   # warm-up: JIT and caches
            read -r s_rps s_p50 s_p99 s_err < <(load "$url" "$script")
            rps[$app]=$s_rps
            latency[$app]="$s_p50/$s_p99"
            row_errors=$((row_errors + s_err))
        done
        path=${entry#*:}
        label=$path; [ "$name" = uncached ] && label="$path (uncached)"
        if [ -n "$BASELINE" ]; then
            printf '%-6s %-22s %9s %9s %9s %6s %9s %6s %9s %6s %14s %14s %14s %6s\n' "$size" "${label:0:22}" "$bytes" "$n_rps" \
                "$k_rps" "$k_ratio" "${rps[baseline]}" "$(ratio "${rps[baseline]}" "$n_rps")" "${rps[summit]}" "$(ratio "${rps[summit]}" "$n_rps")" \
                "$n_p50/$n_p99" "${latency[baseline]}" "${latency[summit]}" "$row_errors" >>"$report"
        else
            printf '%-6s %-22s %9s %9s %9s %6s %9s %6s %14s %14s %6s\n' "$size" "${label:0:22}" "$bytes" "$n_rps" "$k_rps" "$k_ratio" "${rps[summit]}" \
                "$(ratio "${rps[summit]}" "$n_rps")" "$n_p50/$n_p99" "${latency[summit]}" "$row_errors" >>"$report"
        fi
    done

    for app in "${apps[@]}"; do peak[$app]=$(peak_mb "$app"); done
    compressed=$(curl -s -H 'Accept-Encoding: br' "$base/" | wc -c)
    assets=0
    for asset in $(curl -s "$base/" | grep -oE '(href|src)="[^"]+\.(css|js)"' | cut -d'"' -f2); do
        asset_bytes=$(curl -s -H 'Accept-Encoding: br' "$base/$asset" | wc -c)
        assets=$((assets + asset_bytes))
    done
    echo "$size sessions: first start ${first[summit]} ms, start-up to first answer on the existing database ${startup[summit]} ms; peak memory (VmHWM) ${cached_peak[summit]} MB through the cached runs, ${peak[summit]} MB after the uncached one; / is $compressed bytes with Brotli, plus $assets bytes of Brotli stylesheets and scripts on a first visit" >>"$work/summary.txt"
    if [ -n "$BASELINE" ]; then
        echo "$size sessions, baseline $baseline_label: first start ${first[baseline]} ms, start-up ${startup[baseline]} ms; peak memory (VmHWM) ${cached_peak[baseline]} MB through the cached runs, ${peak[baseline]} MB after the uncached one" >>"$work/summary.txt"
    fi
    for app in "${apps[@]}"; do stop_app "$app"; done
    kill "$ceiling_pid" && wait "$ceiling_pid" 2>/dev/null || true
    ceiling_pid=""
done

echo
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION on 127.0.0.1, $(nproc) cores shared by wrk, nginx and Summit; requests/s, latency in ms${BASELINE:+; baseline $baseline_label, summit this tree}"
cat "$report"
echo
cat "$work/summary.txt"
