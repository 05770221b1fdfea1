#!/usr/bin/env bash
# Shegong against ajv 8, whole process against whole process, on the same generated exchange file
# (the performance target: `shegong validate` at least twice as fast as ajv with our own exported
# schemas).
#
#   benchmarks/vs-ajv.sh                 # 1,000,000 records, 3 alternating pairs
#   RECORDS=200000 PAIRS=5 THREADS=2 benchmarks/vs-ajv.sh
#
# Generates the file with `./shegong sample`, exports the schemas with `./shegong schema`, installs
# ajv 8 and ajv-formats into benchmarks/node (git-ignored, npm; never needed by the build), then runs
# Shegong and ajv alternately, each under /usr/bin/time -v, and prints wall time and peak RSS of
# every run and the ratio ajv time / Shegong time per pair. JAVA_OPTS go to Shegong's JVM
# (SHEGONG_JAVA_OPTS), THREADS to --threads (default: all processors).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
records="${RECORDS:-1000000}"
pairs="${PAIRS:-3}"
work="${WORK:-$here/target/vs-ajv}"
node_home="$here/node"
threads_arg=()
if [ -n "${THREADS:-}" ]; then threads_arg=(--threads "$THREADS"); fi

mkdir -p "$work"
if [ ! -f "$root/cli/target/shegong.jar" ]; then
  (cd "$root" && mvn -B -q package -DskipTests -pl cli -am)
fi
file="$work/sample-$records.ndjson"
if [ ! -f "$file" ]; then
  "$root/shegong" sample -n "$records" --seed 1 --as-of 2024-06-30 --no-progress -o "$file"
fi
"$root/shegong" schema -o "$work/schemas" > /dev/null
if [ ! -d "$node_home/node_modules/ajv" ] || [ ! -d "$node_home/node_modules/ajv-formats" ]; then
  mkdir -p "$node_home"
  [ -f "$node_home/package.json" ] || echo '{"name":"shegong-vs-ajv","private":true}' > "$node_home/package.json"
  npm install --prefix "$node_home" --no-audit --no-fund --silent ajv@8 ajv-formats@3
fi

measure() { # label, command…  → "label seconds peak-KB exit"
  local label="$1"; shift
  local log="$work/time-$label.txt"
  set +e
  /usr/bin/time -v "$@" > /dev/null 2> "$log"
  local status=$?
  set -e
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
  local seconds
  seconds=$(echo "$wall" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
  echo "$label $seconds $rss $status"
}

echo "file: $file ($(du -h "$file" | cut -f1), $records records); $(nproc) processors"
echo "java: $(java -version 2>&1 | head -1); node: $(node --version); ajv: $(node -p "require('$node_home/node_modules/ajv/package.json').version")"
printf '%-5s %-8s %10s %12s %5s\n' pair tool seconds peak_RSS_MB exit
for pair in $(seq 1 "$pairs"); do
  read -r _ s_sec s_rss s_exit < <(measure "shegong-$pair" "$root/shegong" validate --no-progress \
    --format json --as-of 2024-06-30 "${threads_arg[@]}" "$file")
  read -r _ a_sec a_rss a_exit < <(AJV_HOME="$node_home" measure "ajv-$pair" node "$here/ajv-validate.mjs" "$work/schemas" "$file")
  printf '%-5s %-8s %10.2f %12.0f %5s\n' "$pair" shegong "$s_sec" "$((s_rss / 1024))" "$s_exit"
  printf '%-5s %-8s %10.2f %12.0f %5s\n' "$pair" ajv "$a_sec" "$((a_rss / 1024))" "$a_exit"
  echo "      ajv time / shegong time = $(awk -v a="$a_sec" -v s="$s_sec" 'BEGIN { printf "%.2f", a / s }')"
done
