#!/usr/bin/env bash
# CPU time of each thread of a JVM command, by thread name, to see where a cold run's CPU goes: the command's own
# threads (main, ForkJoinPool.commonPool-worker-N), the JIT compilers (C1/C2 CompilerThread) and the collector
# (VM Thread for the serial collector, GC Thread#N for the parallel one). Linux only (/proc).
#
#   src/bench/thread-cpu.sh java -Xmx1536m … -jar target/daemonset-studio.jar validate FILE
#
# Samples /proc/PID/task/*/stat every 0.2 s and keeps the sample with the most CPU (threads vanish at exit), so a
# thread's last 0.2 s may be missing. The command's output goes to /dev/null; its exit code is returned.
set -uo pipefail
"$@" >/dev/null 2>&1 &
pid=$!
best=0
snapshot=$(mktemp)
ticks=$(getconf CLK_TCK)
while kill -0 "$pid" 2>/dev/null; do
    now=$(for t in /proc/"$pid"/task/*; do
        name=$(cat "$t/comm" 2>/dev/null) || continue
        cpu=$(cut -d')' -f2 "$t/stat" 2>/dev/null | awk '{print $12 + $13}') || continue
        [ -n "$cpu" ] && echo "$name|$cpu"
    done)
    total=$(echo "$now" | awk -F'|' '{s += $2} END {print s + 0}')
    if [ "$total" -ge "$best" ]; then
        best=$total
        echo "$now" >"$snapshot"
    fi
    sleep 0.2
done
wait "$pid"
code=$?
awk -F'|' -v hz="$ticks" '{ n = $1; gsub(/[0-9]+$/, "#", n); cpu[n] += $2 }
    END { for (n in cpu) if (cpu[n] > 0) printf "%8.2f s  %s\n", cpu[n] / hz, n }' "$snapshot" | sort -rn
rm -f "$snapshot"
exit $code
