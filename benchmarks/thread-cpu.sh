#!/usr/bin/env bash
# CPU seconds (user + system) of each thread group of one `shegong validate` run, read from /proc
# while it runs: the workers, the calling thread ("java"), the JIT compilers and the collector, which
# JFR does not sample. Linux only.
#
#   benchmarks/thread-cpu.sh FILE [validate options…]
#   SHEGONG_JAVA_OPTS="-XX:TieredStopAtLevel=1" benchmarks/thread-cpu.sh FILE
#
# Runs ./shegong (so its JVM defaults apply, and SHEGONG_JAVA_OPTS) with --no-progress --format json,
# the report to /dev/null.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
file="$1"
shift
samples="$(mktemp)"
trap 'rm -f "$samples"' EXIT
"$root/shegong" validate --no-progress --format json "$@" "$file" > /dev/null 2>&1 &
pid=$!
start=$(date +%s.%N)
# the launcher execs java, so $pid is the JVM; a thread's counters only grow: keep the last sample
while kill -0 "$pid" 2> /dev/null; do
  for task in /proc/"$pid"/task/*; do
    echo "${task##*/}|$(cat "$task/comm" 2> /dev/null)|$(cut -d')' -f2 "$task/stat" 2> /dev/null | awk '{print $12 + $13}')"
  done >> "$samples" 2> /dev/null || true
  sleep 0.03
done
end=$(date +%s.%N)
wait "$pid" || true
awk -F'|' -v hz="$(getconf CLK_TCK)" '
  $3 != "" { if ($3 > ticks[$1]) ticks[$1] = $3; name[$1] = $2 }
  END {
    for (t in ticks) { g = name[t]; gsub(/[#0-9-]+$/, "", g); sub(/ +$/, "", g); group[g] += ticks[t]; all += ticks[t] }
    for (g in group) if (group[g] > 0) printf "%8.2f  %s\n", group[g] / hz, g
    printf "%8.2f  TOTAL\n", all / hz
  }' "$samples" | sort -rn
echo "wall $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }') s"
