#!/usr/bin/env bash
# The X12 benchmark of issue 3: generates an 835 and an 837P of CLAIMS claims (seed 42, kept under
# bench/target/x12-bench), then in one JVM measures on the same files a raw byte scan (the limit), StAEDI's bare event
# loop, our lexer, our typed reader and our validator, then 837P writing from in-memory claims; then the peak heap of
# the typed 835 read in separate JVMs with -Xmx256m and -Xmx32m. Prints a markdown table (progress goes to stderr).
# Usage: bench/scripts/x12-bench.sh [CLAIMS] [extra X12Bench options, e.g. --rounds 7 --warmup 3]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
claims="${1:-100000}"
shift || true
cd "$root"
./mvnw -q -B -DskipTests -pl bench -am package
. "$root/.mvn/select-jdk.sh"
openrcm_select_jdk
cp="bench/target/openrcm-bench-0.1.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sm)"
echo "java: $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 2 | tr '\n' ' ')"
# A fixed 2 GB heap for the throughput run, so that heap resizing does not move the figures.
exec "$JAVA_HOME/bin/java" -Xms2g -Xmx2g -cp "$cp" org.openrcm.bench.x12.X12Bench \
  --claims "$claims" --dir bench/target/x12-bench "$@"
