#!/usr/bin/env bash
# Staleness across instances: two Summit instances on one database (ports 5401 and 5402), and the probe
# (StalenessProbe) that saves through one path and times how long the other instance takes to serve the change,
# over EDITS schedule edits and EDITS stars. Run it with notifications and without (poll only).
#
#   bench/staleness/run.sh                                     # SQLite file (poll only), EDITS=20
#   PROVIDER=PostgreSQL CONNECTION="Host=127.0.0.1;Port=55433;Username=postgres;Database=summit_staleness" bench/staleness/run.sh
#   PROVIDER=PostgreSQL CONNECTION=... NOTIFY=false bench/staleness/run.sh     # the poll alone
#
# On PostgreSQL the database is dropped and created again first (it needs psql on PATH). POLL sets
# Summit:Instances:PollInterval (default the app's, 00:00:02). BUILT=dir keeps the published app and probe in dir and
# reuses them when they are there (delete it after changing the code).
set -euo pipefail

PROVIDER=${PROVIDER:-Sqlite}
NOTIFY=${NOTIFY:-true}
EDITS=${EDITS:-20}
POLL=${POLL:-00:00:02}
FIRST_PORT=${FIRST_PORT:-5401}
SECOND_PORT=${SECOND_PORT:-5402}

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
pids=()

cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

if [ "$PROVIDER" = "PostgreSQL" ]; then
    : "${CONNECTION:?Set CONNECTION to a PostgreSQL connection string whose database the script may drop and create}"
    database=$(sed -n 's/.*Database=\([^;]*\).*/\1/p' <<<"$CONNECTION")
    host=$(sed -n 's/.*Host=\([^;]*\).*/\1/p' <<<"$CONNECTION")
    port=$(sed -n 's/.*Port=\([^;]*\).*/\1/p' <<<"$CONNECTION")
    user=$(sed -n 's/.*Username=\([^;]*\).*/\1/p' <<<"$CONNECTION")
    psql -q -h "$host" -p "${port:-5432}" -U "$user" -d postgres -c "DROP DATABASE IF EXISTS \"$database\"" -c "CREATE DATABASE \"$database\""
else
    CONNECTION="Data Source=$work/summit.db"
fi

built=${BUILT:-$work}
if [ ! -f "$built/app/Summit.Web.dll" ] || [ ! -f "$built/probe/StalenessProbe.dll" ]; then
    dotnet publish "$root/src/Summit.Web" -c Release -o "$built/app" --nologo -v quiet >/dev/null
    dotnet build "$here/StalenessProbe" -c Release -o "$built/probe" --nologo -v quiet >/dev/null
fi

start() {
    ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$1" ASPNETCORE_CONTENTROOT="$built/app" \
        Database__Provider="$PROVIDER" ConnectionStrings__Summit="$CONNECTION" \
        Summit__Instances__PollInterval="$POLL" Summit__Instances__Notifications="$NOTIFY" Logging__LogLevel__Default=Warning \
        dotnet "$built/app/Summit.Web.dll" >"$work/$1.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 1 300); do
        curl -fs "http://127.0.0.1:$1/healthz" >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "The instance on port $1 did not start:" >&2
    cat "$work/$1.log" >&2
    exit 1
}

# One after the other: the first migrates and seeds.
start "$FIRST_PORT"
start "$SECOND_PORT"

echo "provider $PROVIDER, notifications $NOTIFY, poll $POLL, $EDITS edits of each kind"
dotnet "$built/probe/StalenessProbe.dll" --provider "$PROVIDER" --connection "$CONNECTION" \
    --writer "http://127.0.0.1:$FIRST_PORT/" --reader "http://127.0.0.1:$SECOND_PORT/" --edits "$EDITS" --notify "$NOTIFY"
