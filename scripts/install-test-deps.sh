#!/usr/bin/env bash
# Installs the system packages the tests need (Debian). Idempotent; apt-get runs only for what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
for p in postgresql; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends "${need[@]}"
fi
# headless Chromium for the browser test (WebIT)
bash scripts/install-browser-test-deps.sh
for extra in scripts/install-*-toolchains.sh; do
  [ -f "$extra" ] && bash "$extra"
done
exit 0
