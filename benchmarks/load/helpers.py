#!/usr/bin/env python3
"""Helpers for benchmarks/load.sh (python3 standard library only).

  signup   sign up N users concurrently (rotating loopback source addresses, because the
           edge limits sign-up/sign-in attempts per client IP) and write their access tokens
  signin   one sign-in from a chosen loopback source address; prints JSON {status, retry_after, code}
  ws       open N WebSockets to /ws?access_token=..., ping each (app-level {"type":"ping"}),
           close them; writes a JSON result
  metric   print one Prometheus sample value from a /metrics URL
  table    print the final table from the scenario result files
"""
import argparse
import base64
import concurrent.futures
import hashlib
import http.client
import json
import os
import select
import socket
import statistics
import struct
import sys
import time
import urllib.parse


def proof_of_work(host, port, source=None):
    """Fetches a sign-up challenge and solves it (docs/fair-play.md, "Bots")."""
    connection = http.client.HTTPConnection(host, port, timeout=30, source_address=(source, 0) if source else None)
    try:
        connection.request("GET", "/api/auth/challenge")
        challenge = json.loads(connection.getresponse().read())
    finally:
        connection.close()
    nonce = 0
    while True:
        digest = hashlib.sha256(f"{challenge['challenge']}:{nonce}".encode()).digest()
        if int.from_bytes(digest, "big") >> (256 - challenge["difficulty"]) == 0:
            return {"challenge": challenge["challenge"], "nonce": str(nonce)}
        nonce += 1


def post_json(host, port, path, payload, source=None, timeout=30, token=None):
    connection = http.client.HTTPConnection(
        host, port, timeout=timeout, source_address=(source, 0) if source else None)
    try:
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = "Bearer " + token
        connection.request("POST", path, body=json.dumps(payload), headers=headers)
        reply = connection.getresponse()
        body = reply.read()
        return reply.status, dict((k.lower(), v) for k, v in reply.getheaders()), body
    finally:
        connection.close()


def error_code(body):
    try:
        return json.loads(body)["error"]["code"]
    except Exception:
        return None


# --- signup -----------------------------------------------------------------------------

def cmd_signup(args):
    def one(i):
        username = f"{args.prefix}{i}"
        # 127.0.<net>.<host>: at most --per-source sign-ups from one address (the edge allows
        # 20 attempts a minute, the core 10 accounts an hour).
        source = f"127.0.{args.source_net}.{i // args.per_source + 1}"
        for attempt in range(3):
            status, _, body = post_json(args.host, args.port, "/api/auth/signup",
                                        {"username": username, "password": args.password,
                                         "proof": proof_of_work(args.host, args.port, source)}, source=source)
            if status == 201:
                return json.loads(body)["accessToken"]
            if status == 429 or status >= 500:
                time.sleep(1 + attempt)
                continue
            break
        raise SystemExit(f"signup of {username} from {source} failed: {status} {body[:200]!r}")

    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.parallel) as pool:
        tokens = list(pool.map(one, range(args.count)))
    with open(args.out, "w") as f:
        f.write("\n".join(tokens) + "\n")
    print(f"  signed up {len(tokens)} users in {time.monotonic() - started:.1f} s "
          f"(from {(args.count - 1) // args.per_source + 1} loopback source addresses)")


# --- signin -----------------------------------------------------------------------------

def cmd_signin(args):
    status, headers, body = post_json(args.host, args.port, "/api/auth/signin",
                                      {"username": args.user, "password": args.password}, source=args.source)
    print(json.dumps({"status": status, "retry_after": headers.get("retry-after"), "code": error_code(body)}))


# --- WebSocket (minimal RFC 6455 client) ------------------------------------------------

