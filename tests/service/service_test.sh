#!/usr/bin/env bash
# billetd as a service: the unit verifies, install and the .deb hold what they should, and the
# real binary talks sd_notify (READY, STATUS, WATCHDOG, RELOADING, STOPPING) to a test
# NOTIFY_SOCKET, reloads a good config on SIGHUP, keeps the old one on a bad one, stops cleanly
# on SIGTERM, and never logs a password.
# usage: service_test.sh SOURCE_DIR BUILD_DIR
set -u
src=$1
build=$2
billetd=$build/tools/billetd
work=$(mktemp -d /tmp/bsvc.XXXXXX)
chmod 0755 "$work"
failures=0
passes=0
check() {  # check "what" command...
  local what=$1; shift
  if "$@" >/dev/null 2>&1; then passes=$((passes + 1)); echo "ok: $what"; else failures=$((failures + 1)); echo "FAILED: $what"; fi
}
wait_for() {  # wait_for FILE PATTERN [COUNT]: up to 20 s until PATTERN appears COUNT times
  local count=${3:-1}
  for _ in $(seq 1 200); do
    [ "$(grep -c -e "$2" "$1" 2>/dev/null)" -ge "$count" ] && return 0
    sleep 0.1
  done
  return 1
}
cleanup() {
  [ -n "${daemon_pid:-}" ] && kill -KILL "$daemon_pid" 2>/dev/null
  [ -n "${listener_pid:-}" ] && kill "$listener_pid" 2>/dev/null
  bash "$src/scripts/mail-sandbox.sh" stop "$work/mail" >/dev/null 2>&1
  [ "${KEEP:-0}" = 1 ] || rm -rf "$work"
}
trap cleanup EXIT

# 1. The unit file verifies (with the built binary in place of /usr/sbin/billetd).
sed "s#/usr/sbin/billetd#$billetd#g" "$src/systemd/billetd.service" > "$work/billetd.service"
check "systemd-analyze verify billetd.service" bash -c "! systemd-analyze verify '$work/billetd.service' 2>&1 | grep -v 'Failed to open /etc/credstore' | grep -qi 'error\|invalid\|unknown'"
echo "exposure: $(systemd-analyze security --offline=yes "$work/billetd.service" 2>/dev/null | tail -1)"

# 2. cmake --install into a staging directory, and the Debian package.
DESTDIR=$work/stage cmake --install "$build" >/dev/null 2>&1
for f in etc/billetd/billetd.toml etc/billetd/rules.toml etc/billetd/word-weights.tsv etc/billetd/templates/ack_ticket.fr.txt \
         usr/local/sbin/billetd usr/local/bin/billetctl usr/local/lib/systemd/system/billetd.service \
         usr/local/lib/sysusers.d/billetd.conf usr/local/lib/tmpfiles.d/billetd.conf; do
  check "installed $f" test -f "$work/stage/$f"
done
(cd "$work" && cpack --config "$build/CPackConfig.cmake" -B "$work/pkg" >"$work/cpack.log" 2>&1)
deb=$(ls "$work"/pkg/billetd_*.deb 2>/dev/null | head -1)
check "cpack built a .deb" test -f "$deb"
check "dpkg-deb --info names the package" bash -c "dpkg-deb --info '$deb' | grep -q 'Package: billetd'"
check "the .deb holds billetd and its unit" bash -c "dpkg-deb -c '$deb' | grep -q './usr/sbin/billetd' && dpkg-deb -c '$deb' | grep -q 'systemd/system/billetd.service'"

# 3. The real daemon under a test NOTIFY_SOCKET.
bash "$src/scripts/mail-sandbox.sh" start "$work/mail" >/dev/null || { echo "FAILED: mail sandbox"; exit 1; }
. "$work/mail/env"
cp "$src/etc/rules.toml" "$src/etc/word-weights.tsv" "$work/"
write_config() {
  cat > "$work/billetd.toml" <<CONF
[service]
database = "$work/b.db"
rules = "$work/rules.toml"
poll_interval_seconds = 1
log_level = "$1"
[acknowledgements]
templates = "$src/etc/templates"
[[mailbox]]
name = "support"
url = "imaps://localhost:$IMAPS_PORT/INBOX"
user = "support"
password_env = "BILLETD_SUPPORT_PASSWORD"
kind = "ticket"
ca_file = "$CA_FILE"
CONF
}
write_config info
/usr/bin/python3 "$src/tests/service/notify_listener.py" "$work/notify.sock" "$work/notify.log" &
listener_pid=$!
for _ in $(seq 1 50); do [ -S "$work/notify.sock" ] && break; sleep 0.1; done
# The password comes from the environment here: billetd takes it and wipes it from its own.
BILLETD_SUPPORT_PASSWORD=$(cat "$SUPPORT_PASSWORD_FILE")
export BILLETD_SUPPORT_PASSWORD
NOTIFY_SOCKET=$work/notify.sock WATCHDOG_USEC=1000000 "$billetd" --config "$work/billetd.toml" >"$work/daemon.log" 2>&1 &
daemon_pid=$!
wait_for "$work/notify.log" "READY=1"
wait_for "$work/notify.log" "WATCHDOG=1"
check "READY=1 after the first pass" grep -q "READY=1" "$work/notify.log"
check "STATUS= says what it does" grep -q "STATUS=1 mailbox" "$work/notify.log"
check "WATCHDOG=1 from the main loop" grep -q "WATCHDOG=1" "$work/notify.log"
check "password_env: the password is no longer in /proc/PID/environ" \
  bash -c "[ -r /proc/$daemon_pid/environ ] && ! tr '\\0' '\\n' < /proc/$daemon_pid/environ | grep -qF '$BILLETD_SUPPORT_PASSWORD'"

