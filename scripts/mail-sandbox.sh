#!/usr/bin/env bash
# A throwaway mail server pair on 127.0.0.1 for the demo and the tests: Dovecot (IMAP with
# STARTTLS on one port, IMAPS on another, self-signed certificate) and an SMTP sink
# (scripts/smtp-sink.py: STARTTLS, stores each message byte for byte in DIR/smtp/messages).
# Everything lives in DIR; nothing is installed system-wide.
#
#   mail-sandbox.sh start DIR            start; writes DIR/env (ports, CA file, users' password files)
#   mail-sandbox.sh stop DIR             stop what start started
#   mail-sandbox.sh deliver DIR USER [MAILBOX] < message.eml     deliver one message (stays unseen)
#   mail-sandbox.sh recreate DIR USER MAILBOX                    delete and recreate (new UIDVALIDITY)
#
# Users: support, sac (passwords are random, written to DIR/secrets/USER.pass).
# OAuth 2.0 (scripts/oauth-server.py on OAUTH_PORT): Dovecot and the SMTP sink also accept
# XOAUTH2/OAUTHBEARER tokens that server vouches for (RFC 7662 introspection). Clients
# support-app (user support), sac-app (user sac) and smtp-app (user billetd) use client
# credentials with the secret in DIR/secrets/CLIENT.secret; DIR/oauth/refresh.json maps the
# refresh tokens DIR/secrets/USER.refresh to their client.
# DIR must be short (Dovecot socket paths): about 60 characters at most.
set -euo pipefail

cmd=${1:?usage: mail-sandbox.sh start|stop|deliver|recreate DIR ...}
dir=${2:?DIR missing}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
conf="$dir/dovecot.conf"

# Prints N distinct free loopback ports on one line. All N sockets stay bound until the last is,
# so the kernel cannot hand the same port out twice (asking one at a time could: Dovecot then
# refuses its own configuration, "duplicate listener").
free_ports() {
  python3 -c 'import socket,sys
socks=[socket.socket() for _ in range(int(sys.argv[1]))]
for s in socks: s.bind(("127.0.0.1",0))
print(" ".join(str(s.getsockname()[1]) for s in socks))' "$1"
}

