#!/usr/bin/env bash
# Packaging check for Linux, run by .ci/run after `mvn -B verify`: builds the app image and the .deb with
# `mvn -B -Ppackage package`, runs both launchers, and inspects the .deb. Prints PASS/FAIL per step and
# exits non-zero if any step fails.
# Needs: JDK 17 with jpackage, Maven, fakeroot, xvfb + xauth (xvfb-run), libgtk-3-0, fonts-wqy-microhei, fonts-noto-cjk.
# With CI=true (a throw-away machine, as root) it also installs the .deb, checks /usr/bin/dsstudio and
# removes the package again; elsewhere that step is skipped so a developer's system stays untouched.
set -uo pipefail
cd "$(dirname "$0")/.."

out=target/package-check
image=target/installer/daemonset-studio
failures=0
rm -rf "$out" && mkdir -p "$out"

pass() { printf 'PASS  %s\n' "$1"; }
fail() { printf 'FAIL  %s: %s\n' "$1" "$2"; failures=$((failures + 1)); }
skip() { printf 'SKIP  %s: %s\n' "$1" "$2"; }
# check NAME COMMAND...: runs COMMAND (a function below), PASS if it succeeds, FAIL with its last words if not.
check() {
    local name=$1; shift
    local log="$out/$(echo "$name" | tr -c 'a-zA-Z0-9\n' '_').log"
    if "$@" >"$log" 2>&1; then
        pass "$name"
    else
        fail "$name" "$(tail -n 5 "$log" | tr '\n' ' ')(log: $log)"
    fi
}
# expect_output DESCRIPTION EXPECTED_EXIT FILE REGEX...: the exit code was as expected and FILE matches each REGEX.
expect() {
    local actual=$1 expected=$2 file=$3; shift 3
    if [ "$actual" != "$expected" ]; then
        echo "exit code $actual, expected $expected; output:"; head -n 20 "$file"; return 1
    fi
    local re
    for re in "$@"; do
        grep -Eq -- "$re" "$file" || { echo "output does not match /$re/:"; head -n 20 "$file"; return 1; }
    done
}

for tool in java jpackage mvn fakeroot dpkg-deb xvfb-run timeout; do
    command -v "$tool" >/dev/null || { fail "prerequisites" "$tool is not installed"; exit 1; }
done
pass "prerequisites (java, jpackage, mvn, fakeroot, dpkg-deb, xvfb-run)"

# ---- build ---------------------------------------------------------------------------------------------
build() {
    mvn -B -Ppackage package || return 1
    test -x "$image/bin/daemonset-studio" && test -x "$image/bin/dsstudio" || { echo "launchers missing in $image/bin"; return 1; }
}
start=$(date +%s)
if build >"$out/build.log" 2>&1; then
    pass "mvn -B -Ppackage package builds the app image and the .deb ($(( $(date +%s) - start )) s)"
else
    fail "mvn -B -Ppackage package" "$(grep -E 'ERROR|error' "$out/build.log" | head -n 5 | tr '\n' ' ')(log: $out/build.log)"
    echo "packaging check: build failed, nothing else to check"; exit 1
fi

project_version=$(sed -n 's/^version=//p' target/classes/io/dsstudio/version.properties)
version=${project_version%-SNAPSHOT}
deb=target/installer/daemonset-studio_${version}-1_amd64.deb
echo "      project version $project_version, installer version $version"

# ---- the launchers -------------------------------------------------------------------------------------
cli="$image/bin/dsstudio"
app="$image/bin/daemonset-studio"
version_re="^DaemonSet Studio ${project_version//./\\.}\$"

cli_version() { "$cli" --version >"$out/v.txt"; expect $? 0 "$out/v.txt" "$version_re"; }
app_version() { "$app" --version >"$out/av.txt"; expect $? 0 "$out/av.txt" "$version_re"; }
cli_no_args() { "$cli" >"$out/help.txt"; expect $? 0 "$out/help.txt" '^Usage: dsstudio' 'validate' 'generate'; }
cli_forced() {
    # Not a CLI command: the app launcher would start the UI; dsstudio must stay the CLI (usage error, 2).
    "$cli" not-a-command >"$out/forced.txt" 2>&1; expect $? 2 "$out/forced.txt" 'not-a-command'
}
cli_archive() {
    # Both launchers map the AppCDS archive the packager dumped (lib/app/dsstudio.jsa): its classes are logged as
    # coming from the "shared objects file"; a launcher that could not map it would load them all from the jar.
    JAVA_TOOL_OPTIONS=-Xlog:class+load=info "$cli" --version >"$out/cli-classes.txt" 2>&1
    expect $? 0 "$out/cli-classes.txt" 'io\.dsstudio\.cli\.CliMain source: shared objects file'
}
check "bin/dsstudio --version prints the Maven project version" cli_version
check "bin/dsstudio maps the AppCDS archive (dsstudio.jsa)" cli_archive
check "bin/daemonset-studio --version prints the Maven project version" app_version
check "bin/dsstudio without arguments prints the CLI help" cli_no_args
check "bin/dsstudio is always the CLI (-Ddsstudio.mode=cli)" cli_forced

