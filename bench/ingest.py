#!/usr/bin/python3
"""End-to-end ingestion benchmark: a real Dovecot and SMTP sink on 127.0.0.1 (scripts/mail-sandbox.sh),
generated support mail, the built billetd, one SQLite file.

Throughput: N messages are delivered slice by slice (default 1,000 a slice) into the support@ INBOX
and each slice is ingested by `billetd --once` into the same database, so a cost that grows with
what is already stored shows as a falling msg/s from slice to slice. Per slice: msg/s, billetd CPU
per message, peak RSS, acknowledgements received by the sink. At the end: database bytes/message.

Latency (--latency): billetd runs as a daemon with IMAP IDLE; one message is delivered every 0.2 s
(--trickle of them), then a burst (--burst at once). For each, delivery -> acknowledgement stored
by the SMTP sink; p50/p90/p99/max in seconds, and billetd's RSS and CPU while idle afterwards.

usage: bench/ingest.py [--messages 5000] [--slice 1000] [--build build/ci] [--latency]
                       [--trickle 50] [--burst 200] [--keep]
Machines are shared and noisy: compare ratios within one run (first slice vs last slice).
"""
import argparse
import email
import email.utils
import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SANDBOX = os.path.join(ROOT, "scripts", "mail-sandbox.sh")

SUBJECTS = [
    ("fr", "Impossible d'envoyer une diffusion", "Bonjour,\n\nDepuis ce matin l'envoi par SMS ne se rend plus a nos abonnes. Pouvez-vous verifier?\n\nMerci,\n{name}\n"),
    ("fr", "Question sur les gabarits", "Bonjour,\n\nComment ajouter notre logo dans le gabarit de courriel?\n\nMerci\n{name}\n"),
    ("en", "Export gives an empty file", "Hello,\n\nThe contact export gives an empty file since yesterday.\n\nThanks,\n{name}\n"),
    ("en", "Nobody can log in", "Hi,\n\nNobody in our office can log in to the platform, every workstation gets an error.\n\n{name}\n"),
    ("fr", "Le bouton Enregistrer ne fait rien", "Bonjour,\n\nQuand je clique sur Enregistrer dans la fiche, rien ne se passe.\n\n{name}\n"),
]


def generate(number, run_tag):
    lang, subject, body = SUBJECTS[number % len(SUBJECTS)]
    name = f"Client {number}"
    text = body.format(name=name) + ("Ligne de contexte.\n" * (number % 7))
    return (
        f"From: {name} <client{number}@client{number % 997}.example>\r\n"
        f"To: support@somum.com\r\n"
        f"Subject: {subject} ({number})\r\n"
        f"Date: {email.utils.formatdate(localtime=False)}\r\n"
        f"Message-ID: <bench-{run_tag}-{number}@client.example>\r\n"
        f"MIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n"
        f"Content-Language: {lang}\r\n\r\n" + text.replace("\n", "\r\n")
    ).encode()


class Sandbox:
    def __init__(self, keep):
        self.work = tempfile.mkdtemp(prefix="bb-", dir="/tmp")
        os.chmod(self.work, 0o755)
        self.mail = os.path.join(self.work, "m")
        self.keep = keep
        subprocess.run(["bash", SANDBOX, "start", self.mail], check=True)
        self.env = dict(line.strip().split("=", 1) for line in open(os.path.join(self.mail, "env")) if "=" in line)
        self.home = os.path.join(self.mail, "mail", "support")
        self.maildir = os.path.join(self.home, "Maildir")
        for sub in ("cur", "new", "tmp"):
            os.makedirs(os.path.join(self.maildir, sub), exist_ok=True)
        self.owner = os.stat(self.home)
        self.sequence = 0

    def deliver(self, raws):
        """Writes messages straight into the maildir (as an MDA would); returns the delivery time."""
        stamp = time.time()
        for raw in raws:
            self.sequence += 1
            name = f"{int(stamp)}.M{self.sequence}P{os.getpid()}.bench"
            tmp = os.path.join(self.maildir, "tmp", name)
            with open(tmp, "wb") as f:
                f.write(raw)
            os.chown(tmp, self.owner.st_uid, self.owner.st_gid)
            os.rename(tmp, os.path.join(self.maildir, "new", name))
        for sub in ("", "cur", "new", "tmp"):
            os.chown(os.path.join(self.maildir, sub), self.owner.st_uid, self.owner.st_gid)
        return stamp

    def acks(self):
        d = os.path.join(self.env["SMTP_DIR"], "messages")
        return [os.path.join(d, n) for n in os.listdir(d) if n.endswith(".eml")] if os.path.isdir(d) else []

    def close(self):
        subprocess.run(["bash", SANDBOX, "stop", self.mail], check=False)
        if self.keep:
            print(f"files kept in {self.work}")
        else:
            shutil.rmtree(self.work, ignore_errors=True)


