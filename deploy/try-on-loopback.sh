#!/usr/bin/env bash
# Tries the files in deploy/ on this machine, on loopback, without systemd or root-owned paths: the unit's
# ExecStart, WorkingDirectory, User and environment run by hand, nginx runs the site file with TLS (a self-signed
# certificate for schedule.example.org), and curl checks what a browser would see. Prints one PASS/FAIL line per
# check and exits non-zero when one fails.
#
#   deploy/try-on-loopback.sh one-box        # summit@5000 behind summit-one-box.conf
#   deploy/try-on-loopback.sh several        # summit@5001 and summit@5002 behind summit-several.conf, one database
#   PROVIDER=PostgreSQL CONNECTION="Host=127.0.0.1;Port=55435;Database=summit;Username=postgres" deploy/try-on-loopback.sh several
#   APP=/path/to/published deploy/try-on-loopback.sh one-box   # an already published build
#
# Run as root (it starts the app as the unit's user, which must exist: see docs/deployment.md). Ports 8080 and
# 8443 stand for 80 and 443.
set -euo pipefail

mode=${1:-one-box}
case $mode in one-box) ports=(5000) ;; several) ports=(5001 5002) ;; *) echo "usage: $0 one-box|several" >&2; exit 2 ;; esac
HTTP_PORT=${HTTP_PORT:-8080}
HTTPS_PORT=${HTTPS_PORT:-8443}
PROVIDER=${PROVIDER:-}
CONNECTION=${CONNECTION:-}

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
work=$(mktemp -d)
chmod 755 "$work"
declare -A pids=()
nginx_pid=""
failures=0

