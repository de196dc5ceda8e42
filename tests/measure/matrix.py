"""`make page-matrix`: the issue's page checks on every seed and the full 公文 fixture, 上报版 and 公开版, each
rendered three ways — the exported DOCX converted by a plain `soffice --convert-to pdf` (as a user would), the
app's LibreOffice PDF (our font aliases), and the app's Qt PDF. Prints a Markdown table; exit 1 when a check fails.

    python -m tests.measure.matrix [OUT_DIR]
"""

from __future__ import annotations

import copy
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from desktop.exchange.export_docx import export_docx
from desktop.exchange.export_pdf import export_pdf, find_soffice
from desktop.exchange.gongwen_layout import ensure_gui_app
from desktop.exchange.importer import load_report
from tests.measure import measure

DATA = Path(__file__).parent.parent / "data"
DOCUMENTS = sorted(DATA.glob("0*_*.txt")) + [DATA / "gongwen_full.txt"]
# Each seed once more with a full 版头 and 版记 (as the header form fills them), so that the mark, the title gap
# and the 版记's page are measured on five more page counts.
FULL = {"issuer_mark": "某某镇人民政府文件", "doc_number": "某府〔2025〕9号", "signer": "李明", "signature": "某某镇人民政府",
        "date": "2025-01-20", "cc": "县委依法治县办，县司法局", "printer": "某某镇党政办公室", "print_date": "2025-01-21"}  # fmt: skip


def variants(path: Path):
    report = load_report(path)
    yield (path.stem[:3] if path.stem[0] == "0" else path.stem), report, (False, True)
    if path.stem[0] == "0":
        full = copy.deepcopy(report)
        for name, value in FULL.items():
            setattr(full, name, getattr(full, name) or value)
        yield path.stem[:3] + "+版头版记", full, (False,)


def plain_soffice(docx: Path, folder: Path, soffice: str) -> Path:
    profile = (folder / "lo-profile").as_uri()
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir",
                    str(folder), str(docx)], capture_output=True, check=True, timeout=180)  # fmt: skip
    return folder / (docx.stem + ".pdf")


def summary(output: str) -> str:
    """The tool's verdict line, what failed, and which elements it could not measure (none in that document)."""
    lines = [ln for ln in output.splitlines() if ln.strip()]
    unmeasured = [
        name for name in ("版头", "版记") if any(name in ln and "not measured" in ln for ln in lines)
    ]
    failures = [ln for ln in lines[:-1] if "not measured" not in ln][:2]
    note = f" (no {'/'.join(unmeasured)} to measure)" if unmeasured else ""
    return " / ".join(lines[-1:] + failures) + note


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    ensure_gui_app()
    soffice = find_soffice()
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="page-matrix-"))
    out.mkdir(parents=True, exist_ok=True)
    failed = 0
    print("| document | version | rendering | page_check | render_check |\n|---|---|---|---|---|")
    for path in DOCUMENTS:
        for name, report, versions in variants(path):
            for public in versions:
                version = "公开版" if public else "上报版"
                folder = out / f"{name}-{'public' if public else 'report'}"
                folder.mkdir(exist_ok=True)
                pdfs = {}
                if soffice:
                    docx = folder / "export.docx"
                    export_docx(report, docx, public=public, fit=True)
                    pdfs["DOCX → soffice"] = plain_soffice(docx, folder, soffice)
                    pdfs["app PDF (LibreOffice)"] = folder / "app-lo.pdf"
                    export_pdf(report, pdfs["app PDF (LibreOffice)"], public=public, engine="libreoffice")
                pdfs["app PDF (Qt)"] = folder / "app-qt.pdf"
                export_pdf(report, pdfs["app PDF (Qt)"], public=public, engine="qt")
                for rendering, pdf in pdfs.items():
                    result = measure(pdf)
                    failed += sum(not holds for holds, _ in result.values())
                    cells = [("holds" if h else "**FAILS**") + ": " + summary(o) for h, o in result.values()]
                    print(f"| {name} | {version} | {rendering} | "
                      + " | ".join(cells) + " |")  # fmt: skip
    print(f"\n{failed} failing checks; PDFs in {out}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
