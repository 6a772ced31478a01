#!/usr/bin/env bash
# Measures how long `openrcm demo` takes from the launch of the jar to the first answer of the sign-in page, on a
# fresh home directory (so the time includes creating the database, the migrations and the demo data).
# Usage: bench/scripts/demo-startup.sh [RUNS]   (builds the jar first when needed, through ./openrcm version)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-5}"
"$root/openrcm" version >/dev/null
. "$root/.mvn/select-jdk.sh"
openrcm_select_jdk
jar="$root/app/target/openrcm.jar"
port=18080
for i in $(seq 1 "$runs"); do
  home="$(mktemp -d)"
  start=$(date +%s%N)
  "$JAVA_HOME/bin/java" -jar "$jar" demo --home "$home" --port "$port" --no-browser >/dev/null 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/login"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "the demo stopped before answering" >&2; exit 1; fi
    sleep 0.1
  done
  end=$(date +%s%N)
  printf 'run %d: %.1f s\n' "$i" "$(echo "($end - $start) / 1000000000" | bc -l)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$home"
done
