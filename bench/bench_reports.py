"""Benchmark: the 5,000-asset inventory report against LibreOffice, and signing time.

Run from the checkout root:  python bench/bench_reports.py [--assets 5000] [--runs 3]

- inventory: build_inventory_report() in process (imports and font registration done once,
  on a 50-asset warm-up, before timing), median of --runs.
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

from bench.harness import Result, print_table, under, within_ratio
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


def run(assets_count: int = 5000, runs: int = 3) -> list[Result]:
    """Inventory of `assets_count` assets vs LibreOffice, signing and verification."""
    from surplus_assets.reports.inventory import build_inventory_report

    assets = make_assets(assets_count)
    header = make_header()
    build_inventory_report(assets[:50], header)  # warm-up: fonts registered, modules loaded
    inventory_time, report = timed(lambda: build_inventory_report(assets, header), runs)
    pages = report.page_count  # type: ignore[attr-defined]
    pdf: bytes = report.pdf  # type: ignore[attr-defined]
    operation = f"inventory report, {assets_count:,} assets ({pages} pages)"
    results: list[Result] = []
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        if soffice is None:
            results.append(Result(operation, inventory_time, runs, note=(
                "LibreOffice baseline skipped: soffice not found "
                "(apt-get install libreoffice-calc-nogui)")))  # fmt: skip
        else:
            xlsx = tmp / "inventory.xlsx"
            write_xlsx(assets, xlsx)
            profile = tmp / "lo-profile"
            soffice_convert(soffice, xlsx, tmp, profile)  # warm-up: creates the profile
            baseline, _out = timed(lambda: soffice_convert(soffice, xlsx, tmp, profile), runs)
            results.append(within_ratio(operation, inventory_time, baseline, 1.0, runs,
                                        "LibreOffice xlsx → PDF"))  # fmt: skip

        from surplus_assets.reports.signing import Pkcs12Source, sign_pdf
        from surplus_assets.reports.verify import verify_pdf

        source = Pkcs12Source(make_signer(tmp), "bench")
        sign_pdf(pdf, source)  # warm-up: pyHanko's lazy imports and the stamp font
        sign_time, signed = timed(lambda: sign_pdf(pdf, source), runs)
        verify_time, result = timed(lambda: verify_pdf(signed), runs)  # type: ignore[arg-type]
        assert result.all_intact  # type: ignore[attr-defined]
    results.append(under("signing (PAdES B-B, PKCS#12)", sign_time, 1.0, runs))
    results.append(Result("verification of the signed report (offline)", verify_time, runs))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--assets", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    results = run(args.assets, args.runs)
    print_table(results)
    return 0 if all(r.passed is not False for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