generated() {
    "$cli" generate --nodes 20 --daemonsets 3 --out "$out/generated.yaml" || return 1
    expect 0 0 "$out/generated.yaml" '^kind: Node' '^kind: DaemonSet'
}
validate_generated() {
    "$cli" validate -o json "$out/generated.yaml" >"$out/generated-validate.json"
    expect $? 0 "$out/generated-validate.json" '"valid" *: *true'
}
demo() {
    "$cli" generate --demo >"$out/demo.yaml"
    expect $? 0 "$out/demo.yaml" '^kind: DaemonSet|- kind: DaemonSet|"kind" *: *"DaemonSet"'
}
validate_demo() {
    "$cli" validate "$out/demo.yaml" >"$out/demo-validate.txt"; expect $? 0 "$out/demo-validate.txt"
    "$cli" validate -o json "$out/demo.yaml" >"$out/demo-validate.json"; expect $? 0 "$out/demo-validate.json" '"valid" *: *true'
}
plan_demo() {
    # Exit 0 with a report; every DaemonSet of the (multi-document) demo snapshot is named in it.
    local names
    names=$(awk 'function flush() { if (kind == "DaemonSet" && name != "") print name; kind = ""; name = ""; meta = 0 }
                 /^---/ { flush() } /^kind:/ { kind = $2 } /^[a-zA-Z]/ && !/^metadata:/ { meta = 0 }
                 /^metadata:/ { meta = 1 } meta && /^  name:/ && name == "" { name = $2 } END { flush() }' \
            "$out/demo.yaml" | tr -d "\"'" | sort -u)
    echo "DaemonSets in the demo: ${names:-none found (not a multi-document snapshot?)}"
    "$cli" plan "$out/demo.yaml" >"$out/demo-plan.txt"; expect $? 0 "$out/demo-plan.txt" '.' $names
}
check "dsstudio generate --nodes 20 --daemonsets 3" generated
check "dsstudio validate on the generated snapshot" validate_generated
check "dsstudio generate --demo" demo
if [ -s "$out/demo.yaml" ]; then
    check "dsstudio validate on the demo snapshot" validate_demo
    check "dsstudio plan on the demo snapshot" plan_demo
else
    fail "dsstudio validate/plan on the demo snapshot" "no demo snapshot"
fi

smoke() {
    # --smoke shows the main window, waits for its first frame and exits 0.
    timeout 120 xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --smoke
    local code=$?
    [ $code -eq 124 ] && echo "timed out after 120 s"
    return $code
}
start_ms=$(date +%s%N)
check "xvfb-run bin/daemonset-studio --smoke exits 0 within 120 s" smoke
echo "      smoke run took $(( ($(date +%s%N) - start_ms) / 1000000 )) ms"

# ---- the .deb ------------------------------------------------------------------------------------------
deb_metadata() {
    test -f "$deb" || { echo "$deb missing:"; ls target/installer; return 1; }
    dpkg-deb -f "$deb" Package Version Maintainer Depends Section >"$out/control.txt" || return 1
    expect 0 0 "$out/control.txt" '^Package: daemonset-studio$' "^Version: ${version//./\\.}-1\$" \
        '^Maintainer: .*maintainers@dsstudio\.io' '^Depends: .*libgtk-3-0' '^Depends: .*libgl1' \
        '^Depends: .*fonts-wqy-microhei \| fonts-noto-cjk' '^Depends: .*, fonts-noto-cjk'
}
deb_contents() {
    dpkg-deb -c "$deb" >"$out/contents.txt" || return 1
    expect 0 0 "$out/contents.txt" '^-rwxr-xr-x .* \./opt/daemonset-studio/bin/daemonset-studio$' \
        '^-rwxr-xr-x .* \./opt/daemonset-studio/bin/dsstudio$' \
        ' \./opt/daemonset-studio/lib/daemonset-studio-daemonset-studio\.desktop$' \
        ' \./opt/daemonset-studio/lib/daemonset-studio\.png$' ' \./opt/daemonset-studio/lib/app/daemonset-studio\.jar$' \
        ' \./opt/daemonset-studio/lib/runtime/lib/libjvm\.so$|/server/libjvm\.so$'
}
deb_desktop_and_icon() {
    rm -rf "$out/root" && dpkg-deb -x "$deb" "$out/root" || return 1
    local desktop="$out/root/opt/daemonset-studio/lib/daemonset-studio-daemonset-studio.desktop"
    expect 0 0 "$desktop" '^Type=Application$' '^Name=DaemonSet Studio$' \
        '^Exec=/opt/daemonset-studio/bin/daemonset-studio %f$' '^Icon=/opt/daemonset-studio/lib/daemonset-studio\.png$' \
        '^Categories=.*Development;' '^Terminal=false$' || return 1
    expect 0 0 "$out/root/opt/daemonset-studio/lib/daemonset-studio-dsstudio.desktop" '^NoDisplay=true$' || return 1
    cmp "$out/root/opt/daemonset-studio/lib/daemonset-studio.png" assets/daemonset-studio.png || { echo "icon is not assets/daemonset-studio.png"; return 1; }
}
deb_scripts() {
    rm -rf "$out/control" && dpkg-deb -e "$deb" "$out/control" || return 1
    expect 0 0 "$out/control/postinst" 'ln -sf /opt/daemonset-studio/bin/dsstudio /usr/bin/dsstudio' \
        'ln -sf /opt/daemonset-studio/bin/dsstudio /usr/bin/kubectl-dsstudio' 'xdg-desktop-menu install' || return 1
    expect 0 0 "$out/control/prerm" 'rm -f /usr/bin/dsstudio' 'rm -f /usr/bin/kubectl-dsstudio' 'xdg-desktop-menu uninstall' || return 1
    sh -n "$out/control/postinst" && sh -n "$out/control/prerm"
}
check "deb: name, version, maintainer and dependencies (dpkg-deb -f)" deb_metadata
check "deb: launchers, desktop entry, icon, jar and runtime under /opt/daemonset-studio (dpkg-deb -c)" deb_contents
check "deb: desktop entry (Exec %f, menu category) and icon" deb_desktop_and_icon
check "deb: post-install links /usr/bin/dsstudio and /usr/bin/kubectl-dsstudio, pre-removal unlinks them" deb_scripts

deb_install() {
    # apt resolves the dependencies (xdg-utils, GTK, the CJK font) the way an administrator's install does.
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "./$deb" || return 1
    test "$(readlink /usr/bin/dsstudio)" = /opt/daemonset-studio/bin/dsstudio || { echo "no /usr/bin/dsstudio link"; return 1; }
    /usr/bin/dsstudio --version >"$out/installed-version.txt"; expect $? 0 "$out/installed-version.txt" "$version_re" || return 1
    test "$(readlink /usr/bin/kubectl-dsstudio)" = /opt/daemonset-studio/bin/dsstudio || { echo "no /usr/bin/kubectl-dsstudio link"; return 1; }
    /usr/bin/kubectl-dsstudio diff --help >"$out/plugin-help.txt"; expect $? 0 "$out/plugin-help.txt" '^Usage: dsstudio diff' || return 1
    DEBIAN_FRONTEND=noninteractive apt-get purge -y daemonset-studio || return 1
    ! test -e /usr/bin/dsstudio -o -L /usr/bin/dsstudio || { echo "/usr/bin/dsstudio left behind"; return 1; }
    ! test -e /usr/bin/kubectl-dsstudio -o -L /usr/bin/kubectl-dsstudio || { echo "/usr/bin/kubectl-dsstudio left behind"; return 1; }
    ! test -e /opt/daemonset-studio/bin/dsstudio || { echo "/opt/daemonset-studio left behind"; return 1; }
}
if [ "${CI:-}" = true ] && [ "$(id -u)" = 0 ]; then
    check "deb: apt-get install links /usr/bin/dsstudio and kubectl-dsstudio, which run; apt-get purge unlinks them" deb_install
else
    skip "deb install/remove" "runs only with CI=true as root (it changes the system)"
fi

# ---- sizes and timings for docs/benchmarks.md ----------------------------------------------------------
echo "      sizes: app image $(du -sh "$image" | cut -f1) (runtime $(du -sh "$image/lib/runtime" | cut -f1)); $(ls -l target/installer/*.deb target/installer/*.rpm 2>/dev/null | awk '{printf "%s %.1f MB; ", $NF, $5/1048576}')"

if [ "$failures" -gt 0 ]; then
    echo "packaging check: $failures step(s) FAILED"
    exit 1
fi
echo "packaging check: all steps PASSED"
