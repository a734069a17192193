#!/usr/bin/env bash
# Creates the demo store once (100 000 access events, passphrase "custodian-demo") and starts the console on it.
# Called by `cmake --build --preset release --target demo`; CUSTODIAN_CLI and CUSTODIAN_CONSOLE name the
# built programs. DEMO_EVENTS overrides the size of the demo store.
set -euo pipefail
dir=${1:?usage: run-demo.sh DIR}
mkdir -p "$dir"
store="$dir/demo.custodian"
passphrase_file="$dir/demo-passphrase.txt"
if [ ! -f "$store" ]; then
    printf 'custodian-demo\n' > "$passphrase_file"
    chmod 600 "$passphrase_file"
    "$CUSTODIAN_CLI" init --store "$store" --passphrase-file "$passphrase_file" \
        --recovery-code-file "$dir/demo-recovery-code.txt"
    "$CUSTODIAN_CLI" seed --store "$store" --passphrase-file "$passphrase_file" --events "${DEMO_EVENTS:-1000000}"
fi
echo
echo "Demo store: $store"
echo "Passphrase: $(cat "$passphrase_file")   (recovery code in $dir/demo-recovery-code.txt)"
echo
exec "$CUSTODIAN_CONSOLE" --store "$store"
