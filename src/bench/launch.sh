#!/usr/bin/env bash
# Launch to the first frame: runs a `--smoke` launch of the app N times, one process after the other, and prints for
# each the time from just before the process was started to its first frame (the wall clock's epoch milliseconds the
# app prints, less a stamp taken here right before the start), the app's own count from its process start, the CPU
# time at the first frame (the process's and the FX thread's: other processes on the machine do not inflate them),
# and the wall and user + sys CPU time to exit. Then the median and range of each column, and the load average. The
# first frame shows the window alone; "window filled" is when its menus, first view and status bar were rendered.
#
#   src/bench/launch.sh [-n N] COMMAND [ARG...]
#
#   src/bench/launch.sh -n 5 target/installer/daemonset-studio/bin/daemonset-studio --smoke --demo
#   src/bench/launch.sh -n 5 java -jar target/daemonset-studio.jar --smoke --demo
#   JAVA_TOOL_OPTIONS=-Ddsstudio.smoke=planned src/bench/launch.sh -n 1 java -jar target/daemonset-studio.jar --smoke FILE
#
# Needs a display (DISPLAY=:NN with a running `Xvfb :NN -screen 0 1280x800x24`) and GNU time (/usr/bin/time).
# Each launch gets a fresh DSSTUDIO_HOME (the first start of a new user), unless DSSTUDIO_HOME is set.
# The app's output goes to $WORK/launch-N.txt (WORK=/tmp/dsstudio-launch by default).
set -euo pipefail

runs=5
if [ "${1:-}" = "-n" ]; then
    runs=$2
    shift 2
fi
[ $# -gt 0 ] || { sed -n '2,18s/^# \{0,1\}//p' "$0" >&2; exit 2; }
[ -n "${DISPLAY:-}" ] || { echo "no DISPLAY: start Xvfb :NN -screen 0 1280x800x24 and set DISPLAY=:NN" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time is needed: apt-get install time" >&2; exit 2; }
work=${WORK:-/tmp/dsstudio-launch}
mkdir -p "$work"

echo "# $(echo "$*" | cut -c1-200)"
echo "# $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-4s %-6s %14s %12s %14s %12s %10s %12s\n' run load "first frame" "(app's own)" "CPU at frame" "FX thread" "wall" "CPU to exit"
results=$work/launch-results.txt
: >"$results"
: >"$work/launch-filled.txt"
for i in $(seq 1 "$runs"); do
    out=$work/launch-$i.txt
    home=${DSSTUDIO_HOME:-$(mktemp -d "$work/home-XXXXXX")}
    load=$(cut -d' ' -f1 /proc/loadavg)
    start=$(date +%s%3N)
    DSSTUDIO_HOME=$home /usr/bin/time -f 'time: %e %U %S' "$@" >"$out" 2>&1 || { echo "run $i failed: see $out" >&2; exit 1; }
    [ -n "${DSSTUDIO_HOME:-}" ] || rm -rf "$home"
    line=$(grep -m1 '^smoke: first frame' "$out") || { echo "run $i printed no 'smoke: first frame' line (is --smoke given?): see $out" >&2; exit 1; }
    # smoke: first frame 1234 ms after the process started (CPU: process 2345 ms, FX thread 678 ms; at epoch 1764800000000 ms)
    read -r own cpu fx epoch < <(echo "$line" | sed -E 's/.* ([0-9]+) ms after the process started \(CPU: process (-?[0-9]+) ms, FX thread ([0-9]+) ms; at epoch ([0-9]+) ms\).*/\1 \2 \3 \4/')
    read -r wall user sys < <(grep '^time: ' "$out" | tail -1 | cut -d' ' -f2-)
    frame=$((epoch - start))
    exitcpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    printf '%-4s %-6s %11s ms %9s ms %11s ms %9s ms %8s s %10s s\n' "$i" "$load" "$frame" "$own" "$cpu" "$fx" "$wall" "$exitcpu"
    echo "$frame $own $cpu $fx $wall $exitcpu" >>"$results"
    # the window's content (menus, first view, status bar) rendered, after the first frame of the window alone
    filled=$(grep -m1 '^smoke: window filled' "$out" || true)
    if [ -n "$filled" ]; then
        echo "     ${filled#smoke: }"
        echo "$filled" | sed -E 's/.* ([0-9]+) ms after the process started.*/\1/' >>"$work/launch-filled.txt"
    fi
    planned=$(grep -m1 '^smoke: planned and shown' "$out" || true)
    [ -z "$planned" ] || echo "     ${planned#smoke: }"
done
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
# median [min–max] of each column
for col in 1 2 3 4 5 6; do
    sort -g -k$col,$col "$results" | awk -v c=$col '{ v[NR] = $c } END {
        m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%s %s %s\n", m, v[1], v[NR] }'
done | paste -sd' ' | awk '{ printf "median [range]: first frame %s ms [%s–%s], app'"'"'s own %s ms [%s–%s], CPU at frame %s ms [%s–%s], FX thread %s ms [%s–%s], wall %s s [%s–%s], CPU to exit %s s [%s–%s]\n", $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18 }'
if [ -s "$work/launch-filled.txt" ]; then
    sort -g "$work/launch-filled.txt" | awk '{ v[NR] = $1 } END { m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "median [range]: window filled %s ms [%s–%s] after the process started (app'"'"'s own count)\n", m, v[1], v[NR] }'
fi
