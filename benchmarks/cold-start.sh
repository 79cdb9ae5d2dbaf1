#!/bin/sh
# Cold start as whole processes: the README's ten lines (ColdStart) beside a JVM doing nothing (EmptyMain), the
# same java and class path, run alternately; and the ten lines again with an application class-data archive
# (AppCDS, made once by a first run with -XX:ArchiveClassesAtExit), which is how a deployment can skip loading and
# verifying the library's and Guava's classes. Prints the median wall time and, when /usr/bin/time is there, the
# median CPU time (user + system) of each, and the differences from the empty JVM. On a loaded machine the CPU
# time says more than the wall time, which mostly measures waiting for a core.
# Usage: benchmarks/cold-start.sh [RUNS]   (after mvn -B -DskipTests package)
set -eu
runs=${1:-15}
jar=$(dirname "$0")/target/benchmarks.jar
[ -f "$jar" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
java -XX:ArchiveClassesAtExit="$tmp/app.jsa" -cp "$jar" vn.danso.benchmarks.ColdStart > /dev/null 2>&1 || true
timer=
[ -x /usr/bin/time ] && timer=/usr/bin/time
run() { # NAME MAIN [JVM OPTION]
  start=$(date +%s%N)
  if [ -n "$timer" ]; then
    $timer -f "%U %S" -a -o "$tmp/$1.cpu" java ${3:-} -cp "$jar" "vn.danso.benchmarks.$2" > /dev/null
  else
    java ${3:-} -cp "$jar" "vn.danso.benchmarks.$2" > /dev/null
  fi
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 )) >> "$tmp/$1.wall"
}
i=0
while [ "$i" -lt "$runs" ]; do
  run empty EmptyMain
  run readme ColdStart
  [ -f "$tmp/app.jsa" ] && run cds ColdStart "-XX:SharedArchiveFile=$tmp/app.jsa"
  i=$((i + 1))
done
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
cpu() { [ -f "$tmp/$1.cpu" ] && awk '{ printf "%d\n", ($1 + $2) * 1000 }' "$tmp/$1.cpu" > "$tmp/$1.ms" && median "$tmp/$1.ms"; }
report() { # NAME LABEL
  wall=$(median "$tmp/$1.wall")
  line="$2: wall ${wall} ms (+$(echo "$wall - $empty_wall" | bc))"
  if [ -n "$timer" ]; then
    c=$(cpu "$1")
    line="$line, CPU ${c} ms (+$(echo "$c - $empty_cpu" | bc))"
  fi
  echo "$line"
}
empty_wall=$(median "$tmp/empty.wall")
empty_cpu=0
[ -n "$timer" ] && empty_cpu=$(cpu empty)
echo "runs: $runs; load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
echo "empty JVM: wall ${empty_wall} ms$([ -n "$timer" ] && echo ", CPU ${empty_cpu} ms")"
report readme "README ten lines"
[ -f "$tmp/cds.wall" ] && report cds "README ten lines, AppCDS archive"
exit 0
