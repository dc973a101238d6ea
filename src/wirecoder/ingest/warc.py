"""WARC files (Common Crawl News and the like): HTML responses become articles, read lazily."""
from __future__ import annotations

import logging
import re
from typing import BinaryIO, Iterator

from ..errors import IngestError
from ..records import Rejection
from .decode import decode_bytes
from .html import read_html
from .raw import RawDoc

log = logging.getLogger(__name__)
_CHARSET = re.compile(r"charset=([\w.:-]+)", re.I)


def read_warc(stream: BinaryIO, name: str, max_bytes: int) -> Iterator[RawDoc | Rejection]:
    from warcio.archiveiterator import ArchiveIterator

    n = 0
    truncated = f"truncated WARC record (the file ends inside it), skipped"
    try:
        records = ArchiveIterator(stream)
        for record in records:
            if record.rec_type not in ("response", "resource"):
                continue
            n += 1
            where = f"{name}#record {n}"
            url = record.rec_headers.get_header("WARC-Target-URI")
            skip = None
            if record.http_headers is not None:
                status = record.http_headers.get_statuscode()
                ctype = record.http_headers.get_header("Content-Type") or ""
                if status and status != "200":
                    skip = f"HTTP {status} response"
            else:
                ctype = record.rec_headers.get_header("Content-Type") or ""
            if skip is None and "html" not in ctype.lower():
                skip = f"{ctype or 'no content type'}, not HTML"
            if skip is not None:
                while record.raw_stream.read(1 << 20):
                    pass  # read past it, to know whether it is whole
                if getattr(record.raw_stream, "limit", 0) > 0:
                    yield Rejection(where, truncated)
                    return
                log.info("%s: skipped %s (%s)", where, url, skip)
                continue
            payload = record.content_stream().read(max_bytes + 1)
            if len(payload) > max_bytes:
                yield Rejection(where, f"response body over {max_bytes:,} bytes (setting max_file_bytes)")
                continue
            if getattr(record.raw_stream, "limit", 0) > 0:
                # fewer bytes than the record's Content-Length: the file ends mid-record
                yield Rejection(where, truncated)
                return
            try:
                m = _CHARSET.search(ctype)
                html = None
                if m:
                    try:
                        html = payload.decode(m.group(1))
                    except (LookupError, UnicodeDecodeError):
                        html = None
                if html is None:
                    html, _ = decode_bytes(payload)
                doc = read_html(html, url=url)
            except IngestError as exc:
                yield Rejection(where, exc.reason)
                continue
            yield RawDoc(text=doc.text, origin=where, title=doc.title, source=doc.source,
                         url=doc.url or url, author=doc.author, published=doc.published,
                         captions=doc.captions)
        if _unread_tail(stream, records):
            # warcio stops quietly when the file ends inside a record's headers
            yield Rejection(f"{name}#record {n + 1}", truncated)
        elif n == 0:
            yield Rejection(name, "no response records in this WARC (empty, damaged or not a crawl of web pages)")
    except Exception as exc:  # warcio and gzip raise many kinds on damaged archives
        log.debug("%s: damaged WARC", name, exc_info=True)
        detail = str(exc)
        detail = f": {detail}" if detail and len(detail) <= 120 and detail.isascii() and detail.isprintable() else ""
        yield Rejection(f"{name}#record {n + 1}",
                        f"truncated or damaged WARC record, rest of file skipped ({type(exc).__name__}{detail})")


def _unread_tail(stream: BinaryIO, records) -> bool:
    """Whether bytes other than white space follow the last whole record (seekable files)."""
    try:
        end = records.get_record_offset() + records.get_record_length()
        if not stream.seekable():
            return False
        size = stream.seek(0, 2)
        if size <= end:
            return False
        stream.seek(end)
        return bool(stream.read(min(size - end, 65536)).strip())
    except (AttributeError, TypeError, OSError, ValueError):
        return False
