"""Build a smaller ICU data library for the Linux bundle (30 MiB → a few MiB).

    python tools/trim_icu_data.py PATH/libicudata.so.73 OUT_DIR   # prints what it kept

PySide6's Linux wheels link Qt against ICU, and ICU's data library carries every locale,
converter and dictionary ICU knows. Qt needs little of it: case mapping and normalisation
(uprops, ucase, nrm), collation for the locales QCollator is asked for, break rules,
time-zone and supplemental tables. This tool copies the data package the library embeds
(the `icudtNN_dat` symbol, ICU's "CmnD" format: a table of contents of named items),
keeps the items listed below and assembles it into a new shared library with the same
soname and symbol. It needs a C compiler driver (`cc`/`gcc`, which runs the assembler and
linker); build.spec keeps the original library when there is none. Windows and macOS Qt
builds use the system's ICU, so this is Linux only.

Kept: every item that is not tied to one locale, and the locale items for `root`,
Vietnamese and English. Dropped: the other locales' names, currencies, units and time-zone
names, legacy character-set converters (*.cnv: the application reads and writes UTF-8
only), transliterators, and the word dictionaries for Thai, Lao, Khmer, Burmese and CJK.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

KEPT_LOCALES = {"root", "vi", "vi_VN", "en", "en_001", "en_150", "en_GB", "en_US", "en_US_POSIX"}
LOCALE_ITEM = re.compile(r"^[a-z]{2,3}(?:_[A-Za-z0-9]+)*$")
ALWAYS_KEPT = {"res_index", "pool"}
DROPPED_SUFFIXES = (".cnv", ".dict")
DROPPED_TREES = ("translit/",)
SYMBOL = re.compile(rb"^icudt\d+_dat$")


def find_data_symbol(library: bytes) -> tuple[str, int, int]:
    """(symbol name, file offset, size) of the ICU data blob in an ELF64 little-endian .so."""
    if library[:4] != b"\x7fELF" or library[4] != 2 or library[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF file")
    (shoff,) = struct.unpack_from("<Q", library, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", library, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", library, shoff + i * shentsize)
                for i in range(shnum)]  # fmt: skip
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strtab_offset = sections[link][4]
        for index in range(size // entsize):
            name_at, _i, _o, shndx, value, length = struct.unpack_from(
                "<IBBHQQ", library, offset + index * entsize
            )
            end = library.index(b"\0", strtab_offset + name_at)
            name = library[strtab_offset + name_at : end]
            if SYMBOL.match(name) and shndx != 0:
                home = sections[shndx]
                return name.decode(), home[4] + value - home[3], length
    raise ValueError("no icudtNN_dat symbol: not an ICU data library")


def read_package(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The package header and its (name, data) items, in table-of-contents order."""
    (header_size,) = struct.unpack_from("<H", blob, 0)
    if blob[12:16] != b"CmnD":
        raise ValueError("the ICU data is not a common-data (CmnD) package")
    (count,) = struct.unpack_from("<I", blob, header_size)
    entries = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(entries):
        start = header_size + name_offset
        name = blob[start : blob.index(b"\0", start)].decode("ascii")
        data_end = header_size + entries[index + 1][1] if index + 1 < count else len(blob)
        items.append((name, blob[header_size + data_offset : data_end]))
    return blob[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    data_start = -(-(toc_size + len(names)) // 16) * 16  # items are 16-byte aligned
    entries, data, name_at = [], bytearray(), toc_size
    for name, item in items:
        entries.append(struct.pack("<II", name_at, data_start + len(data)))
        name_at += len(name) + 1
        data += item + b"\0" * (-len(item) % 16)
    toc = struct.pack("<I", len(items)) + b"".join(entries) + names
    return header + toc + b"\0" * (data_start - len(toc)) + bytes(data)


def keep(name: str) -> bool:
    path = name.split("/", 1)[1] if "/" in name else name  # drop the "icudt73l/" prefix
    if path.endswith(DROPPED_SUFFIXES) or path.startswith(DROPPED_TREES):
        return False
    stem = path.rsplit("/", 1)[-1]
    if not stem.endswith(".res"):
        return True
    stem = stem[: -len(".res")]
    return stem in ALWAYS_KEPT or stem in KEPT_LOCALES or not LOCALE_ITEM.match(stem)


def trim(library: Path, out_dir: Path) -> Path:
    """Write the trimmed library (same file name) into out_dir and return its path."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise FileNotFoundError("no C compiler driver (cc/gcc) to assemble the ICU data")
    raw = library.read_bytes()
    symbol, offset, size = find_data_symbol(raw)
    header, items = read_package(raw[offset : offset + size])
    kept = [(name, data) for name, data in items if keep(name)]
    out_dir.mkdir(parents=True, exist_ok=True)
    package = out_dir / f"{symbol}.dat"
    package.write_bytes(write_package(header, kept))
    source = out_dir / f"{symbol}.S"
    source.write_text(
        "\t.section .rodata\n"
        f"\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n"
        f'{symbol}:\n\t.incbin "{package}"\n\t.size {symbol}, . - {symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n'
    )
    target = out_dir / library.name
    subprocess.run(
        [compiler, "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-Wl,-z,noexecstack",
         "-o", str(target), str(source)],
        check=True,
    )  # fmt: skip
    print(f"trim_icu_data: kept {len(kept)} of {len(items)} ICU data items, "
          f"{size / 2**20:.1f} → {package.stat().st_size / 2**20:.1f} MiB")  # fmt: skip
    return target


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    trim(Path(argv[0]), Path(argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
