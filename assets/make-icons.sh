#!/usr/bin/env bash
# Renders the application icon from its SVG master (assets/icon.svg) into every size the three OSes need.
# The outputs are committed, so builds need none of these tools. Re-run after editing icon.svg:
#   apt-get install -y --no-install-recommends librsvg2-bin icnsutils imagemagick && assets/make-icons.sh
set -euo pipefail
cd "$(dirname "$0")"
for tool in rsvg-convert png2icns convert; do
    command -v "$tool" >/dev/null || { echo "make-icons: $tool is missing (librsvg2-bin, icnsutils, imagemagick)" >&2; exit 2; }
done

master=icon.svg
mkdir -p png
for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$master" --output "png/icon-$size.png"
done

# Windows: one .ico with the sizes Explorer and the taskbar pick from (256 is stored as PNG by ImageMagick).
convert png/icon-16.png png/icon-24.png png/icon-32.png png/icon-48.png png/icon-64.png \
        png/icon-128.png png/icon-256.png -strip daemonset-studio.ico

# macOS: .icns with the sizes png2icns supports (16, 32, 48, 128, 256, 512, 1024).
png2icns daemonset-studio.icns png/icon-16.png png/icon-32.png png/icon-48.png png/icon-128.png \
        png/icon-256.png png/icon-512.png png/icon-1024.png >/dev/null

# Linux: jpackage takes a PNG; 256 px is what desktop menus and docks scale from.
cp png/icon-256.png daemonset-studio.png

# The same icon in the app's window and About box (loaded from the classpath by the UI).
ui=../src/main/resources/io/dsstudio/ui
mkdir -p "$ui"
for size in 16 32 64 256; do
    cp "png/icon-$size.png" "$ui/icon-$size.png"
done
echo "make-icons: wrote assets/png/*.png, daemonset-studio.{png,ico,icns} and $ui/icon-{16,32,64,256}.png"
