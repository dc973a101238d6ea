"""wirecoder: news articles in, a sourced database of political and conflict events out.

The library comes first; the ``wirecoder`` command line is a thin layer over it::

    from wirecoder import Settings, Pipeline, Store, read_inputs

    settings = Settings.load()
    with Store.open("wirecoder.db") as store:
        for item in Pipeline(settings).run(read_inputs(["news/"], settings)):
            ...
"""
from __future__ import annotations

__version__ = "0.1.0"
PIPELINE_VERSION = f"wirecoder-{__version__}"

from .errors import (  # noqa: E402
    ArticleTooLarge,
    BinaryInput,
    EmptyInput,
    IngestError,
    MalformedRecord,
    SettingsError,
    StoreError,
    UnsupportedFormat,
    WirecoderError,
)
from .records import Actor, Article, Event, Mention, Place, Rejection  # noqa: E402
from .settings import Settings  # noqa: E402

__all__ = [
    "Actor", "Article", "ArticleTooLarge", "BinaryInput", "EmptyInput", "Event", "IngestError",
    "MalformedRecord", "Mention", "PIPELINE_VERSION", "Place", "Rejection", "Settings",
    "SettingsError", "StoreError", "UnsupportedFormat", "WirecoderError", "__version__",
]
