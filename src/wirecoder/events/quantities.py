"""Quantities events report: how many were killed, injured, arrested or displaced, how many
took part or fought, and how much money.

:func:`parse_count` and :func:`parse_money` read a number phrase ("at least 250", "hundreds",
"tens of thousands", "twenty-three", "$1.5 billion") without spaCy. :func:`find_quantities`
reads one parsed sentence: each count with the unit its clause gives it (the verb it is the
subject or object of, the noun it counts, or the word beside it) and the token it hangs on.

A quantity is a dict ``{value, value_max, unit, qualifier, currency, text, span}``: ``value``
is the number (the low end of a range), ``value_max`` the high end of a vague count
("hundreds of" is 200–999) or null, ``unit`` one of :data:`UNITS`, ``qualifier`` the hedge
("at least", "more than", "about", "up to") or the vague word ("hundreds"), ``currency`` an
ISO 4217 code for money, ``text`` and ``span`` the words in the article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

UNITS = ("killed", "injured", "arrested", "displaced", "participants", "fighters", "money")

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000, "k": 1_000,
           "trillion": 1_000_000_000_000}
#: vague counts: (low, high)
_VAGUE = {
    "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999), "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 9_999_999), "a few dozen": (24, 60), "several dozen": (24, 99),
    "several hundred": (200, 999), "a few hundred": (200, 500), "several thousand": (2_000, 9_999),
    "a few thousand": (2_000, 5_000), "a dozen": (12, 12), "a handful of": (3, 9), "a handful": (3, 9),
}
_HEDGES = ("at least", "more than", "over", "nearly", "almost", "about", "around", "some", "up to",
           "roughly", "approximately", "an estimated", "as many as", "fewer than", "less than", "at most",
           "close to", "just over", "just under", "in excess of", "upwards of", "as few as")
_CURRENCIES = {"$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "€": "EUR",
               "eur": "EUR", "euro": "EUR", "euros": "EUR", "£": "GBP", "gbp": "GBP", "pound": "GBP",
               "pounds": "GBP", "sterling": "GBP", "¥": "JPY", "yen": "JPY", "yuan": "CNY", "rupees": "INR",
               "rubles": "RUB", "roubles": "RUB", "riyals": "SAR", "dinars": None, "shekels": "ILS",
               "hryvnias": "UAH", "naira": "NGN", "shillings": None, "francs": None, "lira": "TRY",
               "rials": "IRR", "cfa": "XOF"}

#: a casualty or size word (verb, adjective or noun lemma) and the unit it gives a count
_PREDICATES = {
    **dict.fromkeys(["kill", "die", "dead", "death", "slay", "execute", "behead", "massacre", "murder",
                     "perish", "fatality", "body", "corpse", "slaughter", "assassinate", "drown",
                     "lose"], "killed"),
    **dict.fromkeys(["injure", "wound", "hurt", "maim", "injured", "wounded", "injury", "burn",
                     "hospitalise", "hospitalize", "casualty"], "injured"),
    **dict.fromkeys(["arrest", "detain", "capture", "apprehend", "jail", "imprison", "nab", "arrests", "detention", "detainee", "custody", "sentence", "convict"], "arrested"),
    **dict.fromkeys(["displace", "flee", "uproot", "evacuate", "displaced", "refugee", "idp", "homeless",
                     "expel", "deport"], "displaced"),
    **dict.fromkeys(["protest", "rally", "march", "demonstrate", "gather", "protester", "demonstrator",
                     "marcher", "participant", "striker", "mourner", "crowd", "attend", "join",
                     "turn"], "participants"),
    **dict.fromkeys(["fighter", "troop", "soldier", "militant", "rebel", "gunman", "combatant", "recruit",
                     "militiaman", "jihadist", "insurgent", "paratrooper", "marine", "mercenary",
                     "commando", "guerrilla", "deploy", "mobilise", "mobilize", "station", "reservist",
                     "conscript", "volunteer", "police", "policeman", "officer", "personnel"], "fighters"),
}
#: people-counting nouns that take the unit of their verb
_PEOPLE = {"people", "person", "civilian", "man", "woman", "child", "villager", "resident", "worker",
           "student", "passenger", "migrant", "citizen", "member", "supporter", "family", "pilgrim",
           "worshipper", "farmer", "journalist", "activist", "suspect", "individual", "other", "inmate",
           "prisoner", "hostage", "victim", "teenager", "youth", "boy", "girl", "local", "protester"}
#: nouns that are counted but are not quantities of people or money
_NOT_COUNTS = {"percent", "per", "%", "year", "years", "month", "day", "week", "hour", "minute", "kilometre",
               "kilometer", "km", "mile", "metre", "meter", "time", "times", "point", "seat", "vote"}


@dataclass(frozen=True)
class Count:
    value: float
    value_max: float | None = None
    qualifier: str | None = None


def _num(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _words_value(words: list[str]) -> float | None:
    """'twenty three', 'two hundred and fifty', '2.5 million', '1,200', 'a hundred'."""
    total, current, seen = 0.0, 0.0, False
    for w in words:
        if w in {"and", "-"}:
            continue
        if w in {"a", "an"} and not seen:
            current, seen = 1.0, True
            continue
        digits = w.replace(",", "")
        m = re.fullmatch(r"(\d+(?:\.\d+)?)(k|m|mn|bn|b)?", digits)
        if m:
            current += float(m.group(1)) * (_SCALES[m.group(2)] if m.group(2) else 1)
            seen = True
        elif w in _SMALL:
            current += _SMALL[w]
            seen = True
        elif w in _TENS:
            current += _TENS[w]
            seen = True
        elif w in _SCALES and seen:
            scale = _SCALES[w]
            if scale == 100:
                current *= 100
            else:
                total += current * scale
                current = 0.0
        else:
            return None
    return total + current if seen else None


def parse_count(text: str) -> Count | None:
    """A number phrase as a count: "at least 250" → 250 (at least), "hundreds" → 200–999,
    "twenty-three" → 23, "1,200" → 1200. None when the text is not a count."""
    t = " ".join(text.lower().replace("-", " - ").replace("–", " - ").split())
    t = re.sub(r"\s*-\s*", " ", t).strip(" .,")
    hedge = None
    for h in sorted(_HEDGES, key=len, reverse=True):
        if t.startswith(h + " "):
            hedge, t = h, t[len(h) + 1:]
            break
    for lead in ("another ", "a further ", "a total of ", "the "):
        t = t.removeprefix(lead)
    t = re.sub(r"\s+of$", "", t)
    if t in _VAGUE:
        low, high = _VAGUE[t]
        word = t.removeprefix("a ").removesuffix(" of")
        return Count(low, None if low == high else high, hedge or (None if low == high else word))
    words = t.split()
    if not words:
        return None
    value = _words_value(words)
    if value is None:
        return None
    return Count(value, None, hedge)


def parse_money(text: str) -> tuple[Count, str | None] | None:
    """"$1.5 billion" → (1.5e9, USD); "5 million euros"; "£3bn"; "US$200,000"."""
    t = text.lower().replace("us$", "$ ").replace("$", "$ ").replace("€", "€ ").replace("£", "£ ").replace("¥", "¥ ")
    t = re.sub(r"(\d)(bn|m|mn|k)\b", r"\1 \2", t)
    words = t.split()
    currency = None
    kept = []
    for w in words:
        w2 = w.strip(".,")
        if w2 in _CURRENCIES:
            currency = currency or _CURRENCIES[w2]
        elif w2 in {"us", "u.s."}:
            continue
        else:
            kept.append(w2)
    count = parse_count(" ".join(kept))
    if count is None:
        return None
    return count, currency


def _predicate_unit(tok: Any) -> str | None:
    lemma = tok.lemma_.lower()
    if lemma == "round" and tok.pos_ == "VERB" and any(c.lower_ == "up" for c in tok.children):
        return "arrested"  # "rounded up 40 people"
    if lemma == "lose" and not any(c.lower_ in {"life", "lives"} for c in tok.children):
        return None
    if lemma in {"turn"} and not any(c.lower_ == "out" for c in tok.children):
        return None
    if lemma == "shoot":
        return "killed" if any(c.lower_ == "dead" for c in tok.children) else "injured" if any(
            c.lower_ in {"wounded", "injured"} for c in tok.children) else None
    if lemma == "take":
        return "participants" if any(c.lower_ == "part" for c in tok.children) else None
    if lemma in {"flee"}:
        return "displaced"
    return _PREDICATES.get(lemma) or _PREDICATES.get(tok.lower_)


_CASUALTIES = {"killed", "injured", "arrested", "displaced"}
#: counted nouns that name who is counted, not what happened to them
_COUNTED_UNITS = {"fighters", "participants"}


def _unit(counted: Any, number_root: Any) -> tuple[str | None, Any]:
    """The unit of a count and the token it hangs on (the verb or noun of its clause)."""
    # the verb the counted noun is subject or object of ("145 people were killed",
    # "killing 12 people", "police arrested dozens of people", "the death toll rose to 30")
    head, tok = counted.head, counted
    while tok.dep_ in {"pobj", "prep", "conj", "appos"} and head.i != tok.i and head.pos_ in {"ADP", "NOUN", "PROPN", "NUM"} \
            and _PREDICATES.get(head.lemma_.lower()) in (None, *_COUNTED_UNITS):
        tok, head = head, head.head
    verb_unit = None
    if head.i != tok.i:
        verb_unit = _predicate_unit(head)
        if verb_unit is None and head.pos_ in {"VERB", "AUX"} and any(
                c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() == "toll" for c in head.children):
            verb_unit = "killed"  # "the death toll rose to 30"
        if verb_unit == "fighters" and head.pos_ != "VERB":
            verb_unit = None
        if verb_unit in _CASUALTIES:
            return verb_unit, head  # "executed nine men convicted over ...": executed
    # "23 soldiers killed", "seven dead", "12 wounded": a word beside the counted noun
    for c in counted.children:
        if c.dep_ in {"acl", "amod", "oprd", "appos", "relcl"} and c.i > counted.i:
            unit = _predicate_unit(c)
            if unit in _CASUALTIES:
                return unit, c
    if verb_unit is not None:
        return verb_unit, head
    lemma = counted.lemma_.lower()
    unit = _PREDICATES.get(lemma) or _PREDICATES.get(counted.lower_)
    if unit is not None and unit != "participants" or lemma in {"protester", "demonstrator", "marcher",
                                                                  "participant", "mourner", "striker"}:
        return unit, head if head is not counted else counted
    return None, head if head is not counted else counted


def find_quantities(sent: Any, ents: list[Any] | None = None) -> list[tuple[dict[str, Any], Any]]:
    """Each count and sum of money in a parsed sentence with the token it hangs on (the verb or
    noun of its clause; the caller attaches it to the event there). Counts whose unit the
    clause does not give ("three commanders said") are left out, unless an event there names
    one (see :func:`unit_for_event`): their unit is then None. ``ents``: the sentence's
    entities when the caller has them (``sent.ents`` walks every entity of the doc)."""
    out: list[tuple[dict[str, Any], Any]] = []
    doc = sent.doc
    for ent in sent.ents if ents is None else ents:
        if ent.label_ not in {"CARDINAL", "MONEY"}:
            continue
        text = ent.text
        start = ent.start
        # a hedge spaCy left outside the entity ("at least 250", "more than 1,000")
        for n in (3, 2, 1):
            if start - n >= sent.start:
                before = doc[start - n:start].text.lower()
                if before in _HEDGES:
                    text = doc[start - n:ent.end].text
                    start -= n
                    break
        chars = (doc[start].idx, ent.end_char)
        root = ent.root
        if ent.label_ == "CARDINAL" and ent.end < len(doc) and doc[ent.end].lower_ in _CURRENCIES:
            text = doc[start:ent.end + 1].text  # "50 million euros" told as a count
            chars = (doc[start].idx, doc[ent.end].idx + len(doc[ent.end].text))
            parsed = parse_money(text)
            if parsed is not None:
                out.append((_record(parsed[0], "money", parsed[1], text, chars), _hang(doc[ent.end])))
            continue
        if ent.label_ == "MONEY":
            parsed = parse_money(text)
            if parsed is None:
                continue
            count, currency = parsed
            out.append((_record(count, "money", currency, text, chars), _hang(root)))
            continue
        if re.fullmatch(r"(1[89]|20)\d\d", ent.text.strip()) or ent.end < len(doc) and doc[ent.end].lower_ in _NOT_COUNTS:
            continue  # a year, a percentage, a distance
        if ent.end < len(doc) and doc[ent.end].lower_ in {"%", "percent", "per"}:
            continue
        count = parse_count(text)
        if count is None:
            continue
        if _within_including(root):
            continue  # "14 were injured, including three police officers": a part of a count
        # the noun counted: "250 fighters" (nummod), "thousands of protesters", "dozens of people"
        if root.dep_ == "nummod" or (root.dep_ in {"quantmod", "compound"} and root.head.pos_ == "NOUN"):
            counted = root.head
        else:
            of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            counted = pobj if pobj is not None else root
        if counted.lower_ in _NOT_COUNTS or counted.lemma_.lower() in _NOT_COUNTS:
            continue
        unit, hang = _unit(counted, root)
        if unit is None and counted is not root and counted.lemma_.lower() not in _PEOPLE:
            continue
        if unit is None and counted is root and root.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
            continue
        out.append((_record(count, unit, None, text, chars), hang))
    return out


def _within_including(tok: Any) -> bool:
    t = tok
    for _ in range(4):
        if t.lower_ in {"including", "among"} and t.i < tok.i:
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def unit_for_event(event_type: str) -> str | None:
    """The unit an unlabelled count of people takes from its event: the people at a protest
    take part in it; those a force musters are fighters."""
    return {"PROTEST": "participants", "MOBILIZE": "fighters", "COERCE": "arrested"}.get(event_type)


def _hang(tok: Any) -> Any:
    while tok.dep_ in {"pobj", "prep", "nummod", "compound", "quantmod"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _record(count: Count, unit: str | None, currency: str | None, text: str, span: tuple[int, int]) -> dict[str, Any]:
    return {"value": _num(count.value), "value_max": _num(count.value_max) if count.value_max is not None else None,
            "unit": unit, "qualifier": count.qualifier, "currency": currency, "text": text, "span": list(span)}