start() {
  [ ${#dir} -le 70 ] || { echo "mail-sandbox: DIR path too long for Dovecot sockets: $dir" >&2; exit 2; }
  mkdir -p "$dir/run" "$dir/mail" "$dir/secrets" "$dir/log"
  chmod 0755 "$dir"
  local imap_port imaps_port
  if [ -f "$dir/env" ]; then
    # A restart: same ports, certificate and passwords, so running clients can reconnect.
    imap_port=$(sed -n 's/^IMAP_PORT=//p' "$dir/env")
    imaps_port=$(sed -n 's/^IMAPS_PORT=//p' "$dir/env")
    dovecot -c "$conf" </dev/null >"$dir/log/start.log" 2>&1
    wait_ready "$imap_port" "$imaps_port"
    start_oauth "$(sed -n 's/^OAUTH_PORT=//p' "$dir/env")"
    start_smtp "$(sed -n 's/^SMTP_PORT=//p' "$dir/env")"
    return
  fi
  read -r imap_port imaps_port <<<"$(free_ports 2)"
  if [ ! -f "$dir/cert.pem" ]; then
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj /CN=localhost \
      -addext subjectAltName=DNS:localhost,IP:127.0.0.1 \
      -keyout "$dir/key.pem" -out "$dir/cert.pem" >/dev/null 2>&1
    chmod 0644 "$dir/cert.pem" "$dir/key.pem"
  fi
  local run_user run_uid run_gid
  if [ "$(id -u)" -eq 0 ]; then run_user=nobody; else run_user=$(id -un); fi
  run_uid=$(id -u "$run_user")
  run_gid=$(id -g "$run_user")
  : > "$dir/passwd"
  for user in support sac; do
    local pass
    pass=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    printf '%s' "$pass" > "$dir/secrets/$user.pass"
    chmod 0600 "$dir/secrets/$user.pass"
    echo "$user:{PLAIN}$pass:$run_uid:$run_gid::$dir/mail/$user" >> "$dir/passwd"
    mkdir -p "$dir/mail/$user"
  done
  chown -R "$run_uid:$run_gid" "$dir/mail"
  local oauth_port
  mkdir -p "$dir/oauth"
  python3 - "$dir" <<'PY'
import json, os, secrets, sys
d = sys.argv[1]
clients, refresh = {}, {}
for client, user in (("support-app", "support"), ("sac-app", "sac"), ("smtp-app", "billetd")):
    secret = secrets.token_urlsafe(18)
    clients[client] = {"secret": secret, "user": user}
    token = secrets.token_urlsafe(18)
    refresh[token] = client
    for name, value in ((client + ".secret", secret), (user + ".refresh", token)):
        path = os.path.join(d, "secrets", name)
        with open(path, "w") as f:
            f.write(value)
        os.chmod(path, 0o600)
# A service account for the JWT bearer grant (RFC 7523): its key signs, the server verifies.
key, pub = os.path.join(d, "secrets", "service-account.key"), os.path.join(d, "oauth", "service-account.pub")
os.system(f"openssl genrsa -out {key} 2048 2>/dev/null && openssl rsa -in {key} -pubout -out {pub} 2>/dev/null")
os.chmod(key, 0o600)
clients["billetd@project.iam.example"] = {"public_key": pub}
json.dump(clients, open(os.path.join(d, "oauth", "clients.json"), "w"))
json.dump(refresh, open(os.path.join(d, "oauth", "refresh.json"), "w"))
PY
  # The OAuth server binds a port of its own choosing (no race with other sandboxes for it).
  start_oauth 0
  oauth_port=$(cut -d' ' -f2 "$dir/oauth/ready")
  cat > "$dir/oauth2.conf.ext" <<CONF
introspection_mode = post
introspection_url = http://127.0.0.1:$oauth_port/introspect
force_introspection = yes
username_attribute = username
active_attribute = active
active_value = true
CONF
  cat > "$conf" <<CONF
base_dir = $dir/run
state_dir = $dir/run/state
log_path = $dir/log/dovecot.log
info_log_path = $dir/log/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <$dir/cert.pem
ssl_key = <$dir/key.pem
disable_plaintext_auth = yes
auth_mechanisms = plain login xoauth2 oauthbearer
first_valid_uid = 1
mail_location = maildir:~/Maildir
mail_max_userip_connections = 50
passdb {
  driver = passwd-file
  mechanisms = plain login
  args = $dir/passwd
}
passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = $dir/oauth2.conf.ext
}
userdb {
  driver = passwd-file
  args = $dir/passwd
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $imap_port
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $imaps_port
    ssl = yes
  }
}
CONF
  if [ "$(id -u)" -ne 0 ]; then
    cat >> "$conf" <<CONF
default_internal_user = $run_user
default_internal_group = $(id -gn)
default_login_user = $run_user
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
CONF
  fi
  start_dovecot_fresh
  # Asked once Dovecot listens, so the kernel cannot return one of its ports.
  wait_ready "$imap_port" "$imaps_port"
  local smtp_port
  read -r smtp_port <<<"$(free_ports 1)"
  mkdir -p "$dir/smtp"
  head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$dir/smtp/password"
  cp "$dir/smtp/password" "$dir/secrets/smtp.pass"
  chmod 0600 "$dir/secrets/smtp.pass"
  cat > "$dir/env" <<ENV
IMAP_PORT=$imap_port
IMAPS_PORT=$imaps_port
SMTP_PORT=$smtp_port
OAUTH_PORT=$oauth_port
OAUTH_DIR=$dir/oauth
SMTP_DIR=$dir/smtp
SMTP_PASSWORD_FILE=$dir/secrets/smtp.pass
CA_FILE=$dir/cert.pem
SUPPORT_PASSWORD_FILE=$dir/secrets/support.pass
SAC_PASSWORD_FILE=$dir/secrets/sac.pass
ENV
  start_smtp "$smtp_port"
}

