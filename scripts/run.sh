#!/usr/bin/env bash
# Builds Digital Education and starts the server in the foreground on the embedded defaults.
# UI and API: http://localhost:8181/  (REST: http://localhost:8181/api/health)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp install -DskipTests
dist=karaf-distribution/target/assembly
if [ -t 0 ]; then
  exec "$dist/bin/karaf"          # with the Karaf console
else
  exec "$dist/bin/karaf" server   # no terminal: server only, Ctrl-C stops it
fi
