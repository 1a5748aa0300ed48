#!/usr/bin/python3
"""ctest contract.openapi: run check_openapi_contract.py against a freshly seeded tessera-sandbox.

Starts the sandbox in a temporary --data directory on a free port, waits for its
"tessera-sandbox listening on http://HOST:PORT" line, runs the checker with --strict-oneof,
stops the sandbox with SIGTERM and exits with the checker's exit code (2 when the sandbox
could not be started or did not stop cleanly). Standard library only.
"""
import argparse
import os
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


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sandbox", required=True, help="path of the tessera-sandbox executable")
    parser.add_argument("--checker", required=True, help="path of check_openapi_contract.py")
    parser.add_argument("--spec", required=True, help="path of ashby-openapi.yml")
    parser.add_argument("--candidates", type=int, default=300)
    args = parser.parse_args()

    # The checker talks to 127.0.0.1 with urllib, which would honour a proxy from the environment.
    environment = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    with tempfile.TemporaryDirectory(prefix="tessera-contract-") as data:
        # The sandbox's log goes straight to our stderr, so ctest shows it on failure.
        sandbox = subprocess.Popen(
            [args.sandbox, "--data", data, "--seed", "demo", "--candidates", str(args.candidates),
             "--listen", "127.0.0.1:0"],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, env=environment)
        try:
            base_url = wait_for_listening(sandbox)
            if base_url is None:
                return 2
            print(f"run_contract_test: sandbox at {base_url}", flush=True)
            checker = subprocess.run(
                [sys.executable, args.checker, "--strict-oneof", "--spec", args.spec,
                 "--base-url", base_url, "--key-file", os.path.join(data, "admin.key")],
                env=environment, check=False)
        finally:
            stopped_cleanly = stop(sandbox)
            sandbox.stdout.close()
        if checker.returncode != 0:
            return checker.returncode
        return 0 if stopped_cleanly else 2


if __name__ == "__main__":
    sys.exit(main())
