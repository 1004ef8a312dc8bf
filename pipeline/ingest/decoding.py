"""Bytes from raw/ to the text we store, or the reason they are not plain text.

Order of checks: known binary formats (by magic bytes), a byte-order mark,
NUL bytes, strict UTF-8, then a guess among a short list of legacy encodings.
Newlines are normalised last, so character offsets in every later stage are
into exactly the text we store.

Limits: a short text in a legacy 8-bit encoding is ambiguous (``Tromsø`` is
valid cp1252 and cp1250); ties go to the encoding listed first below, so a few
accented letters may come out wrong in a one-line file. UTF-16/32 is only
recognised with a byte-order mark; without one it reads as binary (NUL bytes).
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import CharsetMatch, from_bytes

# File signatures of formats people save with a .txt name by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.odt document)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (.doc/.xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
)
# UTF-32 before UTF-16: the UTF-32-LE mark starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Legacy encodings we expect, most likely first (the tie-break): Western,
# Central European and Cyrillic Windows code pages, KOI8-R, Greek, Turkish,
# Baltic. Mac and DOS code pages are left out: on short texts they win
# guesses they should not (ü read as ¸ in mac_roman).
_SINGLE_BYTE = ["cp1252", "cp1250", "cp1251", "koi8_r", "cp1253", "cp1254", "cp1257"]
# Tried only when no single-byte encoding fits; with them in the first round a
# short Cyrillic text is read as Korean.
_MULTI_BYTE = ["cp932", "gb18030", "big5", "cp949"]
# Control characters (C0, DEL, C1) other than tab, line and page breaks
# (\t \n \v \f \r), which do occur in text.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# More control characters than this share of the text means binary data; a
# few in a short note (a DOS end-of-file ^Z, a stray escape) do not.
_MAX_CONTROL_SHARE = 0.01
_MIN_CONTROLS = 4


def decode_text(data: bytes) -> tuple[str, str | None]:
    """The text (BOM dropped, newlines normalised) and None, or "" and why it is not text."""
    text, problem = _decode(data)
    if problem is None:
        problem = _binary_problem(text)
    if problem is not None:
        return "", problem
    # Offsets are into this normalised text; \r\n would otherwise count twice.
    return text.replace("\r\n", "\n").replace("\r", "\n"), None


def sniff_format(data: bytes) -> str | None:
    """The name of a known binary format ``data`` starts with ("a PDF file"), or None."""
    return next((name for magic, name in _MAGIC if data.startswith(magic)), None)


def _decode(data: bytes) -> tuple[str, str | None]:
    if (name := sniff_format(data)) is not None:
        return "", f"looks like {name}, not plain text"
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_as(data, encoding)
    if b"\x00" in data:
        return "", "not a plain-text file (contains NUL bytes: binary data, or UTF-16 without a BOM?)"
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    guessed = guess_encoding(data)
    if guessed is None:
        return "", "not UTF-8 nor another known text encoding (binary data?); save it as UTF-8"
    return _decode_as(data, guessed)


def _decode_as(data: bytes, encoding: str) -> tuple[str, str | None]:
    try:
        return data.decode(encoding), None
    except UnicodeDecodeError as exc:
        return "", f"not valid {encoding} text (invalid byte at offset {exc.start}); save it as UTF-8"


def guess_encoding(data: bytes) -> str | None:
    """The most plausible legacy encoding of non-UTF-8 ``data``, or None when none fits."""
    for candidates in (_SINGLE_BYTE, _MULTI_BYTE):
        matches = list(from_bytes(data, cp_isolation=candidates))
        if matches:
            best = min(matches, key=lambda match: _rank(match, candidates))
            return _preferred(best, candidates)
    return None


def _rank(match: CharsetMatch, candidates: list[str]) -> tuple[float, float, int]:
    # Rounded so that near-ties fall to our order of likelihood, not to noise.
    order = candidates.index(_preferred(match, candidates))
    return round(match.chaos, 2), -round(match.coherence, 2), order


def _preferred(match: CharsetMatch, candidates: list[str]) -> str:
    # A match stands for every encoding that decodes the bytes to the same text.
    same_text = [name for name in candidates if name in match.could_be_from_charset]
    return same_text[0] if same_text else match.encoding


def _binary_problem(text: str) -> str | None:
    controls = sum(1 for _ in _CONTROL.finditer(text))
    if controls >= _MIN_CONTROLS and controls / len(text) > _MAX_CONTROL_SHARE:
        return f"not a plain-text file ({controls} control characters: binary data?)"
    return None
