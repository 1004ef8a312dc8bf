"""Ingest: every file in raw/ becomes a document; bad files say which and why."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest import ingest_documents


def _write(folder: Path, name: str, data: bytes) -> None:
    (folder / name).parent.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)


def test_reads_text_files_in_path_order(tmp_path: Path) -> None:
    _write(tmp_path, "b.txt", "Anna Berg was born in Tromsø.".encode())
    _write(tmp_path, "a/c.txt", b"Second file.")
    docs = ingest_documents(tmp_path)
    assert [d.source_path for d in docs] == ["a/c.txt", "b.txt"]
    assert docs[1].text == "Anna Berg was born in Tromsø."
    assert docs[1].status == "ok" and docs[1].error is None


def test_windows_newlines_and_bom_are_normalised(tmp_path: Path) -> None:
    _write(tmp_path, "crlf.txt", b"\xef\xbb\xbfLine one.\r\nLine two.\r\n")
    (doc,) = ingest_documents(tmp_path)
    assert doc.text == "Line one.\nLine two.\n"


def test_bad_files_are_recorded_not_raised(tmp_path: Path) -> None:
    _write(tmp_path, "latin1.txt", "Caf\xe9 Noir".encode("latin-1"))
    _write(tmp_path, "blank.txt", b"  \n\n")
    _write(tmp_path, "image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    docs = {d.source_path: d for d in ingest_documents(tmp_path)}
    # Legacy 8-bit text is decoded, not rejected (more in test_ingest_bad_inputs.py).
    assert docs["latin1.txt"].status == "ok"
    assert docs["latin1.txt"].text == "Café Noir"
    assert docs["blank.txt"].status == "empty"
    assert docs["blank.txt"].error == "blank.txt: file is empty"
    assert docs["image.png"].status == "error"
    assert docs["image.png"].error == "image.png: looks like a PNG image, not plain text"


def test_hidden_files_and_registry_are_not_documents(tmp_path: Path) -> None:
    _write(tmp_path, ".DS_Store", b"junk")
    _write(tmp_path, "entities.toml", b"[[entity]]\n")
    _write(tmp_path, "doc.txt", b"Text.")
    assert [d.source_path for d in ingest_documents(tmp_path)] == ["doc.txt"]


def test_doc_ids_depend_on_path_and_content(tmp_path: Path) -> None:
    _write(tmp_path, "one.txt", b"Same words.")
    _write(tmp_path, "two.txt", b"Same words.")
    first = ingest_documents(tmp_path)
    assert first[0].content_sha256 == first[1].content_sha256
    assert first[0].doc_id != first[1].doc_id
    assert [d.doc_id for d in ingest_documents(tmp_path)] == [d.doc_id for d in first]


def test_missing_folder_names_it(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="nowhere"):
        ingest_documents(tmp_path / "nowhere")
