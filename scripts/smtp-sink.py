#!/usr/bin/python3
"""A throwaway SMTP server for the demo and the tests (aiosmtpd, Debian's python3-aiosmtpd).

Listens on 127.0.0.1:PORT with STARTTLS required (certificate and key given), stores every message
byte for byte in DIR/messages/NNNN.eml with its envelope in NNNN.json, and answers on demand:
the file DIR/mode may hold "451 N" (refuse the next N messages with 451), "550" (refuse every
message with 550), "stall" (never answer the end of DATA: a server hung mid-message) or nothing
(accept). AUTH PLAIN/LOGIN is accepted for user "billetd" with the
password in DIR/password when that file exists; AUTH XOAUTH2 and OAUTHBEARER for user "billetd"
with a bearer token the OAuth server at INTROSPECT_URL says is active for that user (RFC 7662).
DIR/auth.log gets one line per AUTH: "MECHANISM ok|refused".

usage: smtp-sink.py DIR PORT CERT KEY [INTROSPECT_URL]
"""
import base64
import urllib.parse
import urllib.request
import asyncio
import json
import os
import signal
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Sink:
    introspect_url = ""

    def __init__(self, directory):
        self.directory = directory
        os.makedirs(os.path.join(directory, "messages"), exist_ok=True)
        # Counted once: listing the directory for every message would make the sink quadratic.
        self.count = len([n for n in os.listdir(os.path.join(directory, "messages")) if n.endswith(".eml")])

    def _mode(self):
        try:
            with open(os.path.join(self.directory, "mode")) as f:
                return f.read().strip()
        except FileNotFoundError:
            return ""

    def _refusal(self):
        path = os.path.join(self.directory, "mode")
        try:
            with open(path) as f:
                words = f.read().split()
        except FileNotFoundError:
            return None
        if not words:
            return None
        code = words[0]
        if code == "stall":
            return None
        if code.startswith("4") and len(words) > 1:
            left = int(words[1])
            if left <= 0:
                return None
            with open(path, "w") as f:
                f.write(f"{code} {left - 1}\n")
        return code

    def _bearer_ok(self, user, token):
        if not self.introspect_url or user != "billetd":
            return False
        data = urllib.parse.urlencode({"token": token}).encode()
        try:
            with urllib.request.urlopen(self.introspect_url, data, timeout=5) as r:
                answer = json.load(r)
        except OSError:
            return False
        return answer.get("active") is True and answer.get("username") == user

    async def _bearer(self, server, args, mechanism):
        try:
            if len(args) > 1:
                decoded = base64.b64decode(args[1])
            else:  # no initial response: ask for it (aiosmtpd decodes the base64 answer)
                decoded = await server.challenge_auth("")
            if not isinstance(decoded, bytes):
                return AuthResult(success=False, handled=False)
            fields = decoded.decode().split("\x01")
        except (ValueError, UnicodeDecodeError):
            return AuthResult(success=False, handled=False)
        user = token = ""
        for field in fields:
            if field.startswith("user="):
                user = field[5:]
            elif field.startswith("n,a="):
                user = field[4:].split(",")[0]
            elif field.startswith("auth=Bearer "):
                token = field[12:]
        ok = self._bearer_ok(user, token)
        with open(os.path.join(self.directory, "auth.log"), "a") as f:
            f.write(f"{mechanism} {'ok' if ok else 'refused'}\n")
        return AuthResult(success=ok, handled=False, auth_data=LoginPassword(user.encode(), b""))

    async def auth_XOAUTH2(self, server, args):
        return await self._bearer(server, args, "XOAUTH2")

    async def auth_OAUTHBEARER(self, server, args):
        return await self._bearer(server, args, "OAUTHBEARER")

    async def handle_DATA(self, server, session, envelope):
        if self._mode() == "stall":
            with open(os.path.join(self.directory, "stalled"), "a") as f:
                f.write("DATA\n")
            await asyncio.sleep(3600)
        refusal = self._refusal()
        if refusal:
            return f"{refusal} refused on purpose by the test sink"
        messages = os.path.join(self.directory, "messages")
        self.count += 1
        number = self.count
        base = os.path.join(messages, f"{number:04d}")
        with open(base + ".eml.part", "wb") as f:
            f.write(envelope.original_content)
        with open(base + ".json", "w") as f:
            json.dump({"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos}, f)
        os.rename(base + ".eml.part", base + ".eml")
        return "250 stored"


def main():
    directory, port, cert, key = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    Sink.introspect_url = sys.argv[5] if len(sys.argv) > 5 else ""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    password_file = os.path.join(directory, "password")

    def authenticate(server, session, envelope, mechanism, auth_data):
        if mechanism not in ("PLAIN", "LOGIN"):
            return AuthResult(success=False, handled=False)
        if not isinstance(auth_data, LoginPassword) or not os.path.exists(password_file):
            return AuthResult(success=False, handled=False)
        with open(password_file, "rb") as f:
            expected = f.read().strip()
        ok = auth_data.login == b"billetd" and auth_data.password == expected
        return AuthResult(success=ok, handled=False)

    controller = Controller(Sink(directory), hostname="127.0.0.1", port=port, tls_context=context,
                            require_starttls=True, authenticator=authenticate, auth_require_tls=True)
    controller.start()
    with open(os.path.join(directory, "ready"), "w") as f:
        f.write(str(os.getpid()))
    loop = asyncio.new_event_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, loop.stop)
    loop.run_forever()
    controller.stop()


if __name__ == "__main__":
    main()