def write_config(box, idle):
    db = os.path.join(box.work, "billetd.db")
    path = os.path.join(box.work, "billetd.toml")
    e = box.env
    with open(path, "w") as f:
        f.write(f"""[service]
database = "{db}"
rules = "{ROOT}/etc/rules.toml"
own_addresses = ["support@somum.com", "sac@somum.com"]
poll_interval_seconds = 60
log_level = "warn"

[acknowledgements]
templates = "{ROOT}/etc/templates"

[smtp]
url = "smtp://localhost:{e['SMTP_PORT']}"
user = "billetd"
password_file = "{e['SMTP_PASSWORD_FILE']}"
ca_file = "{e['CA_FILE']}"

[[mailbox]]
name = "support"
url = "imaps://localhost:{e['IMAPS_PORT']}/INBOX"
user = "support"
address = "support@somum.com"
password_file = "{e['SUPPORT_PASSWORD_FILE']}"
kind = "ticket"
ca_file = "{e['CA_FILE']}"
idle = {"true" if idle else "false"}
""")
    return path, db


def run_once(billetd, config):
    """Runs `billetd --once`; returns (wall seconds, CPU seconds, peak RSS in MB)."""
    start = time.monotonic()
    proc = subprocess.Popen([billetd, "--config", config, "--once"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    err = proc.stderr.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"billetd --once failed ({status}):\n{err[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def throughput(args, box, billetd):
    config, db = write_config(box, idle=False)
    tag = f"{os.getpid()}-{int(time.time())}"
    print(f"{'slice':>12} {'msg/s':>8} {'CPU ms/msg':>11} {'peak RSS MB':>12} {'acks':>6}")
    first_rate = last_rate = None
    done = 0
    while done < args.messages:
        n = min(args.slice, args.messages - done)
        box.deliver(generate(done + i, tag) for i in range(n))
        acks_before = len(box.acks())
        wall, cpu, rss = run_once(billetd, config)
        acks = len(box.acks()) - acks_before
        rate = n / wall
        first_rate = first_rate or rate
        last_rate = rate
        print(f"{done + 1:>5}-{done + n:<6} {rate:>8.1f} {1000 * cpu / n:>11.2f} {rss:>12.1f} {acks:>6}", flush=True)
        done += n
    size = os.path.getsize(db) + sum(os.path.getsize(db + s) for s in ("-wal",) if os.path.exists(db + s))
    print(f"database: {size / args.messages:.0f} bytes/message ({size / 1e6:.1f} MB for {args.messages})")
    print(f"last slice / first slice: {100 * last_rate / first_rate:.0f} %")
    agent_views(os.path.join(os.path.dirname(billetd), "billetctl"), db, done)


def agent_views(billetctl, db, tickets):
    """What an agent waits for on this database: billetctl list, list --search, show (median of 5)."""
    def median_ms(argv):
        times = []
        for _ in range(5):
            start = time.monotonic()
            subprocess.run([billetctl, "--db", db] + argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            times.append(1000 * (time.monotonic() - start))
        return sorted(times)[2]
    views = [("list", ["list"]), ("list --search SMS", ["list", "--search", "SMS"]),
             (f"show {max(1, tickets // 2)}", ["show", str(max(1, tickets // 2))])]
    print(f"billetctl on {tickets} tickets (median of 5): " +
          ", ".join(f"{name} {median_ms(argv):.0f} ms" for name, argv in views))


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def latency(args, box, billetd):
    config, _ = write_config(box, idle=True)
    proc = subprocess.Popen([billetd, "--config", config], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(2)  # connected, IDLE armed
        tag = f"lat-{os.getpid()}"
        delivered = {}
        for i in range(args.trickle):
            delivered[f"<bench-{tag}-{i}@client.example>"] = box.deliver([generate(i, tag)])
            time.sleep(0.2)
        burst_start = time.time()
        raws = [generate(args.trickle + i, tag) for i in range(args.burst)]
        stamp = box.deliver(raws)
        for i in range(args.burst):
            delivered[f"<bench-{tag}-{args.trickle + i}@client.example>"] = stamp
        deadline = time.time() + 120
        seen = {}
        while time.time() < deadline and len(seen) < len(delivered):
            for path in box.acks():
                if path in seen:
                    continue
                with open(path, "rb") as f:
                    m = email.message_from_binary_file(f)
                seen[path] = (m.get("In-Reply-To", "").strip(), os.stat(path).st_mtime)
            time.sleep(0.2)
        trickle, burst = [], []
        for reply_to, mtime in seen.values():
            if reply_to in delivered:
                (burst if delivered[reply_to] >= burst_start else trickle).append(mtime - delivered[reply_to])
        for name, values in (("one every 0.2 s", trickle), (f"burst of {args.burst}", burst)):
            if not values:
                print(f"{name}: no acknowledgement received")
                continue
            print(f"{name}: {len(values)} acks, p50 {percentile(values, 50):.2f} s, p90 {percentile(values, 90):.2f} s, "
                  f"p99 {percentile(values, 99):.2f} s, max {max(values):.2f} s")
        # Idle: CPU over 10 s without mail, and RSS.
        def cpu_of(pid):
            fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        def switches(pid):  # sleeps ended, every thread of the process (preemptions are not wakeups)
            total = 0
            for task in os.listdir(f"/proc/{pid}/task"):
                s = dict(line.split(":", 1) for line in open(f"/proc/{pid}/task/{task}/status"))
                total += int(s["voluntary_ctxt_switches"])
            return total
        time.sleep(5)  # the burst settled
        c0, w0 = cpu_of(proc.pid), switches(proc.pid)
        time.sleep(10)
        c1, w1 = cpu_of(proc.pid), switches(proc.pid)
        rss = int(dict(line.split(":", 1) for line in open(f"/proc/{proc.pid}/status"))["VmRSS"].split()[0]) / 1024
        threads = len(os.listdir(f"/proc/{proc.pid}/task"))
        print(f"idle: {rss:.1f} MB RSS, {100 * (c1 - c0) / 10:.2f} % CPU, {(w1 - w0) / 10:.1f} wakeups/s "
              f"({threads} threads)")
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--messages", type=int, default=5000)
    p.add_argument("--slice", type=int, default=1000)
    p.add_argument("--build", default=os.path.join(ROOT, "build", "ci"))
    p.add_argument("--latency", action="store_true", help="measure ack latency in daemon mode instead")
    p.add_argument("--trickle", type=int, default=50)
    p.add_argument("--burst", type=int, default=200)
    p.add_argument("--keep", action="store_true")
    args = p.parse_args()
    billetd = os.path.join(args.build, "tools", "billetd")
    if not os.access(billetd, os.X_OK):
        sys.exit(f"{billetd} not built: cmake --build {args.build} --target billetd")
    box = Sandbox(args.keep)
    try:
        (latency if args.latency else throughput)(args, box, billetd)
    finally:
        box.close()


if __name__ == "__main__":
    main()
