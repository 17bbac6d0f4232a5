"""Zip packages a user brings: refused before anything in them is read when they are bombs,
hold too many files or name files outside themselves; a header that lies stops the read."""

from __future__ import annotations

import zlib

import pytest
from support import deflated_zeros, peak_memory, stored_zip, zip_of

from quiz.core.errors import QuizError
from quiz.core.safe_zip import MAX_ENTRIES, SafeZip, inside_package

MB = 1024 * 1024
LIMIT = 200 * MB  # the most memory refusing a hostile package may take


def package(tmp_path, content: bytes, name: str = "package.zip"):
    path = tmp_path / name
    path.write_bytes(content)
    return path


def refusal(path, read: str | None = None) -> tuple[str, int]:
    """The message a package is refused with (opening it, or reading the file `read`), and the peak memory."""
    def open_and_read():
        with SafeZip(path) as opened:
            if read:
                opened.read_bytes(read, 64 * MB, "file")

    outcome, peak = peak_memory(open_and_read)
    assert isinstance(outcome, QuizError), outcome
    return str(outcome), peak


def test_an_ordinary_package_reads_back_its_files(tmp_path):
    path = package(tmp_path, stored_zip({"imsmanifest.xml": b"<manifest/>", "items/a.xml": "é".encode()}))
    with SafeZip(path) as opened:
        assert opened.names == {"imsmanifest.xml", "items/a.xml"}
        assert opened.read_text("items/a.xml", 100, "item") == "é"
        assert opened.where("items/a.xml") == f"{path}/items/a.xml"


def test_a_zip_bomb_is_refused_from_its_headers_before_anything_is_unpacked(tmp_path):
    # 2 MB that unpack to 2 GiB of zeros; the headers say so (the CRC is never reached).
    bomb = deflated_zeros(2048)
    path = package(tmp_path, zip_of([("items/bomb.xml", bomb, 2048 * MB, 0)]))
    assert path.stat().st_size < 3 * MB
    message, peak = refusal(path)
    assert message == (f"{path}/items/bomb.xml: {len(bomb):,} bytes unpack to 2,147,483,648 (more than 100 times); "
                       "refused as a zip bomb")
    assert peak < LIMIT


def test_a_header_that_understates_the_size_gives_no_more_than_it_declared(tmp_path):
    # The headers say 1,000 bytes (with their right checksum); the data unpacks to a gigabyte.
    path = package(tmp_path, zip_of([("items/liar.xml", deflated_zeros(1024), 1000, zlib.crc32(bytes(1000)))]))
    with SafeZip(path) as opened:
        read, peak = peak_memory(lambda: opened.read_bytes("items/liar.xml", 64 * MB, "item"))
    assert read == bytes(1000) and peak < MB


def test_a_header_whose_checksum_does_not_match_what_it_unpacks_to_is_refused(tmp_path):
    path = package(tmp_path, zip_of([("items/liar.xml", deflated_zeros(1024), 1000, 12345)]))
    message, peak = refusal(path, read="items/liar.xml")
    assert message == f"{path}/items/liar.xml: cannot be unpacked (Bad CRC-32 for file 'items/liar.xml')"
    assert peak < LIMIT


def test_many_files_adding_up_to_too_much_are_refused(tmp_path):
    # Each packs less than 100 times (padding after its stream), together they unpack to 140 MiB.
    entries = [(f"f{n}.xml", deflated_zeros(10) + bytes(120_000), 10 * MB, 0) for n in range(14)]
    message, peak = refusal(package(tmp_path, zip_of(entries)))
    assert message.endswith("the files in the package unpack to more than 134,217,728 bytes; refused as a zip bomb")
    assert peak < LIMIT


def test_thousands_of_entries_are_refused_from_the_end_record(tmp_path):
    path = package(tmp_path, stored_zip({f"items/{n}.xml": b"" for n in range(5000)}))
    message, peak = refusal(path)
    assert message == f"{path}: the package holds 5,000 files; the limit is {MAX_ENTRIES:,}"
    assert peak < 10 * MB  # the directory's 5,000 entries were never built


