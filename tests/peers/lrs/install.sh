#!/usr/bin/env bash
# Installs the test-only xAPI peer (docs/xapi.md) into tests/peers/lrs/node_modules exactly as package-lock.json
# pins it, without running any package's install scripts. Skips the work when that lock file is already installed.
# Run by .ci/run and, as a CTest fixture, before the tests that need it. Never part of the product.
set -euo pipefail
cd "$(dirname "$0")"
stamp=node_modules/.custodian-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    echo "tests/peers/lrs: installed ($want)."
    exit 0
fi
if ! command -v npm >/dev/null; then
    echo "npm is missing: run packaging/install-deps.sh (it installs Debian's nodejs and npm)." >&2
    exit 1
fi
npm ci --no-audit --no-fund --ignore-scripts
echo "$want" >"$stamp"
