#!/usr/bin/env bash
# Installs the Debian 12 packages stet needs to build and test. Idempotent:
# does nothing when everything is present. Run as root (or with sudo).
set -euo pipefail

packages=(
  g++ cmake ninja-build pkg-config git
  libsqlite3-dev libzstd-dev libxxhash-dev libutf8proc-dev
  nlohmann-json3-dev libfmt-dev libxml2-dev libuchardet-dev liburiparser-dev
  libcurl4-openssl-dev zlib1g-dev libcpp-httplib-dev
  libgtest-dev libgmock-dev
  clang libclang-rt-14-dev
  python3
  chromium fonts-liberation
)
# Node.js and npm drive the browser tests; machines of this kind have them.
# Debian's packages only where they are missing.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "setup: all ${#packages[@]} packages present"
else
  echo "setup: installing ${missing[*]}"
  sudo_cmd=()
  if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -q
  "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# playwright-core for the browser tests, at the version package-lock.json
# pins (it drives Debian's chromium; it downloads no browser).
browser="$(cd "$(dirname "$0")/.." && pwd)/tests/browser"
if [[ ! -f "$browser/node_modules/playwright-core/package.json" ]]; then
  echo "setup: installing playwright-core for the browser tests (npm ci)"
  (cd "$browser" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi
