#!/usr/bin/env bash
# Ledgers (台账) next to NDJSON, whole process against whole process, on the same records:
#
#   1. rows/s of `shegong validate` on a workbook of every record type (shared strings, as Excel
#      saves it) and on the NDJSON file of the same records;
#   2. rows/s on a CSV file of children and on the NDJSON file of the same children (a file of
#      children alone names workers who are not in it: SG-BAT-002, dangling references, and
#      SG-CHD-014, visits overdue since a CSV child has none, are turned OFF there, so that the run
#      measures reading and validating, not writing a report of a million issues);
#   3. heap: a child ledger of CHILDREN rows (default 1,000,000, with their visits on 走访记录)
#      validated with -Xmx256m, next to the NDJSON file of the same children (converted from the
#      workbook, also with -Xmx256m), and the CSV file of CHILDREN children with -Xmx64m.
#
#   benchmarks/ledgers.sh                               # 200,000 records, 1,000,000 children
#   RECORDS=50000 CHILDREN=100000 THREADS=2 benchmarks/ledgers.sh
#   SKIP_HEAP=1 benchmarks/ledgers.sh                   # parts 1 and 2 only
#   SKIP_ALL=1 benchmarks/ledgers.sh                    # parts 2 and 3 only
#
# The files are generated with `./shegong sample` (seed 1, valid at 2024-06-30) into
# benchmarks/target/ledgers and kept for later runs. Each run is under /usr/bin/time -v: wall time,
# peak RSS, exit status (1 = the data has errors, as the CSV of children alone has: its references
# to workers dangle; 2 or more = the run failed, out of memory for example). rows/s counts records
# over the whole process, JVM start-up included.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
records="${RECORDS:-200000}"
children="${CHILDREN:-1000000}"
work="${WORK:-$here/target/ledgers}"
threads_arg=()
if [ -n "${THREADS:-}" ]; then threads_arg=(--threads "$THREADS"); fi

mkdir -p "$work"
if [ ! -f "$root/cli/target/shegong.jar" ]; then
  (cd "$root" && mvn -B -q package -DskipTests -pl cli -am)
fi
# a copy, so that a build during the run does not change the jar under it
cp "$root/cli/target/shegong.jar" "$work/shegong.jar"
shegong() { java ${SHEGONG_JAVA_OPTS:-} -jar "$work/shegong.jar" "$@"; }

generate() { # file, sample arguments…
  local file="$1"; shift
  if [ ! -f "$file" ]; then
    SHEGONG_JAVA_OPTS="${GENERATE_JAVA_OPTS:--Xmx3g}" shegong sample --seed 1 --as-of 2024-06-30 \
      --no-progress "$@" -o "$file" 2> /dev/null
  fi
}

measure() { # label, java options, file, validate options… → "label seconds peak-MB exit records"
  local label="$1" opts="$2" file="$3"
  shift 3
  local log="$work/time-$label.txt" out="$work/report-$label.json"
  set +e
  SHEGONG_JAVA_OPTS="$opts" /usr/bin/time -v java $opts -jar "$work/shegong.jar" validate --no-progress --format json \
    --as-of 2024-06-30 "${threads_arg[@]}" "$@" "$file" > "$out" 2> "$log"
  local status=$?
  set -e
  local wall rss seconds count
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  seconds=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
  count=$(grep -m1 -o '"records": [0-9]*' "$out" | grep -o '[0-9]*$' || echo 0)
  echo "$label $seconds $((rss / 1024)) $status $count"
}

row() { # label, java options, file, validate options…
  local label seconds rss status count
  read -r label seconds rss status count < <(measure "$@")
  printf '%-22s %-10s %9s %9.2f %9s %10.0f %5s\n' "$label" "$2" "$count" "$seconds" "$rss" \
    "$(awk -v n="$count" -v s="$seconds" 'BEGIN { print (s > 0 ? n / s : 0) }')" "$status"
}

echo "$(nproc) processors; java: $(java -version 2>&1 | head -1)"
printf '%-22s %-10s %9s %9s %9s %10s %5s\n' run heap records seconds peak_MB rows/s exit

# 1. every record type: NDJSON and the workbook of the same records
if [ -z "${SKIP_ALL:-}" ]; then
  generate "$work/all-$records.ndjson" -n "$records"
  generate "$work/all-$records.xlsx" -n "$records" --format xlsx
  row ndjson-all "" "$work/all-$records.ndjson"
  row xlsx-all "" "$work/all-$records.xlsx"
fi

# 2. children: a CSV file and the NDJSON file of the same children (converted from the CSV)
generate "$work/child-$records.csv" -n "$records" --format csv --record-type child
if [ ! -f "$work/child-$records.ndjson" ]; then
  shegong convert "$work/child-$records.csv" "$work/child-$records.ndjson" 2> /dev/null
fi
alone=(--severity SG-BAT-002=OFF --severity SG-CHD-014=OFF)
row ndjson-children "" "$work/child-$records.ndjson" "${alone[@]}"
row csv-children "" "$work/child-$records.csv" "${alone[@]}"

# 3. heap: a large child ledger in a small heap
if [ -z "${SKIP_HEAP:-}" ]; then
  generate "$work/child-$children.xlsx" -n "$children" --format xlsx --record-type child
  generate "$work/child-$children.csv" -n "$children" --format csv --record-type child
  if [ ! -f "$work/child-$children.ndjson" ]; then
    SHEGONG_JAVA_OPTS="${GENERATE_JAVA_OPTS:--Xmx3g}" shegong convert "$work/child-$children.xlsx" \
      "$work/child-$children.ndjson" 2> /dev/null
  fi
  ls -l "$work/child-$children.xlsx" "$work/child-$children.ndjson" "$work/child-$children.csv" |
    awk '{print "  " $5 " bytes  " $9}'
  row xlsx-children-heap -Xmx256m "$work/child-$children.xlsx" "${alone[@]}"
  row ndjson-children-heap -Xmx256m "$work/child-$children.ndjson" "${alone[@]}"
  row csv-children-heap -Xmx64m "$work/child-$children.csv" "${alone[@]}"
fi
