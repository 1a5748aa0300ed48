#!/usr/bin/python3
"""ctest contract.openapi: run check_openapi_contract.py against a freshly seeded tessera-sandbox.

For each --profile (full, then ashby): starts the sandbox in a temporary --data directory on a
free port, waits for its "tessera-sandbox listening on http://HOST:PORT" line, runs the checker
with --strict-oneof, asks every path of the OpenAPI document whether it is a method, and stops
the sandbox with SIGTERM. Then the ashby profile must serve exactly the document's paths the
full profile serves (no Ashby method lost). Exits with the checker's exit code, 1 when the
profiles disagree, 2 when a sandbox could not be started or did not stop cleanly. Needs the
standard library and python3-yaml.
"""
import argparse
import base64
import json
import os
import urllib.error
import urllib.request
import re
import selectors
import signal
import subprocess
import sys
import tempfile
import time

READY = re.compile(r"^tessera-sandbox listening on (http://\S+)$")
START_TIMEOUT_S = 30
STOP_TIMEOUT_S = 15


def wait_for_listening(process):
    """The base URL from the sandbox's first stdout line, or None (process output explains)."""
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + START_TIMEOUT_S
    buffer = b""
    while b"\n" not in buffer:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not selector.select(remaining):
            print(f"run_contract_test: no listening line within {START_TIMEOUT_S} s",
                  file=sys.stderr)
            return None
        chunk = os.read(process.stdout.fileno(), 4096)
        if not chunk:
            print(f"run_contract_test: the sandbox exited early (code {process.wait()})",
                  file=sys.stderr)
            return None
        buffer += chunk
    line = buffer.split(b"\n", 1)[0].decode(errors="replace")
    match = READY.match(line)
    if not match:
        print(f"run_contract_test: unexpected first line from the sandbox: {line!r}",
              file=sys.stderr)
        return None
    return match.group(1)


def stop(process):
    """SIGTERM and wait; True when the sandbox exited by itself with code 0."""
    if process.poll() is not None:
        print(f"run_contract_test: the sandbox had already exited (code {process.returncode})",
              file=sys.stderr)
        return False
    process.send_signal(signal.SIGTERM)
    try:
        code = process.wait(STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        print(f"run_contract_test: the sandbox ignored SIGTERM for {STOP_TIMEOUT_S} s",
              file=sys.stderr)
        return False
    if code != 0:
        print(f"run_contract_test: the sandbox exited with code {code} on SIGTERM", file=sys.stderr)
    return code == 0


def served_paths(base_url, key, spec_paths):
    """The document's methods this sandbox serves: those not answered 404 unknown_method."""
    authorization = "Basic " + base64.b64encode((key + ":").encode()).decode()
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    served = set()
    for method in spec_paths:
        request = urllib.request.Request(
            f"{base_url}/{method}", data=b"{}", method="POST",
            headers={"Authorization": authorization, "Content-Type": "application/json"})
        try:
            with opener.open(request, timeout=30) as reply:
                reply.read()
            served.add(method)
        except urllib.error.HTTPError as error:
            body = error.read()
            code = ""
            try:
                code = json.loads(body).get("errorInfo", {}).get("code", "")
            except ValueError:
                pass
            if not (error.code == 404 and code == "unknown_method"):
                served.add(method)
    return served


def run_profile(args, environment, profile, spec_paths):
    """(checker exit code, served paths); exit code 2 when the sandbox failed."""
    with tempfile.TemporaryDirectory(prefix="tessera-contract-") as data:
        # The sandbox's log goes straight to our stderr, so ctest shows it on failure.
        sandbox = subprocess.Popen(
            [args.sandbox, "--data", data, "--seed", "demo", "--candidates", str(args.candidates),
             "--listen", "127.0.0.1:0", "--profile", profile],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, env=environment)
        served = set()
        try:
            base_url = wait_for_listening(sandbox)
            if base_url is None:
                return 2, served
            print(f"run_contract_test: --profile {profile} sandbox at {base_url}", flush=True)
            key_file = os.path.join(data, "admin.key")
            checker = subprocess.run(
                [sys.executable, args.checker, "--strict-oneof", "--spec", args.spec,
                 "--base-url", base_url, "--key-file", key_file],
                env=environment, check=False)
            with open(key_file, encoding="utf-8") as file:
                served = served_paths(base_url, file.read().strip(), spec_paths)
        finally:
            stopped_cleanly = stop(sandbox)
            sandbox.stdout.close()
        if checker.returncode != 0:
            return checker.returncode, served
        return (0 if stopped_cleanly else 2), served


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sandbox", required=True, help="path of the tessera-sandbox executable")
    parser.add_argument("--checker", required=True, help="path of check_openapi_contract.py")
    parser.add_argument("--spec", required=True, help="path of ashby-openapi.yml")
    parser.add_argument("--candidates", type=int, default=300)
    args = parser.parse_args()

    # The checker talks to 127.0.0.1 with urllib, which would honour a proxy from the environment.
    environment = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    import yaml  # only here, so --help works without python3-yaml
    with open(args.spec, encoding="utf-8") as file:
        spec_paths = sorted(path[1:] for path in yaml.safe_load(file).get("paths", {}))
    served = {}
    for profile in ("full", "ashby"):
        code, served[profile] = run_profile(args, environment, profile, spec_paths)
        if code != 0:
            print(f"run_contract_test: --profile {profile} failed (code {code})", file=sys.stderr)
            return code
    lost = sorted(served["full"] - served["ashby"])
    extra = sorted(served["ashby"] - served["full"])
    print(f"run_contract_test: {len(served['full'])} of the document's {len(spec_paths)} paths "
          f"served; --profile ashby serves {len(served['ashby'])}", flush=True)
    if lost or extra:
        print(f"run_contract_test: --profile ashby lost {lost} and gained {extra}",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
