#!/usr/bin/python3
"""Collects sd_notify datagrams on a unix socket (the test's NOTIFY_SOCKET) into a file."""
import os
import socket
import sys

path, out = sys.argv[1], sys.argv[2]
if os.path.exists(path):
    os.unlink(path)
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(path)
with open(out, "a", buffering=1) as f:
    while True:
        data = s.recv(4096).decode("utf-8", "replace")
        f.write(data.replace("\n", " | ") + "\n")
