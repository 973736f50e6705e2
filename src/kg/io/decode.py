"""Bytes -> text for input files, and the legacy-encoding check.

The decoded text is kept exactly as it is in the file (no newline translation, no
normalisation); only a leading byte-order mark is dropped, so character offsets count code
points of the text after the BOM.

Accepted: UTF-8 (with or without BOM), UTF-16 LE/BE with a BOM, UTF-16 without a BOM when
the NUL bytes make it plain (most ASCII characters have a zero high byte), UTF-32 with a
BOM. Refused with an :class:`~kg.model.InputError`: binary data, bytes that are not UTF-8,
and text in a legacy Vietnamese encoding (Windows-1258, VNI-Windows, TCVN3/ABC), whether as
raw bytes or as "mojibake" already turned into Unicode through a Latin-1 code page.
"""

from __future__ import annotations

import codecs
import re

from kg.model import InputError

__all__ = ["MAX_ARTICLE_CHARS", "MAX_FILE_BYTES", "decode_bytes", "legacy_encoding", "mojibake_problem",
           "sniff_utf16", "text_problem", "undecodable_utf8"]

NEEDS_UNICODE = "kg needs UTF-8 or UTF-16, convert the file first"

# One article is at most this long: extraction keeps an offset map and the tokens of every
# sentence in memory (some 200 bytes per character), so a 50 MB "article" would need
# gigabytes; such a file is a corpus dump, to be split into articles (or given as JSONL).
MAX_ARTICLE_CHARS = 5_000_000
# A .txt or .html file larger than this is refused before it is read (JSONL is streamed and
# may be of any size; each of its articles is held to MAX_ARTICLE_CHARS).
MAX_FILE_BYTES = 100 * 1024 * 1024

# UTF-32 before UTF-16: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

_SNIFF_BYTES = 1 << 16  # how much of a file the UTF-16 heuristic looks at
_SAMPLE_CHARS = 200_000  # how much text the legacy-encoding check looks at


