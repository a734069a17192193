#!/usr/bin/env bash
# Installs what building, running and testing Custodian needs on Debian bookworm — all from Debian's
# own packages. Re-runs itself with sudo when not root. Safe to run again: apt skips what is installed.
set -euo pipefail
if [ "$(id -u)" -ne 0 ]; then
    exec sudo --preserve-env=DEBIAN_FRONTEND "$0" "$@"
fi
export DEBIAN_FRONTEND=noninteractive

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config
    # the format check (FormatCheck test, `format` target)
    clang-format
    # Qt 6.4: Widgets, Charts, Network, Test, Linguist
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    # encrypted store and crypto; the sqlcipher shell is used by the interoperability tests
    libsqlcipher-dev sqlcipher libssl-dev
    # custodian-central's HTTPS transport: Boost.Beast and Boost.Asio (header-only), TLS through OpenSSL
    libboost-dev
    # passphrase strength estimate (zxcvbn, as KeePassXC uses)
    libzxcvbn-dev
    # the tz database: QTimeZone reads it for site-local time (off-hours detection)
    tzdata
    # packaging (CPack's dpkg-shlibdeps) and fonts for the offscreen GUI tests
    dpkg-dev file fonts-dejavu-core
    # pdfinfo and pdftotext: the export tests read the PDFs back
    poppler-utils
    # the openssl command: the TLS tests run a TLS 1.0-only server (s_server), compute pins, and offer single suites
    # to custodian-central (s_client); testssl.sh scans custodian-central's TLS (CentralTestsslTest)
    openssl testssl.sh
)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
# Tests only: Node.js runs the real xAPI learning record store the xAPI pull is tested against (tests/peers/lrs,
# installed by `npm ci` there; never shipped — docs/xapi.md). Debian's nodejs and npm when there is no Node.js yet;
# a Node.js already present is used as it is (NodeSource's package bundles npm and conflicts with Debian's npm).
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    missing+=(nodejs npm)
fi
if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
echo "Custodian build dependencies are installed."
