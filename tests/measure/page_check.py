# The measuring tool handed out with issue 15 (kept verbatim: the suite and `make page-matrix` run it).
"""Measure where the GB/T 9704-2012 elements of a rendered 公文 sit on the page, as a ruler on the print would.

Usage: python3 tests/measure/page_check.py PDF   (needs poppler-utils; render the DOCX with soffice --headless --convert-to pdf)
Holds when:
- the red 发文机关标志 starts 35 mm below the top of the type area (72 mm from the paper's top edge, ±3 mm) (7.2.4);
- the title's first line starts at least two blank lines below the red rule (≥18 mm between them) (7.3.1);
- the last page has the 版记: its last rule lies on the bottom edge of the type area (262 mm, ±2 mm) (7.4.1), and
  that page is an even page, the back of a sheet.
Prints what fails, then a one-line summary. Pages are measured at 100 dpi.
"""
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

DPI = 100
MM_PX = DPI / 25.4
PT_MM = 25.4 / 72


def raster(pdf, page, tmp):
    stem = Path(tmp) / f"p{page}"
    subprocess.run(["pdftoppm", "-r", str(DPI), "-f", str(page), "-l", str(page), pdf, str(stem)], check=True)
    ppm = sorted(Path(tmp).glob(f"p{page}*.ppm"))[-1]
    data = ppm.read_bytes()
    head, rest = data.split(b"\n", 1)
    dims, rest = rest.split(b"\n", 1)
    _maxval, px = rest.split(b"\n", 1)
    w, h = map(int, dims.split())
    return w, h, px


def rows(w, h, px):
    """For each pixel row: (red pixel count, dark pixel count, span of dark pixels in px)."""
    out = []
    for y in range(h):
        base = y * w * 3
        red = dark = 0
        first = last = None
        for x in range(w):
            r, g, b = px[base + 3 * x], px[base + 3 * x + 1], px[base + 3 * x + 2]
            if r > 170 and g < 100 and b < 100:
                red += 1
            elif r < 110 and g < 110 and b < 110:
                dark += 1
                first = x if first is None else first
                last = x
        out.append((red, dark, (last - first) if first is not None else 0))
    return out


def text_lines(pdf):
    xhtml = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    root = ET.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", xhtml))
    pages = []
    for page in root.iter():
        if page.tag.endswith("page"):
            lines = []
            for line in page.iter():
                if line.tag.endswith("line"):
                    words = "".join(w.text or "" for w in line if w.tag.endswith("word"))
                    lines.append((float(line.get("yMin")) * PT_MM, float(line.get("yMax")) * PT_MM, words))
            pages.append(lines)
    return pages


def runs(flags):
    """Consecutive True runs as (start, end) row indices."""
    out, start = [], None
    for i, f in enumerate(flags + [False]):
        if f and start is None:
            start = i
        elif not f and start is not None:
            out.append((start, i - 1))
            start = None
    return out


def main():
    pdf = sys.argv[1]
    bad = []
    pages = text_lines(pdf)
    with tempfile.TemporaryDirectory() as tmp:
        w, h, px = raster(pdf, 1, tmp)
        first = rows(w, h, px)
        red_runs = runs([r[0] > 3 for r in first])
        rule = [run for run in red_runs if max(first[y][0] for y in range(run[0], run[1] + 1)) > 140 * MM_PX]
        mark = [run for run in red_runs if run not in rule]
        if not mark:
            print("page 1: no red 发文机关标志: the 版头 is not measured")
        else:
            top = mark[0][0] / MM_PX
            if abs(top - 72) > 3:
                bad.append(f"page 1: 发文机关标志 starts {top:.1f} mm from the top edge (want 72 mm: 35 mm below the type area)")
        if mark and not rule:
            bad.append("page 1: no red rule under the 版头 found")
        elif rule:
            rule_mm = rule[0][1] / MM_PX
            below = [ln for ln in pages[0] if ln[0] > rule_mm + 1 and ln[2].strip()]
            if below:
                gap = below[0][0] - rule_mm
                if gap < 18:
                    bad.append(f"page 1: the title starts {gap:.1f} mm under the red rule (want ≥18 mm: 空二行)")
        n = len(pages)
        w, h, px = raster(pdf, n, tmp)
        last = rows(w, h, px)
        rules = runs([r[1] > 140 * MM_PX and r[1] > 0.9 * r[2] for r in last])  # solid lines, not text
        if not rules:
            print(f"last page {n}: no 版记 rules: the 版记 is not measured")
        else:
            bottom = rules[-1][1] / MM_PX
            if abs(bottom - 262) > 2:
                bad.append(f"last page {n}: the 版记's last rule is at {bottom:.1f} mm (want 262 mm: the type area's bottom edge)")
            if n % 2:
                bad.append(f"the 版记 is on page {n}, an odd page (want the back of a sheet: an even page)")
    for b in bad:
        print(b)
    print(f"{len(pages)} pages: {'holds' if not bad else 'FAILS'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
