#!/bin/sh
# Installs FET (fet-cl) and its 236 example files, used only by the timetable benchmark
# (bin/timetable-solve + docs/benchmarks/timetable.md), never by unit tests.
# Idempotent: does nothing when fet-cl and the examples are already present. Run as root.
set -eu
EXAMPLES=/usr/share/doc/fet-data/examples
if command -v fet-cl >/dev/null 2>&1 && [ -d "$EXAMPLES" ]; then
  echo "fet-cl already installed: $(command -v fet-cl); examples in $EXAMPLES"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-fet.sh: run as root (apt-get install -y fet fet-data)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends fet fet-data
command -v fet-cl
echo "examples: $(find "$EXAMPLES" -name '*.fet' | wc -l) .fet files in $EXAMPLES"
