#!/usr/bin/env bash
# The import benchmark of issue 4: the FY2026 ICD-10-CM order file (from the shared data) imported
#  1. by the engine (JMH CodeImportBench: recognised, named, read and checked; cold = first in a fresh JVM), and
#  2. end to end by `openrcm codes import` into a fresh embedded database, RUNS times (JVM start, Spring, migrations,
#     reading, storing the file), wall-clock from the shell.
# Usage: bench/scripts/codes-import-bench.sh [RUNS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-5}"
cd "$root"
./mvnw -q -B -DskipTests -Dfuzz.skip=true -pl app,bench -am package
. "$root/.mvn/select-jdk.sh"
openrcm_select_jdk
data="${OPENRCM_SHARED_DATA:-}"
if [ -z "$data" ]; then
  for d in "$root/../shared/data" "/work/shared/data"; do [ -d "$d" ] && data="$d" && break; done
fi
file="$data/codes/icd10cm/fy2026/icd10cm_order_2026.txt"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
cp="bench/target/openrcm-bench-0.1.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)"
"$JAVA_HOME/bin/java" -cp "$cp" org.openjdk.jmh.Main CodeImportBench -rf json \
  -rff bench/target/codes-import-bench.json
for i in $(seq 1 "$runs"); do
  home="$(mktemp -d)"
  start=$(date +%s.%N)
  ./openrcm codes import "$file" --home "$home" > /dev/null 2>&1
  end=$(date +%s.%N)
  echo "openrcm codes import (fresh database) run $i: $(echo "$end - $start" | bc) s"
  rm -rf "$home"
done
