#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The package test: builds the .deb from a build directory, installs it with apt into this machine,
# checks what got installed (both programs' --version, validate and plan on the installed sample, a
# screenshot of the installed GUI, the desktop entry, the AppStream file, icons and manual pages), and
# removes the package and everything apt pulled in with it, so the machine is left as it was.
# When makensis or wixl are present it also builds the Windows installers (NSIS .exe, MSI) and checks
# that they came out.
#
# It changes the system's package set, so it needs root (or sudo) and is not a ctest test:
# .ci/test runs it after the unit tests.
#
#   installer/test-package.sh [BUILD_DIR] [OUT_DIR]     (defaults: build, BUILD_DIR/package-test)
# OUT_DIR receives the screenshots and the validation output.
set -eu

build=$(realpath "${1:-build}")
out=$(realpath -m "${2:-$build/package-test}")
package=indicator-manager
sample=/usr/share/indicator-manager/samples/sample-indicators.csv
app_id=io.github.indicatormanager.IndicatorManager
# The installed GUI is pictured on a desktop-sized screen: on the offscreen platform's default
# 800x600 the window fits itself to that small screen (ui/common/ScreenFit).
screen=$(realpath "$(dirname "$0")/../tests/data/screens/1280x800.json")

if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "test-package: needs root or sudo (it installs a package)" >&2; exit 1; }
  SUDO=sudo
else
  SUDO=
fi
[ -f "$build/CPackConfig.cmake" ] || { echo "test-package: $build is not a configured build directory" >&2; exit 1; }

step() { printf '== %s\n' "$*"; }
fail() { printf 'test-package: FAIL: %s\n' "$*" >&2; exit 1; }
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
installed_packages() { dpkg-query -W -f='${Status} ${Package}:${Architecture}\n' | sed -n 's/^install ok installed //p' | sort; }

if installed "$package"; then
  fail "$package is already installed; remove it first (apt-get purge $package)"
fi
rm -rf "$out"
mkdir -p "$out"

# --- Build the package -----------------------------------------------------------------------------
step "Building the .deb"
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
[ -n "$version" ] || fail "no CPACK_PACKAGE_VERSION in $build/CPackConfig.cmake"
(cd "$build" && cpack -G DEB >"$out/cpack-deb.log" 2>&1) || { cat "$out/cpack-deb.log"; fail "cpack -G DEB"; }
deb="$build/pkg/${package}_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || fail "cpack did not write $deb"

step "Checking the package's control fields and contents"
depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "Depends: $depends"
echo "Recommends: $recommends"
for dep in libsecret-1-0 libqt6svg6 libqt6core6 libqt6widgets6 libpoppler-qt6-3; do
  echo "$depends" | grep -q "$dep" || fail "Depends lacks $dep"
done
for rec in gnome-keyring fonts-noto-cjk; do
  echo "$recommends" | grep -q "$rec" || fail "Recommends lacks $rec"
done
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$out/contents.txt"
expected="/usr/bin/indicator-manager /usr/bin/indicator-manager-cli
  /usr/share/applications/$app_id.desktop /usr/share/metainfo/$app_id.metainfo.xml
  /usr/share/icons/hicolor/scalable/apps/$app_id.svg
  /usr/share/man/man1/indicator-manager-cli.1.gz /usr/share/man/man1/indicator-manager.1.gz
  /usr/share/doc/indicator-manager/copyright $sample"
for size in 16 24 32 48 64 128 256 512; do
  expected="$expected /usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
# The sandbox is in the package once the build has it.
if find "$build" -path "$build/pkg" -prune -o -name indicator-sandbox -type f -perm -u+x -print | grep -q .; then
  expected="$expected /usr/bin/indicator-sandbox"
fi
for f in $expected; do
  grep -qx "$f" "$out/contents.txt" || fail "the package lacks $f"
done

