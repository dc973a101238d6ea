"""Named exceptions. The CLI turns each into one line on stderr that says how to fix it."""
from __future__ import annotations


class WirecoderError(Exception):
    """Base class of every error wirecoder raises on purpose."""


class SettingsError(WirecoderError):
    """A setting (config file, environment variable or flag) has an unusable value."""


class StoreError(WirecoderError):
    """The SQLite store cannot be opened, migrated or written."""


class IngestError(WirecoderError):
    """An input (file, record, feed item) cannot be turned into an article.

    ``where`` names the input (file, and line or record number when known).
    """

    def __init__(self, reason: str, where: str | None = None):
        super().__init__(reason)
        self.reason = reason
        self.where = where

    def __str__(self) -> str:  # "path:line: reason"
        return f"{self.where}: {self.reason}" if self.where else self.reason


class UnsupportedFormat(IngestError):
    """The input is of a kind wirecoder does not read."""


class BinaryInput(UnsupportedFormat):
    """The input is binary data, not text."""


class EmptyInput(IngestError):
    """The input holds no text."""


class ArticleTooLarge(IngestError):
    """An article or file is over the configured size limit."""


class MalformedRecord(IngestError):
    """A JSON line, feed item or WARC record is broken or lacks required fields."""


class QueryError(WirecoderError):
    """A query's parameters are unusable (a bad date, an unknown type, a malformed cursor)."""


class NotFound(WirecoderError):
    """The article, event or actor asked for is not in the database."""


class ReviewError(WirecoderError):
    """A judgement cannot be made: unknown event, actor or judgement, or an unusable value."""


class ExportError(WirecoderError):
    """An export cannot be written: an unknown format or a file that cannot be created."""
