"""Run the issue's page measuring tools (page_check.py, render_check.py) on a PDF."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def measure(pdf: Path) -> dict[str, tuple[bool, str]]:
    """{'page_check': (holds, output), 'render_check': (holds, output)} for `pdf`."""
    out = {}
    for tool in ("page_check", "render_check"):
        done = subprocess.run(
            [sys.executable, str(HERE / f"{tool}.py"), str(pdf)], capture_output=True, text=True
        )
        out[tool] = (done.returncode == 0, (done.stdout + done.stderr).strip())
    return out
