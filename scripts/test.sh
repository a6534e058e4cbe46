#!/usr/bin/env bash
# Runs every test of Digital Education: unit tests (including the platform against a real PostgreSQL
# started here on loopback), the judge's sandbox tests, then the integration tests that boot the real
# Karaf distribution (Pax Exam). Installs what the tests need beyond the JDK and Maven first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-test-deps.sh
EDU_TEST_POSTGRES_URL=$(bash scripts/postgres-test-server.sh start)
export EDU_TEST_POSTGRES_URL
trap 'bash scripts/postgres-test-server.sh stop' EXIT
mvn -B -ntp verify "$@"
