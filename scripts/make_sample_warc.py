"""Pack HTML pages into a gzipped WARC of HTTP responses, as Common Crawl News ships them.

Used once to build src/wirecoder/samples/warc/news-crawl.warc.gz from pages we wrote:
    python scripts/make_sample_warc.py OUT.warc.gz URL=PAGE.html [URL=PAGE.html ...]
"""
from __future__ import annotations

import io
import sys

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def main(out: str, pairs: list[str]) -> None:
    with open(out, "wb") as f:
        writer = WARCWriter(f, gzip=True)
        for pair in pairs:
            url, _, path = pair.rpartition("=")
            body = open(path, "rb").read()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8"),
                                                  ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(record)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
