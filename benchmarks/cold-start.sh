#!/bin/sh
# Cold start as whole processes: the README's ten lines (ColdStart) beside a JVM doing nothing (EmptyMain), the
# same java and class path, run alternately; prints the median wall time of each and the difference.
# Usage: benchmarks/cold-start.sh [RUNS]   (after mvn -B -DskipTests package)
set -eu
runs=${1:-15}
jar=$(dirname "$0")/target/benchmarks.jar
[ -f "$jar" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
i=0
while [ "$i" -lt "$runs" ]; do
  for main in EmptyMain ColdStart; do
    start=$(date +%s%N)
    java -cp "$jar" "vn.danso.benchmarks.$main" > /dev/null
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 )) >> "$tmp/$main"
  done
  i=$((i + 1))
done
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
empty=$(median "$tmp/EmptyMain")
readme=$(median "$tmp/ColdStart")
echo "runs: $runs; empty JVM: ${empty} ms; README ten lines: ${readme} ms; difference: $(echo "$readme - $empty" | bc) ms"
