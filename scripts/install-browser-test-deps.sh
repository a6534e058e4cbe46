#!/usr/bin/env bash
# Installs what the browser test (karaf-distribution/itests, BrowserIT) needs: Debian's headless Chromium.
# The test drives it with playwright-core (npm, installed by the itests build into its target/ folder) through
# executablePath=/usr/bin/chromium; nothing downloads a browser of its own. Idempotent.
set -euo pipefail
need=()
for p in chromium fonts-dejavu-core; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends "${need[@]}"
fi
exit 0
