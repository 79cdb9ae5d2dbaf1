#!/usr/bin/env bash
# Builds danso-core as released in 0.1.0 into a folder under target/, as the baseline of the API compatibility check
# (japicmp). 0.1.0 was never published to a repository: the release is the commit "Release 0.1.0" in this
# repository's history, so its sources are taken from git and built with Maven's package phase (nothing installed).
# Arguments: the output folder and the project's base directory. The outer build has already brought every plugin
# and library 0.1.0 needs into the local repository, so the inner build finds them there.
set -euo pipefail
release=77c6a1e
out="$1"
basedir="$2"
jar="$out/danso-core-0.1.0.jar"
if [ -f "$jar" ]; then
  exit 0
fi
if ! git -C "$basedir" cat-file -e "$release^{commit}" 2>/dev/null; then
  echo "API check: commit $release (Release 0.1.0) is not in this clone's history; fetch the full history" >&2
  exit 1
fi
src="$out/src"
rm -rf "$src"
mkdir -p "$src"
top=$(git -C "$basedir" rev-parse --show-toplevel)
git -C "$top" archive "$release" pom.xml core examples/pom.xml benchmarks/pom.xml | tar -x -C "$src"
mvn -B -q -f "$src/pom.xml" -pl core package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
  -Denforcer.skip=true
cp "$src/core/target/danso-core-0.1.0.jar" "$jar"
echo "API check: baseline danso-core 0.1.0 built from commit $release"
