#!/bin/sh
# Runs a command against a system keychain of its own, never the user's:
#   with-keyring.sh unlocked DIR COMMAND...  a private D-Bus session with GNOME Keyring, unlocked
#   with-keyring.sh locked DIR COMMAND...    the same, but its login keyring stays locked
#   with-keyring.sh none DIR COMMAND...      no session bus at all (no keychain can answer)
# DIR holds the keyring files (XDG_DATA_HOME/keyrings); it is emptied first. The daemons end with the
# bus when the command exits. Only a non-empty password unlocks a fresh keyring without a GUI prompt
# (shared/toolchain.md §3).
set -eu
mode="$1"
dir="$2"
shift 2
rm -rf "$dir"
mkdir -p "$dir/data" "$dir/runtime"
chmod 700 "$dir/runtime"
export XDG_DATA_HOME="$dir/data"
# The daemon's control socket goes here (else under ~/.cache, which a test's HOME may not have).
export XDG_RUNTIME_DIR="$dir/runtime"

case "$mode" in
unlocked)
  exec dbus-run-session -- sh -c 'printf %s im-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' sh "$@"
  ;;
locked)
  # Create the login keyring with one password, then start a daemon that is given another: the
  # keyring exists but stays locked, and no prompt can open without a display.
  dbus-run-session -- sh -c 'printf %s im-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null && printf x | secret-tool store --label=init app indicator-manager-test' || true
  [ -f "$dir/data/keyrings/login.keyring" ] || { echo "with-keyring.sh: could not create the keyring" >&2; exit 1; }
  unset DISPLAY WAYLAND_DISPLAY
  exec dbus-run-session -- sh -c 'printf %s wrong-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' sh "$@"
  ;;
none)
  unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
  exec "$@"
  ;;
*)
  echo "with-keyring.sh: unknown mode $mode" >&2
  exit 2
  ;;
esac