def decode_bytes(data: bytes, source: str) -> str:
    """Decode the bytes of an input file; raise :class:`InputError` naming ``source`` if they are not text.

    >>> decode_bytes(b"\\xef\\xbb\\xbfA\\r\\nB", "a.txt")
    'A\\r\\nB'
    >>> decode_bytes(b"abc\\xff", "a.txt")
    Traceback (most recent call last):
    kg.model.InputError: a.txt: binary or undecodable: invalid UTF-8 at byte 3
    """
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return _decode_unicode(data, len(bom), codec, label, source)
    sniffed = sniff_utf16(data)
    if sniffed:
        return _decode_unicode(data, 0, sniffed, "UTF-16", source)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(source, f"binary or undecodable: NUL byte at byte {nul} (not UTF-8 or UTF-16 text)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise undecodable_utf8(data, err.start, source) from None


def undecodable_utf8(data: bytes, at: int, source: str) -> InputError:
    """The error for bytes that are not UTF-8 from byte ``at``: a legacy encoding if it looks like one.

    UTF-8 text with a few damaged bytes is not called a legacy encoding (read as Latin-1,
    Vietnamese UTF-8 looks much like TCVN3): when most of its non-ASCII characters decode,
    it is reported as damaged UTF-8.
    """
    sample = data[:_SAMPLE_CHARS]
    as_utf8 = sample.decode("utf-8", errors="replace")
    damaged = as_utf8.count("\ufffd")
    decoded = sum(1 for c in as_utf8 if c > "\x7f") - damaged
    if decoded > 2 * damaged:
        return InputError(source, f"binary or undecodable: invalid UTF-8 at byte {at} (the rest is UTF-8: "
                                  f"{damaged} damaged byte sequences in the first {len(sample):,} bytes)")
    guess = legacy_encoding(sample.decode("latin-1"))
    if guess:
        return InputError(
            source,
            f"legacy Vietnamese encoding: looks like {guess[0]}, not UTF-8 (invalid UTF-8 at byte {at}); "
            + NEEDS_UNICODE,
        )
    return InputError(source, f"binary or undecodable: invalid UTF-8 at byte {at}")


def _decode_unicode(data: bytes, skip: int, codec: str, label: str, source: str) -> str:
    try:
        text = str(memoryview(data)[skip:], codec)
    except UnicodeDecodeError as err:
        raise InputError(source, f"binary or undecodable: invalid {label} at byte {skip + err.start}") from None
    nul = text.find("\x00")
    if nul >= 0:
        raise InputError(source, f"binary or undecodable: NUL character at character {nul} of the {label} text")
    return text


_BINARY_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


def text_problem(text: str) -> str | None:
    """The one-line problem with decoded article text kg will not extract, else ``None``.

    Too long (over :data:`MAX_ARTICLE_CHARS`), or binary: a NUL character, or control
    characters making up more than 0.5 % of the text (real articles have none; a stray one
    is let through).

    >>> text_problem("Trung tướng Đỗ Văn Thiện") is None
    True
    >>> text_problem("abc\\x00def")
    'binary or undecodable: NUL character at character 3'
    """
    if len(text) > MAX_ARTICLE_CHARS:
        return (f"article too large: {len(text):,} characters (kg reads at most {MAX_ARTICLE_CHARS:,} "
                "per article; split the file into articles, e.g. as JSONL)")
    nul = text.find("\x00")
    if nul >= 0:
        return f"binary or undecodable: NUL character at character {nul}"
    sample = text[:_SAMPLE_CHARS]
    controls = len(_BINARY_CONTROL.findall(sample))
    if controls > max(3, len(sample) // 200):
        first = _BINARY_CONTROL.search(sample).start()
        return (f"binary or undecodable: {controls} control characters in the first {len(sample):,} "
                f"(the first at character {first})")
    return None


def sniff_utf16(data: bytes) -> str | None:
    """``'utf-16-le'``/``'utf-16-be'`` when BOM-less bytes look like UTF-16 text, else ``None``.

    UTF-16 text has a zero byte in most code units (ASCII, Latin-1 and many Vietnamese
    letters are below U+0100), always on the same side, and decodes to few control
    characters; binary data has zeros on both sides and decodes to garbage.

    >>> sniff_utf16("Trung tướng".encode("utf-16-le"))
    'utf-16-le'
    >>> sniff_utf16(b"plain text") is None, sniff_utf16(b"\\x00\\x01\\x02\\x03binary\\x00\\xff") is None
    (True, True)
    """
    head = data[:_SNIFF_BYTES]
    pairs = len(head) // 2
    if pairs < 2 or b"\x00" not in head:
        return None
    even = head[0 : 2 * pairs : 2].count(0)
    odd = head[1 : 2 * pairs : 2].count(0)
    if odd >= 0.5 * pairs and even <= 0.02 * pairs:
        codec = "utf-16-le"
    elif even >= 0.5 * pairs and odd <= 0.02 * pairs:
        codec = "utf-16-be"
    else:
        return None
    sample = head[: 2 * pairs].decode(codec, errors="replace")
    if len(_CONTROL.findall(sample)) > 0.01 * len(sample):
        return None
    return codec


_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")


# Characters only real Vietnamese Unicode text has (none of them exists in a Latin-1 code
# page): precomposed letters U+1EA0-U+1EF9, ă đ ơ ư ĩ ũ, and the combining tone marks of
# decomposed text.
_GENUINE = re.compile("[\u1ea0-\u1ef9\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0"
                      "\u0128\u0129\u0168\u0169\u0300\u0301\u0303\u0309\u0323]")
_LETTER = r"[^\W\d_]"
_TCVN3_SYMBOLS = "¡¢£¤¥¦§¨©ª«¬\u00ad®µ¶·¸¹»¼½¾"
# What each legacy encoding looks like once its bytes are read as Latin-1/Windows-1252 (each
# pattern starts with a character class, so that the regex engine scans fast):
_LEGACY = (
    # TCVN3 (ABC): letters are symbols, 'Ng\xadêi' = Người, '§¶ng' = Đảng, '®¹i' = đại.
    ("TCVN3 (ABC)", re.compile(f"[{_TCVN3_SYMBOLS}](?:(?<={_LETTER}.)|(?={_LETTER}))")),
    # VNI-Windows: tone marks are separate letters after the vowel, 'Vieät' = Việt,
    # 'Ngöôøi' = Người, 'Ñaûng' = Đảng, 'ñaïi' = đại.
    ("VNI-Windows", re.compile("[ùøûõïÙØÛÕÏäåëüÄÅËÜôÔ](?<=[aeiouyAEIOUYôöÔÖ][ùøûõïÙØÛÕÏ]|[aeoAEO][äåëüÄÅËÜ]|[öÖ][ôÔ])")),
    # Windows-1258: đ/Đ read as ð/Ð, combining tone marks read as Ì ì Ò ò Þ after the vowel,
    # 'Viêòt' = Việt, 'ÐaÒng' = Đảng.
    ("Windows-1258", re.compile("[ðÐÞþÌìÒò](?:(?<=[ðÐÞþ])|(?<=[aeiouyâêôõýãAEIOUYÂÊÔÕÝÃ][ÌìÒòÞ]))")),
)


def mojibake_problem(text: str) -> str | None:
    """The one-line problem for Unicode text that is really legacy-encoded Vietnamese, else ``None``."""
    guess = legacy_encoding(text)
    if guess is None:
        return None
    return (
        f"legacy Vietnamese encoding: the text looks like {guess[0]} read as Latin-1 (mojibake such as "
        f"{guess[1]!r}); kg needs real Unicode text in UTF-8 or UTF-16, convert the file first"
    )


def legacy_encoding(text: str) -> tuple[str, str] | None:
    """``(encoding name, example word)`` if ``text`` looks like a legacy Vietnamese encoding read as Latin-1.

    A simple count: the telltale letter patterns of each legacy encoding against the letters
    only real Vietnamese Unicode has. Only the first 200,000 characters are looked at.

    >>> legacy_encoding("Ñaïi hoäi Ñaûng laàn thöù XII cuûa Vieät Nam")
    ('VNI-Windows', 'Ñaïi')
    >>> legacy_encoding("Đại hội Đảng lần thứ XII của Việt Nam") is None
    True
    """
    sample = text[:_SAMPLE_CHARS]
    best = None
    for name, pattern in _LEGACY:
        hits = pattern.findall(sample)
        if best is None or len(hits) > best[1]:
            best = (name, len(hits), pattern)
    name, score, pattern = best
    if score < 3 or score * 150 < len(sample) or score <= len(_GENUINE.findall(sample)):
        return None
    hit = pattern.search(sample)
    start = max(sample.rfind(" ", 0, hit.start()), sample.rfind("\n", 0, hit.start())) + 1
    end = min((i for i in (sample.find(" ", hit.end()), sample.find("\n", hit.end())) if i >= 0),
              default=len(sample))
    return name, sample[start:end].strip()[:40]
