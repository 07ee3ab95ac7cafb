"""Running the app's real server from Python, as `make run` does (`serve.py`), for the
browser tests and the load test: a free port on 127.0.0.1, its own process group, a clean
`WSISLENS_*` environment plus what the caller sets, a health poll and a clean stop."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from wsislens.paths import REPO_ROOT

# Debian's chromium with the flags that work on these machines (no sandbox as root, no GPU,
# no background traffic to hosts the closed network refuses).
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


class ServerError(RuntimeError):
    """The server exited or did not answer in time; the message names its log."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
            return response.read().decode().strip() == "ok"
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


class LocalServer:
    """`python serve.py` on a free local port; `settings` are WSISLENS_* variables to set."""

    def __init__(self, log_path: Path, settings: dict[str, str] | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        command = [
            sys.executable, "serve.py",
            "--server.headless", "true",
            "--server.port", str(self.port),
            "--server.address", "127.0.0.1",
            "--browser.gatherUsageStats", "false",
            "--server.fileWatcherType", "none",
        ]  # fmt: skip
        # Only the settings asked for: whatever the calling shell has set does not leak in.
        env = {k: v for k, v in os.environ.items() if not k.startswith("WSISLENS_")}
        env.update(settings or {})
        log_path.parent.mkdir(parents=True, exist_ok=True)
        with log_path.open("wb") as log:
            self.process = subprocess.Popen(
                command, cwd=REPO_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )

    def wait_healthy(self, timeout_s: float) -> None:
        deadline = time.monotonic() + timeout_s
        while not healthy(self.url):
            if self.process.poll() is not None:
                raise ServerError(
                    f"streamlit exited with code {self.process.returncode}; see {self.log_path}"
                )
            if time.monotonic() > deadline:
                raise ServerError(f"streamlit did not answer ok within {timeout_s:g} s; see {self.log_path}")
            time.sleep(0.1)  # polls the health endpoint only

    def stop(self) -> None:
        if self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
