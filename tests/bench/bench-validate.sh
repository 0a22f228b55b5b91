#!/bin/sh
# Validation throughput next to reading the file: times `cat FILE` to a pipe, `validate FILE` and
# `validate FILE --json` (output to a pipe) RUNS times each with /usr/bin/time and prints the median
# wall and CPU seconds, peak memory, rows/s and MB/s of each. Figures only; nothing is checked.
#
#   tests/bench/bench-validate.sh [CLI] [FILE] [RUNS]
#
# CLI defaults to build/app/indicator-manager-cli; FILE to /tmp/1m.csv, generated on first use with
# build/tests/bench/im-generate-indicators --rows 1000000 --problem-percent 25; RUNS to 5.
set -eu
cli=${1:-build/app/indicator-manager-cli}
file=${2:-/tmp/1m.csv}
runs=${3:-5}
if [ ! -f "$file" ]; then
  build/tests/bench/im-generate-indicators --rows 1000000 --problem-percent 25 -o "$file"
fi
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (.ci/deps --bench)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

rows=$("$cli" validate "$file" --json | head -c 400 | sed -n 's/.*"rows":\([0-9]*\).*/\1/p')
bytes=$(wc -c <"$file")
echo "file: $file, $rows rows, $bytes bytes; $(nproc) cores; medians of $runs runs"
printf '%-24s %8s %8s %9s %12s %9s\n' command "wall s" "cpu s" "peak MiB" "rows/s" "MB/s"

measure() { # label, command...
  label=$1
  shift
  : >"$tmp/times"
  i=0
  while [ "$i" -lt "$runs" ]; do
    /usr/bin/time -f '%e %U %S %M' -a -o "$tmp/times" sh -c '"$@" | cat >/dev/null' sh "$@" || true
    i=$((i + 1))
  done
  awk -v label="$label" -v rows="$rows" -v bytes="$bytes" -v runs="$runs" '
    /^[0-9.]+ [0-9.]+ [0-9.]+ [0-9]+$/ { n++; wall[n] = $1; cpu[n] = $2 + $3; mem[n] = $4 }
    function median(a, k,   i, j, t) {
      for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
      return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
    }
    END {
      w = median(wall, n); c = median(cpu, n); m = median(mem, n)
      if (w <= 0) w = 0.01
      printf "%-24s %8.2f %8.2f %9.1f %12.0f %9.1f\n", label, w, c, m / 1024, rows / w, bytes / w / 1e6
    }' "$tmp/times"
}

measure "cat FILE" cat "$file"
measure "validate FILE" "$cli" validate "$file"
measure "validate FILE --json" "$cli" validate "$file" --json
