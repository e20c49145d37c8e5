# Shared by instances.sh and rolling-restart.sh (sourced, not run): publishes Summit, makes one database (SQLite file,
# or PostgreSQL with PROVIDER=PostgreSQL CONNECTION="Host=...;Database=...;Username=..."), starts instances on
# loopback ports and nginx in front of them with the proxy settings of deploy/nginx (keep-alive upstream,
# proxy_next_upstream for GET, the forwarded headers).

SESSIONS=${SESSIONS:-2000}
PROVIDER=${PROVIDER:-Sqlite}
CONNECTION=${CONNECTION:-}

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
chmod 755 "$work"
declare -A pids=()
declare -A nginx_pids=()

cleanup() {
    for port in "${!pids[@]}"; do
        kill "${pids[$port]}" 2>/dev/null || true
        wait "${pids[$port]}" 2>/dev/null || true
    done
    for name in "${!nginx_pids[@]}"; do
        kill "${nginx_pids[$name]}" 2>/dev/null || true
        wait "${nginx_pids[$name]}" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT

for tool in dotnet wrk nginx curl; do
    command -v "$tool" >/dev/null || { echo "This script needs $tool (Debian: apt-get install -y wrk nginx-light curl)." >&2; exit 2; }
done
[ "$PROVIDER" = Sqlite ] && { command -v sqlite3 >/dev/null || { echo "This script needs sqlite3 (apt-get install -y sqlite3)." >&2; exit 2; }; }

if [ "$PROVIDER" = Sqlite ]; then CONNECTION="Data Source=$work/summit.db"; fi
app_env=(ASPNETCORE_ENVIRONMENT=Production "Database__Provider=$PROVIDER" "ConnectionStrings__Summit=$CONNECTION"
    Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.Hosting.Lifetime=Information
    ForwardedHeaders__KnownProxies__0=127.0.0.1)

publish() {
    if [ -n "${APP:-}" ]; then
        cp -r "$APP" "$work/app"
    else
        echo "Publishing Summit (Release)..."
        dotnet publish "$root/src/Summit.Web" -c Release -o "$work/app" --nologo -v quiet >/dev/null
    fi
}

# The event: the seed (28 sessions, made by a first start) or a generated one, made once by one process before the
# instances start. Several processes on one SQLite file: WAL, a setting kept in the file.
make_database() {
    if [ "$SESSIONS" = 28 ]; then
        start_instance 5399
        wait_ready 5399
        stop_instance 5399
    else
        env "${app_env[@]}" dotnet "$work/app/Summit.Web.dll" generate --sessions "$SESSIONS" --rooms 25 --days 4 | tail -1
    fi
    if [ "$PROVIDER" = Sqlite ]; then sqlite3 "$work/summit.db" 'PRAGMA journal_mode=WAL;' >/dev/null; fi
}

start_instance() {
    local port=$1
    (cd "$work/app" && exec env "${app_env[@]}" ASPNETCORE_URLS="http://127.0.0.1:$port" dotnet Summit.Web.dll) >>"$work/summit-$port.log" 2>&1 &
    pids[$port]=$!
}

ready() { curl -sf -o /dev/null "http://127.0.0.1:$1/readyz" || curl -sf -o /dev/null "http://127.0.0.1:$1/healthz"; }

wait_ready() {
    local port=$1
    for _ in $(seq 1 1200); do
        ready "$port" && return 0
        kill -0 "${pids[$port]}" 2>/dev/null || { cat "$work/summit-$port.log" >&2; exit 1; }
        sleep 0.05
    done
    echo "Instance $port not ready after 60 s" >&2
    exit 1
}

seconds_since() { awk -v ms=$(($(date +%s%3N) - $1)) 'BEGIN { printf "%.1f", ms / 1000 }'; }

# SIGTERM, as systemd stops a unit; sets stop_seconds to the time the graceful stop took.
stop_instance() {
    local port=$1 started rc=0
    started=$(date +%s%3N)
    kill -TERM "${pids[$port]}" 2>/dev/null || { echo "Instance $port had already exited:" >&2; tail -50 "$work/summit-$port.log" >&2; exit 1; }
    wait "${pids[$port]}" || rc=$?
    unset "pids[$port]"
    [ "$rc" = 0 ] || echo "Instance $port exited with $rc" >&2
    stop_seconds=$(seconds_since "$started")
}

# nginx on PORT in front of the given instance ports (round robin). NEXT_UPSTREAM=off shows what proxy_next_upstream
# saves.
start_nginx() {
    local name=$1 port=$2
    shift 2
    local dir=$work/nginx-$name servers=""
    mkdir -p "$dir"
    for upstream in "$@"; do servers+="        server 127.0.0.1:$upstream max_fails=1 fail_timeout=5s;"$'\n'; done
    cat >"$dir/nginx.conf" <<CONF
worker_processes auto;
pid $dir/nginx.pid;
error_log $dir/error.log;
daemon off;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $dir;
    proxy_temp_path $dir;
    fastcgi_temp_path $dir;
    uwsgi_temp_path $dir;
    scgi_temp_path $dir;
    map \$http_upgrade \$summit_connection { default upgrade; '' ''; }
    upstream summit {
$servers        keepalive 64;
    }
    server {
        listen 127.0.0.1:$port;
        proxy_next_upstream ${NEXT_UPSTREAM:-error timeout http_502 http_503 http_504};
        proxy_next_upstream_tries 2;
        proxy_next_upstream_timeout 10s;
        proxy_connect_timeout 2s;
        location / {
            include $root/deploy/nginx/summit-proxy.conf;
            proxy_pass http://summit;
        }
    }
}
CONF
    nginx -c "$dir/nginx.conf" -p "$dir" &
    nginx_pids[$name]=$!
    until curl -s -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.05; done
}

# The three requests: the schedule, a session page, the whole feed.
pick_paths() {
    local base=$1 slug
    local page
    page=$(curl -s "$base/")
    slug=$(grep -m1 -o 'href="sessions/[^"]*"' <<<"$page" | head -1 | sed 's/href="sessions\/\(.*\)"/\1/')
    paths=("/" "/sessions/$slug" "/calendar.ics")
}

to_ms() {
    awk -v v="$1" 'BEGIN {
        if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 }
        else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v }
        else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 }
        else printf "%s", v }'
}

# wrk's output to "requests rps p50 p99 non2xx3xx socket_errors".
summarize() {
    local out=$1 requests rps p50 p99 non2xx sockets
    requests=$(awk '/requests in/ { print $1 }' <<<"$out")
    rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$out")
    p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
    p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
    non2xx=$(awk '/Non-2xx or 3xx responses:/ { n += $NF } END { print n + 0 }' <<<"$out")
    sockets=$(awk '/Socket errors:/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' <<<"$out")
    echo "$requests $rps $p50 $p99 $non2xx $sockets"
}
