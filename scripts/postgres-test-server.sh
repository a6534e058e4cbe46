#!/usr/bin/env bash
# Starts (or stops) a throw-away PostgreSQL server for the tests, on loopback only.
#   scripts/postgres-test-server.sh start   -> prints the JDBC URL of an empty database
#   scripts/postgres-test-server.sh stop
# Uses Debian's postgresql package (installed by scripts/install-test-deps.sh). Runs the server as the
# 'postgres' system user when started by root.
set -euo pipefail
DIR=${EDU_PG_DIR:-/tmp/digitaledu-test-pg}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$BIN" ] || { echo "postgres-test-server: PostgreSQL is not installed" >&2; exit 1; }
as_pg() { if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-}" in
  start)
    if [ -f "$DIR/port" ] && as_pg "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
      port=$(cat "$DIR/port")
    else
      rm -rf "$DIR"; mkdir -p "$DIR"
      [ "$(id -u)" = "0" ] && chown postgres "$DIR"
      port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
      as_pg "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1
      as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $DIR -c fsync=off -c max_connections=200" start >/dev/null
      echo "$port" >"$DIR/port"
      [ "$(id -u)" = "0" ] && chown postgres "$DIR/port"
    fi
    echo "jdbc:postgresql://127.0.0.1:$port/postgres?user=postgres"
    ;;
  stop)
    if [ -d "$DIR/data" ]; then as_pg "$BIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null 2>&1 || true; fi
    rm -rf "$DIR"
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