# Starts Dovecot on the ports written in $conf ($imap_port, $imaps_port). Another process may
# take a port between free_ports and Dovecot's bind (a client's ephemeral port, a test starting
# beside this one): Dovecot then exits 89 and it is tried again on new ports, at most 5 times.
start_dovecot_fresh() {
  local attempt new_imap new_imaps
  for attempt in 1 2 3 4 5; do
    if dovecot -c "$conf" </dev/null >"$dir/log/start.log" 2>&1; then return 0; fi
    if [ "$attempt" -eq 5 ]; then
      echo "mail-sandbox: Dovecot did not start; $dir/log/start.log says:" >&2
      cat "$dir/log/start.log" >&2
      exit 1
    fi
    read -r new_imap new_imaps <<<"$(free_ports 2)"
    sed -i "s/^    port = $imap_port\$/    port = $new_imap/; s/^    port = $imaps_port\$/    port = $new_imaps/" "$conf"
    imap_port=$new_imap
    imaps_port=$new_imaps
  done
}

# Waits up to 10 s for a server's ready file; exits naming its log when it never comes.
wait_ready_file() {
  for _ in $(seq 1 100); do
    [ -f "$1" ] && return 0
    sleep 0.1
  done
  echo "mail-sandbox: the $2 did not start; see $3" >&2
  exit 1
}

start_oauth() {
  rm -f "$dir/oauth/ready"
  /usr/bin/python3 "$(dirname "$0")/oauth-server.py" "$dir/oauth" "$1" </dev/null >"$dir/log/oauth.log" 2>&1 &
  echo $! > "$dir/oauth/pid"
  wait_ready_file "$dir/oauth/ready" "OAuth server" "$dir/log/oauth.log"
}

start_smtp() {
  rm -f "$dir/smtp/ready"
  /usr/bin/python3 "$(dirname "$0")/smtp-sink.py" "$dir/smtp" "$1" "$dir/cert.pem" "$dir/key.pem" \
    "http://127.0.0.1:$(sed -n 's/^OAUTH_PORT=//p' "$dir/env" 2>/dev/null)/introspect" \
    </dev/null >"$dir/log/smtp.log" 2>&1 &
  echo $! > "$dir/smtp/pid"
  wait_ready_file "$dir/smtp/ready" "SMTP sink" "$dir/log/smtp.log"
}

wait_ready() {
  for _ in $(seq 1 100); do
    if python3 -c "import socket; [socket.create_connection(('127.0.0.1',p),0.2).close() for p in ($1,$2)]" 2>/dev/null; then
      return 0
    fi
    sleep 0.1
  done
  echo "mail-sandbox: Dovecot did not start; see $dir/log" >&2
  exit 1
}

stop() {
  if [ -f "$dir/oauth/pid" ]; then
    kill -TERM "$(cat "$dir/oauth/pid")" 2>/dev/null || true
    rm -f "$dir/oauth/pid"
  fi
  if [ -f "$dir/smtp/pid" ]; then
    kill -TERM "$(cat "$dir/smtp/pid")" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$(cat "$dir/smtp/pid")" 2>/dev/null || break; sleep 0.05; done
    kill -KILL "$(cat "$dir/smtp/pid")" 2>/dev/null || true
    rm -f "$dir/smtp/pid"
  fi
  [ -f "$dir/run/master.pid" ] || return 0
  local master children
  master=$(cat "$dir/run/master.pid")
  kill -0 "$master" 2>/dev/null || return 0
  children=$(pgrep -P "$master" || true)
  kill -TERM "$master" 2>/dev/null || true
  # A throwaway server need not linger over its clients: after half a second, kill what is left.
  for _ in $(seq 1 10); do
    kill -0 "$master" 2>/dev/null || break
    sleep 0.05
  done
  kill -KILL "$master" $children 2>/dev/null || true
  for _ in $(seq 1 40); do
    kill -0 "$master" 2>/dev/null || break
    sleep 0.05
  done
  rm -f "$dir/run/master.pid"
}

case "$cmd" in
  start) start ;;
  stop) stop ;;
  deliver)
    user=${3:?USER missing}
    mailbox=${4:-INBOX}
    doveadm -c "$conf" save -u "$user" -m "$mailbox" ;;
  recreate)
    user=${3:?USER missing}
    mailbox=${4:?MAILBOX missing}
    doveadm -c "$conf" mailbox delete -u "$user" "$mailbox" >/dev/null 2>&1 || true
    doveadm -c "$conf" mailbox create -u "$user" "$mailbox" ;;
  *) echo "mail-sandbox: unknown command $cmd" >&2; exit 2 ;;
esac
