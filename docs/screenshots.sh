#!/bin/bash
# Regenerates the README's screenshots from the app in a real window (Xvfb, 1,280 × 800), driven by keys and clicks
# through xdotool as a user would: light English and dark Chinese, on the demo and on a generated 2,000-node cluster.
# Needs xvfb, xdotool, imagemagick, fonts-noto-cjk and a built jar (mvn -B package -DskipTests).
# Usage: docs/screenshots.sh [JAR]. On a slow or busy machine PACE=2 doubles every wait.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=$(realpath "${1:-target/daemonset-studio.jar}")
OUT=docs/images
PACE=${PACE:-1}
export DISPLAY=${SCREENSHOT_DISPLAY:-:77}
WORK=$(mktemp -d)
APP=""
cleanup() { [ -n "$APP" ] && kill "$APP" 2>/dev/null; kill "$XVFB" 2>/dev/null; rm -rf "$WORK"; }
Xvfb "$DISPLAY" -screen 0 1280x800x24 >/dev/null 2>&1 &
XVFB=$!
trap cleanup EXIT
sleep 1
java -jar "$JAR" generate --nodes 2000 --daemonsets 30 --seed 7 --out "$WORK/cluster-2000.yaml" >/dev/null

pause() { sleep "$(awk "BEGIN{print $1 * $PACE}")"; }
key() { xdotool key "$@"; pause 1; }
click() { xdotool mousemove "$1" "$2" click 1; pause 1; }
shot() { import -window root "$OUT/$1.png"; echo "$OUT/$1.png"; }

# start THEME LOCALE VIEW SECONDS [SNAPSHOT]: a fresh home with theme, language and first view; window at 1,280 × 800
start() {
  [ -n "$APP" ] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null || true
  local home="$WORK/home-$1-$2-$RANDOM"
  mkdir -p "$home"
  printf 'ui.theme=%s\nui.locale=%s\nui.view=%s\nwindow.x=0\nwindow.y=0\nwindow.width=1280\nwindow.height=800\n' \
    "$1" "$2" "$3" > "$home/preferences.properties"
  DSSTUDIO_HOME="$home" java -jar "$JAR" ${5:-} >"$WORK/app.log" 2>&1 &
  APP=$!
  pause "$4"
  xdotool mousemove 640 400
}

# demo SUFFIX: the overview, the Nodes view, the DaemonSets view with node-exporter chosen, the why panel of a node
# it does not run on, and three syncs of its rollout in the dock under the map
demo() { # SUFFIX X-OF-THE-ONLY-NOT-RUNNING-CHECKBOX
  shot "overview$1"
  key ctrl+2; click 100 366; shot "nodes$1"
  key ctrl+4; click 200 286; shot "daemonsets$1"
  click "$2" 368; click 100 436; key Return; pause 2; shot "why$1"; key Escape
  key ctrl+5; pause 2
  for i in 1 2 3; do click 48 529; pause 2; done
  shot "rollout$1"
}

start LIGHT en 0 12
demo "" 431
start DARK zh-CN 0 12
demo "-dark-zh" 291

# the 2,000-node cluster fitted to the window, coloured by calico-node (dock collapsed)
big() {
  start "$1" "$2" 3 45 "$WORK/cluster-2000.yaml"
  click 200 126; key ctrl+5; click 25 487; pause 3; shot "map-2000$3"
}
big LIGHT en ""
big DARK zh-CN "-dark-zh"
