# The measuring tool handed out with issue 15 (kept verbatim: the suite and `make page-matrix` run it).
"""Check a PDF that LibreOffice rendered from an exported 公文 DOCX, as a reader of the printed page would.

Usage: python3 tests/measure/render_check.py PDF   (needs poppler-utils; make the PDF with soffice --headless --convert-to pdf)
Holds when: CJK fonts are embedded; every full body page (not the first, not the last, not a blank page, not the
last page of text before a 版记 page) has 22 text lines inside the type area (GB/T 9704: 37 mm top, 35 mm bottom
margin); no line is wider than 28 character cells (ASCII counts half) and many are exactly 28; every page with text
has a page number below the type area (a 版记 page after a blank page has none, §7.5). Prints what fails, then a
one-line summary.
"""
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter

MM = 72 / 25.4


def width(text):
    """Line width in 三号 character cells: CJK and full-width count 1, ASCII digits and letters 0.5."""
    cells = sum(0.5 if ord(ch) < 0x2E80 and ch not in "—…" else 1 for ch in re.sub(r"\s", "", text))
    return round(cells * 2) / 2


def lines_by_page(pdf):
    xhtml = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    xhtml = re.sub(r"<!DOCTYPE[^>]*>", "", xhtml)
    root = ET.fromstring(xhtml)
    pages = []
    for page in root.iter():
        if not page.tag.endswith("page"):
            continue
        height = float(page.get("height"))
        rows = []
        for line in page.iter():
            if not line.tag.endswith("line"):
                continue
            words = [w.text or "" for w in line if w.tag.endswith("word")]
            rows.append((float(line.get("yMin")), float(line.get("yMax")), "".join(words)))
        pages.append((height, rows))
    return pages


def main():
    pdf = sys.argv[1]
    bad = []
    fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True).stdout
    if not re.search(r"CJK|Fandol|UKai|UMing|Song|Fang|Kai|Hei|WenKai", fonts, re.I):
        bad.append("no CJK font embedded: " + " ".join(l.split()[0] for l in fonts.splitlines()[2:])[:150])
    pages = lines_by_page(pdf)
    if len(pages) < 3:
        bad.append(f"only {len(pages)} pages; a full report should fill at least 3")
    top, bottom = 37 * MM, 297 * MM - 35 * MM
    per_page, lengths, numbered, texts = [], Counter(), [], []
    for i, (height, rows) in enumerate(pages, 1):
        body = [r for r in rows if r[0] >= top - 2 and r[1] <= bottom + 2]
        baselines = sorted({round(r[1]) for r in body})
        merged = [b for j, b in enumerate(baselines) if j == 0 or b - baselines[j - 1] > 3]
        per_page.append(len(merged))
        texts.append("".join(r[2] for r in body))
        for r in body:
            lengths[width(r[2])] += 1
        numbered.append(any(r[0] > bottom and re.search(r"\d", r[2]) for r in rows))
    # Pages not held to 22 lines: the first, the last, blank pages, and the last page of text before a 版记 page
    # of its own. Pages without a number allowed (GB/T 9704 §7.5): a blank page before the 版记 page, and then the
    # 版记 page itself.
    record_page = len(pages) if pages and "印发" in texts[-1] else None
    exempt = {1, len(pages)} | {i for i, n in enumerate(per_page, 1) if n == 0}
    if record_page:
        text_pages = [i for i in range(1, record_page) if per_page[i - 1] > 0]
        if text_pages:
            exempt.add(text_pages[-1])
    blank_before = record_page and record_page > 1 and per_page[record_page - 2] == 0
    no_number = [i for i, ok in enumerate(numbered, 1)
                 if not ok and per_page[i - 1] > 0 and not (blank_before and i == record_page)]
    middle = [n for i, n in enumerate(per_page, 1) if i not in exempt]
    off = [(i, n) for i, n in enumerate(per_page, 1) if i not in exempt and n != 22]
    if not middle:
        bad.append("no full body page to measure")
    elif off:
        bad.append(f"body pages not at 22 lines (page, lines): {off[:6]}")
    longest = max(lengths) if lengths else 0
    if longest > 28.5:
        bad.append(f"a line is {longest} character cells wide (>28)")
    full = lengths.get(28, 0) + lengths.get(27.5, 0)
    if full < 5:
        bad.append(f"only {full} lines 28 cells wide; most common widths {lengths.most_common(3)}")
    if no_number:
        bad.append(f"pages without a page number below the type area: {no_number[:6]}")
    for b in bad:
        print(b)
    print(f"{len(pages)} pages, lines per page {per_page}, 28-cell lines {lengths.get(28, 0) + lengths.get(27.5, 0)}, "
          f"longest {longest}: {'holds' if not bad else 'FAILS'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
