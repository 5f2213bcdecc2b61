#!/usr/bin/env bash
# Sourced by tests/run.sh: gives the tests a PostgreSQL server in TIMELINE_TEST_POSTGRES (a connection string).
# A server already given in TIMELINE_TEST_POSTGRES is used as it is. Otherwise a throw-away one: Debian's postgresql
# (installed when missing, like chromium), initdb into a temp folder, a free port on 127.0.0.1, trust authentication,
# stopped and deleted by an EXIT trap. Each test creates and drops a database of its own on it.

if [ -n "${TIMELINE_TEST_POSTGRES:-}" ]; then
  echo "PostgreSQL for the tests: the server in TIMELINE_TEST_POSTGRES"
  return 0
fi

# Whichever version Debian's packages installed, the newest first.
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/pg_ctl" ]; then
  echo "PostgreSQL is missing: installing Debian's postgresql for the database tests"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
  # The package's own cluster is not ours: the tests start a server of their own.
  PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
fi

# PostgreSQL refuses to run as root: as root, the server runs as the package's postgres user.
AS_PG=()
if [ "$(id -u)" -eq 0 ]; then
  # Binaries copied without the package have no postgres user: a system user of that name serves.
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  AS_PG=(runuser -u postgres --)
fi

PG_DIR="$(mktemp -d /tmp/timeline-pg.XXXXXX)"
[ ${#AS_PG[@]} -eq 0 ] || chown postgres "$PG_DIR"
# A free port: bound by the kernel (port 0), then released for the server.
PG_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"

stop_test_postgres() {
  "${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
trap stop_test_postgres EXIT

# The C locale: text orders byte-wise, as in SQLite. fsync off: a throw-away server need not survive a power cut.
# On failure the logs are printed before the trap removes them.
"${AS_PG[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U timeline --auth=trust --encoding=UTF8 --no-locale >"$PG_DIR/initdb.log" 2>&1 \
  || { cat "$PG_DIR/initdb.log"; exit 1; }
"${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c max_connections=200" start >/dev/null \
  || { cat "$PG_DIR/server.log"; exit 1; }
export TIMELINE_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=timeline;Database=postgres"
echo "PostgreSQL for the tests: 127.0.0.1:$PG_PORT (data in $PG_DIR, removed at the end)"
