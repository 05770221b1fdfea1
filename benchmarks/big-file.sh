#!/usr/bin/env bash
# The cross-record state of the batch rules spills to disk, so any file validates in a 64 MB heap:
# generates RECORDS (default 10,000,000) sample records with `./shegong sample` and validates them
# with `SHEGONG_JAVA_OPTS=-Xmx64m ./shegong validate --format json` under /usr/bin/time -v, then
# prints wall time, peak RSS, exit status and the report's size. Not a CI test: it takes minutes and
# gigabytes of disk (the file, the report, the spilled runs in TMPDIR).
#
#   benchmarks/big-file.sh                       # 10,000,000 records
#   RECORDS=3000000 benchmarks/big-file.sh       # a quicker run
#   HEAP=-Xmx64m WORK=/big/disk benchmarks/big-file.sh
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
records="${RECORDS:-10000000}"
heap="${HEAP:--Xmx64m}"
work="${WORK:-$here/target/big-file}"

mkdir -p "$work"
if [ ! -f "$root/cli/target/shegong.jar" ]; then
  (cd "$root" && mvn -B -q package -DskipTests -pl cli -am)
fi
file="$work/sample-$records.ndjson"
if [ ! -f "$file" ]; then
  echo "generating $records records into $file"
  "$root/shegong" sample -n "$records" --as-of 2024-06-30 --no-progress -o "$file"
fi
report="$work/report-$records.json"
log="$work/time-$records.txt"

echo "file: $file ($(du -h "$file" | cut -f1), $records records); $(nproc) processors; heap $heap"
set +e
SHEGONG_JAVA_OPTS="$heap" /usr/bin/time -v "$root/shegong" validate --format json \
  --as-of 2024-06-30 --no-progress "$file" > "$report" 2> "$log"
status=$?
set -e
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
echo "exit status: $status (0: no errors, 1: errors found, 2: the run failed)"
echo "wall time: $wall"
echo "peak RSS: $((rss / 1024)) MB"
echo "report: $(du -h "$report" | cut -f1) ($(wc -c < "$report") bytes)"
if grep -q -E 'OutOfMemoryError|Exception' "$log"; then
  echo "the run failed:" >&2
  grep -E 'OutOfMemoryError|Exception' "$log" | head -5 >&2
  exit 2
fi
head -c 400 "$report"
echo
