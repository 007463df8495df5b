"""Bytes to text: UTF-8 (with or without BOM) first, then a Western fallback or charset-normalizer.

Undecodable or binary bytes raise ``InputError`` E101 (empty), E102 (binary) or E103 (no sensible text)."""

from __future__ import annotations

import codecs
import contextlib
import re

from charset_normalizer import from_bytes

from storyline.errors import InputError

CONTROL_SHARE = 0.05  # above this share of control characters the bytes are taken as binary
REPLACEMENT_SHARE = 0.02  # above this share of U+FFFD the decoding is taken as failed
_WESTERN_PUNCT = set("‘’‚“”„–—…•€£¥©®°±×÷«»¡¿§¶·")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # category Cc but tab, newlines, \v, \f
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_:.-]+)""", re.I)
_XML_DECL = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_:.-]+)""", re.I)


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, list[str]]:
    """Decode ``data`` to text with ``\n`` line ends; returns it and warnings ("W100: decoded as cp1252")."""
    if not data.strip():
        raise InputError("E101")
    text, encoding = _decode(data, declared)
    check_sensible(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("E101")
    trusted = ("utf-8", "utf-16", _whatwg(declared))
    warnings = [] if encoding in trusted else [f"W100: decoded as {encoding}"]
    return text, warnings


def declared_encoding(data: bytes) -> str | None:
    """The charset an HTML ``<meta>`` or XML declaration names in the first 4 KB, if Python knows it."""
    head = data[:4096]
    match = _DECLARED.search(head) or _XML_DECL.search(head)
    if not match:
        return None
    return _whatwg(match.group(1).decode("ascii"))


def _decode(data: bytes, declared: str | None) -> tuple[str, str]:
    """Try UTF-8, UTF-16 (BOM), the declared charset, then a fallback; returns (text, encoding name)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise InputError("E102", "contains NUL bytes")
    declared = _whatwg(declared)
    if declared and declared != "utf-8":
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    return _fallback(data)


def _whatwg(name: str | None) -> str | None:
    """Python's name for a declared charset; Latin-1 and ASCII labels mean cp1252, as in browsers."""
    if not name:
        return None
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        return None
    return "cp1252" if canonical in ("iso8859-1", "ascii") else canonical


def _fallback(data: bytes) -> tuple[str, str]:
    """Pick cp1252 (which covers Latin-1 text) unless charset-normalizer's guess reads more plausibly."""
    candidates: list[tuple[str, str]] = []
    with contextlib.suppress(UnicodeDecodeError):
        candidates.append((data.decode("cp1252"), "cp1252"))
    best = from_bytes(data).best()
    if best is not None and best.encoding not in ("cp1252", "windows_1252"):
        candidates.append((str(best), best.encoding))
    if not candidates:
        controls = sum(1 for byte in data if byte < 9 or 13 < byte < 32 or byte == 127)
        if controls / len(data) > CONTROL_SHARE:
            raise InputError("E102", f"{controls} control bytes in {len(data)}")
        raise InputError("E103", "no encoding decodes these bytes")
    return max(candidates, key=lambda c: _plausibility(c[0]))  # max keeps the first (cp1252) on ties


def _plausibility(text: str) -> float:
    """Share of characters usual in Western text: ASCII, Latin-1 letters and common typographic marks."""
    if not text:
        return 0.0
    good = sum(1 for ch in text if ch < "\x7f" or "\xc0" <= ch <= "\xff" or ch in _WESTERN_PUNCT)
    return good / len(text)


def check_sensible(text: str) -> None:
    """Raise E102 when ``text`` has NULs or many control characters, E103 when many replacement marks."""
    if "\x00" in text:
        raise InputError("E102", "contains NUL bytes")
    if not text:
        return
    controls = len(_CONTROLS.findall(text))
    if controls / len(text) > CONTROL_SHARE:
        raise InputError("E102", f"{controls} control characters in {len(text)}")
    replaced = text.count("\ufffd")
    if replaced / len(text) > REPLACEMENT_SHARE:
        raise InputError("E103", f"{replaced} undecodable characters in {len(text)}")
