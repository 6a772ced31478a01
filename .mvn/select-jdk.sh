# Sourced (POSIX sh) by ./mvnw, ./openrcm and .ci/run. Points JAVA_HOME at a JDK >= 21:
# the one JAVA_HOME already names if it is new enough, else the newest under /usr/lib/jvm, else the java on PATH.
# Leaves JAVA_HOME untouched and returns 1 when none is found.

openrcm_jdk_major() {
  # Prints the major version of the JDK at $1, or fails when $1 is not a JDK (javac is needed to build).
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  if [ -r "$1/release" ]; then
    _v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release")
  else
    _v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n 1)
  fi
  [ -n "$_v" ] || return 1
  echo "$_v"
}

openrcm_select_jdk() {
  _min=21
  if [ -n "${JAVA_HOME-}" ]; then
    _m=$(openrcm_jdk_major "$JAVA_HOME") && [ "$_m" -ge "$_min" ] && return 0
  fi
  _best="" _bestm=0
  case $- in *f*) _noglob=1; set +f ;; *) _noglob= ;; esac
  for _d in /usr/lib/jvm/*; do
    [ -d "$_d" ] || continue
    _m=$(openrcm_jdk_major "$_d") || continue
    if [ "$_m" -ge "$_min" ] && [ "$_m" -gt "$_bestm" ]; then _best=$_d _bestm=$_m; fi
  done
  [ -z "$_noglob" ] || set -f
  if [ -z "$_best" ] && command -v javac >/dev/null 2>&1; then
    _d=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    _m=$(openrcm_jdk_major "$_d") && [ "$_m" -ge "$_min" ] && _best=$_d
  fi
  [ -n "$_best" ] || return 1
  JAVA_HOME=$_best
  export JAVA_HOME
}