write_config debug
kill -HUP "$daemon_pid"
wait_for "$work/notify.log" "READY=1" 2
wait_for "$work/daemon.log" "reloaded from"
check "SIGHUP: RELOADING=1 then READY=1 again" bash -c "grep -q RELOADING=1 '$work/notify.log' && [ \$(grep -c READY=1 '$work/notify.log') -ge 2 ]"
check "SIGHUP with a good config: reloaded" grep -q "reloaded from" "$work/daemon.log"

echo 'this is [not toml' >> "$work/billetd.toml"
kill -HUP "$daemon_pid"
wait_for "$work/daemon.log" "reload rejected"
check "SIGHUP with a bad config: rejected with its line" grep -q "reload rejected" "$work/daemon.log"
check "and billetd keeps running" kill -0 "$daemon_pid"
bash "$src/scripts/mail-sandbox.sh" deliver "$work/mail" support < "$src/samples/mail/support/01-acces-impossible.eml"
wait_for "$work/daemon.log" "ticket #1"
check "the old configuration still works (a message ingested after the bad reload)" grep -q "ticket #1" "$work/daemon.log"

# A good config that names a broken rules file: the reload is rejected and the running rules,
# templates and secrets stay in force (billetd used to read the broken file again and exit 2).
write_config info
echo '[[rule]' >> "$work/rules.toml"
kill -HUP "$daemon_pid"
wait_for "$work/daemon.log" "reload rejected" 2
check "SIGHUP with a broken rules file: rejected, naming the file" bash -c "grep -A3 'reload rejected' '$work/daemon.log' | grep -q rules.toml"
sleep 1
check "and billetd keeps running on the rules it had" kill -0 "$daemon_pid"
printf 'From: client@ville.qc.ca\r\nSubject: Plateforme en panne\r\nMessage-ID: <after-bad-rules@x>\r\n\r\nPlus personne ne peut se connecter.\r\n' |
  bash "$src/scripts/mail-sandbox.sh" deliver "$work/mail" support
wait_for "$work/daemon.log" "ticket #2"
check "a message after the rejected rules is ingested and classified" grep -q "ticket #2" "$work/daemon.log"
cp "$src/etc/rules.toml" "$work/rules.toml"

kill -TERM "$daemon_pid"
wait "$daemon_pid"
rc=$?
daemon_pid=
check "SIGTERM: exit 0" test "$rc" -eq 0
check "STOPPING=1" grep -q "STOPPING=1" "$work/notify.log"
check "no password in any log line" bash -c "! grep -qF \"\$(cat '$SUPPORT_PASSWORD_FILE')\" '$work/daemon.log'"

# 4. SIGTERM while messages are being ingested: it stops between messages, and a restart ingests
#    the rest; every message exactly once.
for i in $(seq 1 60); do
  printf 'From: c%s@ville.qc.ca\r\nSubject: Question %s\r\nMessage-ID: <term%s@x>\r\n\r\nComment faire?\r\n' "$i" "$i" "$i" |
    bash "$src/scripts/mail-sandbox.sh" deliver "$work/mail" support
done
write_config info
"$billetd" --config "$work/billetd.toml" >"$work/daemon2.log" 2>&1 &
daemon_pid=$!
sleep 0.4
kill -TERM "$daemon_pid"
wait "$daemon_pid"
rc=$?
daemon_pid=
check "SIGTERM during ingestion: exit 0" test "$rc" -eq 0
echo "   (stored before SIGTERM: $(grep -c -e "-> ticket" "$work/daemon2.log") of 60)"
"$billetd" --config "$work/billetd.toml" --once >"$work/daemon3.log" 2>&1
check "after a restart every message is stored exactly once" \
  test "$(sqlite3 "$work/b.db" "select count(*) from messages where message_id like 'term%@x'")" = 60
check "and none twice" test "$(sqlite3 "$work/b.db" "select count(distinct message_id) from messages where message_id like 'term%@x'")" = 60

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
