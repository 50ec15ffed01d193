#!/usr/bin/python3
"""A throwaway OAuth 2.0 authorization server on 127.0.0.1 for the tests (standard library only).

  POST /token       RFC 6749 token endpoint: grant_type=client_credentials (section 4.4, client
                    authenticated by HTTP Basic or client_id/client_secret in the form) and
                    refresh_token (section 6). Answers {"access_token", "token_type": "Bearer",
                    "expires_in"}; errors as section 5.2 ({"error": "invalid_client"|"invalid_grant"}).
  POST /device      RFC 8628 device authorization: client_id=... -> {"device_code", "user_code",
                    "verification_uri", "expires_in", "interval": 1}. The token endpoint's
                    urn:ietf:params:oauth:grant-type:device_code grant answers authorization_pending
                    until the user code is a line of DIR/approved (a test writes it: the user said
                    yes), then a token and a new refresh token (kept in DIR/refresh.json).
                    urn:ietf:params:oauth:grant-type:jwt-bearer (RFC 7523): an RS256 assertion whose
                    iss is a client with a "public_key" (PEM path) in clients.json, aud this token
                    endpoint, exp in the future; the token acts for the assertion's sub (domain-wide
                    delegation). The signature is checked with the openssl command.
  POST /introspect  RFC 7662: token=... -> {"active": true, "username": USER, "exp": ...} or
                    {"active": false}. Dovecot's oauth2 passdb and the SMTP sink ask it.

State lives in DIR: DIR/clients.json {"CLIENT_ID": {"secret": ..., "user": ...}},
DIR/refresh.json {"REFRESH_TOKEN": "CLIENT_ID"} (refresh tokens a test hands out), and the test
drives it with files: DIR/ttl (seconds a new access token lives; default 3600), DIR/revoked
(client ids, one a line: their tokens become inactive and they get invalid_grant), DIR/down
(present: every /token request answers 503). Every /token request is appended to
DIR/requests.log ("CLIENT_ID grant_type status"), so tests count them.

usage: oauth-server.py DIR PORT (0: any free port); DIR/ready gets "PID PORT" once it listens.
"""
import base64
import json
import os
import secrets
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOCK = threading.Lock()
TOKENS = {}  # access token -> (client id, user, expiry)
DEVICES = {}  # device code -> (client id, user code)


def read_json(directory, name):
    try:
        with open(os.path.join(directory, name)) as f:
            return json.load(f)
    except FileNotFoundError:
        return {}


def read_lines(directory, name):
    try:
        with open(os.path.join(directory, name)) as f:
            return {line.strip() for line in f if line.strip()}
    except FileNotFoundError:
        return set()


