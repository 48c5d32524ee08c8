#!/usr/bin/env bash
# What a new user does: start the built service with no DATABASE_URL on an empty data directory,
# wait for /health/ready, log in as the demo admin, then stop it with SIGTERM and check that the
# embedded PostgreSQL went down with it. Prints the cold-start time.
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d /tmp/maiam-smoke-XXXXXX)
chmod 755 "$data" # the embedded server runs as the postgres user when we are root
port=${SMOKE_PORT:-3999}
log="$data/service.log"
unset DATABASE_URL
start=$(date +%s%3N)
EMBEDDED_PG_DATA_DIR="$data/postgres" EMBEDDED_PG_PORT=${SMOKE_PG_PORT:-54399} PORT=$port \
  node dist/src/main.js >"$log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 1 600); do
  if curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then echo "service exited:"; cat "$log"; exit 1; fi
  sleep 0.1
done
ready=$(date +%s%3N)
echo "cold start to /health/ready: $(( (ready - start) / 1000 )).$(( (ready - start) % 1000 / 100 )) s"
curl -fsS "http://127.0.0.1:$port/docs" | grep -q 'swagger' || { echo "no Swagger UI at /docs"; exit 1; }
if [ -f web/dist/index.html ]; then
  curl -fsS "http://127.0.0.1:$port/round" | grep -q '<div id="root">' || { echo "no staff web app at /"; exit 1; }
fi
token=$(curl -fsS -X POST "http://127.0.0.1:$port/api/v1/auth/login" -H 'content-type: application/json' \
  -d '{"username":"admin","password":"demo-2026-maiam"}' | node -pe 'JSON.parse(require("fs").readFileSync(0)).accessToken')
curl -fsS "http://127.0.0.1:$port/api/v1/auth/me" -H "authorization: Bearer $token" | grep -q '"role":"admin"'
grep -q 'Demo accounts' "$log" || { echo "the log does not list the demo accounts"; exit 1; }
kill -TERM "$pid"
wait "$pid" || { echo "service did not exit cleanly"; cat "$log"; exit 1; }
trap - EXIT
if [ -f "$data/postgres/postmaster.pid" ]; then echo "embedded PostgreSQL still running after SIGTERM"; exit 1; fi
rm -rf "$data"
echo "smoke OK: started, served /docs, admin logged in, stopped cleanly"
