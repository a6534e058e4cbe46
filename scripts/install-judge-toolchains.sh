#!/bin/sh
# Installs the toolchains and the sandbox used by the coding-school judge
# (kz.digitaledu.coding.judge). Idempotent and non-interactive; run as root on
# Debian 12 (bookworm). Only the Debian archive is contacted.
#
#   sudo scripts/install-judge-toolchains.sh
#
# Packages:
#   bubblewrap   - namespaces sandbox (bwrap) for compiling and running
#   fp-compiler  - Free Pascal (fpc)
#   g++          - C++17 compiler (GCC 12)
#   python3      - CPython 3.11 (Debian's /usr/bin/python3 is used, never a pyenv shim)
#   openjdk-17-jdk-headless - javac/java 17 (usually already present)
#   coreutils, util-linux - sleep (tests) and setpriv (drops to the per-submission sandbox uid)
set -eu

if [ "$(id -u)" != "0" ]; then
  echo "install-judge-toolchains: must run as root" >&2
  exit 1
fi

PACKAGES="bubblewrap fp-compiler g++ python3 coreutils util-linux"
# Java 17 is normally present already; only install it if javac is missing.
if ! command -v javac >/dev/null 2>&1; then
  PACKAGES="$PACKAGES openjdk-17-jdk-headless"
fi

missing=""
for p in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done

if [ -z "$missing" ]; then
  echo "install-judge-toolchains: all packages present ($PACKAGES)"
else
  export DEBIAN_FRONTEND=noninteractive
  # apt-get update only when the package lists are missing or a package is not known yet.
  need_update=0
  if [ -z "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v -e '^lock$' -e '^partial$' || true)" ]; then
    need_update=1
  else
    for p in $missing; do
      if ! apt-cache show "$p" >/dev/null 2>&1; then need_update=1; fi
    done
  fi
  if [ "$need_update" = "1" ]; then
    apt-get update
  fi
  # shellcheck disable=SC2086
  apt-get install -y --no-install-recommends $missing
fi

# Show what the judge will use.
for t in bwrap setpriv fpc g++ /usr/bin/python3 javac java; do
  if command -v "$t" >/dev/null 2>&1; then
    printf '%-18s %s\n' "$t" "$(command -v "$t")"
  else
    echo "install-judge-toolchains: $t not found after install" >&2
    exit 1
  fi
done
bwrap --version
