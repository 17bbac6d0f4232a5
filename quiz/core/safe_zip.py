"""A zip package a user brings (an IMS QTI content package), opened and read safely.

Nothing is ever extracted to disk: files are read into memory by name, one at a time. A
package is refused, before any file in it is read, when

- its central directory holds more files, or takes more bytes, than a quiz needs: Python's
  zipfile builds an object per entry as it opens a zip, so the count is read first from the
  zip's end record;
- a file in it would unpack to more than a quiz file needs, all of them together to more
  than a quiz needs, or one is packed tighter than text packs (a zip bomb);
- a file in it is named outside the package (`../x`, `/etc/x`, `C:x`), is encrypted, or
  two files have one name.

While a file is read its bytes are counted, so a header that understates its size stops the
read at what it declared. `resolve` turns a link inside the package (a manifest's href) into
the name of a file in it, and refuses one that points outside.
"""

from __future__ import annotations

import posixpath
import struct
import zipfile
import zlib
from pathlib import Path
from urllib.parse import unquote

from quiz.core.errors import QuizError

MAX_PACKAGE_BYTES = 64 * 1024 * 1024  # the zip file itself
MAX_ENTRIES = 2_000  # a quiz of nearly 2,000 questions, one file each
MAX_CENTRAL_DIRECTORY_BYTES = MAX_ENTRIES * 1024
MAX_UNPACKED_BYTES = 128 * 1024 * 1024  # every file together, unpacked
MAX_RATIO = 100  # XML and HTML pack 5 to 20 times; a bomb hundreds or thousands of times
_RATIO_FLOOR = 1024 * 1024  # small files may pack as tight as they like
_CHUNK = 64 * 1024

_END = b"PK\x05\x06"
_END_SIZE = 22
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_END = b"PK\x06\x06"


