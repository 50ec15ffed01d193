#!/usr/bin/env bash
# Installs every build, test and demo dependency of billetd on Debian 12 (as root).
# Idempotent: quiet and fast when everything is already present.
set -euo pipefail

packages=(
  build-essential cmake pkg-config git ca-certificates tzdata
  libcurl4-openssl-dev libmimetic-dev libsqlitecpp-dev libsqlite3-dev sqlite3
  libspdlog-dev libfmt-dev libgtest-dev libgmock-dev libbenchmark-dev
  libtomlplusplus-dev libhowardhinnant-date-dev libgumbo-dev nlohmann-json3-dev
  libcli11-dev libsystemd-dev libcpp-httplib-dev libstemmer-dev libsodium-dev
  clang libclang-rt-14-dev
  dovecot-imapd openssl python3 python3-aiosmtpd curl systemd
  chromium chromium-driver python3-selenium
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing packages: ${missing[*]}" >&2
  echo "install-deps: run as root (or: sudo $0)" >&2
  exit 1
fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
# The test harness starts its own Dovecot; keep the packaged system service from starting.
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
  trap 'rm -f /usr/sbin/policy-rc.d' EXIT
fi
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