cleanup() {
    for port in "${!pids[@]}"; do
        kill "${pids[$port]}" 2>/dev/null || true
        wait "${pids[$port]}" 2>/dev/null || true
    done
    if [ -n "$nginx_pid" ]; then kill "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

check() {
    local name=$1
    shift
    if "$@"; then echo "PASS $name"; else echo "FAIL $name"; failures=$((failures + 1)); fi
}

# The unit's paths, moved under $work.
relocate() { sed -e "s|/opt/summit|$work/opt/summit|g" -e "s|/var/lib/summit|$work/var/lib/summit|g" -e "s|/etc/summit|$work/etc/summit|g"; }
unit=$(relocate <"$here/systemd/summit@.service")
unit_value() { awk -F= -v key="$1" '$1 == key { sub(/^[^=]*=/, ""); print }' <<<"$unit"; }
user=$(unit_value User)

mkdir -p "$work/opt" "$work/var/lib/summit" "$work/etc/summit"
if [ -n "${APP:-}" ]; then
    cp -r "$APP" "$work/opt/summit"
else
    echo "Publishing Summit (Release)..."
    dotnet publish "$root/src/Summit.Web" -c Release -o "$work/opt/summit" --nologo -v quiet >/dev/null
fi
chmod -R go+rX "$work/opt"
# StateDirectory=summit with StateDirectoryMode=0750: owned by the service's user.
chown "$user:$user" "$work/var/lib/summit"
chmod 750 "$work/var/lib/summit"
relocate <"$here/summit.env" >"$work/etc/summit/summit.env"
if [ -n "$PROVIDER" ]; then
    printf 'Database__Provider=%s\nConnectionStrings__Summit="%s"\n' "$PROVIDER" "$CONNECTION" >>"$work/etc/summit/summit.env"
fi
chown "root:$user" "$work/etc/summit/summit.env"
chmod 640 "$work/etc/summit/summit.env"

# What systemd would run for summit@PORT: a clean environment (HOME from the user's entry, here the state
# directory), the unit's Environment= lines, then EnvironmentFile= (read as root, like systemd), as User= in
# WorkingDirectory=.
start_instance() {
    local port=$1
    local -a env=(PATH=/usr/local/bin:/usr/bin:/bin HOME="$work/var/lib/summit" USER="$user" LOGNAME="$user")
    while IFS= read -r line; do env+=("${line//%i/$port}"); done < <(unit_value Environment)
    while IFS= read -r line; do env+=("$line"); done < <(set -a; . "$(unit_value EnvironmentFile)"; env -0 | tr '\0' '\n' | grep -E '^(ConnectionStrings|Database|Summit|AllowedHosts|ForwardedHeaders)')
    local exec
    exec=$(unit_value ExecStart)
    # setpriv replaces itself with the command (runuser would stay as its parent), so SIGTERM reaches dotnet as from systemd.
    (cd "$(unit_value WorkingDirectory)" && exec setpriv --reuid="$user" --regid="$user" --init-groups env -i "${env[@]}" $exec) \
        >"$work/summit-$port.log" 2>&1 &
    pids[$port]=$!
}

# Probes name the public host: AllowedHosts refuses any other, 127.0.0.1 included.
host=$(set -a; . "$work/etc/summit/summit.env"; echo "${AllowedHosts%%;*}")
ready() { curl -sf -o /dev/null -H "Host: $host" "http://127.0.0.1:$1/readyz" || curl -sf -o /dev/null -H "Host: $host" "http://127.0.0.1:$1/healthz"; }

wait_ready() {
    local port=$1
    for _ in $(seq 1 600); do
        ready "$port" && return 0
        kill -0 "${pids[$port]}" 2>/dev/null || { cat "$work/summit-$port.log" >&2; return 1; }
        sleep 0.1
    done
    echo "Instance $port not ready after 60 s:" >&2
    cat "$work/summit-$port.log" >&2
    return 1
}

# One instance migrates and seeds a new database first; the others start on it.
start_instance "${ports[0]}"
wait_ready "${ports[0]}"
if [ -z "$PROVIDER" ] || [ "$PROVIDER" = Sqlite ]; then
    # Several processes on one SQLite file: WAL lets readers go on while one writes (a setting kept in the file).
    runuser -u "$user" -- sqlite3 "$work/var/lib/summit/summit.db" 'PRAGMA journal_mode=WAL;' >/dev/null
fi
for port in "${ports[@]:1}"; do start_instance "$port"; wait_ready "$port"; done

# nginx: the site file with its certificate and snippet paths moved under $work, 80/443 on loopback ports, and a
# log of which instance answered each request.
mkdir -p "$work/ssl" "$work/nginx/snippets"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=schedule.example.org" \
    -addext "subjectAltName=DNS:schedule.example.org" -keyout "$work/ssl/privkey.pem" -out "$work/ssl/fullchain.pem" 2>/dev/null
cp "$here/nginx/summit-proxy.conf" "$work/nginx/snippets/"
site=$here/nginx/summit-one-box.conf
[ "$mode" = several ] && site=$here/nginx/summit-several.conf
sed -e "s|/etc/ssl/summit|$work/ssl|g" -e "s|listen 443 |listen 127.0.0.1:$HTTPS_PORT |" -e "s|listen 80;|listen 127.0.0.1:$HTTP_PORT;|" \
    -e '/listen \[::\]/d' "$site" >"$work/nginx/site.conf"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
daemon off;
events { worker_connections 1024; }
http {
    log_format upstream '\$request_method \$uri \$status \$upstream_addr';
    access_log $work/nginx/access.log upstream;
    client_body_temp_path $work/nginx;
    proxy_temp_path $work/nginx;
    fastcgi_temp_path $work/nginx;
    uwsgi_temp_path $work/nginx;
    scgi_temp_path $work/nginx;
    include /etc/nginx/mime.types;
    include $work/nginx/site.conf;
}
CONF
sed -i "s|include snippets/|include $work/nginx/snippets/|" "$work/nginx/site.conf"
nginx -t -q -c "$work/nginx/nginx.conf" -p "$work/nginx"
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" &
nginx_pid=$!
until curl -s -o /dev/null "http://127.0.0.1:$HTTP_PORT/"; do sleep 0.05; done

site_url=https://schedule.example.org:$HTTPS_PORT
c() { curl -s --resolve "schedule.example.org:$HTTPS_PORT:127.0.0.1" --cacert "$work/ssl/fullchain.pem" "$@"; }

redirects_to_https() {
    [ "$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -H 'Host: schedule.example.org' "http://127.0.0.1:$HTTP_PORT/sessions")" \
        = "301 https://schedule.example.org/sessions" ]
}
serves_home_over_tls() { [ "$(c -o /dev/null -w '%{http_code} %{http_version}' "$site_url/")" = "200 2" ]; }
# (Output captured before grep: grep -q stops reading early, and under pipefail curl's broken pipe would fail the check.)
sends_hsts() { grep -qi '^strict-transport-security: max-age=31536000' <<<"$(c -I "$site_url/")"; }
links_use_public_address() { grep -q 'webcal://schedule.example.org/calendar.ics' <<<"$(c "$site_url/")"; }
serves_feed() { grep -q '^BEGIN:VCALENDAR' <<<"$(c "$site_url/calendar.ics")"; }
refuses_other_hosts() { [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Host: other.example' "http://127.0.0.1:${ports[0]}/")" = 400 ]; }
secure_cookies() { grep -i '^set-cookie: \.AspNetCore' <<<"$(c -o /dev/null -D - "$site_url/account/login")" | grep -qi 'secure'; }

# Blazor's circuit: negotiate, then the WebSocket upgrade with the connection token, both through nginx. The
# upgrade only succeeds on the instance that answered the negotiation.
websocket_upgrades() {
    local jar=$1 token code
    token=$(c -b "$jar" -c "$jar" -X POST -H 'Content-Length: 0' "$site_url/_blazor/negotiate?negotiateVersion=1" | grep -o '"connectionToken":"[^"]*"' | cut -d'"' -f4)
    [ -n "$token" ] || return 1
    code=$(c --http1.1 -b "$jar" -o /dev/null -w '%{http_code}' --max-time 2 -H 'Connection: Upgrade' -H 'Upgrade: websocket' \
        -H 'Sec-WebSocket-Version: 13' -H 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==' "$site_url/_blazor?id=$token" || true)
    [ "$code" = 101 ]
}

stops_gracefully() {
    local port=$1 rc=0 started
    started=$(date +%s)
    kill -TERM "${pids[$port]}"
    wait "${pids[$port]}" || rc=$?
    unset "pids[$port]"
    # TimeoutStopSec in the unit.
    [ "$rc" = 0 ] && [ $(($(date +%s) - started)) -lt "$(unit_value TimeoutStopSec)" ] && grep -q 'Application is shutting down' "$work/summit-$port.log"
}

check "http redirects to https" redirects_to_https
check "/ over TLS (HTTP/2) with the self-signed certificate" serves_home_over_tls
check "HSTS from Summit:PublicBaseUrl" sends_hsts
check "links use Summit:PublicBaseUrl" links_use_public_address
check "/calendar.ics through nginx" serves_feed
check "AllowedHosts refuses another host" refuses_other_hosts
check "sign-in cookies are Secure" secure_cookies

if [ "$mode" = one-box ]; then
    check "/_blazor WebSocket upgrade through nginx" websocket_upgrades "$work/jar-one"
else
    : >"$work/nginx/access.log"
    for _ in $(seq 1 20); do c -o /dev/null "$site_url/"; done
    round_robin() { [ "$(awk '$2 == "/" { print $4 }' "$work/nginx/access.log" | sort -u | wc -l)" = 2 ]; }
    check "public pages go to both instances (round robin)" round_robin

    # Ten browsers (cookie jars), each one sign-in page, negotiation and WebSocket: all on one instance apiece.
    sticky_ok=0
    for i in $(seq 1 10); do
        jar=$work/jar-$i
        : >"$work/nginx/access.log"
        c -b "$jar" -c "$jar" -o /dev/null "$site_url/account/login"
        if websocket_upgrades "$jar" && [ "$(awk '$2 ~ /^\/(account|_blazor)/ { print $4 }' "$work/nginx/access.log" | sort -u | wc -l)" = 1 ]; then
            sticky_ok=$((sticky_ok + 1))
            awk '$2 ~ /^\/_blazor/ { print $4 }' "$work/nginx/access.log" | sort -u >>"$work/sticky-instances"
        fi
    done
    spread_over_both() { [ "$(sort -u "$work/sticky-instances" | wc -l)" = 2 ]; }
    browsers_spread() { [ "$(cat "$work"/jar-* | awk '$6 == "summit_node" { print $7 }' | sort -u | wc -l)" = 10 ]; }
    echo "     sticky: $sticky_ok of 10 browsers kept one instance for sign-in page, negotiation and WebSocket"
    check "organizer area sticks to one instance per browser" [ "$sticky_ok" = 10 ]
    check "each browser gets its own affinity cookie" browsers_spread
    check "the browsers are spread over both instances" spread_over_both

    # The sign-in form from one instance posted to the other: its antiforgery token must decrypt there, which needs one
    # Data Protection key ring for both (400 otherwise; a wrong password then gets the form back, 200).
    form_crosses_instances() {
        local page token cookie code
        # (The cookie is Secure, which curl would not send over plain http from a jar: passed as a header.)
        page=$(curl -s -D "$work/cross-headers" -H "Host: $host" "http://127.0.0.1:${ports[0]}/account/login")
        cookie=$(grep -i '^set-cookie: \.AspNetCore\.Antiforgery' "$work/cross-headers" | sed 's/^[^:]*: \([^;]*\);.*/\1/')
        token=$(grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' <<<"$page" | sed 's/.*value="\([^"]*\)"/\1/')
        [ -n "$cookie" ] && [ -n "$token" ] || return 1
        code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" -H "Host: $host" --data-urlencode "__RequestVerificationToken=$token" \
            -d _handler=login --data-urlencode 'Input.Email=nobody@example.org' --data-urlencode 'Input.Password=not-the-password' \
            "http://127.0.0.1:${ports[1]}/account/login")
        [ "$code" = 200 ]
    }
    check "a sign-in form from one instance is accepted by the other" form_crosses_instances

    # One instance stops: GETs keep succeeding through the other.
    check "instance ${ports[0]} stops gracefully on SIGTERM" stops_gracefully "${ports[0]}"
    failed=0
    for _ in $(seq 1 50); do
        code=$(c -o /dev/null -w '%{http_code}' "$site_url/calendar.ics")
        [ "$code" = 200 ] || failed=$((failed + 1))
    done
    echo "     with ${ports[0]} down: $failed of 50 GETs failed"
    check "no failed GET while one instance is down" [ "$failed" = 0 ]
    start_instance "${ports[0]}"
    wait_ready "${ports[0]}"
fi

check "instance ${ports[-1]} stops gracefully on SIGTERM" stops_gracefully "${ports[-1]}"

if [ "$failures" -gt 0 ]; then echo "FAIL $mode: $failures checks failed"; exit 1; fi
echo "PASS $mode: every check passed"
