#!/usr/bin/env bash
# The code search benchmark of issue 4 (JMH, org.openrcm.bench.codes.CodeSearchBench) on the real FY2025 ICD-10-CM
# release with its index and tables (read from the shared data: OPENRCM_SHARED_DATA or shared/data above the project):
# type-ahead per keystroke (SampleTime: p50/p90/p99), full searches, lookup by code, and building the search.
# Usage: bench/scripts/codes-search-bench.sh [JMH options, e.g. suggest -f 2, or -wi 1 -i 2 for a quick run]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
./mvnw -q -B -DskipTests -pl bench -am package
. "$root/.mvn/select-jdk.sh"
openrcm_select_jdk
cp="bench/target/openrcm-bench-0.1.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sm)," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"
pattern="CodeSearchBench"
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
  pattern="CodeSearchBench.$1"
  shift
fi
exec "$JAVA_HOME/bin/java" -cp "$cp" org.openjdk.jmh.Main "$pattern" -rf json -rff bench/target/codes-search-bench.json "$@"
