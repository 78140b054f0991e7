#!/usr/bin/env bash
# A throw-away PostgreSQL server on loopback for the multi-worker tests.
#   .ci/postgres.sh start DIR   -> prints the URL (postgresql://sqltune@127.0.0.1:PORT/sqltune)
#   .ci/postgres.sh stop DIR
# PostgreSQL refuses to run as root: as root, the server runs as the 'postgres' user (or 'nobody').
set -euo pipefail
action=${1:?start or stop}
dir=$(realpath -m "${2:?data folder}")

as_server_user() {
  if [ "$(id -u)" = 0 ]; then
    local user=postgres
    id -u "$user" >/dev/null 2>&1 || user=nobody
    runuser -u "$user" -- "$@"
  else
    "$@"
  fi
}

case "$action" in
start)
  mkdir -p "$dir"
  server="$dir"
  if [ "$(id -u)" = 0 ]; then
    # The server user may not be able to enter $dir (pytest's temp folders are root-only): keep its files in
    # a folder of its own and leave a pointer in $dir.
    user=postgres; id -u "$user" >/dev/null 2>&1 || user=nobody
    server=$(mktemp -d /tmp/sqltune-pg.XXXXXX)
    chown "$user" "$server"
  fi
  echo "$server" >"$dir/server-dir"
  port=${PGPORT_SQLTUNE:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
  as_server_user initdb -D "$server/data" -U sqltune --auth=trust -E UTF8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  as_server_user pg_ctl -D "$server/data" -l "$server/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $port -k $server -c max_connections=200 -c fsync=off" start >/dev/null \
    || { cat "$server/server.log" >&2; exit 1; }
  psql -h 127.0.0.1 -p "$port" -U sqltune -d postgres -qc "CREATE DATABASE sqltune" >/dev/null
  echo "postgresql://sqltune@127.0.0.1:$port/sqltune"
  ;;
stop)
  server=$(cat "$dir/server-dir" 2>/dev/null || echo "$dir")
  [ -d "$server/data" ] && as_server_user pg_ctl -D "$server/data" -m fast -w stop >/dev/null || true
  [ "$server" != "$dir" ] && rm -rf "$server"
  true
  ;;
*)
  echo "usage: $0 start|stop DIR" >&2; exit 2
  ;;
esac
