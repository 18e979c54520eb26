"""Where the user guide is and which section each dialog's help button opens.

Pure Python (no Qt) so that tests/test_docs.py can check every topic against the guide's
headings. The guide lives in docs/user-guide/<language>/ (one Markdown file per chapter, the
same file names in every language; images shared in docs/user-guide/images/). It is found
through surplus_assets.paths.shipped_document, so a source checkout and the PyInstaller
bundle (build.spec copies docs/user-guide) read the same files.

Anchors follow GitHub's rule for heading ids (`heading_anchor`), so the same links work on
the repository's web view and in the help viewer, which gives each heading that id.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from surplus_assets.paths import shipped_document

GUIDE_LANGUAGES = ("vi", "en")
INDEX = "README.md"


@dataclass(frozen=True)
class HelpTarget:
    chapter: str  # file name inside docs/user-guide/<language>/
    anchor: str  # heading id, "" for the top of the chapter


# topic -> language -> target. Each dialog's "?" button names its topic (ui.help.open_help).
TOPICS: dict[str, dict[str, HelpTarget]] = {
    "guide": {
        "vi": HelpTarget(INDEX, ""),
        "en": HelpTarget(INDEX, ""),
    },
    "first-start": {
        "vi": HelpTarget("01-install.md", "lần-chạy-đầu-tiên"),
        "en": HelpTarget("01-install.md", "first-start"),
    },
    "asset-editor": {
        "vi": HelpTarget("02-assets.md", "thêm-một-tài-sản"),
        "en": HelpTarget("02-assets.md", "adding-an-asset"),
    },
    "import-wizard": {
        "vi": HelpTarget("03-import.md", "trình-hướng-dẫn-nhập"),
        "en": HelpTarget("03-import.md", "the-import-wizard"),
    },
    "proposal-editor": {
        "vi": HelpTarget("04-proposals.md", "lập-đề-xuất"),
        "en": HelpTarget("04-proposals.md", "drafting-a-proposal"),
    },
    "report-dialog": {
        "vi": HelpTarget("05-reports.md", "lập-báo-cáo"),
        "en": HelpTarget("05-reports.md", "generating-a-report"),
    },
    "sign-dialog": {
        "vi": HelpTarget("05-reports.md", "ký-số-báo-cáo"),
        "en": HelpTarget("05-reports.md", "signing-a-report"),
    },
    "verify-dialog": {
        "vi": HelpTarget("05-reports.md", "kiểm-tra-chữ-ký"),
        "en": HelpTarget("05-reports.md", "verifying-a-signature"),
    },
    "exchange-import": {
        "vi": HelpTarget("06-exchange.md", "nhập-gói-trao-đổi"),
        "en": HelpTarget("06-exchange.md", "importing-a-package"),
    },
    "settings": {
        "vi": HelpTarget("08-settings.md", "trang-cài-đặt"),
        "en": HelpTarget("08-settings.md", "the-settings-page"),
    },
    "troubleshooting": {
        "vi": HelpTarget("09-troubleshooting.md", ""),
        "en": HelpTarget("09-troubleshooting.md", ""),
    },
}


def heading_anchor(heading: str) -> str:
    """GitHub's id for a Markdown heading: lower case, punctuation dropped (letters with
    diacritics kept), spaces to hyphens. "Ký số báo cáo" -> "ký-số-báo-cáo"."""
    text = unicodedata.normalize("NFC", heading.strip()).lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def guide_language(language: str) -> str:
    return language if language in GUIDE_LANGUAGES else GUIDE_LANGUAGES[0]


def guide_dir(language: str) -> Path | None:
    """docs/user-guide/<language>/ where it ships, else None (an installed wheel)."""
    index = shipped_document(f"docs/user-guide/{guide_language(language)}/{INDEX}")
    return index.parent if index is not None else None


def topic_target(topic: str, language: str) -> HelpTarget:
    """The chapter and heading that `topic` opens in `language`; KeyError if unknown."""
    return TOPICS[topic][guide_language(language)]
