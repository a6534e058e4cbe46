#!/usr/bin/env bash
# Runs every test of Digital Education: unit tests, then the integration tests that boot the real
# Karaf distribution (Pax Exam). Installs what the tests need beyond the JDK and Maven first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-test-deps.sh
exec mvn -B -ntp verify "$@"
