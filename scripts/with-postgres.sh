#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL server:
#   scripts/with-postgres.sh .venv/bin/pytest
# Starts a new cluster in a temporary directory, listening on a free loopback port (socket in the same
# directory), exports DATABASE_URL for the command, and always stops and deletes the cluster afterwards.
# Needs Debian's PostgreSQL server packages (scripts/install-system-packages.sh --test).
set -euo pipefail

find_bindir() {
  local dir
  if command -v pg_config >/dev/null && dir=$(pg_config --bindir 2>/dev/null) && [[ -x "$dir/initdb" ]]; then
    echo "$dir"; return
  fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [[ -x "$dir/initdb" ]] && { echo "$dir"; return; }
  done
  echo "with-postgres: no PostgreSQL server binaries (install the postgresql package)" >&2
  exit 1
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

bindir=$(find_bindir)
workdir=$(mktemp -d "${TMPDIR:-/tmp}/ballerup-postgres.XXXXXX")
port=$(free_port)

# initdb refuses to run as root: the cluster then belongs to an unprivileged user.
as_owner=()
if [[ $(id -u) -eq 0 ]]; then
  owner=${POSTGRES_TEST_USER:-nobody}
  chown "$owner" "$workdir"
  as_owner=(runuser -u "$owner" --)
fi

cleanup() {
  "${as_owner[@]}" "$bindir/pg_ctl" -D "$workdir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$workdir"
}
trap cleanup EXIT INT TERM

"${as_owner[@]}" "$bindir/initdb" -D "$workdir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 -N >/dev/null
# autovacuum=off: every test writes inside a transaction that is rolled back, so an automatic ANALYZE
# only ever records the tables as empty (reltuples 0), and the planner then nests loops over tables
# the test has just filled: with 500 reports one spending query ran for over eight minutes. Tables
# never analyzed are estimated from their size on disk, which includes the test's own rows.
"${as_owner[@]}" "$bindir/pg_ctl" -D "$workdir/data" -l "$workdir/server.log" -w -o \
  "-p $port -k $workdir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c autovacuum=off" \
  start >/dev/null
"$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres ballerup

export DATABASE_URL="postgres://postgres@127.0.0.1:$port/ballerup"
echo "with-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
"$@"