def b64url(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def verified_claims(assertion, clients, audience):
    """The claims of an RS256 JWT signed by the key of its issuer, or None."""
    try:
        header, payload, signature = assertion.split(".")
        claims = json.loads(b64url(payload))
        if json.loads(b64url(header)).get("alg") != "RS256":
            return None
        key = clients.get(claims.get("iss", ""), {}).get("public_key")
        if not key or claims.get("aud") != audience or claims.get("exp", 0) < time.time():
            return None
        with tempfile.NamedTemporaryFile() as sig, tempfile.NamedTemporaryFile() as data:
            sig.write(b64url(signature))
            sig.flush()
            data.write(f"{header}.{payload}".encode())
            data.flush()
            ok = subprocess.run(["openssl", "dgst", "-sha256", "-verify", key, "-signature", sig.name, data.name],
                                capture_output=True).returncode == 0
        return claims if ok else None
    except (ValueError, KeyError):
        return None


class Handler(BaseHTTPRequestHandler):
    directory = "."

    def log_message(self, *args):  # quiet: the tests read requests.log
        pass

    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(data)

    def form(self):
        length = min(int(self.headers.get("Content-Length") or 0), 65536)
        return {k: v[0] for k, v in urllib.parse.parse_qs(self.rfile.read(length).decode()).items()}

    def client(self, form):
        auth = self.headers.get("Authorization", "")
        if auth.startswith("Basic "):
            user, _, password = base64.b64decode(auth[6:]).decode().partition(":")
            return urllib.parse.unquote_plus(user), urllib.parse.unquote_plus(password)
        return form.get("client_id", ""), form.get("client_secret", "")

    def do_POST(self):
        form = self.form()
        if self.path == "/introspect":
            with LOCK:
                entry = TOKENS.get(form.get("token", ""))
            revoked = read_lines(self.directory, "revoked")
            if entry and entry[2] > time.time() and entry[0] not in revoked:
                return self.answer(200, {"active": True, "username": entry[1], "client_id": entry[0],
                                         "exp": int(entry[2])})
            return self.answer(200, {"active": False})
        if self.path == "/device":
            client_id = form.get("client_id", "")
            if client_id not in read_json(self.directory, "clients.json"):
                return self.answer(400, {"error": "invalid_client"})
            device_code, user_code = secrets.token_urlsafe(16), secrets.token_hex(4).upper()
            with LOCK:
                DEVICES[device_code] = (client_id, user_code)
            port = self.server.server_address[1]
            return self.answer(200, {"device_code": device_code, "user_code": user_code,
                                     "verification_uri": f"http://127.0.0.1:{port}/device/verify",
                                     "expires_in": 120, "interval": 1})
        if self.path != "/token":
            return self.answer(404, {"error": "not_found"})
        grant = form.get("grant_type", "")
        client_id, secret = self.client(form)
        status, body = self.token(grant, client_id, secret, form)
        with open(os.path.join(self.directory, "requests.log"), "a") as f:
            f.write(f"{client_id} {grant} {status}\n")
        self.answer(status, body)

    def token(self, grant, client_id, secret, form):
        if os.path.exists(os.path.join(self.directory, "down")):
            return 503, {"error": "temporarily_unavailable"}
        clients = read_json(self.directory, "clients.json")
        if grant == "refresh_token":
            client_id = read_json(self.directory, "refresh.json").get(form.get("refresh_token", ""), "")
            if not client_id:
                return 400, {"error": "invalid_grant", "error_description": "unknown refresh token"}
        elif grant == "urn:ietf:params:oauth:grant-type:device_code":
            with LOCK:
                device = DEVICES.get(form.get("device_code", ""))
            if not device:
                return 400, {"error": "expired_token"}
            if device[1] not in read_lines(self.directory, "approved"):
                return 400, {"error": "authorization_pending"}
            client_id = device[0]
        elif grant == "urn:ietf:params:oauth:grant-type:jwt-bearer":
            audience = f"http://127.0.0.1:{self.server.server_address[1]}/token"
            claims = verified_claims(form.get("assertion", ""), clients, audience)
            if not claims:
                return 400, {"error": "invalid_grant", "error_description": "the assertion is not valid"}
            client_id = claims["iss"]
            clients = dict(clients)
            clients[client_id] = dict(clients[client_id], user=claims.get("sub", ""))
        elif grant == "client_credentials":
            if client_id not in clients or clients[client_id].get("secret") != secret:
                return 401, {"error": "invalid_client"}
        else:
            return 400, {"error": "unsupported_grant_type"}
        if client_id in read_lines(self.directory, "revoked"):
            return 400, {"error": "invalid_grant", "error_description": "the grant was revoked"}
        try:
            with open(os.path.join(self.directory, "ttl")) as f:
                ttl = int(f.read().strip())
        except (FileNotFoundError, ValueError):
            ttl = 3600
        token = secrets.token_urlsafe(24)
        with LOCK:
            TOKENS[token] = (client_id, clients.get(client_id, {}).get("user", ""), time.time() + ttl)
        answer = {"access_token": token, "token_type": "Bearer", "expires_in": ttl}
        if grant.endswith("device_code"):
            refresh = secrets.token_urlsafe(18)
            with LOCK:
                known = read_json(self.directory, "refresh.json")
                known[refresh] = client_id
                with open(os.path.join(self.directory, "refresh.json"), "w") as f:
                    json.dump(known, f)
            answer["refresh_token"] = refresh
        return 200, answer


def main():
    directory, port = sys.argv[1], int(sys.argv[2])
    Handler.directory = directory
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    with open(os.path.join(directory, "ready.part"), "w") as f:
        f.write(f"{os.getpid()} {server.server_address[1]}")
    os.rename(os.path.join(directory, "ready.part"), os.path.join(directory, "ready"))
    server.serve_forever()


if __name__ == "__main__":
    main()