class SafeZip:
    """An open package; use it in a `with` block. `where(name)` is how messages cite a file in it."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        _check_end_record(self.path)
        try:
            self.zip = zipfile.ZipFile(self.path)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise QuizError(f"{self.path}: not a readable zip package ({exc})") from None
        try:
            self.names = _checked_entries(self.path, self.zip.infolist())
        except QuizError:
            self.zip.close()
            raise

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self.zip.close()

    def where(self, name: str) -> str:
        return f"{self.path}/{name}"

    def read_bytes(self, name: str, limit: int, what: str) -> bytes:
        """The unpacked bytes of the file `name`, at most `limit` of them."""
        info = self.zip.getinfo(name)
        if info.file_size > limit:
            raise QuizError(f"{self.where(name)}: the {what} unpacks to {info.file_size:,} bytes; the limit is {limit:,}")
        allowed = info.file_size
        chunks: list[bytes] = []
        total = 0
        try:
            with self.zip.open(info) as member:
                while chunk := member.read(_CHUNK):
                    total += len(chunk)
                    if total > allowed:
                        raise QuizError(f"{self.where(name)}: unpacks to more than the {allowed:,} bytes its header "
                                        "says; the package was not read")
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, OSError) as exc:
            raise QuizError(f"{self.where(name)}: cannot be unpacked ({exc})") from None
        return b"".join(chunks)

    def read_text(self, name: str, limit: int, what: str) -> str:
        """The UTF-8 text of the file `name` (a leading BOM dropped), at most `limit` bytes."""
        from quiz.core.inputs import FileProblem, decode_utf8

        try:
            return decode_utf8(self.read_bytes(name, limit, what), what)
        except FileProblem as problem:
            raise QuizError(f"{self.where(name)}:{problem.line}: {problem.message}") from None

    def resolve(self, base: str, href: str, where: str, must_exist: bool = True) -> str:
        """The name of the file that `href`, written in the file `base`, links to. A link out
        of the package, or to a file not in it (when it `must_exist`), is a QuizError citing `where`."""
        target = inside_package(base, href)
        if target is None:
            raise QuizError(f"{where}: names {href!r}, which is outside the package; the package was not read")
        if must_exist and target not in self.names:
            raise QuizError(f"{where}: names {href!r}, which is not in the package")
        return target


def inside_package(base: str, href: str) -> str | None:
    """The package name `href` (relative to the file `base`) stands for, or None if it points
    outside the package: an absolute path, an address, a drive, or `..` above the top."""
    link = unquote(href.split("#", 1)[0].split("?", 1)[0]).strip()
    if not link or "\\" in link or "\0" in link or link.startswith("/") or ":" in link.split("/", 1)[0]:
        return None
    target = posixpath.normpath(posixpath.join(posixpath.dirname(base), link))
    if target == ".." or target.startswith("../") or target.startswith("/"):
        return None
    return target


def _check_end_record(path: Path) -> None:
    """Refuse a package too big, or whose central directory lists too many files or takes
    too many bytes, from its end record, before zipfile reads the directory."""
    try:
        size = path.stat().st_size
        if size > MAX_PACKAGE_BYTES:
            raise QuizError(f"{path}: the package is {size:,} bytes; the limit is {MAX_PACKAGE_BYTES:,}")
        with path.open("rb") as file:
            tail_size = min(size, _END_SIZE + 0xFFFF + 20)  # the end record, its comment, the zip64 locator
            file.seek(size - tail_size)
            tail = file.read(tail_size)
            at = tail.rfind(_END)
            if at < 0 or len(tail) - at < _END_SIZE:
                raise QuizError(f"{path}: not a zip package (no end of central directory found)")
            _, _, _, _, entries, directory_size, _, _ = struct.unpack("<4s4H2LH", tail[at : at + _END_SIZE])
            locator = tail[at - 20 : at] if at >= 20 else b""
            if locator.startswith(_ZIP64_LOCATOR):
                _, _, offset, _ = struct.unpack("<4sLQL", locator)
                file.seek(offset)
                record = file.read(56)
                if len(record) == 56 and record.startswith(_ZIP64_END):
                    entries, directory_size = struct.unpack("<QQ", record[32:48])
    except OSError as exc:
        raise QuizError(f"{path}: cannot read this package ({exc.strerror})") from None
    if entries > MAX_ENTRIES:
        raise QuizError(f"{path}: the package holds {entries:,} files; the limit is {MAX_ENTRIES:,}")
    if directory_size > MAX_CENTRAL_DIRECTORY_BYTES:
        raise QuizError(f"{path}: the package's list of files takes {directory_size:,} bytes; "
                        f"the limit is {MAX_CENTRAL_DIRECTORY_BYTES:,}")


def _checked_entries(path: Path, entries: list[zipfile.ZipInfo]) -> set[str]:
    """The names of the files in the package, once every entry has passed the checks."""
    if len(entries) > MAX_ENTRIES:
        raise QuizError(f"{path}: the package holds {len(entries):,} files; the limit is {MAX_ENTRIES:,}")
    names: set[str] = set()
    total = 0
    for info in entries:
        name = info.filename
        if inside_package("", name) is None:
            raise QuizError(f"{path}: a file in the package is named {name!r}, outside the package; "
                            "the package was not read")
        if name in names:
            raise QuizError(f"{path}: two files in the package are named {name!r}")
        if info.flag_bits & 0x1:
            raise QuizError(f"{path}/{name}: is encrypted; the package was not read")
        if info.file_size > _RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise QuizError(f"{path}/{name}: {info.compress_size:,} bytes unpack to {info.file_size:,} "
                            f"(more than {MAX_RATIO} times); refused as a zip bomb")
        total += info.file_size
        if total > MAX_UNPACKED_BYTES:
            raise QuizError(f"{path}: the files in the package unpack to more than {MAX_UNPACKED_BYTES:,} bytes; "
                            "refused as a zip bomb")
        names.add(name)
    return names
