#!/usr/bin/env bash
# Byte-compares the sim history of every built-in scenario between two builds of the CLI, for a few seeds:
# a structural change (a refactor, a merge) must leave `generals run X --mode sim --seed S` unchanged.
# Usage: bench/compare-sim-histories.sh BEFORE/generals.dll AFTER/generals.dll [seed ...] [-- extra.yaml ...]
# (build each with `dotnet build host/Generals.Cli` and copy its bin/Debug/net10.0 folder away first).
set -u
before=$1; after=$2; shift 2
seeds=(); extras=()
while [ $# -gt 0 ]; do
  if [ "$1" = "--" ]; then shift; extras=("$@"); break; fi
  seeds+=("$1"); shift
done
[ ${#seeds[@]} -gt 0 ] || seeds=(1 2 3)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
names=$(dotnet "$after" scenarios 2>/dev/null | awk 'NR > 1 {print $1}')
same=0; differ=0
for scenario in $names "${extras[@]}"; do
  for seed in "${seeds[@]}"; do
    for side in before after; do
      dll=$before; [ $side = after ] && dll=$after
      dotnet "$dll" run "$scenario" --mode sim --seed "$seed" --out "$out/$side" >/dev/null 2>&1
      echo $? > "$out/$side.rc"
    done
    if cmp -s "$out/before/history.jsonl" "$out/after/history.jsonl" && cmp -s "$out/before.rc" "$out/after.rc"; then
      same=$((same + 1))
    else
      differ=$((differ + 1)); echo "DIFFERS: $scenario --seed $seed"
    fi
    rm -rf "$out/before" "$out/after"
  done
done
echo "byte-identical: $same, different: $differ"
[ $differ -eq 0 ]
