#!/bin/sh
# Runs a command with a private, empty HOME, XDG_CONFIG_HOME, XDG_CACHE_HOME, XDG_STATE_HOME and TMPDIR
# under ROOT, so a test can afterwards search every file the command could have written:
#   private-home.sh ROOT COMMAND...
# XDG_DATA_HOME and XDG_RUNTIME_DIR are kept: with-keyring.sh points them at the keyring's own folders.
set -eu
root="$1"
shift
for d in home config cache state tmp; do
  rm -rf "${root:?}/$d"
  mkdir -p "$root/$d"
done
export HOME="$root/home" XDG_CONFIG_HOME="$root/config" XDG_CACHE_HOME="$root/cache" XDG_STATE_HOME="$root/state"
export TMPDIR="$root/tmp"
exec "$@"
