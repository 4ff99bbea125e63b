#!/bin/bash
# Every built-in scenario on emulated generals over the given seeds, one run at a time: one line per run with its
# wall time, the expected verdict and the verdict (or the refusal). Bounded: each run is cut after 300 s.
# usage (from the repository, after `dotnet build Devices.sln`): bash bench/emu-builtins.sh OUT_FOLDER SEED...
set -u
OUT=$1; shift
CLI="dotnet host/Generals.Cli/bin/Debug/net10.0/generals.dll"
mkdir -p "$OUT"
for name in $($CLI scenarios | awk 'NR > 1 { print $1 }'); do
  for seed in "$@"; do
    start=$(date +%s.%N)
    timeout 300 $CLI run "$name" --mode emu --seed "$seed" --out "$OUT/$name-$seed" > "$OUT/$name-$seed.log" 2>&1
    rc=$?
    python3 - "$OUT/$name-$seed" "$rc" "$start" "$name" "$seed" <<'PY'
import json, sys, time
folder, rc, start, name, seed = sys.argv[1:]
wall = time.time() - float(start)
try:
    r = json.load(open(folder + "/results.json"))
    print(f"{name:32} {seed} rc={rc} {wall:6.1f}s expected={r['expected']} verdict={r['verdict']} {(r.get('reason') or '')[:150]}")
except OSError:
    last = open(folder + ".log").read().strip().splitlines()[-1:] or [""]
    print(f"{name:32} {seed} rc={rc} {wall:6.1f}s no run: {last[0][:150]}")
PY
  done
done
