#!/usr/bin/env bash
# End-to-end benchmark: each command as a user runs it, one separate process per row, with wall time and peak
# RSS from /usr/bin/time -v, next to two baselines measured in the same run: `cat FILE > /dev/null` (the I/O
# floor) and `java -jar … --version` (JVM start).
#
#   src/bench/e2e.sh [SIZE...]          SIZE is NODESxDAEMONSETS, default: 5000x100 10000x40
#
# Environment:
#   JAR=target/daemonset-studio.jar    the jar (build it first: mvn -o -q package -DskipTests)
#   LAUNCHER=path/to/bin/dsstudio      the installed launcher; when unset, its JVM options are read from
#                                      packaging/dsstudio.properties and used with `java … -jar`
#   WORK=/tmp/dsstudio-e2e             where snapshots and outputs go (never the repository)
#   ROWS="validate plan-json plan-table explain apply plain-jar app"   the rows to run (default: all)
#   SEED=7
#
# Snapshots come from the project's own `generate --nodes N --daemonsets M --seed 7`. The apply row changes the
# image of every tenth DaemonSet in a copy of the file (template generation + 1, as the API server would) and
# runs `apply --until-converged --timings` on it (the time of each phase and sync is printed below the row).
# The app rows need Xvfb; they are skipped without it.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
jar=${JAR:-$root/target/daemonset-studio.jar}
work=${WORK:-/tmp/dsstudio-e2e}
seed=${SEED:-7}
rows=${ROWS:-"validate plan-json plan-table explain apply plain-jar app"}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(5000x100 10000x40)

if [ ! -x /usr/bin/time ]; then
    echo "# /usr/bin/time is missing; installing it (apt-get install -y time)" >&2
    if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
        apt-get install -y time >/dev/null || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }
    fi
    [ -x /usr/bin/time ] || { echo "GNU time is needed: apt-get install time" >&2; exit 2; }
fi
[ -f "$jar" ] || { echo "no $jar: run mvn -o -q package -DskipTests first" >&2; exit 2; }
mkdir -p "$work"

# The dsstudio launcher's JVM options (packaging/dsstudio.properties), for runs without an installed launcher.
launcher_opts=$(sed -n 's/^java-options=//p' "$root/packaging/dsstudio.properties")
if [ -n "${LAUNCHER:-}" ]; then
    cli=("$LAUNCHER")
    cli_name="bin/dsstudio"
else
    # shellcheck disable=SC2206
    cli=(java $launcher_opts -jar "$jar")
    cli_name="java $launcher_opts -jar"
fi

has_row() { [[ " $rows " == *" $1 "* ]]; }

# measure LABEL COMMAND...: runs it once, prints a table row; output to $work/out-LABEL.txt
measure() {
    local label=$1; shift
    local slug; slug=$(echo "$label" | tr -c 'A-Za-z0-9._-' '_')
    local load; load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -v -o "$work/time-$slug.txt" "$@" >"$work/out-$slug.txt" 2>"$work/err-$slug.txt" || true
    local wall rss user sys code
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time-$slug.txt" \
        | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time-$slug.txt")
    user=$(sed -n 's/.*User time (seconds): //p' "$work/time-$slug.txt")
    sys=$(sed -n 's/.*System time (seconds): //p' "$work/time-$slug.txt")
    code=$(sed -n 's/.*Exit status: //p' "$work/time-$slug.txt")
    printf '| %s | %.2f s | %d MB | %.1f s | %s | %s |\n' "$label" "$wall" $((rss / 1024)) \
        "$(echo "$user + $sys" | bc)" "$code" "$load"
}

# A copy of the snapshot with a new image in every tenth DaemonSet's template and its generation raised by one.
template_change() {
    awk '
        /^---/ { ds = 0 }
        /^kind: DaemonSet$/ { ds = 1; n++ }
        ds && (n - 1) % 10 == 0 {
            if ($0 ~ /^  generation: [0-9]+$/) { $0 = "  generation: " ($2 + 1) }
            else if ($0 ~ /^    deprecated.daemonset.template.generation: "[0-9]+"$/) {
                g = $2; gsub(/"/, "", g); $0 = "    deprecated.daemonset.template.generation: \"" (g + 1) "\""
            }
            else if ($0 ~ /^        image: /) { $0 = $0 "-e2e" }
        }
        { print }' "$1" >"$2"
}

echo "# DaemonSet Studio end-to-end benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "# $(nproc) cores, $(java -version 2>&1 | head -1), CLI: $cli_name"
echo "# load average at start: $(cut -d' ' -f1-3 /proc/loadavg) (the machine may be shared: compare CPU with wall)"
echo
echo "| what the user runs | wall | peak RSS | CPU (user+sys) | exit | load (1 min) |"
echo "|---|---|---|---|---|---|"
measure "java -jar … --version (JVM start)" java -jar "$jar" --version
for size in "${sizes[@]}"; do
    nodes=${size%x*}
    daemonsets=${size#*x}
    file="$work/g${nodes}x${daemonsets}-s$seed.yaml"
    if [ ! -s "$file" ]; then
        java -jar "$jar" generate --nodes "$nodes" --daemonsets "$daemonsets" --seed "$seed" --out "$file"
    fi
    mb=$(( $(stat -L -c %s "$file") / 1000000 ))
    tag="$nodes × $daemonsets ($mb MB)"
    measure "$tag: cat FILE > /dev/null (I/O floor)" cat "$file"
    has_row validate && measure "$tag: dsstudio validate" "${cli[@]}" validate "$file"
    has_row plan-json && measure "$tag: dsstudio plan -o json" "${cli[@]}" plan -o json --now 2026-01-05T09:00:00Z "$file"
    has_row plan-table && measure "$tag: dsstudio plan -o table" "${cli[@]}" plan -o table --now 2026-01-05T09:00:00Z "$file"
    if has_row explain; then
        node=$(grep -m1 -A2 '^kind: Node$' "$file" | sed -n 's/^  name: //p')
        measure "$tag: dsstudio explain kube-proxy $node" "${cli[@]}" explain kube-system/kube-proxy "$node" "$file"
    fi
    has_row plain-jar && measure "$tag: java -jar … validate (no launcher options)" java -jar "$jar" validate "$file"
    if has_row apply; then
        changed="$work/g${nodes}x${daemonsets}-s$seed-changed.yaml"
        template_change "$file" "$changed"
        measure "$tag: dsstudio apply --until-converged (10 % of the DaemonSets changed)" \
            "${cli[@]}" apply --until-converged --timings --now 2026-01-05T09:00:00Z --out "$work/applied.yaml" "$changed"
        slug=$(echo "$tag: dsstudio apply --until-converged (10 % of the DaemonSets changed)" | tr -c 'A-Za-z0-9._-' '_')
        grep -E '^(converged|not converged)' "$work/out-$slug.txt" | sed 's/^/#   /' || true
        # the phases and each sync (--timings: wall, process CPU, GC)
        grep '^timing: ' "$work/err-$slug.txt" | sed 's/^/#   /' || true
    fi
done
if has_row app && command -v xvfb-run >/dev/null; then
    measure "app: java -jar … --smoke (launch to the demo's first frame, then exit; includes Xvfb start)" \
        xvfb-run -a java -jar "$jar" --smoke
fi
