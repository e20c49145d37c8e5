#!/usr/bin/env python3
"""Replays the hostile requests and faults of the hardening review against a running Summit and prints one line
per case: what was sent, the answer, and whether that answer is the one we want. Standard library only.

    python3 bench/hostile/replay.py http://127.0.0.1:5080 [--email E --password P]

With an organizer's email and password it also tries the sign-in cases. It creates agendas (rate-limit case) and
signs in: run it against a throw-away database, never production.
"""
import argparse
import http.client
import json
import socket
import sys
import time
import urllib.parse
import urllib.request

results = []


def record(case, outcome, good):
    results.append((case, outcome, good))
    print(f"{'ok  ' if good else 'BAD '} {case}: {outcome}", flush=True)


def raw(host, port, data, read=65536):
    with socket.create_connection((host, port), timeout=30) as s:
        s.sendall(data)
        chunks = b""
        try:
            while len(chunks) < read:
                chunk = s.recv(65536)
                if not chunk:
                    break
                chunks += chunk
        except (ConnectionResetError, socket.timeout):
            pass
    return chunks


def big_post(u, path, size):
    """Sends a body of `size` bytes and reads the answer even when the server stops reading early."""
    head = (f"POST {path} HTTP/1.1\r\nHost: {u.hostname}:{u.port}\r\nOrigin: {u.scheme}://{u.netloc}\r\n"
            f"Sec-Fetch-Site: same-origin\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {size}\r\nConnection: close\r\n\r\n").encode()
    with socket.create_connection((u.hostname, u.port), timeout=30) as s:
        s.sendall(head)
        chunk = b"session=x&pad=" + b"a" * (1024 * 1024 - 14)
        sent = 0
        try:
            while sent < size:
                piece = chunk[: min(len(chunk), size - sent)]
                s.sendall(piece)
                sent += len(piece)
                chunk = b"a" * (1024 * 1024)
        except (BrokenPipeError, ConnectionResetError):
            pass
        answer = b""
        try:
            while True:
                data = s.recv(65536)
                if not data:
                    break
                answer += data
        except (ConnectionResetError, socket.timeout):
            pass
    return status_of(answer)


def status_of(response_bytes):
    line = response_bytes.split(b"\r\n", 1)[0].decode("latin-1", "replace")
    parts = line.split(" ")
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0


def request(base, method, path, body=None, headers=None, follow=False):
    url = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        r = conn.getresponse()
        data = r.read()
        return r.status, dict((k.lower(), v) for k, v in r.getheaders()), data
    except (ConnectionResetError, BrokenPipeError, http.client.RemoteDisconnected) as e:
        return 0, {}, str(e).encode()
    finally:
        conn.close()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def same_origin(base):
    return {"Origin": base, "Sec-Fetch-Site": "same-origin"}


