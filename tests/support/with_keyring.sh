#!/bin/sh
# Runs a test inside a D-Bus session of its own, with a GNOME keyring unlocked in a
# temporary home: the Secret Service that QtKeychain talks to on a Linux desktop. Nothing
# of the user's own keyring is touched. Exits 77 (CTest: skipped) when either is missing.
set -u
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed (Debian: dbus-daemon, gnome-keyring)"
        exit 77
    fi
done
home=$(mktemp -d /tmp/danvan-keyring.XXXXXX) || exit 1
trap 'rm -rf "$home"' EXIT INT TERM
mkdir -p "$home/run" && chmod 700 "$home/run"
HOME=$home XDG_DATA_HOME=$home/.local/share XDG_CONFIG_HOME=$home/.config \
XDG_RUNTIME_DIR=$home/run \
    dbus-run-session -- sh -c '
        printf "%s" danvan-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        exec "$@"' sh "$@"
