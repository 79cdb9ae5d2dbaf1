#!/bin/sh
# Cold start as whole processes: the README's ten lines (ColdStart) beside a JVM doing nothing (EmptyMain), the
# same java and class path, run alternately; and the ten lines again with an application class-data archive
# (AppCDS, made once by a first run with -XX:ArchiveClassesAtExit), which is how a deployment can skip loading and
# verifying the library's and Guava's classes. Prints the median wall time and, when /usr/bin/time is there, the
# median CPU time (user + system) of each, and the differences from the empty JVM. On a loaded machine the CPU
# time says more than the wall time, which mostly measures waiting for a core.
#
# Given a second jar (the benchmarks.jar of an earlier build, copied elsewhere), it runs that jar's ten lines too,
# with and without its own archive, in the same alternation, so that two builds are compared under the same load.
# It also prints how many classes each run loads, in all and from outside the JDK's own class-data archive; unlike
# the times, these counts do not depend on the load. Then it loads those same classes from outside the archive in a
# fresh JVM without running any of their code (LoadOnly), which shows what loading them costs by itself.
#
# On a JDK with ahead-of-time caches (JDK 25: -XX:AOTCacheOutput, JEP 514), it runs the ten lines with such a cache
# too. The java on the PATH is the one measured: put another JDK's bin first on the PATH to measure that JDK.
# Usage: benchmarks/cold-start.sh [RUNS [EARLIER_JAR]]   (after mvn -B -DskipTests package)
set -eu
runs=${1:-15}
jar=$(dirname "$0")/target/benchmarks.jar
other=${2:-}
[ -f "$jar" ] || { echo "build first: mvn -B -DskipTests package" >&2; exit 2; }
[ -z "$other" ] || [ -f "$other" ] || { echo "no such jar: $other" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
java -XX:ArchiveClassesAtExit="$tmp/app.jsa" -cp "$jar" vn.danso.benchmarks.ColdStart > /dev/null 2>&1 || true
[ -z "$other" ] \
  || java -XX:ArchiveClassesAtExit="$tmp/other.jsa" -cp "$other" vn.danso.benchmarks.ColdStart > /dev/null 2>&1 || true
java -XX:AOTCacheOutput="$tmp/app.aot" -cp "$jar" vn.danso.benchmarks.ColdStart > /dev/null 2>&1 || rm -f "$tmp/app.aot"
timer=
[ -x /usr/bin/time ] && timer=/usr/bin/time
run() { # NAME JAR MAIN [JVM OPTION]
  start=$(date +%s%N)
  if [ -n "$timer" ]; then
    $timer -f "%U %S" -a -o "$tmp/$1.cpu" java ${4:-} -cp "$2" "vn.danso.benchmarks.$3" > /dev/null
  else
    java ${4:-} -cp "$2" "vn.danso.benchmarks.$3" > /dev/null
  fi
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 )) >> "$tmp/$1.wall"
}
i=0
while [ "$i" -lt "$runs" ]; do
  run empty "$jar" EmptyMain
  run readme "$jar" ColdStart
  [ -f "$tmp/app.jsa" ] && run cds "$jar" ColdStart "-XX:SharedArchiveFile=$tmp/app.jsa"
  [ -f "$tmp/app.aot" ] && run aot "$jar" ColdStart "-XX:AOTCache=$tmp/app.aot"
  if [ -n "$other" ]; then
    run other "$other" ColdStart
    [ -f "$tmp/other.jsa" ] && run othercds "$other" ColdStart "-XX:SharedArchiveFile=$tmp/other.jsa"
  fi
  i=$((i + 1))
done
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
cpu() { [ -f "$tmp/$1.cpu" ] && awk '{ printf "%d\n", ($1 + $2) * 1000 }' "$tmp/$1.cpu" > "$tmp/$1.ms" && median "$tmp/$1.ms"; }
classes() { # JAR MAIN: classes loaded, in all and from outside the JDK's archive
  java -Xlog:class+load -cp "$1" "vn.danso.benchmarks.$2" | awk '/class,load/ { n++; if ($0 !~ /shared objects file/) o++ }
    END { printf "%d classes, %d outside the JDK archive", n, o }'
}
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
echo "empty JVM: wall ${empty_wall} ms$([ -n "$timer" ] && echo ", CPU ${empty_cpu} ms"); $(classes "$jar" EmptyMain)"
report readme "README ten lines"
[ -f "$tmp/cds.wall" ] && report cds "README ten lines, AppCDS archive"
[ -f "$tmp/aot.wall" ] && report aot "README ten lines, ahead-of-time cache"
echo "  $(classes "$jar" ColdStart)"
java -Xlog:class+load -cp "$jar" vn.danso.benchmarks.ColdStart \
  | awk '/class,load/ && !/shared objects file/ && / source: file:/' | sed 's/^.*\] //' | cut -d' ' -f1 \
  | grep -v '^vn\.danso\.benchmarks\.' \
  > "$tmp/classes.txt"
i=0
while [ "$i" -lt "$runs" ]; do
  java -cp "$jar" vn.danso.benchmarks.LoadOnly "$tmp/classes.txt" | cut -d' ' -f1 >> "$tmp/load.ms"
  i=$((i + 1))
done
echo "  loading the $(wc -l < "$tmp/classes.txt") of them from the jar alone, running none of their code: $(median "$tmp/load.ms") ms"
if [ -n "$other" ]; then
  report other "README ten lines, $other"
  [ -f "$tmp/othercds.wall" ] && report othercds "README ten lines, $other, AppCDS archive"
  echo "  $(classes "$other" ColdStart)"
fi
exit 0
