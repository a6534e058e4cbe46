#!/bin/sh
# Journal load benchmark against a running server with the demo school (start it with scripts/run.sh
# in another terminal and wait for "School demo data loaded" in data/log/karaf.log).
#
#   scripts/bench-journal.sh [BASE_URL] [SIMULATED_TEACHERS] [MARKS_EACH] [PACE_MS]
#
# PACE_MS: average time between two marks of one simulated teacher (a person typing marks into the
# grid); 0 sends the next mark as soon as the previous one is answered (a saturation test).
#
# Appends the results to docs/benchmarks/journal.md. Uses Jackson from the local Maven repository
# (present after the build).
set -eu
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
REPO=${MAVEN_REPO:-$HOME/.m2/repository}/com/fasterxml/jackson/core
V=2.15.2
CP="$REPO/jackson-databind/$V/jackson-databind-$V.jar:$REPO/jackson-core/$V/jackson-core-$V.jar:$REPO/jackson-annotations/$V/jackson-annotations-$V.jar"
cd "$ROOT"
exec java -Xss512k -cp "$CP" "$ROOT/scripts/bench/JournalLoad.java" "${1:-http://localhost:8181}" "${2:-500}" "${3:-10}" docs/benchmarks/journal.md "${4:-0}"
