#!/usr/bin/env bash
# Shegong on Spark against the command line, whole process against whole process, on the same
# exchange file: records per second of `./shegong-spark validate` on local[1] and local[2], next
# to `./shegong validate --threads 1` and `--threads 2`.
#
#   benchmarks/spark.sh                          # 1,000,000 records (generated once)
#   FILE=/path/sample-1000000.ndjson benchmarks/spark.sh
#   RECORDS=200000 HEAP=2g PARTITIONS=8 benchmarks/spark.sh
#
# Each run is timed with /usr/bin/time -v (wall time, peak RSS); the report goes to /dev/null, the
# summary line to the log. HEAP is the -Xmx of every JVM (default 2g: Spark's driver is also its
# executor on local[N]); PARTITIONS the minimum splits of the file (default: the file system's).
# Needs ./shegong and ./shegong-spark built: mvn -B -q package -DskipTests.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
records="${RECORDS:-1000000}"
heap="${HEAP:-2g}"
partitions="${PARTITIONS:-1}"
work="${WORK:-$here/target/spark}"
asof="${AS_OF:-2024-06-30}"
mkdir -p "$work"
file="${FILE:-$work/sample-$records.ndjson}"
if [ ! -f "$file" ]; then
  "$root/shegong" sample -n "$records" --seed 1 --as-of "$asof" --no-progress -o "$file"
fi
records=$(grep -c -v '"recordType":"header"' "$file" || true)

measure() { # label, command…  → "label seconds cpu-seconds peak-MB exit"
  local label="$1"; shift
  local log="$work/time-$label.txt"
  set +e
  /usr/bin/time -v "$@" > "$work/out-$label.json" 2> "$log"
  local status=$?
  set -e
  local wall rss seconds cpu
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  seconds=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
  echo "$label $seconds $cpu $((rss / 1024)) $status"
}

echo "file: $file ($(du -h "$file" | cut -f1), $records records); $(nproc) processors; heap $heap"
echo "java: $(java -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) (CPU seconds matter more than wall time on a loaded machine)"
printf '%-10s %9s %10s %9s %14s %12s %5s\n' run seconds records/s cpu_s records/cpu_s peak_RSS_MB exit
for run in cli-1 cli-2 spark-1 spark-2; do
  n="${run##*-}"
  if [ "${run%-*}" = cli ]; then
    line=$(SHEGONG_JAVA_OPTS="-Xmx$heap" measure "$run" "$root/shegong" validate --no-progress \
      --format json --as-of "$asof" --threads "$n" "$file")
  else
    line=$(SHEGONG_SPARK_JAVA_OPTS="-Xmx$heap" measure "$run" "$root/shegong-spark" validate \
      --master "local[$n]" --format json --as-of "$asof" --partitions "$partitions" "$file")
  fi
  read -r label seconds cpu rss status <<< "$line"
  rate=$(awk -v r="$records" -v s="$seconds" 'BEGIN { printf "%.0f", r / s }')
  cpurate=$(awk -v r="$records" -v s="$cpu" 'BEGIN { printf "%.0f", r / s }')
  printf '%-10s %9s %10s %9s %14s %12s %5s\n' "$label" "$seconds" "$rate" "$cpu" "$cpurate" "$rss" "$status"
done
if cmp -s "$work/out-cli-2.json" "$work/out-spark-2.json"; then
  echo "reports: ./shegong-spark and ./shegong printed the same bytes"
else
  echo "reports: DIFFERENT (see $work/out-*.json)"
fi
