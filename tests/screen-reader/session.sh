#!/usr/bin/env bash
# One screen reader session for the Orca tests: Xvfb, a D-Bus session bus, the AT-SPI bus and
# Orca 43, all in the folder $1 (its own HOME, settings and logs). Run it inside a PID namespace
# (`unshare --pid --fork --kill-child --mount-proc`, as orca.mjs does): Orca looks for other
# Orcas of the same user with pgrep and exits when it finds one (or, with --replace, kills
# them), so two sessions on one machine would stop each other; and ending the namespace's
# first process ends every process started here, Orca included, which ignores SIGTERM while
# it says goodbye to a speech server that is not there.
# Writes $1/env (DISPLAY and DBUS_SESSION_BUS_ADDRESS, for the browser) once Orca has spoken
# "Screen reader on.", then waits; exits non-zero, saying why on stderr, if something does not
# start.
set -euo pipefail
dir=$1
mkdir -p "$dir/home" "$dir/runtime" "$dir/orca"
chmod 700 "$dir/runtime"
export HOME="$dir/home" XDG_RUNTIME_DIR="$dir/runtime" XDG_CONFIG_HOME="$dir/home/.config" \
  XDG_DATA_HOME="$dir/home/.local/share" XDG_CACHE_HOME="$dir/home/.cache"

fail() { echo "screen reader session: $*" >&2; exit 1; }

Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$dir/display" 2>"$dir/xvfb.log" &
for _ in $(seq 100); do [ -s "$dir/display" ] && break; sleep 0.1; done
[ -s "$dir/display" ] || fail "Xvfb did not start (see $dir/xvfb.log)"
export DISPLAY=":$(cat "$dir/display")"

eval "$(dbus-launch --sh-syntax)" || fail "dbus-launch did not start a session bus"
/usr/libexec/at-spi-bus-launcher --launch-immediately >"$dir/at-spi.log" 2>&1 &

# Orca reads orca-customizations.py from its settings folder before it starts, and on a first
# start saves the settings it has then as the user's: this sets them (see the file).
cp "$(dirname "$0")/orca-customizations.py" "$dir/orca/"
orca --user-prefs "$dir/orca" --debug-file "$dir/orca.log" >"$dir/orca.out" 2>&1 &
orca_pid=$!
for _ in $(seq 300); do
  grep -q "SPEECH OUTPUT: 'Screen reader on.'" "$dir/orca.log" 2>/dev/null && break
  kill -0 "$orca_pid" 2>/dev/null || fail "Orca exited before speaking (its debug log: $dir/orca.log); it printed: $(tail -n 5 "$dir/orca.out")"
  sleep 0.1
done
grep -q "SPEECH OUTPUT: 'Screen reader on.'" "$dir/orca.log" || fail "Orca did not say 'Screen reader on.' within 30 s (see $dir/orca.log)"

printf 'DISPLAY=%s\nDBUS_SESSION_BUS_ADDRESS=%s\n' "$DISPLAY" "$DBUS_SESSION_BUS_ADDRESS" >"$dir/env.tmp"
mv "$dir/env.tmp" "$dir/env"
wait "$orca_pid" || fail "Orca ended (status $?; see $dir/orca.log)"