# --- Install it ------------------------------------------------------------------------------------
installed_packages >"$out/packages-before.txt"
cleanup() {
  status=$?
  step "Removing the package and what came with it"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq "$package" >/dev/null 2>&1 || true
  installed_packages >"$out/packages-after.txt"
  added=$(comm -13 "$out/packages-before.txt" "$out/packages-after.txt" | tr '\n' ' ')
  if [ -n "$added" ]; then
    echo "Also removing: $added"
    # shellcheck disable=SC2086
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq $added >/dev/null 2>&1 || true
    installed_packages >"$out/packages-after.txt"
  fi
  if ! cmp -s "$out/packages-before.txt" "$out/packages-after.txt"; then
    echo "test-package: the installed package set differs from before:" >&2
    diff "$out/packages-before.txt" "$out/packages-after.txt" >&2 || true
    status=1
  fi
  [ ! -e /usr/bin/indicator-manager ] || { echo "test-package: /usr/bin/indicator-manager is still there" >&2; status=1; }
  if [ "$status" -eq 0 ]; then
    echo "test-package: PASS ($deb)"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step "Installing $deb with apt-get"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >"$out/apt-install.log" 2>&1 \
  || { cat "$out/apt-install.log"; fail "apt-get install"; }
installed "$package" || fail "$package is not installed after apt-get install"

# Run the installed programs from a neutral directory, with the system's PATH only.
cd /
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
[ "$(command -v indicator-manager-cli)" = /usr/bin/indicator-manager-cli ] || fail "indicator-manager-cli is not /usr/bin's"

# --- The installed programs ------------------------------------------------------------------------
step "indicator-manager-cli --version, indicator-manager --version"
cli_version=$(indicator-manager-cli --version)
echo "$cli_version"
[ "$cli_version" = "indicator-manager-cli $version" ] || fail "CLI says \"$cli_version\", the package is $version"
gui_version=$(indicator-manager --version 2>/dev/null)
echo "$gui_version"
[ "$gui_version" = "indicator-manager $version" ] || fail "GUI says \"$gui_version\", the package is $version"

step "indicator-manager-cli validate $sample"
# The sample has invalid rows on purpose: exit code 1 is the expected answer.
rc=0
indicator-manager-cli validate "$sample" >"$out/validate.txt" 2>&1 || rc=$?
tail -n 1 "$out/validate.txt"
[ "$rc" -eq 1 ] || fail "validate exited with $rc (expected 1: the sample has invalid rows)"
rc=0
indicator-manager-cli validate "$sample" --json >"$out/validate.json" 2>&1 || rc=$?
[ "$rc" -eq 1 ] || fail "validate --json exited with $rc"
grep -q '"rows": *[1-9]' "$out/validate.json" || fail "validate --json reported no rows"
grep -q '"invalid": *[1-9]' "$out/validate.json" || fail "validate --json reported no invalid rows"
rc=0
indicator-manager-cli --lang zh_CN validate "$sample" >"$out/validate-zh_CN.txt" 2>&1 || rc=$?
[ "$rc" -eq 1 ] || fail "validate --lang zh_CN exited with $rc"
grep -q '行' "$out/validate-zh_CN.txt" || fail "the Chinese catalogue is not in the installed CLI"
rc=0
indicator-manager-cli --lang zh_TW validate "$sample" >"$out/validate-zh_TW.txt" 2>&1 || rc=$?
[ "$rc" -eq 1 ] || fail "validate --lang zh_TW exited with $rc"
grep -q '指標' "$out/validate-zh_TW.txt" || fail "the Traditional Chinese catalogue is not in the installed CLI"
indicator-manager-cli plan "$sample" >"$out/plan.txt" 2>&1 || fail "plan exited with $?"
rc=0
indicator-manager-cli validate /nonexistent.csv >/dev/null 2>&1 || rc=$?
[ "$rc" -eq 2 ] || fail "validate of a missing file exited with $rc (expected 2)"

step "Screenshots of the installed GUI"
for lang in en zh_CN zh_TW; do
  shot="$out/installed-gui-$lang.png"
  QT_QPA_PLATFORM="offscreen:configfile=$screen" \
    indicator-manager "$sample" --lang "$lang" --screenshot "$shot" >"$out/gui-$lang.log" 2>&1 \
    || { cat "$out/gui-$lang.log"; fail "indicator-manager --screenshot exited with $?"; }
  info=$(file -b "$shot")
  echo "$(basename "$shot"): $info, $(wc -c <"$shot") bytes"
  case "$info" in PNG\ image\ data,*) ;; *) fail "$shot is not a PNG" ;; esac
  width=$(echo "$info" | sed -n 's/^PNG image data, \([0-9]*\) x \([0-9]*\),.*/\1/p')
  height=$(echo "$info" | sed -n 's/^PNG image data, \([0-9]*\) x \([0-9]*\),.*/\2/p')
  if [ "${width:-0}" -lt 800 ] || [ "${height:-0}" -lt 500 ]; then
    fail "$shot is only ${width}x${height}"
  fi
  # A window with a filled grid compresses far worse than an empty one (about 10 KB).
  [ "$(wc -c <"$shot")" -ge 40000 ] || fail "$shot looks empty"
done

# --- Desktop integration ---------------------------------------------------------------------------
step "desktop-file-validate, appstreamcli validate"
desktop-file-validate "/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
echo "desktop-file-validate: no problems"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "/usr/share/metainfo/$app_id.metainfo.xml" || fail "no metainfo release $version"
for size in 16 48 256 512; do
  info=$(file -b "/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
  case "$info" in "PNG image data, $size x $size,"*) ;; *) fail "the ${size}px icon is \"$info\"" ;; esac
done
echo "icons: 8 PNG sizes and the SVG are in hicolor"

step "Manual pages"
page=$(gzip -dc /usr/share/man/man1/indicator-manager-cli.1.gz)
for word in validate plan 'EXIT STATUS' import "$version"; do
  echo "$page" | grep -q "$word" || fail "the CLI manual page does not mention \"$word\""
done
if command -v groff >/dev/null 2>&1; then
  for p in indicator-manager indicator-manager-cli; do
    warnings=$(gzip -dc "/usr/share/man/man1/$p.1.gz" | groff -man -Tutf8 -ww -z 2>&1)
    [ -z "$warnings" ] || fail "groff warns about $p.1: $warnings"
  done
  echo "groff -ww: no warnings"
fi

# --- Windows installers (configuration check; the payload is this build's Linux binaries) ---------
if command -v makensis >/dev/null 2>&1; then
  step "cpack -G NSIS"
  (cd "$build" && cpack -G NSIS >"$out/cpack-nsis.log" 2>&1) || { cat "$out/cpack-nsis.log"; fail "cpack -G NSIS"; }
  exe=$(sed -n 's/^CPack: - package: \(.*\.exe\) generated\.$/\1/p' "$out/cpack-nsis.log")
  file -b "$exe" | grep -q 'Nullsoft Installer' || fail "$exe is not an NSIS installer"
  echo "$exe"
fi
if command -v wixl >/dev/null 2>&1; then
  step "MSI (wixl)"
  cmake --build "$build" --target msi >"$out/msi.log" 2>&1 || { cat "$out/msi.log"; fail "the msi target"; }
  msi="$build/pkg/${package}-${version}-x64.msi"
  file -b "$msi" | grep -q 'MSI Installer' || fail "$msi is not an MSI"
  echo "$msi"
fi