@pytest.mark.parametrize(
    ("count", "name_length", "message"),
    [(2100, 10, "the package holds 2,100 files; the limit is 2,000"),
     (1900, 1100, "the package's list of files takes 2,185,000 bytes; the limit is 2,048,000")],
)
def test_a_directory_that_holds_more_than_its_end_record_counts_is_refused(tmp_path, count, name_length, message):
    content = bytearray(stored_zip({f"{n:0{name_length}}.xml": b"" for n in range(count)}))
    content[-14:-10] = (1).to_bytes(2, "little") * 2  # the end record now counts a single file
    path = package(tmp_path, bytes(content))
    assert refusal(path)[0] == f"{path}: {message}"


@pytest.mark.parametrize("name", ["../evil.xml", "/etc/passwd", "items/../../evil.xml", "C:evil.xml", "a\\..\\b.xml"])
def test_a_file_named_outside_the_package_is_refused(tmp_path, name):
    path = package(tmp_path, zip_of([(name, zlib.compress(b"x")[2:-4], 1, zlib.crc32(b"x"))]))
    message, _ = refusal(path)
    assert message == f"{path}: a file in the package is named {name!r}, outside the package; the package was not read"


def test_two_files_of_one_name_and_encrypted_files_are_refused(tmp_path):
    data = zlib.compress(b"x")[2:-4]
    twice = package(tmp_path, zip_of([("a.xml", data, 1, zlib.crc32(b"x"))] * 2), "twice.zip")
    assert refusal(twice)[0] == f"{twice}: two files in the package are named 'a.xml'"
    locked = package(tmp_path, zip_of([("a.xml", data, 1, 0)], flags=1), "locked.zip")
    assert refusal(locked)[0] == f"{locked}/a.xml: is encrypted; the package was not read"


@pytest.mark.parametrize("content", [b"", b"PK not really a zip", bytes(range(256)) * 10])
def test_a_file_that_is_not_a_zip_is_refused(tmp_path, content):
    message, _ = refusal(package(tmp_path, content))
    assert "not a zip package" in message or "not a readable zip package" in message


def test_a_package_too_big_to_be_a_quiz_is_refused_unread(tmp_path):
    path = tmp_path / "huge.zip"
    with path.open("wb") as file:
        file.truncate(65 * MB)  # sparse: no disk space taken
    assert refusal(path)[0] == f"{path}: the package is 68,157,440 bytes; the limit is 67,108,864"


@pytest.mark.parametrize(
    ("base", "href", "target"),
    [
        ("imsmanifest.xml", "items/a.xml", "items/a.xml"),
        ("items/a.xml", "../article.html", "article.html"),
        ("items/a.xml", "./b.xml", "items/b.xml"),
        ("items/a.xml", "my%20page.html#top", "items/my page.html"),
        ("imsmanifest.xml", "../x.xml", None),
        ("items/a.xml", "../../x.xml", None),
        ("imsmanifest.xml", "/etc/passwd", None),
        ("imsmanifest.xml", "file:///etc/passwd", None),
        ("imsmanifest.xml", "http://example.org/item.xml", None),
        ("imsmanifest.xml", "C:/Windows/win.ini", None),
        ("imsmanifest.xml", "items\\..\\..\\x.xml", None),
        ("imsmanifest.xml", "items%2F..%2F..%2Fx.xml", None),
        ("imsmanifest.xml", "", None),
    ],
)
def test_links_resolve_inside_the_package_or_not_at_all(base, href, target):
    assert inside_package(base, href) == target


def test_a_link_out_of_the_package_is_refused_citing_where_it_is_written(tmp_path):
    path = package(tmp_path, stored_zip({"imsmanifest.xml": b"<manifest/>"}))
    with SafeZip(path) as opened, pytest.raises(QuizError) as caught:
        opened.resolve("imsmanifest.xml", "../../etc/passwd", "imsmanifest.xml:7")
    assert str(caught.value) == "imsmanifest.xml:7: names '../../etc/passwd', which is outside the package; the package was not read"
