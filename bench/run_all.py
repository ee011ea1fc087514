"""Run every benchmark in bench/ one after another and print their JSON result lines.

Benchmarks are run by hand (`make bench`), never by `make test`: this machine is shared and noisy, so
speed targets are compared as ratios within one run, not asserted in unit tests.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    scripts = sorted(p for p in HERE.glob("bench_*.py"))
    failed = 0
    for script in scripts:
        print(f"== {script.name}", flush=True)
        proc = subprocess.run([sys.executable, str(script)], cwd=HERE.parent)
        if proc.returncode != 0:
            print(f"!! {script.name} exited {proc.returncode}", flush=True)
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
