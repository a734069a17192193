#!/usr/bin/env bash
# The demo: a local custodian-central on 127.0.0.1 with a demo organisation (1 000 000 access events, a fresh demo
# CA, one token per supervisor, training completions applied from its LMS's xAPI statements) that produces new access events at a steady rate, and the console on a store of its
# own (passphrase "custodian-demo") configured to sync with it: the first sync pulls everything, later ones every
# 5 s bring the live events. Everything is made once, in DIR; the service stops when the console closes.
# Called by `cmake --build --preset release --target demo`; CUSTODIAN_CLI, CUSTODIAN_CENTRAL and CUSTODIAN_CONSOLE
# name the built programs. DEMO_EVENTS overrides the size of the organisation's log, DEMO_LIVE_RATE the events per
# second the service adds (default 0.2: about the rate of the log's own history, so that the charts do not jump).
set -euo pipefail
dir=${1:?usage: run-demo.sh DIR}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
central="$dir/central"
store="$dir/console.custodian"
passphrase_file="$dir/demo-passphrase.txt"

if [ ! -f "$central/data/central.custodian" ]; then
    rm -rf "$central"
    "$CUSTODIAN_CENTRAL" tls --out "$central/tls"
    "$CUSTODIAN_CENTRAL" init --data "$central/data" --demo-events "${DEMO_EVENTS:-1000000}" --training-via-xapi \
        > "$central/supervisors.tsv"
fi
# The demo's training completions reach the service as a real deployment's do: xAPI statements from its learning
# record store, applied by the pull's own parser, matching and writer (docs/demo-data.md). Once; a run cut short
# before the marker is written applies the file again, and statements already applied are skipped by id.
lms="$central/data/demo-lms"
if [ -f "$lms/statements.json" ] && [ ! -f "$lms/imported" ]; then
    "$CUSTODIAN_CENTRAL" xapi-import --data "$central/data" --config "$lms/xapi.conf" \
        --statements "$lms/statements.json"
    touch "$lms/imported"
fi
# The console syncs as the first supervisor with a site (a site manager): revealing a card number asks the service,
# which reveals records that agents of the supervisor's site or teams opened (docs/security-notes.md). Central staff
# (no site, "-") have no such scope. A data directory from before the site column: the first supervisor.
line=$(awk -F '\t' 'NF >= 4 && $4 != "-" { print; exit }' "$central/supervisors.tsv")
[ -n "$line" ] || line=$(head -n 1 "$central/supervisors.tsv")
supervisor=$(printf '%s\n' "$line" | cut -f 1)
supervisor_name=$(printf '%s\n' "$line" | cut -f 2)
supervisor_site=$(printf '%s\n' "$line" | cut -f 4)

# The service, in the background on a port the kernel picks; stopped when this script ends.
port_file="$central/port"
rm -f "$port_file"
"$CUSTODIAN_CENTRAL" serve --data "$central/data" --tls-cert "$central/tls/server.pem" \
    --tls-key "$central/tls/server-key.pem" --port 0 --port-file "$port_file" \
    --live-rate "${DEMO_LIVE_RATE:-0.2}" 2> "$central/serve.log" &
central_pid=$!
trap 'kill "$central_pid" 2>/dev/null; wait "$central_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
    [ -s "$port_file" ] && break
    kill -0 "$central_pid" 2>/dev/null || { cat "$central/serve.log" >&2; exit 1; }
    sleep 0.1
done
[ -s "$port_file" ] || { echo "custodian-central did not start listening" >&2; exit 1; }
port=$(cat "$port_file")

if [ ! -f "$store" ]; then
    printf 'custodian-demo\n' > "$passphrase_file"
    chmod 600 "$passphrase_file"
    "$CUSTODIAN_CLI" init --store "$store" --passphrase-file "$passphrase_file" \
        --recovery-code-file "$dir/demo-recovery-code.txt"
fi
# The service's port changes from run to run: point the store at this one (audited like any settings change).
"$CUSTODIAN_CLI" sync-config --store "$store" --passphrase-file "$passphrase_file" \
    --server "https://127.0.0.1:$port" --ca "$central/tls/ca.pem" \
    --token-file "$central/data/tokens/$supervisor.token" --interval 5 > /dev/null

echo
echo "Central service: https://127.0.0.1:$port (log: $central/serve.log), ${DEMO_LIVE_RATE:-0.2} new events/s"
echo "Console store:   $store, syncing as $supervisor_name ($supervisor${supervisor_site:+, site $supervisor_site})"
echo "Passphrase:      $(cat "$passphrase_file")   (recovery code in $dir/demo-recovery-code.txt)"
echo
"$CUSTODIAN_CONSOLE" --store "$store"
