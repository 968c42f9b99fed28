#!/usr/bin/env bash
# Cold start of the app to an interactive first screen (the passphrase prompt, since the data is
# encrypted), measured by the app itself: the UI calls `app_ready` once its first screen is
# usable and, with MANDAT_STARTUP_TRACE set, the app prints the time since the process started.
# (Unlocking itself — Argon2id, then opening — is measured by `cargo bench --bench missions`.)
# Run by `make bench`; prints figures, asserts nothing.
set -euo pipefail
if [ -z "${DISPLAY:-}" ]; then
  exec env NO_AT_BRIDGE=1 xvfb-run -a -s "-screen 0 1280x900x24" bash "$0" "$@"
fi
MANDAT=${MANDAT:-target/release/mandat}
CLI=${MANDAT_CLI:-target/release/mandat-cli}
RUNS=${RUNS:-7}
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
MANDAT_PASSPHRASE="benchmark passphrase" "$CLI" --data-dir "$data" demo --lang fr >/dev/null

times=()
for _ in $(seq 1 "$RUNS"); do
  log=$(mktemp)
  MANDAT_STARTUP_TRACE=1 "$MANDAT" --data-dir "$data" 2>"$log" &
  pid=$!
  for _ in $(seq 1 300); do
    grep -q "interactive after" "$log" && break
    sleep 0.05
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  t=$(sed -n 's/.*interactive after \([0-9]*\) ms.*/\1/p' "$log")
  times+=("${t:-timeout}")
  rm -f "$log"
done
echo "cold start to an interactive first screen (ms, $RUNS runs): ${times[*]}"
printf '%s\n' "${times[@]}" | grep -E '^[0-9]+$' | sort -n |
  awk '{a[NR]=$1} END {if (NR) printf "median %d ms, best %d ms, worst %d ms (target: under 1000 ms)\n", a[int((NR+1)/2)], a[1], a[NR]}'