def form_post(base, path, fields_bytes, extra=None):
    headers = {"Content-Type": "application/x-www-form-urlencoded", **same_origin(base), **(extra or {})}
    return request(base, "POST", path, body=fields_bytes, headers=headers)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("--email")
    parser.add_argument("--password")
    args = parser.parse_args()
    base = args.base.rstrip("/")
    u = urllib.parse.urlsplit(base)

    # No 500s on bad requests.
    answer = raw(u.hostname, u.port, b"GET / HTTP/1.0\r\n\r\n")
    s = status_of(answer)
    record("HTTP/1.0 GET / without Host", s, s == 400)

    for path in ("/agenda/star", "/account/logout"):
        s, h, _ = form_post(base, path, b"session=" + b"a" * (5 * 1024 * 1024) + b"&starred=true")
        record(f"POST {path} with a 5 MB value", s, s in (400, 413))
        s, h, _ = form_post(base, path, "&".join(f"f{i}=x" for i in range(1100)).encode())
        record(f"POST {path} with 1,100 fields", s, s in (400, 413))
        s = big_post(u, path, 40 * 1024 * 1024)
        record(f"POST {path} with a 40 MB body", s, s in (400, 413))

    s, h, body = request(base, "POST", "/agenda/star", body=b"session=%00&starred=maybe",
                         headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json",
                                  "Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"})
    ctype = h.get("content-type", "")
    record("star.js-style cross-site star", f"{s} {ctype}", 400 <= s < 500 and "json" in ctype)

    # Resource use.
    long_query = "&".join(f"track=unknown-{i:04d}-{'x' * 20}" for i in range(300))[:8000]
    s, h, body = request(base, "GET", "/?" + long_query)
    record("8 KB GET of unknown filter values", f"{s}, {len(body):,} bytes, {body.count(b'unknown-')} values echoed",
           s < 500 and len(body) < 400_000 and body.count(b"unknown-") < 50)

    import re
    slug = re.search(rb'name="session" value="([^"]+)"', request(base, "GET", "/?day=all")[2]).group(1)
    statuses = []
    for _ in range(100):
        s, h, _ = form_post(base, "/agenda/star", b"session=" + slug + b"&starred=true", {"Accept": "application/json"})
        statuses.append(s)
    created = sum(1 for x in statuses if x == 200)
    limited = sum(1 for x in statuses if x == 429)
    record("100 first stars without a cookie from one client", f"{created} agendas created, {limited} answered 429",
           limited > 0)

    # Headers.
    s, h, _ = request(base, "GET", "/")
    wanted = ["content-security-policy", "x-content-type-options", "referrer-policy", "permissions-policy"]
    missing = [w for w in wanted if w not in h]
    csp = h.get("content-security-policy", "")
    record("security headers on /", "missing " + ", ".join(missing) if missing else csp[:120],
           not missing and "frame-ancestors" in csp and "'unsafe-inline'" not in csp.split("script-src", 1)[-1].split(";")[0])

    # Feeds.
    s, h, body = request(base, "GET", "/calendar.ics")
    text = body.decode("utf-8", "replace")
    record("METHOD in the subscription feed", "present" if "METHOD:" in text else "absent", "METHOD:" not in text)
    last_modified = h.get("last-modified")
    if last_modified:
        s2, _, _ = request(base, "GET", "/calendar.ics", headers={"If-Modified-Since": last_modified})
        record("If-Modified-Since on /calendar.ics", s2, s2 == 304)
    else:
        record("If-Modified-Since on /calendar.ics", "no Last-Modified", False)

    # Sign-in: each attempt gets the form (and its antiforgery token) first, as a browser would.
    if args.email and args.password:
        import http.cookiejar
        import re

        def attempt(email, password, return_url=None, address=None):
            jar = http.cookiejar.CookieJar()
            opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())
            page = "/account/login" + ("?ReturnUrl=" + urllib.parse.quote(return_url) if return_url else "")
            html = opener.open(base + page).read().decode("utf-8", "replace")
            token = re.search(r'name="__RequestVerificationToken"[^>]*value="([^"]+)"', html)
            fields = {"_handler": "login", "Input.Email": email, "Input.Password": password,
                      "__RequestVerificationToken": token.group(1) if token else ""}
            headers = {"X-Forwarded-For": address} if address else {}
            req = urllib.request.Request(base + page, data=urllib.parse.urlencode(fields).encode(), headers=headers)
            start = time.perf_counter()
            try:
                r = opener.open(req)
                status, body, location = r.status, r.read(), r.headers.get("Location")
            except urllib.error.HTTPError as e:
                status, body, location = e.code, e.read(), e.headers.get("Location")
            return (time.perf_counter() - start) * 1000, status, body.decode("utf-8", "replace"), location

        known = sorted(attempt(args.email, "wrong-password-123")[0] for _ in range(3))
        unknown = sorted(attempt(f"nobody-{int(time.time())}@example.org", "wrong-password-123")[0] for _ in range(3))
        record("sign-in time, existing vs unknown account (median ms)", f"{known[1]:.0f} vs {unknown[1]:.0f}",
               abs(known[1] - unknown[1]) < max(known[1], unknown[1]) * 0.5 + 20)

        _, status, _, location = attempt(args.email, args.password, return_url="/organizer/séance")
        record("right password with a non-ASCII ReturnUrl", f"{status} -> {location}", status in (302, 303) and bool(location))

        statuses = [attempt(args.email, "wrong-password-123")[1] for _ in range(12)]
        record("12 wrong passwords from one client", ", ".join(map(str, statuses)), 429 in statuses)

    bad = [r for r in results if not r[2]]
    print(f"\n{len(results) - len(bad)} of {len(results)} as wanted.")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
