"""The user and admin guides hold together: every link and image resolves, every #anchor names
a heading, both languages have the same chapters, and the bundle ships the guide."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ui.help_topics import GUIDE_LANGUAGES, TOPICS, heading_anchor

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "user-guide"
ADMIN = ROOT / "docs" / "admin-guide"
PAGES = sorted([*GUIDE.rglob("*.md"), *ADMIN.glob("*.md")])
LINK = re.compile(r"(!?)\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```.*?^```", re.S | re.M)


def headings(page: Path) -> set[str]:
    """GitHub's ids for the headings of `page` (repeats get -1, -2...)."""
    text = FENCE.sub("", page.read_text(encoding="utf-8"))
    seen: dict[str, int] = {}
    ids = set()
    for line in text.splitlines():
        match = re.match(r"#{1,6} (.+)", line)
        if match:
            anchor = heading_anchor(match.group(1))
            count = seen.get(anchor, 0)
            seen[anchor] = count + 1
            ids.add(f"{anchor}-{count}" if count else anchor)
    return ids


def links(page: Path) -> list[tuple[bool, str]]:
    text = FENCE.sub("", page.read_text(encoding="utf-8"))
    text = re.sub(r"`[^`\n]*`", "", text)  # inline code is not a link
    return [(bang == "!", target) for bang, target in LINK.findall(text)]


def test_the_guides_exist_in_both_languages() -> None:
    chapters = {
        lang: sorted(p.name for p in (GUIDE / lang).glob("*.md")) for lang in GUIDE_LANGUAGES
    }
    assert chapters["vi"] == chapters["en"]
    assert "README.md" in chapters["vi"] and len(chapters["vi"]) >= 10
    assert sorted(p.name for p in ADMIN.glob("*.md")) == ["en.md", "vi.md"]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_link_and_image_resolves(page: Path) -> None:
    problems = []
    for is_image, target in links(page):
        if re.match(r"[a-z]+:", target):  # http(s), mailto: not checked offline
            continue
        path_part, _, anchor = target.partition("#")
        resolved = (page.parent / path_part).resolve() if path_part else page
        if not resolved.exists():
            problems.append(f"{target}: no such file")
            continue
        outside_images = resolved.suffix != ".png" or not resolved.is_relative_to(GUIDE / "images")
        if is_image and page.is_relative_to(GUIDE) and outside_images:
            problems.append(f"{target}: guide images live in docs/user-guide/images")
        if anchor and (resolved.suffix != ".md" or anchor not in headings(resolved)):
            problems.append(f"{target}: no heading #{anchor} in {resolved.name}")
    assert problems == []


def test_every_guide_image_is_used_and_each_language_shows_the_same() -> None:
    used: dict[str, set[str]] = {}
    for lang in GUIDE_LANGUAGES:
        used[lang] = {
            Path(target).name
            for page in (GUIDE / lang).glob("*.md")
            for is_image, target in links(page)
            if is_image
        }
    assert used["vi"] == used["en"]
    on_disk = {p.name for p in (GUIDE / "images").glob("*.png")}
    assert on_disk == used["vi"], "run tools/take_guide_screenshots.py"


def test_help_topics_point_at_existing_headings() -> None:
    for topic, targets in TOPICS.items():
        for lang, target in targets.items():
            page = GUIDE / lang / target.chapter
            assert page.is_file(), (topic, lang)
            assert not target.anchor or target.anchor in headings(page), (topic, lang)


def test_the_bundle_ships_the_guide_licence_and_notices() -> None:
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert 'ROOT / "docs" / "user-guide"' in spec
    assert '(str(ROOT / "LICENSE"), ".")' in spec
    assert '(str(ROOT / "THIRD_PARTY_NOTICES.md"), ".")' in spec
    assert "build_info.json" in spec
