"""Signed PDF reports: Decree 30/2020 layout, four report kinds, PAdES signing, verification.

Nothing is imported here on purpose: reportlab (~0.1 s) and pyHanko (~0.6 s) load only when
a report is built, signed or verified, so the GUI's first screen stays fast. Import the
submodules you need:

- `reports.data`: the frozen input dataclasses (DocumentHeader, AssetRow, ProposalRow,
  AssetDossier, ProgressData...) and ReportData, the JSON embedded in every PDF, with
  `changed_since()` for "did the covered records change since the report?". No heavy imports.
- `reports.inventory.build_inventory_report(assets, header)`,
  `reports.plan.build_plan_report(proposals, header)`,
  `reports.dossier.build_dossier_report(dossier, header)`,
  `reports.progress.build_progress_report(progress, header)`: pure functions returning a
  `RenderedReport(pdf, data, page_count)`; `report_id=` and `generated_at=` are optional.
- `reports.embedded.read_embedded_data(pdf_bytes) -> ReportData` (signed files too).
- `reports.signing.sign_pdf(pdf, Pkcs12Source(...) | Pkcs11Source(...), SignOptions())`:
  one more PAdES B-B signature (a countersignature when the file is already signed).
- `reports.verify.verify_report(pdf, load_trust_roots(paths))`: per-signature checks,
  `all_intact`, `to_dict()` for --json, and the embedded data.
- `reports.pdfsig.run_pdfsig(path, nss_dir)`: poppler's independent opinion, parsed.
"""
