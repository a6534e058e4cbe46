#!/usr/bin/env bash
# Installs the system packages the tests need (Debian). Idempotent; does nothing when all are present.
set -euo pipefail
cd "$(dirname "$0")/.."
for extra in scripts/install-*-toolchains.sh; do
  [ -f "$extra" ] && bash "$extra"
done
exit 0
