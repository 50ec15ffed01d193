#!/usr/bin/env bash
# billetd's main job on a local default: a throwaway Dovecot on 127.0.0.1 (IMAPS for support@,
# IMAP+STARTTLS for SAC@, self-signed certificate), the bundled sample mail delivered to it,
# one pass of billetd into a fresh SQLite file, then the tickets as customer service sees them.
# Everything it starts is stopped and removed at the end (BILLETD_DEMO_KEEP=1 keeps the files).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
bash scripts/install-deps.sh
cmake -S . -B build/ci -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build/ci -j "$(nproc)" --target billetd billetctl billetweb >/dev/null

work=$(mktemp -d /tmp/billetd-demo.XXXXXX)
chmod 0755 "$work"  # Dovecot's unprivileged processes must reach the sandbox
web_pid=""
cleanup() {
  [ -z "$web_pid" ] || kill "$web_pid" 2>/dev/null || true
  bash "$root/scripts/mail-sandbox.sh" stop "$work/mail" || true
  if [ "${BILLETD_DEMO_KEEP:-0}" = 1 ]; then echo "demo files kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

echo "== starting a throwaway IMAP server (Dovecot) on 127.0.0.1"
bash scripts/mail-sandbox.sh start "$work/mail"
# shellcheck disable=SC1091
. "$work/mail/env"
for message in samples/mail/support/*.eml; do bash scripts/mail-sandbox.sh deliver "$work/mail" support < "$message"; done
for message in samples/mail/sac/*.eml; do bash scripts/mail-sandbox.sh deliver "$work/mail" sac < "$message"; done
echo "   delivered $(ls samples/mail/support/*.eml | wc -l) messages to support@ and $(ls samples/mail/sac/*.eml | wc -l) to SAC@"

cat > "$work/billetd.toml" <<CONF
[service]
database = "$work/billetd.db"
rules = "$root/etc/rules.toml"
own_addresses = ["support@somum.com", "sac@somum.com"]

[acknowledgements]
templates = "$root/etc/templates"

[smtp]
url = "smtp://localhost:$SMTP_PORT"
user = "billetd"
password_file = "$SMTP_PASSWORD_FILE"
ca_file = "$CA_FILE"

[[mailbox]]
name = "support"
url = "imaps://localhost:$IMAPS_PORT/INBOX"
user = "support"
address = "support@somum.com"
password_file = "$SUPPORT_PASSWORD_FILE"
kind = "ticket"
ca_file = "$CA_FILE"

[[mailbox]]
name = "sac"
url = "imap://localhost:$IMAP_PORT/INBOX"
user = "sac"
address = "sac@somum.com"
password_file = "$SAC_PASSWORD_FILE"
kind = "complaint"
ca_file = "$CA_FILE"

[web]
listen = "127.0.0.1:$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
secure_cookie = false   # plain HTTP on this machine only
CONF

echo "== billetd --once (one pass over both mailboxes)"
build/ci/tools/billetd --config "$work/billetd.toml" --once
echo
echo "== billetctl list (tickets and complaints, soonest due first)"
build/ci/tools/billetctl --config "$work/billetd.toml" list
echo
echo "== billetctl list --quarantine (messages that could not be parsed)"
build/ci/tools/billetctl --config "$work/billetd.toml" list --quarantine
echo
echo "== billetctl show 1"
build/ci/tools/billetctl --config "$work/billetd.toml" show 1
echo
echo "== the acknowledgements the SMTP sink received ($(ls "$SMTP_DIR"/messages/*.eml 2>/dev/null | wc -l))"
for sent in "$SMTP_DIR"/messages/*.eml; do
  [ -e "$sent" ] || continue
  printf '   %s  %s\n' "$(sed -n 's/^To: //p' "$sent" | tr -d '\r')" \
    "$(python3 -c 'import email,sys; from email.header import decode_header, make_header; m=email.message_from_binary_file(open(sys.argv[1],"rb")); print(make_header(decode_header(m["Subject"])))' "$sent")"
done
first=$(ls "$SMTP_DIR"/messages/*.eml 2>/dev/null | head -1)
if [ -n "$first" ]; then
  echo
  echo "== the first one, decoded"
  python3 -c 'import email,sys; from email import policy; m=email.message_from_binary_file(open(sys.argv[1],"rb"), policy=policy.default); [print(f"{k}: {v}") for k,v in m.items() if k in ("From","To","Subject","In-Reply-To","Auto-Submitted","X-Auto-Response-Suppress")]; print(); print(m.get_content())' "$first"
fi

echo
echo "== the web console (billetweb) over the demo data"
password=$(head -c 12 /dev/urandom | base64 | tr -d '/+=')
echo "$password" | build/ci/tools/billetctl --config "$work/billetd.toml" user add demo --role lead >/dev/null
build/ci/tools/billetweb --config "$work/billetd.toml" 2>"$work/billetweb.log" &
web_pid=$!
listen=$(sed -n 's/^listen = "\(.*\)"/\1/p' "$work/billetd.toml")
for _ in $(seq 1 50); do curl -fs -o /dev/null "http://$listen/login" && break; sleep 0.1; done
curl -fs -o /dev/null "http://$listen/login" || { echo "billetweb did not start:"; cat "$work/billetweb.log"; exit 1; }
echo "   open http://$listen/ and sign in as demo with the one-time password $password"
if [ -t 0 ]; then
  read -r -p "   (press Enter to stop the demo) " _
fi
