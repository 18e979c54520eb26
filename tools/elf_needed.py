"""The libraries a Linux shared object names itself (its DT_NEEDED entries), not their own.

    python tools/elf_needed.py PATH...   # prints each file's direct dependencies

build.spec prunes libraries that only left-out libraries needed. PyInstaller's
`bindepend.get_imports` answers with `ldd` on Linux, which lists the whole chain (a
program needing fontconfig also "needs" libpng through it), so a library reached only
through a left-out one would look needed by everything above it. This reads the direct
entries from the ELF dynamic section, as the dynamic loader does.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

SHT_DYNAMIC = 6
DT_NULL, DT_NEEDED = 0, 1


def needed_libraries(path: Path) -> list[str]:
    """DT_NEEDED names of a 64-bit little-endian ELF file (ValueError for anything else)."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ValueError(f"{path}: not a 64-bit little-endian ELF file")
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize)
                for i in range(shnum)]  # fmt: skip
    names: list[str] = []
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, _entsize in sections:
        if kind != SHT_DYNAMIC:
            continue
        strtab = sections[link][4]
        for at in range(offset, offset + size, 16):
            tag, value = struct.unpack_from("<qQ", data, at)
            if tag == DT_NULL:
                break
            if tag == DT_NEEDED:
                end = data.index(b"\0", strtab + value)
                names.append(data[strtab + value : end].decode())
    return names


def main(argv: list[str]) -> int:
    for name in argv:
        print(f"{name}: {' '.join(needed_libraries(Path(name)))}")
    return 0 if argv else 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
