"""Ingest on bad inputs: each becomes a document with a reason, or is read correctly.

Every message starts with the file's path relative to raw/; nothing raises and
the rest of the batch is still read.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from pipeline.ingest import ingest_documents, read_document
from pipeline.ingest.decoding import decode_text
from pipeline.ingest.language import guess_language
from pipeline.records import SourceDocument

RUSSIAN = "Иван Петров родился в Москве в 1950 году. Он работал инженером на заводе."
FRENCH = "Frédéric est né à Genève en 1950. Il a étudié la médecine à Besançon, où il a vécu."
GERMAN = "Jürgen Müller wurde 1950 in München geboren. Er studierte Straßenbau in Köln."
ENGLISH = "Anna Berg was born in Tromsø in 1950. She worked as a nurse in the city hospital."
# Starts of real files of formats people save as .txt by mistake.
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _only(folder: Path) -> SourceDocument:
    (doc,) = ingest_documents(folder)
    return doc


@pytest.mark.parametrize(
    ("data", "status", "error"),
    [
        (b"", "empty", "file.txt: file is empty"),
        (b" \r\n\t\n  \n", "empty", "file.txt: file is empty"),
        (b"\xef\xbb\xbf\n", "empty", "file.txt: file is empty"),
        (PDF, "error", "file.txt: looks like a PDF file, not plain text"),
        (PNG, "error", "file.txt: looks like a PNG image, not plain text"),
        (
            b"PK\x03\x04\x14\x00",
            "error",
            "file.txt: looks like a ZIP archive (or a .docx/.xlsx/.odt document), not plain text",
        ),
    ],
)
def test_empty_and_binary_files_say_why(tmp_path: Path, data: bytes, status: str, error: str) -> None:
    _write(tmp_path, "file.txt", data)
    doc = _only(tmp_path)
    assert (doc.status, doc.error, doc.text) == (status, error, "")


def test_random_binary_is_rejected(tmp_path: Path) -> None:
    noise = random.Random(0).randbytes(4096)
    _write(tmp_path, "noise.txt", noise)
    _write(tmp_path, "noise_no_nul.txt", noise.replace(b"\x00", b"\x01"))
    docs = ingest_documents(tmp_path)
    assert [(d.status, d.error) for d in docs] == [
        (
            "error",
            "noise.txt: not a plain-text file (contains NUL bytes: binary data, or UTF-16 without a BOM?)",
        ),
        (
            "error",
            "noise_no_nul.txt: not UTF-8 nor another known text encoding (binary data?); save it as UTF-8",
        ),
    ]


def test_text_full_of_control_characters_is_binary() -> None:
    # Valid UTF-8 (and decodable by any 8-bit code page), but no one writes this.
    data = b"\x01\x02\x1b\x7f" * 50 + b"A few words."
    assert decode_text(data) == ("", "not a plain-text file (200 control characters: binary data?)")
    assert decode_text(b"Page one.\fPage two.\tTabbed.\x1a") == ("Page one.\fPage two.\tTabbed.\x1a", None)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (RUSSIAN, "cp1251"),
        (RUSSIAN, "koi8_r"),
        (FRENCH, "latin-1"),
        (GERMAN, "latin-1"),
        (FRENCH, "cp1252"),
        ("Zażółć gęślą jaźń, powiedział Paweł Łódzki.", "cp1250"),
        (RUSSIAN, "utf-16"),  # with a byte-order mark, as Windows Notepad writes it
        (FRENCH, "utf-16-be"),
        (GERMAN, "utf-8-sig"),
        (ENGLISH, "utf-8"),
    ],
)
def test_legacy_encodings_are_decoded(tmp_path: Path, text: str, encoding: str) -> None:
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    _write(tmp_path, "doc.txt", data)
    doc = _only(tmp_path)
    assert (doc.status, doc.text) == ("ok", text)


@pytest.mark.parametrize("text", ["Hi.", "A", "Born 1950.", "Tromsø", "“Quoted” — dash"])
def test_short_utf8_stays_utf8(text: str) -> None:
    assert decode_text(text.encode()) == (text, None)


def test_short_latin1_is_not_read_as_another_script() -> None:
    assert decode_text("Tromsø".encode("latin-1")) == ("Tromsø", None)
    assert decode_text("Café Noir".encode("latin-1")) == ("Café Noir", None)


def test_utf16_with_bom_and_windows_newlines(tmp_path: Path) -> None:
    _write(tmp_path, "notepad.txt", "Строка один.\r\nLine two.\r\n".encode("utf-16"))
    assert _only(tmp_path).text == "Строка один.\nLine two.\n"


def test_line_endings_are_normalised_so_offsets_fit_the_stored_text(tmp_path: Path) -> None:
    _write(tmp_path, "mixed.txt", b"One.\r\nTwo.\rThree.\nFour.")
    text = _only(tmp_path).text
    assert text == "One.\nTwo.\nThree.\nFour."
    assert text[text.index("Three") : text.index("Three") + 5] == "Three"
    assert "\r" not in text


def test_file_over_the_size_limit_is_an_error_not_a_crash(tmp_path: Path) -> None:
    with (tmp_path / "dump.txt").open("wb") as file:
        file.truncate(50_000_000)  # sparse: cheap to create
    _write(tmp_path, "ok.txt", b"Small.")
    docs = ingest_documents(tmp_path)
    assert [(d.source_path, d.status) for d in docs] == [("dump.txt", "error"), ("ok.txt", "ok")]
    assert docs[0].error == "dump.txt: file is 50.0 MB, over the 20 MB limit"
    assert docs[0].content_sha256 != docs[1].content_sha256


def test_size_limit_is_a_parameter(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", b"x" * 1_000)
    _write(tmp_path, "b.txt", b"x" * 1_001)
    docs = ingest_documents(tmp_path, max_bytes=1_000)
    assert [d.status for d in docs] == ["ok", "error"]
    assert docs[1].error == "b.txt: file is 0.0 MB, over the 0.001 MB limit"


def test_non_english_document_is_read(tmp_path: Path) -> None:
    _write(tmp_path, "ru.txt", RUSSIAN.encode())
    doc = _only(tmp_path)
    assert (doc.status, doc.text) == ("ok", RUSSIAN)
    assert guess_language(doc.text) == "ru"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (ENGLISH, "en"),
        (RUSSIAN, "ru"),
        ("Ο Γιώργος Παπαδόπουλος γεννήθηκε στην Αθήνα το 1950.", "el"),
        ("山田太郎は東京で生まれました。彼は医者として働きました。", "ja"),
        ("北京是中国的首都。他在上海工作了十年,后来回到北京。", "zh"),
        (FRENCH, None),  # Latin script but not English: needs a real language identifier
        (GERMAN, None),
        ("Too short", None),
        ("", None),
    ],
)
def test_guess_language_from_script(text: str, language: str | None) -> None:
    assert guess_language(text) == language


def test_file_names_with_spaces_and_non_ascii_are_kept(tmp_path: Path) -> None:
    _write(tmp_path, "Åsa Öberg/biografi – 1950 års.txt", b"Text.")
    _write(tmp_path, "Иван Петров.txt", b"Text.")
    assert [d.source_path for d in ingest_documents(tmp_path)] == [
        "Åsa Öberg/biografi – 1950 års.txt",
        "Иван Петров.txt",
    ]


def test_file_name_that_is_not_utf8_is_an_error(tmp_path: Path) -> None:
    try:
        with open(os.fsencode(tmp_path) + b"/caf\xe9.txt", "wb") as file:
            file.write(b"Text.")
    except (OSError, ValueError):
        pytest.skip("this file system only allows UTF-8 file names")
    doc = _only(tmp_path)
    assert doc.source_path == "caf\ufffd.txt"
    assert (doc.status, doc.error) == (
        "error",
        "caf\ufffd.txt: file name is not valid UTF-8; rename the file",
    )


def test_folder_named_like_a_text_file_is_not_a_document(tmp_path: Path) -> None:
    (tmp_path / "x.txt").mkdir()
    _write(tmp_path, "x.txt/inside.txt", b"Text.")
    assert [d.source_path for d in ingest_documents(tmp_path)] == ["x.txt/inside.txt"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_named_pipe_is_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would wait forever
    assert ingest_documents(tmp_path) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_is_an_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "locked.txt", b"Secret.")
    path.chmod(0)
    try:
        doc = _only(tmp_path)
    finally:
        path.chmod(0o644)
    assert (doc.status, doc.error) == ("error", "locked.txt: cannot read file: Permission denied")


def test_read_failure_is_an_error_even_as_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path, "locked.txt", b"Secret.")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    doc = _only(tmp_path)
    assert (doc.status, doc.error) == ("error", "locked.txt: cannot read file: Permission denied")


def test_a_folder_that_cannot_be_listed_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path, "a.txt", b"Readable text.")
    _write(tmp_path, "private/b.txt", b"Hidden from us.")
    real_scandir = os.scandir

    def refuse(path: str | os.PathLike[str]) -> object:
        if Path(path).name == "private":  # simulated: the tests may run as root
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    docs = ingest_documents(tmp_path)
    assert [(d.source_path, d.status) for d in docs] == [("a.txt", "ok"), ("private/", "error")]
    assert docs[1].error == "private/: cannot list folder: Permission denied; its files were skipped"


def test_symlinks(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    _write(raw, "real.txt", b"Real text.")
    _write(tmp_path, "outside/elsewhere.txt", b"Outside text.")
    (raw / "link.txt").symlink_to(raw / "real.txt")
    (raw / "outside_link.txt").symlink_to(tmp_path / "outside/elsewhere.txt")
    (raw / "broken.txt").symlink_to(raw / "missing.txt")
    (raw / "loop.txt").symlink_to(raw / "loop.txt")
    (raw / "folder_link").symlink_to(tmp_path / "outside", target_is_directory=True)
    docs = {d.source_path: d for d in ingest_documents(raw)}
    # Links to files are read under their own path; links to folders are not followed.
    assert sorted(docs) == ["broken.txt", "link.txt", "loop.txt", "outside_link.txt", "real.txt"]
    assert (docs["link.txt"].text, docs["outside_link.txt"].text) == ("Real text.", "Outside text.")
    assert docs["link.txt"].content_sha256 == docs["real.txt"].content_sha256
    assert docs["link.txt"].doc_id != docs["real.txt"].doc_id
    for name in ("broken.txt", "loop.txt"):
        assert docs[name].status == "error"
        assert docs[name].error == f"{name}: broken symbolic link (its target is missing)"


def test_read_document_on_a_folder_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "x.txt").mkdir()
    doc = read_document(tmp_path / "x.txt", tmp_path)
    assert (doc.status, doc.error) == ("error", "x.txt: not a regular file")


def test_one_batch_of_everything_goes_on_and_ids_are_stable(tmp_path: Path) -> None:
    _write(tmp_path, "1 empty.txt", b"")
    _write(tmp_path, "2 report.txt", PDF)
    _write(tmp_path, "3 ru.txt", RUSSIAN.encode("cp1251"))
    _write(tmp_path, "4 noise.txt", random.Random(1).randbytes(512))
    _write(tmp_path, "5 good.txt", ENGLISH.encode())
    (tmp_path / "6 broken.txt").symlink_to(tmp_path / "missing")
    first = ingest_documents(tmp_path)
    assert [d.status for d in first] == ["empty", "error", "ok", "error", "ok", "error"]
    for doc in first:
        assert (doc.status == "ok") == (doc.error is None)
        assert doc.error is None or doc.error.startswith(f"{doc.source_path}: ")
    assert ingest_documents(tmp_path) == first
