#!/usr/bin/env bash
# Install the Debian packages the project needs, only those missing. Used by `make` and `.ci/run`.
#   scripts/install-system-packages.sh          # what `make run` needs (gettext)
#   scripts/install-system-packages.sh --test   # plus what the test suite needs (PostgreSQL, Redis, Varnish, Chromium, pdftotext)
#   scripts/install-system-packages.sh --bench  # what `make bench` needs (Redis, Varnish, wrk)
set -euo pipefail

packages=(gettext)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(postgresql redis-server varnish chromium fonts-dejavu-core poppler-utils)
elif [[ "${1:-}" == "--bench" ]]; then
  packages+=(redis-server varnish wrk)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing Debian packages: ${missing[*]}"
sudo_cmd=()
[[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
