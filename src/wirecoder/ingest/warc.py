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
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type not in ("response", "resource"):
                continue
            n += 1
            where = f"{name}#record {n}"
            url = record.rec_headers.get_header("WARC-Target-URI")
            if record.http_headers is not None:
                status = record.http_headers.get_statuscode()
                ctype = record.http_headers.get_header("Content-Type") or ""
                if status and status != "200":
                    log.info("%s: skipped HTTP %s response for %s", where, status, url)
                    continue
            else:
                ctype = record.rec_headers.get_header("Content-Type") or ""
            if "html" not in ctype.lower():
                log.info("%s: skipped %s (%s), not HTML", where, url, ctype or "no content type")
                continue
            payload = record.content_stream().read(max_bytes + 1)
            if len(payload) > max_bytes:
                yield Rejection(where, f"response body over {max_bytes:,} bytes (setting max_file_bytes)")
                continue
            if getattr(record.raw_stream, "limit", 0) > 0:
                # fewer bytes than the record's Content-Length: the file ends mid-record
                yield Rejection(where, "truncated WARC record (file ends inside it), skipped")
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
    except Exception as exc:  # warcio and gzip raise many kinds on damaged archives
        yield Rejection(f"{name}#record {n + 1}", f"truncated or damaged WARC record, rest of file skipped ({type(exc).__name__}: {exc})")
