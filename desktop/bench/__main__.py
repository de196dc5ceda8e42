"""Run every benchmark module, print a table, write bench/results.json (python -m desktop.bench [area…])."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

# Area modules under desktop.bench, each with run() -> list[Figure].
AREAS = ["checker", "export", "store", "gui", "review", "memory"]


def main(argv: list[str]) -> int:
    areas = argv or AREAS
    figures = []
    for area in areas:
        figures += importlib.import_module(f"desktop.bench.{area}").run()
    print(f"{'figure':44} {'value':>12} {'baseline':>12} {'ratio':>7} {'target':>10}  ok")
    for f in figures:
        target = f"{f.target:g}{'×' if f.ratio_target else ' ' + f.unit}"
        base = f"{f.baseline:.4g} {f.unit}" if f.baseline else "-"
        ratio = f"{f.ratio:.2f}" if f.baseline else "-"
        print(
            f"{f.name:44} {f.value:>9.4g} {f.unit:2} {base:>12} {ratio:>7} {target:>10}  {'✓' if f.ok else '✗'}"
        )
    out = Path("bench/results.json")
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps([f.to_dict() for f in figures], ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"written {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
