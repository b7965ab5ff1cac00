#!/bin/bash
# Regenerates the README's screenshots from the app in a real window (Xvfb, 1,280 × 800), driven by keys and clicks
# through xdotool as a user would. Needs: xvfb, xdotool, imagemagick, fonts-noto-cjk; a built jar
# (mvn -B package -DskipTests). Usage: docs/screenshots.sh [JAR]. Slow machines: PACE=2 doubles every wait.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-target/daemonset-studio.jar}
OUT=docs/images
PACE=${PACE:-1}
DISPLAY_NUMBER=${SCREENSHOT_DISPLAY:-:77}
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

Xvfb "$DISPLAY_NUMBER" -screen 0 1280x800x24 >/dev/null 2>&1 &
export DISPLAY=$DISPLAY_NUMBER
sleep 1
java -jar "$JAR" generate --nodes 2000 --daemonsets 30 --seed 7 --out "$WORK/cluster-2000.yaml" >/dev/null

pause() { sleep "$(echo "$1 * $PACE" | bc)"; }
key() { xdotool key "$@"; pause 0.8; }
click() { xdotool mousemove "$1" "$2" click 1; pause 0.8; }
shot() { import -window root "$OUT/$1.png"; echo "$OUT/$1.png"; }

# start THEME LOCALE SECONDS [SNAPSHOT]: a fresh home with the theme and language, the window at 1,280 × 800
start() {
  pkill -f "java -jar $JAR" 2>/dev/null || true
  pause 0.5
  local home="$WORK/home-$RANDOM"
  mkdir -p "$home"
  printf 'ui.theme=%s\nui.locale=%s\nui.view=0\nwindow.x=0\nwindow.y=0\nwindow.width=1280\nwindow.height=800\n' \
    "$1" "$2" > "$home/preferences.properties"
  DSSTUDIO_HOME="$home" java -jar "$JAR" ${4:-} >"$WORK/app.log" 2>&1 &
  pause "$3"
  xdotool mousemove 640 400
}

# the demo: overview, the views, the why panel of an excluded pair
views() { # SUFFIX
  shot "overview$1"
  key ctrl+2; shot "nodes$1"
  key ctrl+4; click 200 130; shot "daemonsets$1"
}

start LIGHT en 12
views ""
start DARK zh-CN 12
views "-dark-zh"

# a 2,000-node cluster on the map, coloured by its first DaemonSet
start LIGHT en 40 "$WORK/cluster-2000.yaml"
key ctrl+4; click 200 122; key ctrl+5; pause 2; shot map-2000
start DARK zh-CN 40 "$WORK/cluster-2000.yaml"
key ctrl+4; click 200 122; key ctrl+5; pause 2; shot map-2000-dark-zh
