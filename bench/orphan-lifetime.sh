#!/usr/bin/env bash
# How long the processes of an emulated run outlive a kill -9 of the harness (generals and, with
# --broker mosquitto, mosquitto and its supervisor). Each round: start `generals run --mode emu`, wait until
# every general booted, kill -9 the harness, and time until no process naming the run folder is left.
# Usage: bench/orphan-lifetime.sh [rounds]   (build first: dotnet build Devices.sln)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
dll=host/Generals.Cli/bin/Debug/net10.0/generals.dll
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/long.yaml" <<'YAML'
name: orphan-bench
duration_ms: 60000
generals: 3
link: { reliable: true, authenticated: true }
workload:
  - { at_ms: 0, node: 1, command: send-stream, to: 2, count: 2000, interval_ms: 25, first_id: 1000 }
checks: [reliable-delivery]
YAML
alive() { # pids of live (non-zombie) processes whose command line names $1
  for d in /proc/[0-9]*; do
    if tr '\0' ' ' 2>/dev/null < "$d/cmdline" | grep -q -- "$1" && ! grep -q '^State:.*Z' "$d/status" 2>/dev/null; then echo "${d#/proc/}"; fi
  done
}
for i in $(seq 1 "$rounds"); do
  run="$work/run-$i"
  dotnet "$dll" run "$work/long.yaml" --mode emu --broker mosquitto --seed "$i" --out "$run" > "$work/out-$i" 2>&1 &
  harness=$!
  for _ in $(seq 1 600); do
    [ "$(grep -l 'booted: incarnation 1' "$run"/nodes/general-*.log 2>/dev/null | wc -l)" = 3 ] && break
    sleep 0.1
  done
  children=$(alive "$run" | grep -v "^$harness\$" | wc -l)
  start=$(date +%s%N)
  kill -9 "$harness"; wait "$harness" 2>/dev/null || true
  while [ -n "$(alive "$run")" ] && [ $(( ($(date +%s%N) - start) / 1000000 )) -lt 30000 ]; do sleep 0.02; done
  left=$(alive "$run" | wc -l)
  echo "round $i: $children children, all gone $(( ($(date +%s%N) - start) / 1000000 )) ms after kill -9 (left: $left)"
done
