"""Bytes to text: BOMs, UTF-16 without BOM, UTF-8, then cp1252/latin-1; binary refused."""
from __future__ import annotations

import codecs
import unicodedata

from ..errors import BinaryInput, EmptyInput

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control characters that never appear in text files (tab, newlines, form feed are fine).
_CONTROL = set(range(0, 9)) | {11} | set(range(14, 32)) | {127}


def sniff_encoding(data: bytes) -> tuple[str | None, int]:
    """Return (encoding, BOM length) when the bytes say which Unicode encoding they use."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    sample = data[:4096]
    if len(sample) >= 4:
        even_nul = sample[0::2].count(0)
        odd_nul = sample[1::2].count(0)
        half = len(sample) // 2
        # ASCII-range text in UTF-16 has a NUL in every other byte.
        if odd_nul > 0.4 * half and even_nul < 0.05 * half:
            return "utf-16-le", 0
        if even_nul > 0.4 * half and odd_nul < 0.05 * half:
            return "utf-16-be", 0
    return None, 0


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode file bytes to text, returning (text, encoding used).

    Raises :class:`EmptyInput` for no text and :class:`BinaryInput` for binary data.
    """
    if not data.strip():
        raise EmptyInput("empty input: no text to read")
    encoding, skip = sniff_encoding(data)
    if encoding is not None:
        try:
            text = data[skip:].decode(encoding)
        except UnicodeDecodeError:
            raise BinaryInput(f"not readable as {encoding}: the file looks binary") from None
        return _checked(text), encoding
    if b"\x00" in data[:65536]:
        raise BinaryInput("binary data (NUL bytes), not a text file")
    try:
        return _checked(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    # Windows-1252 covers Latin-1's printable range plus curly quotes; its five undefined
    # bytes fall back to Latin-1 so nothing is lost.
    text = data.decode("cp1252", errors="strict") if _cp1252_ok(data) else data.decode("latin-1")
    return _checked(text), "cp1252"


def _cp1252_ok(data: bytes) -> bool:
    return not any(b in data for b in (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d"))


def _checked(text: str) -> str:
    sample = text[:65536]
    if not sample.strip():
        raise EmptyInput("empty input: no text to read")
    controls = sum(1 for ch in sample if ord(ch) in _CONTROL)
    if "\x00" in sample or controls > max(8, len(sample) // 100):
        raise BinaryInput("binary data (control characters), not a text file")
    return normalize_text(text)


def normalize_text(text: str) -> str:
    """Unicode NFC, Unix newlines, no BOM, no trailing spaces on lines."""
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = unicodedata.normalize("NFC", text)
    return "\n".join(line.rstrip() for line in text.split("\n"))
