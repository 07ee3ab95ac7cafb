"""Run every benchmark (`make bench`): the SDG mapping and extraction benchmarks (each when its
file exists) and the app benchmark, one after another, as subprocesses of this interpreter in
the repository root. Their output is streamed as it comes; the exit code is non-zero when any
of them failed. The load test is separate (`make loadtest`, bench/loadtest.py).

    .venv/bin/python bench/run_all.py
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ("bench/sdg_benchmark.py", "bench/extract_benchmark.py", "bench/app_benchmark.py")


def main() -> int:
    failed: list[str] = []
    summary: list[str] = []
    for script in BENCHMARKS:
        if not (ROOT / script).is_file():
            print(f"== {script}: not present, skipped", flush=True)
            summary.append(f"{script}: skipped (not present)")
            continue
        print(f"== {script}", flush=True)
        start = time.monotonic()
        code = subprocess.call([sys.executable, script], cwd=ROOT)  # inherits stdout/stderr: streamed
        took = time.monotonic() - start
        status = "ok" if code == 0 else f"FAILED (exit code {code})"
        print(f"== {script}: {status} in {took:.0f} s", flush=True)
        summary.append(f"{script}: {status}, {took:.0f} s")
        if code != 0:
            failed.append(script)
    print("\n== summary")
    for line in summary:
        print(f"  {line}")
    if failed:
        print(f"{len(failed)} benchmark(s) failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