class WebSocket:
    def __init__(self, host, port, path, timeout):
        self.sock = socket.create_connection((host, port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        request = (f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                   f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n")
        self.sock.sendall(request.encode())
        self.buffer = b""
        while b"\r\n\r\n" not in self.buffer:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ConnectionError("closed during the handshake")
            self.buffer += chunk
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        status_line = head.split(b"\r\n", 1)[0].decode(errors="replace")
        if " 101 " not in status_line + " ":
            raise ConnectionError(f"handshake answered {status_line!r}")

    def send(self, opcode, payload=b""):
        mask = os.urandom(4)
        header = bytes([0x80 | opcode])
        n = len(payload)
        if n < 126:
            header += bytes([0x80 | n])
        elif n < 65536:
            header += bytes([0x80 | 126]) + struct.pack("!H", n)
        else:
            header += bytes([0x80 | 127]) + struct.pack("!Q", n)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(header + mask + masked)

    def _frame(self):
        """One complete frame from the buffer, or None."""
        b = self.buffer
        if len(b) < 2:
            return None
        opcode, n, offset = b[0] & 0x0F, b[1] & 0x7F, 2
        if n == 126:
            if len(b) < 4:
                return None
            n, offset = struct.unpack("!H", b[2:4])[0], 4
        elif n == 127:
            if len(b) < 10:
                return None
            n, offset = struct.unpack("!Q", b[2:10])[0], 10
        if b[1] & 0x80:  # servers do not mask, but be lenient
            offset += 4
        if len(b) < offset + n:
            return None
        self.buffer = b[offset + n:]
        return opcode, b[offset:offset + n]

    def read_text(self, deadline):
        while True:
            frame = self._frame()
            if frame:
                opcode, payload = frame
                if opcode == 0x1:
                    return payload.decode(errors="replace")
                if opcode == 0x8:
                    raise ConnectionError("server closed the socket")
                if opcode == 0x9:
                    self.send(0xA, payload)
                continue
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("no frame")
            self.sock.settimeout(remaining)
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("connection closed")
            self.buffer += chunk

    def close(self):
        try:
            self.send(0x8, struct.pack("!H", 1000))
        except OSError:
            pass
        self.sock.close()


def percentile(values, p):
    if not values:
        return 0.0
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def cmd_ws(args):
    tokens = [t for t in open(args.tokens).read().split() if t]
    sockets, connect_ms, failures = [], [], {}
    started = time.monotonic()
    for i in range(args.count):
        path = "/ws?access_token=" + urllib.parse.quote(tokens[i % len(tokens)])
        t0 = time.monotonic()
        try:
            ws = WebSocket(args.host, args.port, path, timeout=args.timeout)
            hello = ws.read_text(time.monotonic() + args.timeout)  # the server greets first
            if '"hello"' not in hello:
                raise ConnectionError(f"first frame was not hello: {hello[:80]}")
            connect_ms.append((time.monotonic() - t0) * 1000)
            sockets.append(ws)
        except Exception as error:  # noqa: BLE001 - reported, not raised
            key = type(error).__name__ + ": " + str(error)[:60]
            failures[key] = failures.get(key, 0) + 1
    connect_seconds = time.monotonic() - started
    open_gauge = metric_value(args.metrics, "arena_ws_connections_active") if args.metrics else None

    # Ping every socket first, then collect the pongs: all pings are in flight at once.
    ping_started = time.monotonic()
    sent_at = {}
    for n, ws in enumerate(sockets):
        try:
            ws.send(0x1, json.dumps({"type": "ping", "id": str(n)}).encode())
            sent_at[n] = time.monotonic()
        except OSError:
            failures["ping send failed"] = failures.get("ping send failed", 0) + 1
    pong_ms, pongs = [], 0
    deadline = time.monotonic() + args.timeout
    for n, ws in enumerate(sockets):
        if n not in sent_at:
            continue
        try:
            while True:
                text = ws.read_text(deadline)
                if '"pong"' in text:
                    pong_ms.append((time.monotonic() - sent_at[n]) * 1000)
                    pongs += 1
                    break
        except Exception as error:  # noqa: BLE001
            key = "pong: " + type(error).__name__
            failures[key] = failures.get(key, 0) + 1
    ping_seconds = time.monotonic() - ping_started
    for ws in sockets:
        ws.close()
    result = {
        "attempted": args.count, "connected": len(sockets), "pongs": pongs, "failures": failures,
        "connect_seconds": connect_seconds, "connect_p50_ms": percentile(connect_ms, 50),
        "connect_p99_ms": percentile(connect_ms, 99), "pong_p50_ms": percentile(pong_ms, 50),
        "pong_p99_ms": percentile(pong_ms, 99), "ping_seconds": ping_seconds, "open_gauge": open_gauge,
    }
    with open(args.out, "w") as f:
        json.dump(result, f)
    print(f"  {len(sockets)}/{args.count} connected in {connect_seconds:.1f} s, {pongs} pongs; "
          f"edge gauge arena_ws_connections_active={open_gauge}")


# --- metrics ----------------------------------------------------------------------------

def metric_value(url, name, total=False):
    """The sample `name` (the first one, or with total=True the sum over all its labels)."""
    parsed = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=5)
    try:
        connection.request("GET", parsed.path or "/metrics")
        text = connection.getresponse().read().decode(errors="replace")
    finally:
        connection.close()
    values = [float(line.rsplit(" ", 1)[1]) for line in text.splitlines()
              if line.startswith(name + " ") or line.startswith(name + "{")]
    if not values:
        return None
    return sum(values) if total else values[0]


def cmd_metric(args):
    try:
        value = metric_value(args.url, args.name, total=args.sum)
    except OSError:
        value = None
    if value is None:
        print("")
    else:
        print(int(value) if value.is_integer() else value)


# --- table ------------------------------------------------------------------------------

def format_statuses(statuses):
    def order(item):
        key = item[0]
        return (int(key.split()[0]) if key.split()[0].isdigit() else 999, key)
    return " ".join(f"{k}:{v}" for k, v in sorted(statuses.items(), key=order)) or "-"


def cmd_table(args):
    rows = []
    for line in open(args.index):
        name, kind, path, notes = line.rstrip("\n").split("\t", 3)
        if not os.path.exists(path):
            rows.append([name, "-", "-", "-", "-", "no result", notes])
            continue
        r = json.load(open(path))
        if kind == "wrk":
            seconds = r["duration_us"] / 1e6
            statuses = dict(r["statuses"])
            errors = {k: v for k, v in r["socket_errors"].items() if v}
            for k, v in errors.items():
                statuses[f"sock-{k}"] = v
            rows.append([name, str(r["requests"]), f"{r['requests'] / seconds:.1f}", f"{r['p50_us'] / 1000:.1f}",
                         f"{r['p99_us'] / 1000:.1f}", format_statuses(statuses), notes])
        else:  # ws
            rows.append([name, str(r["attempted"]), f"{r['connected'] / r['connect_seconds']:.1f} conn/s" if r["connect_seconds"] else "-",
                         f"{r['connect_p50_ms']:.1f}", f"{r['connect_p99_ms']:.1f}",
                         f"101:{r['connected']} pong:{r['pongs']}" + "".join(f" {k}:{v}" for k, v in r["failures"].items()),
                         notes])
    header = ["scenario", "requests", "req/s", "p50 ms", "p99 ms", "statuses", "notes"]
    widths = [max(len(row[i]) for row in rows + [header]) for i in range(6)]

    def line(cells):
        return " | ".join(c.ljust(widths[i]) if i < 6 else c for i, c in enumerate(cells)).rstrip()
    print(line(header))
    print("-|-".join("-" * w for w in widths) + "-|-" + "-" * 5)
    for row in rows:
        print(line(row))


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("signup")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--prefix", required=True)
    p.add_argument("--count", type=int, required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--source-net", type=int, default=2)
    p.add_argument("--per-source", type=int, default=10)
    p.add_argument("--parallel", type=int, default=8)
    p.set_defaults(run=cmd_signup)
    p = sub.add_parser("signin")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--source", default=None)
    p.set_defaults(run=cmd_signin)
    p = sub.add_parser("ws")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--tokens", required=True)
    p.add_argument("--count", type=int, default=500)
    p.add_argument("--timeout", type=float, default=10)
    p.add_argument("--metrics", default=None)
    p.add_argument("--out", required=True)
    p.set_defaults(run=cmd_ws)
    p = sub.add_parser("metric")
    p.add_argument("url")
    p.add_argument("name")
    p.add_argument("--sum", action="store_true", help="sum over all label sets")
    p.set_defaults(run=cmd_metric)
    p = sub.add_parser("table")
    p.add_argument("index")
    p.set_defaults(run=cmd_table)
    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
