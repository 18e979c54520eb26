"""Benchmark: the 5,000-asset inventory report against LibreOffice, and signing time.

Run from the checkout root:  python bench/bench_reports.py [--assets 5000] [--runs 3]

- inventory: build_inventory_report() in process (imports and font registration done once
  before timing), median of --runs.
- baseline: the same rows written to .xlsx with openpyxl (landscape, header row repeated,
  wrapped text) and converted with `soffice --headless --convert-to pdf`, median of --runs
  after one warm-up conversion that creates LibreOffice's profile. Skipped with a message
  when soffice is not installed.
- signing: PAdES B-B with a throw-away PKCS#12 certificate, median of --runs; verification
  of the signed file as well.

Targets (issue "Signed PDF reports"): inventory no slower than the LibreOffice baseline;
signing under 1 s.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.report_data import make_assets, make_header
from surplus_assets.reports.data import AssetRow


def timed(action: Callable[[], object], runs: int) -> tuple[float, object]:
    times = []
    result: object = None
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def write_xlsx(assets: list[AssetRow], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from surplus_assets.reports.inventory import COLUMNS

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Danh mục"
    sheet.append([c.title for c in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True, name="Liberation Serif", size=8)
        cell.alignment = Alignment(wrap_text=True, horizontal="center")
    body_font = Font(name="Liberation Serif", size=8)
    wrap = Alignment(wrap_text=True, vertical="top")
    for i, a in enumerate(assets, start=1):
        sheet.append([
            i, a.code, a.name, a.kind, a.year_in_use, float(a.land_area or 0),
            float(a.floor_area or 0), a.original_cost, a.remaining_value, a.status,
            a.handling_form or "", a.notes,
        ])  # fmt: skip
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.font = body_font
            cell.alignment = wrap
    for letter, column in zip("ABCDEFGHIJKL", COLUMNS, strict=True):
        sheet.column_dimensions[letter].width = column.weight / 5.2
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.print_title_rows = "1:1"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    book.save(path)


def soffice_convert(soffice: str, xlsx: Path, out_dir: Path, profile: Path) -> Path:
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
         "pdf", "--outdir", str(out_dir), str(xlsx)],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    return out_dir / (xlsx.stem + ".pdf")


def make_signer(directory: Path) -> Path:
    from tests.core.reports.pki import make_ca, make_pkcs12

    ca = make_ca(directory)
    return make_pkcs12(ca, directory, "Nguyễn Văn Hùng", "Sở Tài chính tỉnh Phú Thọ", "bench")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--assets", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    import_start = time.perf_counter()
    from surplus_assets.reports.inventory import build_inventory_report

    import_time = time.perf_counter() - import_start
    assets = make_assets(args.assets)
    header = make_header()
    rows: list[tuple[str, str, str]] = []

    inventory_time, report = timed(lambda: build_inventory_report(assets, header), args.runs)
    pages = report.page_count  # type: ignore[attr-defined]
    pdf: bytes = report.pdf  # type: ignore[attr-defined]
    rows.append(("inventory report (reportlab, canvas table)", f"{inventory_time:.2f} s",
                 f"{pages} pages, {len(pdf) / 1e6:.1f} MB"))  # fmt: skip

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    baseline: float | None = None
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        if soffice is None:
            print("soffice not found: LibreOffice baseline skipped "
                  "(apt-get install libreoffice-calc-nogui)")  # fmt: skip
        else:
            xlsx = tmp / "inventory.xlsx"
            write_xlsx(assets, xlsx)
            profile = tmp / "lo-profile"
            soffice_convert(soffice, xlsx, tmp, profile)  # warm-up: creates the profile
            baseline, out = timed(lambda: soffice_convert(soffice, xlsx, tmp, profile), args.runs)
            lo_pages = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True)
            lo_count = next((line.split()[-1] for line in lo_pages.stdout.splitlines()
                             if line.startswith("Pages:")), "?")  # fmt: skip
            rows.append(("LibreOffice .xlsx -> PDF (baseline)", f"{baseline:.2f} s",
                         f"{lo_count} pages"))  # fmt: skip

        from surplus_assets.reports.signing import Pkcs12Source, sign_pdf
        from surplus_assets.reports.verify import verify_pdf

        source = Pkcs12Source(make_signer(tmp), "bench")
        sign_pdf(pdf, source)  # warm-up: pyHanko's lazy imports and the stamp font
        sign_time, signed = timed(lambda: sign_pdf(pdf, source), args.runs)
        verify_time, result = timed(lambda: verify_pdf(signed), args.runs)  # type: ignore[arg-type]
        assert result.all_intact  # type: ignore[attr-defined]
        rows.append(("signing (PAdES B-B, PKCS#12)", f"{sign_time:.2f} s", "target < 1 s"))
        rows.append(("verification (offline)", f"{verify_time:.2f} s", ""))

    print(f"\n{args.assets} assets, median of {args.runs} runs "
          f"(report modules import: {import_time:.2f} s, not included)\n")  # fmt: skip
    width = max(len(r[0]) for r in rows)
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>8}  {note}")
    if baseline is not None:
        ratio = inventory_time / baseline
        verdict = "OK" if ratio <= 1 else "SLOWER than the baseline"
        print(f"\nratio inventory / LibreOffice = {ratio:.2f}  ({verdict})")
    print(f"signing target < 1 s: {'OK' if sign_time < 1 else 'MISSED'}")


if __name__ == "__main__":
    main()
