"""The mentions stage: named entities, knowledge-base names, group nouns, weapons and
in-article coreference, each resolved to an actor (or a place) with an explanation.

Candidates come from four sources — spaCy's entities, a phrase matcher over the knowledge
base's names and aliases, noun chunks headed by an agent noun ("Iraqi security officials",
"a Western diplomat"), and a weapons list — and are merged into non-overlapping mentions
(longest first; a knowledge-base name beats the entity it sits inside when the entity only
adds lower-case words). Pronouns and definite descriptions ("he", "the group", "the
movement") then point back at the actor they refer to.
"""
from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from spacy.attrs import LOWER

from ..nlp import dateline_end, load_model
from ..records import Actor, Article, Mention, Place
from ..settings import Settings
from .kb import ANTI_GRAFT_KEY, ELECTION_BODY_KEY, KnowledgeBase, election_body, file_stamps, kb_sources, load_kb
from .lexicon import REGIONS, agents, ethnic_groups, person_titles, weapons
from .normalize import fold
from .resolve import ArticleContext, Resolution, Resolver, _ministry_sector, ministry_name, slug

log = logging.getLogger(__name__)

KEPT_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "CARDINAL",
               "QUANTITY", "MONEY"}
_PRIORITY = {"kb": 4, "ner": 3, "group": 2, "weapon": 1}
# a country after one of these is a place ("in Iraq"); after others ("sanctions on Russia",
# "a proposal from Egypt", "linked to Israel") it is an actor
_LOCATIVE_PREPS = {"in", "at", "near", "into", "across", "inside", "outside", "around", "towards", "toward",
                   "throughout", "within", "over", "through", "via", "off", "along", "onto", "beyond"}
_MOTION_VERBS = {"travel", "go", "fly", "return", "arrive", "flee", "send", "deploy", "move", "head", "come",
                 "cross", "smuggle", "transfer", "deport", "extradite", "export", "ship", "sail", "escape"}
#: states whose people's names put the family name first ("Wang Yi", "Kim Jong Un", "Tô Lâm")
_FAMILY_NAME_FIRST = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "KHM"}
#: bodies a region's name may stand before ("the Amhara regional government", "Sindh police")
_REGIONAL_BODIES = {"government", "administration", "authorities", "police", "governor", "assembly", "council",
                    "legislature", "parliament"}
_PERSON_PRONOUNS = {"he", "him", "she", "her", "his"}
_PLURAL_PRONOUNS = {"they", "them"}
#: verbs of saying: a plural subject pronoun in what a group says is the group
_SAYING = {"say", "tell", "complain", "claim", "allege", "report", "insist", "recount", "testify", "add"}
#: definite descriptions and the actor kinds they can point back to
_DESCRIPTIONS = {
    "group": {"armed_group", "party", "ngo", "other"}, "movement": {"armed_group", "party"},
    "militia": {"armed_group"}, "organisation": {"armed_group", "ngo", "igo", "other"},
    "organization": {"armed_group", "ngo", "igo", "other"}, "ministry": {"government"},
    "army": {"military"}, "military": {"military"}, "rebels": {"armed_group"}, "insurgents": {"armed_group"},
    "militants": {"armed_group"}, "agency": {"government", "media", "igo", "intelligence"},
    "bloc": {"igo"}, "alliance": {"igo", "armed_group"}, "kingdom": {"state"},
    "coalition": {"armed_group", "igo", "party", "military"}, "force": {"military", "armed_group", "igo"},
    "jihadists": {"armed_group"}, "fighters": {"armed_group"}, "guerrillas": {"armed_group"},
    "groups": {"armed_group", "party", "ngo", "other"}, "factions": {"armed_group", "party"},
    "party": {"party"},
    # "ordered the suspension of the BBC, accusing the broadcaster of ...": the outlet named before
    "broadcaster": {"media"}, "newspaper": {"media"}, "daily": {"media"}, "outlet": {"media"},
}


#: modifiers of a description that add nothing to whom it points back to ("the 11-member bloc",
#: "the regional bloc", "the armed group")
_BARE_MODIFIER = re.compile(r"\d+-(member|nation|country|state)|regional|western|military|armed|rebel|militant|"
                            r"jihadist|islamist|separatist|insurgent|paramilitary")
#: words that set unnamed armed men apart from the group an article names ("rival gunmen")
_OTHER_GROUP = {"other", "rival", "another", "allied", "splinter", "separate", "different", "unidentified",
                "unknown"}

#: unnamed armed men an article's named group stands for (not "clan militias", "vigilantes")
_RAIDERS = {"gunmen", "gunman", "attackers", "attacker", "assailants", "assailant", "kidnappers", "kidnapper",
            "abductors", "captors", "militants", "militant", "fighters", "insurgents", "insurgent", "jihadists",
            "jihadist", "gang", "extremists", "terrorists", "rebels", "raiders", "group"}

#: plural descriptions of organisations, which point back at organisations, not at people
_COLLECTIVES = {"groups", "factions"}

#: descriptions that point back at a state ("the country")
_STATE_DESCRIPTIONS = {"country", "nation"}
#: words that make a party the governing one ("the ruling party")
_RULING = {"ruling", "governing"}
#: a group's or a force's own men: "its fighters", "their troops" are the group or the force
_OWN_MEN = {"fighters", "militants", "troops", "forces", "soldiers", "members", "units", "commandos", "militiamen",
            "guerrillas", "gunmen", "men"}
#: a country's own armed force, named by these words after the country
_NATIONAL_FORCES = {"army", "armed forces", "military", "navy"}
#: verbs of going somewhere: the place after "to" is where a group went, not where it is from
_MOTION = {"travel", "go", "move", "flee", "cross", "sneak", "infiltrate", "head", "fly", "sail", "march", "migrate",
           "relocate", "escape", "smuggle", "come"}
#: verbs whose "for" names where the mover goes ("left for Lithuania", "set off for Kyiv")
_DEPARTING = {"leave", "depart", "head", "set", "sail", "fly", "board"}
#: verbs and nouns of taking people out of a place: their "from" is where they leave
_LEAVING = {"withdraw", "withdrawal", "pull", "pullout", "pull-out", "evacuate", "evacuation", "recall", "remove",
            "removal", "expel", "expulsion", "deport", "deportation", "repatriate", "repatriation", "extract",
            "redeploy", "redeployment", "drawdown"}


#: lines between states: the state "with" which a border runs is the neighbour, not the setting
_BORDERS = {"border", "frontier", "boundary"}
#: words naming a police branch with a task of its own, not a country's police as a whole
_SPECIAL_POLICE = {"reserve", "border", "special", "rapid", "armed", "central", "military", "riot", "traffic",
                   "railway", "industrial", "frontier", "marine", "maritime", "tourist", "anti-riot", "mobile"}
#: places on a border named with the state across it ("border crossings with Ukraine")
_CROSSINGS = {"crossing", "checkpoint", "post"}
#: verbs that take or leave ground: their settlement is the state's territory, not its people
_GROUND = {"capture", "recapture", "seize", "take", "occupy", "liberate", "retake", "enter", "retreat", "leave",
           "control", "annex"}


def _territory(place: Any) -> bool:
    """A settlement taken, held or left ("captured two Ukrainian villages", "pulled out of the
    Ethiopian border town"): ground, which stands for the state."""
    verb = place.head
    if place.dep_ == "pobj" and place.head.lower_ in {"of", "from"}:
        verb = place.head.head
        if verb.pos_ != "VERB" and verb.head.i != verb.i:
            verb = verb.head  # "pulled out of": the particle
    elif place.dep_ not in {"dobj", "nsubjpass"}:
        return False
    lemma = verb.lemma_.lower()
    return lemma in _LEAVING or lemma in _GROUND


def across_border(tok: Any) -> bool:
    """Whether a place word names a state only as the neighbour across a border ("near the
    Thai border", "the Costa Rica border", "on the border with Rwanda"): the text does not say
    it happens there."""
    for _ in range(3):
        if tok.dep_ in {"amod", "compound", "nmod"} and tok.head.lemma_.lower() in _BORDERS:
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ == "with" and (
                tok.head.head.lemma_.lower() in _BORDERS | _CROSSINGS or
                tok.head.i > 0 and tok.doc[tok.head.i - 1].lemma_.lower() in _BORDERS | _CROSSINGS):
            return True  # (the parser may hang "with" on the verb: "... near the border with Rwanda")
        if tok.dep_ != "compound" or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _clause_verb(tok: Any) -> Any:
    """The verb of the clause a token stands in (the token itself when it is one)."""
    if tok is None:
        return None
    while tok.pos_ not in {"VERB", "AUX"} and tok.head.i != tok.i:
        tok = tok.head
    return tok if tok.pos_ in {"VERB", "AUX"} else None


def _root_at(doc: Any, m: Mention) -> Any:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


#: deeds of force a group's possessive names its doer of ("the police's arrest of ...")
_FORCE_DEEDS = {"arrest", "arrests", "detention", "raid", "raids", "crackdown", "attack", "attacks", "abduction",
                "torture", "execution", "executions", "assault", "massacre", "killings", "seizure", "expulsion"}
#: nouns a place name modifies that are still places ("Gao region", "the Kenyan coast")
_PLACE_HEADS = {"city", "town", "village", "capital", "border", "borders", "frontier", "coast", "island", "islands",
                "side", "territory", "territories", "waters", "airspace", "area", "areas", "zone", "enclave",
                "countryside", "highlands", "regions", "provinces", "states", "districts", "mountains", "port"}


def _modifier_name(doc: Any, m: Mention) -> bool:
    """Whether the place name ``m`` modifies a noun ("a US base", "the Kenyan embassy")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return root.dep_ in {"compound", "amod", "nmod"} and root.head.pos_ == "NOUN" and root.head.i > root.i and \
        root.head.lower_ not in _AREA_NOUNS | _PLACE_HEADS


def _across_border(span: Any) -> bool:
    return across_border(span.root)


def _mover(verb: Any, group: Any) -> bool:
    """Whether ``group`` is who moves in ``verb``: its subject ("militants crossed into Iraq"),
    the subject of the verb it completes ("militants tried to cross into Iraq"), or the noun a
    participle or relative clause of it describes ("a man trying to cross into Moldova", "migrants
    who sailed to Italy")."""
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
    if any(t.dep_ == "nsubj" and group.start <= t.i < group.end for t in verb.children):
        return True
    return verb.dep_ in {"acl", "relcl"} and group.start <= verb.head.i < group.end


def _leaving(group_root: Any) -> bool:
    """The group is what a leaving verb or noun moves: "withdrew its forces", "the withdrawal of
    some invasion forces"."""
    while group_root.dep_ == "conj" and group_root.head.i != group_root.i:
        group_root = group_root.head  # "withdrew its envoy and five other diplomats"
        if group_root.pos_ == "VERB":  # (the parser may coordinate the second object with the verb)
            return group_root.lemma_.lower() in _LEAVING
    head = group_root.head
    if group_root.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif group_root.dep_ not in {"dobj", "nsubjpass"}:
        return False
    return head.lemma_.lower() in _LEAVING or head.lower_ in _LEAVING


#: envoys, whose post ("ambassador to/in/from London") is another state's capital or country
_ENVOYS = {"ambassador", "envoy", "diplomat", "charge", "chargé", "consul", "emissary", "attache", "attaché"}
#: verbs that call an envoy home ("recalled its ambassador from London")
_RECALLING = {"recall", "withdraw", "pull", "summon", "bring"}
#: measures one state takes against another: "sanctions on Moscow" names their target, not their author's home
_MEASURES = {"sanction", "sanctions", "tariff", "tariffs", "embargo", "ban", "restriction", "restrictions", "levy",
             "duty", "duties", "penalty", "penalties", "curb", "curbs", "boycott"}


#: nouns after "foreign" that make it a portfolio ("foreign ministry"), not a group from abroad
_PORTFOLIO = {"ministry", "minister", "ministers", "office", "affairs", "secretary", "department"}


def _portfolio_foreign(tok: Any) -> bool:
    """``tok`` is the "foreign" of a portfolio: "a foreign ministry spokesman"."""
    return tok.lower_ == "foreign" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in _PORTFOLIO


def _envoy_post(prep: Any, group: Any) -> bool:
    """The preposition names an envoy's post: it hangs on an envoy noun ("its ambassador to
    Mexico") or on a verb of recalling whose object is an envoy and whose subject is not the
    group itself ("the government recalled its ambassador from London")."""
    head = prep.head
    if head.pos_ in {"NOUN", "PROPN"} and head.lemma_.lower() in _ENVOYS:
        return not (group.start <= head.i < group.end)
    if head.pos_ == "VERB" and head.lemma_.lower() in _RECALLING:
        return any(t.dep_ == "dobj" and t.lemma_.lower() in _ENVOYS and not (group.start <= t.i < group.end)
                   for t in head.children)
    return False


#: verbs of sending people somewhere: their object's "to" is where they went, not their home
_SENDING = {"send", "deploy", "dispatch", "move", "transfer", "redeploy", "rush", "airlift", "fly", "ship", "bring",
            "return", "repatriate", "deport", "evacuate", "relocate"}
#: prepositions before a place name
_PLACE_PREPS = {"in", "near", "at", "outside", "around", "from", "to", "into", "across", "inside", "towards", "toward"}
#: prepositions whose object is where something happens
_LOCATIVE_PREPS = {"in", "inside", "near", "across", "throughout", "within", "outside", "around", "at"}
#: a state's service by its generic name ("the Chinese coast guard", "Japan's coast guard
#: vessels"): the knowledge base's service of that country whatever its sector (a coast guard is
#: MIL where it is an armed force, COP where it is a police agency)
_NATIONAL_SERVICES = {"coast guard", "coastguard"}
#: the people of a national service ("coast guard officers"): the service itself
_SERVICE_PEOPLE = {"officer", "officers", "personnel", "members", "member", "sailors"}
#: a state's force branch by its generic name and the generic names the knowledge base indexes
#: that state's named force under ("Ukrainian border guards" -> State Border Guard Service of
#: Ukraine, "Iraqi counterterrorism forces" -> Iraqi Counter Terrorism Service, "French
#: gendarmes" -> National Gendarmerie): used only when the named force has the group's sector
_BORDER_SERVICES = ("state border guard service", "border guard service", "border guard", "border security force")
_GENDARMERIES = ("gendarmerie", "national gendarmerie")
_CT_SERVICES = ("counter terrorism service", "counterterrorism service")
_SERVICE_ORGANS = {"border guards": _BORDER_SERVICES, "border guard": _BORDER_SERVICES,
                   "national guard": ("national guard",), "national guardsmen": ("national guard",),
                   "national guardsman": ("national guard",), "gendarmes": _GENDARMERIES,
                   "gendarme": _GENDARMERIES, "gendarmerie": _GENDARMERIES,
                   "counterterrorism forces": _CT_SERVICES, "counter terrorism forces": _CT_SERVICES,
                   "counterterrorism service": _CT_SERVICES, "counter terrorism service": _CT_SERVICES}
#: the second half of "Russian-backed", "Iranian-funded": the state behind a group, not its own
_BACKERS = {"backed", "funded", "sponsored", "supported", "armed", "trained", "allied", "aligned", "affiliated",
            "linked", "financed"}
#: (peoples without a state of their own keep the nation they belong to wherever they are:
#: "Rohingya refugees in Bangladesh" -> MMR, "Tibetan exiles in India" -> CHN; the list is the
#: data file ``ethnic_groups.tsv``, read as ``self.ethnic``)
#: adjectives of stance or degree that open a sentence capitalised before a nationality and an
#: agent noun ("Radical French farmers", "Hardline Iranian clerics"): never part of a name
_STANCE_WORDS = {"radical", "hardline", "militant", "moderate", "conservative", "liberal", "angry", "striking",
                 "furious", "disgruntled", "frustrated", "young", "retired", "veteran", "local", "rival", "exiled",
                 "displaced", "unarmed", "armed", "jailed", "detained", "masked", "suspected", "alleged",
                 "thousands", "hundreds", "dozens", "some", "many", "several"}
#: legislatures named by their bare generic word ("Congress", "the Senate")
_BARE_LEGISLATURES = {"congress", "senate", "parliament", "house of representatives", "national assembly"}
#: what a country's name before it makes a currency ("US dollars", "Hong Kong dollars")
_MONEY_WORDS = {"dollar", "currency", "bond", "treasury"}
#: the last word of a route or crossing that spaCy may tag as an organisation
_ROUTES = {"highway", "motorway", "expressway", "road", "bridge", "avenue", "boulevard", "street", "square",
           "crossing", "tunnel", "pass", "corridor"}
#: peoples of ``ethnic_groups.tsv`` whose members abroad often hold the citizenship of where they live:
#: "Uyghur activists in Turkey" are of Turkey (README-events-actors6.md), "Uyghur men" deported
#: from Thailand of China
_DIASPORAS = {"uyghur", "uyghurs", "uighur", "uighurs"}
#: a post a title-only mention holds in the institution it stands for ("Pakistan's army chief"
#: is the Pakistan Army, as "Nigeria's police chief" is the Nigeria Police Force)
_HEAD_POSTS = {"chief", "chiefs", "commander", "commanders"}
#: units of a force named after it ("an army patrol"): the force itself
_FORCE_UNITS = {"patrol", "patrols", "convoy", "convoys", "unit", "units", "column", "columns"}
#: what a head post of a state's armed forces names ("Ukraine's top commander", "Israel's military
#: chief", "the army chief"): the organ keys of the force it heads, tried in turn (a state's
#: knowledge-base force of sector MIL). ("defence chiefs" are no entry: the words name defence
#: ministers as often as chiefs of defence staff, and events_dev10 codes them as the states)
_FORCE_HEADS = {"army": ("army", "armed forces", "military"),
                "military": ("military", "armed forces", "army"),
                "armed forces": ("armed forces", "military", "army"),
                "top": ("armed forces", "military", "army")}
#: a state's legislature or top court by its generic word ("the country's parliament", "the
#: Hungarian parliament"): the knowledge base names the organ per country
_NATIONAL_BODIES = {"parliament", "legislature", "national assembly", "congress", "supreme court",
                    "constitutional court", "high court"}
#: a state's highest court by a description ("Kenya's top court"): its supreme court, else its
#: constitutional court or council, as the knowledge base names them
_TOP_COURTS = {"top court", "highest court", "apex court", "top judicial body"}
_TOP_COURT_KEYS = ("supreme court", "constitutional court", "constitutional council")
#: a state's main union federation by a description ("the country's main labour union")
_MAIN_UNION = re.compile(r"^(?:main|biggest|largest|leading|umbrella|main umbrella|largest umbrella|national) "
                         r"(?:(?:labour|labor|trade|workers) )?(?:union|unions|union federation|trade union federation|"
                         r"labour federation|labor federation|union confederation)$")
#: a state's anti-corruption agency by a description
_ANTI_GRAFT_AGENCIES = {"anti graft agency", "anti corruption agency", "anti graft commission",
                        "anti corruption commission",
                        "anti graft body", "anti corruption body", "anti graft watchdog", "anti corruption watchdog",
                        "anti corruption bureau", "graft watchdog", "anti graft bureau"}
#: singular office-holders a "he" or "she" can point back to when no one is named
_TITLES = {"ambassador", "envoy", "minister", "president", "official", "spokesman", "spokeswoman", "spokesperson",
           "diplomat", "commander", "general", "governor", "mayor", "prosecutor", "judge", "lawmaker", "senator",
           "chief", "leader", "journalist", "activist", "consul", "attache", "attaché"}
#: the nouns of an unnamed spokesperson
_SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson"}
#: officers who speak for the body that a possessive names ("Chadema's deputy chairman")
_BODY_OFFICERS = {"chairman", "chairwoman", "chairperson", "chair", "leader", "spokesman", "spokeswoman",
                  "spokesperson", "secretary", "president", "head", "chief"}
_BODY_KINDS = {"party", "armed_group", "igo", "ngo"}
#: nouns after a name that make it a place ("the Sahel region", "Zamfara state")
_AREA_NOUNS = {"region", "province", "district", "governorate", "county", "valley", "desert", "belt", "corridor",
               "prefecture", "municipality", "township", "state", "country", "nation"}
#: plural area nouns shared by coordinated names ("the Shahritus and Panj districts")
_AREA_PLURALS = {"regions", "provinces", "districts", "governorates", "counties", "prefectures", "municipalities",
                 "townships", "states", "valleys"}
#: last words of landform names, which are LOC ("Qandil Mountains", "Bekaa Valley")
_LANDFORMS = {"mountains", "mountain", "valley", "river", "hills", "desert", "forest", "plateau", "gorge", "pass",
              "islands", "island", "glacier", "corridor", "shoal", "reef", "plains", "plain"}
#: what is fired: with a nationality adjective it is that state's act ("Ukrainian missiles hit")
_MUNITIONS = {"missile", "missiles", "rocket", "rockets", "shell", "shells", "artillery", "bomb", "bombs"}
#: ships and aircraft: with a nationality and no branch named they stand for the state
#: places people live in: a nationality before one names its inhabitants ("Serb villages")
_SETTLEMENTS = {"village", "villages", "town", "towns", "hamlet", "hamlets", "home", "homes", "house", "houses",
                "neighbourhood", "neighbourhoods", "neighborhood", "neighborhoods"}
_PLATFORMS = {"warship", "warships", "bomber", "bombers", "destroyer", "destroyers", "frigate", "frigates",
              "warplane", "warplanes", "jets", "jet", "aircraft", "drone", "drones", "vessel", "vessels", "ship",
              "ships", "boat", "boats", "helicopter", "helicopters", "submarine", "submarines", "gunboat", "gunboats",
              "plane", "planes", "tank", "tanks"}
#: civilian craft: a nationality on one codes its people, not the state ("a Taiwanese tourist
#: boat" its passengers, "an Estonian cargo ship" its owners); warships and warplanes keep the state
_CIVIL_CRAFT = {"tanker", "tankers", "freighter", "freighters", "dhow", "dhows", "ferry", "ferries", "yacht", "yachts",
                "liner", "liners", "trawler", "trawlers", "carrier", "carriers"}
_CIVIL_CRAFT_USES = {"tourist": "CVL", "passenger": "CVL", "pleasure": "CVL", "cruise": "CVL", "fishing": "CVL",
                     "ferry": "CVL", "dhow": "CVL", "dhows": "CVL", "ferries": "CVL", "yacht": "CVL", "yachts": "CVL",
                     "cargo": "BUS", "container": "BUS", "merchant": "BUS", "commercial": "BUS", "bulk": "BUS",
                     "car": "BUS", "oil": "BUS", "chemical": "BUS", "grain": "BUS", "gas": "BUS", "lng": "BUS",
                     "tanker": "BUS", "tankers": "BUS", "freighter": "BUS", "freighters": "BUS", "liner": "BUS",
                     "liners": "BUS"}
#: nouns for a ship's crew, and the rules that make a mention a civilian craft whose crew they are
_CREWS = {"crew", "crews", "crewmen", "seafarers"}
_CRAFT_RULES = {"civilian-craft", "owned-thing", "owned-craft"}
#: CAMEO's regional codes ("African", "Central Asian"), which name no state
_REGION_CODES = frozenset(REGIONS.values())
#: participles after "<nationality>-" that make the thing that nationality's business
#: ("a Greek-owned tanker", "a Japanese-operated car carrier"; not "Serbian-run offices", which
#: a state runs)
_OWNING = {"owned", "operated"}
_BRANCHES = {"army", "navy", "military", "guard", "guards", "police", "marine", "marines", "force", "forces",
             "militia", "rebel", "rebels", "militant", "militants"}


#: office titles an "of" after names the state of ("the foreign minister of Kazakhstan")
_OFFICES_OF = {"minister", "president", "premier", "chancellor", "king", "emir", "ambassador", "envoy", "ministry",
               "army", "military", "police", "navy", "parliament", "spokesman", "spokeswoman", "secretary"}


@dataclass
class _Cand:
    start: int  # token indices
    end: int
    label: str
    source: str
    kb_id: str | None = None
    sector: str | None = None
    country: str | None = None
    definite: bool = False  # "the group": may point back at an actor named earlier
    name: str | None = None  # a group's own name the knowledge base lacks ("the Los Choneros gang")

    @property
    def length(self) -> int:
        return self.end - self.start


_MATCHERS: dict[tuple[str, tuple[str, ...]], tuple[tuple, Any]] = {}


def _matchers(model: str, kb_files: tuple[str, ...], stamps: tuple = ()):
    """Phrase matchers over the knowledge base's names and the weapons list, built once per
    model and knowledge-base files, and again when a file changed (``stamps``): one copy each,
    the 4 most recently built."""
    key = (model, tuple(kb_files))
    hit = _MATCHERS.get(key)
    if hit is not None and hit[0] == stamps:
        return hit[1]
    _MATCHERS.pop(key, None)
    built = _build_matchers(model, tuple(kb_files))
    _MATCHERS[key] = (stamps, built)
    while len(_MATCHERS) > 4:
        _MATCHERS.pop(next(iter(_MATCHERS)))
    return built


_matchers.cache_clear = _MATCHERS.clear  # type: ignore[attr-defined]


def _build_matchers(model: str, kb_files: tuple[str, ...]):
    from spacy.matcher import PhraseMatcher

    nlp = load_model(model)
    kb = load_kb(kb_files)
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")   # short and all-capital names: case matters
    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    ids: dict[str, list[str]] = {}
    seen: set[str] = set()
    for a in kb.actors.values():
        names = [a.name, *a.aliases]
        for name in names:
            if a.kind == "person" and " " not in name.strip() and a.id.startswith("phx-"):
                continue  # a lone given name or surname from the bulk dictionary is too ambiguous
            for variant in _variants(name):
                if variant in seen or len(variant) < 2:
                    continue
                seen.add(variant)
                key = f"{len(ids)}"
                ids[key] = kb.by_alias.get(fold(variant), [a.id]) or [a.id]
                doc = nlp.make_doc(variant)
                caps = len(variant) <= 4 or variant.isupper() or a.kind == "state" and len(variant) <= 6
                (exact if caps else lower).add(key, [doc])
    for a in kb.actors.values():  # capitals and seats: "Asmara denied", "the Kremlin said"
        for met in a.metonyms:
            if met not in seen and met[:1].isupper():
                seen.add(met)
                key = f"{len(ids)}"
                ids[key] = []
                exact.add(key, [nlp.make_doc(met)])
    weapon = PhraseMatcher(nlp.vocab, attr="LOWER")
    weapon.add("WEAPON", [nlp.make_doc(w) for w in weapons()])
    return exact, lower, ids, weapon


#: organisations' short names and their full names ("UN refugee agency", "United Nations refugee agency")
_SPELLED_OUT = {"UN ": "United Nations ", "EU ": "European Union ", "AU ": "African Union "}


def _variants(name: str) -> set[str]:
    out = {name, name.replace("’", "'"), name.replace("'", "’")}
    for short, full in _SPELLED_OUT.items():
        if name.startswith(short) and len(name.split()) >= 3:
            out.add(full + name[len(short):])
    for v in list(out):
        if "-" in v:
            out.add(v.replace("-", " "))
        for art in ("al-", "Al-", "el-", "El-"):
            if art in v:
                out.add(v.replace(art, art[:-1] + " "))
                out.add(v.replace(art, ""))
    return {v for v in out if v.strip()}


#: what makes "groups" armed groups ("the new covert groups", "militant cells")
_ARMED_GROUP_WORDS = {"new", "covert", "armed", "militant", "extremist", "jihadist", "insurgent", "rebel",
                      "splinter", "loyalist", "proxy", "shadowy", "secret", "clandestine", "terrorist", "terror",
                      "paramilitary", "radical", "islamist"}
#: what an agent operates or is organised in: "coast guard vessels", "intelligence services"
_GROUP_NOUNS = {"group", "groups", "cell", "cells"}
#: words before "agent" that make it a substance or a trade, not a spy ("a nerve agent",
#: "chemical agents", "a travel agent")
_AGENT_THINGS = {"nerve", "chemical", "chemicals", "biological", "toxic", "riot", "control", "riot-control", "warfare",
                 "blister", "blistering", "choking", "incapacitating", "travel", "estate", "free", "sports", "shipping",
                 "insurance", "literary", "talent", "booking", "cleaning", "cooling", "active", "change", "agent"}
#: words before "union" that make it an arrangement between states, not a trade union
#: verbs of putting money somewhere ("deposited $2 billion in the central bank")
_DEPOSIT_VERBS = {"deposit", "park", "place", "put", "inject", "keep", "hold", "transfer", "wire"}
#: bodies that speak for the people a possessive names ("survivors' groups", "mothers' association")
_BODIES_OF_PEOPLE = {"group", "groups", "association", "associations", "committee", "committees", "organisation",
                     "organisations", "organization", "organizations", "network", "collective"}
_UNION_OF_THINGS = {"customs", "monetary", "currency", "banking", "economic", "political", "fiscal", "energy",
                    "postal", "tariff", "payments", "transfer", "defence", "defense", "market", "markets", "state",
                    "federal", "civil", "personal", "credit"}

_CARRIERS = {"vessels", "ships", "boats", "aircraft", "jets", "planes", "helicopters", "services", "units",
             "agencies", "agency", "drones", "warplanes", "warships", "gunships", "gunboats", "artillery", "tanks"}
#: heads naming people by their job alone, whose modifier may say more ("intelligence officials")
#: nouns naming one person's post, to which a name can stand in apposition
_TITLE_NOUNS = {"minister", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "president", "governor",
                "mayor", "commander", "chief", "leader", "lawmaker", "senator", "judge", "prosecutor", "secretary",
                "adviser", "advisor", "director", "premier", "chancellor", "general", "deputy", "head", "official"}
_LEADERS = {"leader", "leaders", "commander", "commanders", "chieftain", "chieftains", "boss", "bosses"}
#: verbs whose subject tells the clause they govern ("said police had arrested ...")
_SPEAKING = {"say", "tell", "announce", "confirm", "report", "add", "state", "claim", "write", "allege"}
_VAGUE_PEOPLE = {"officials", "official", "officers", "officer", "agents", "agent", "personnel", "sources",
                 "source", "members", "member", "staff", "spokesman", "spokeswoman", "spokesperson", "units",
                 "unit", "services", "service", "chief", "chiefs", "head", "vessels", "ships", "boats"}


#: adjectives that, capitalised as a sentence's first word, spaCy glues to the name after them
_FRESH_WORDS = {"new", "fresh", "renewed", "further", "more", "heavy", "fierce", "latest", "recent"}


class MentionStage:
    """Find mentions in each parsed article and resolve them."""

    name = "mentions"

    def __init__(self, settings: Settings, kb: KnowledgeBase | None = None):
        self.settings = settings
        self.kb = kb or load_kb(kb_sources(settings))
        self.resolver = Resolver(self.kb)
        self.kb.by_skeleton  # noqa: B018 - build the transliteration index now, not on the first article
        files = kb_sources(settings)
        self.exact, self.lower, self.match_ids, self.weapon = _matchers(settings.model, files, file_stamps(files))
        self.agents = agents()
        self.ethnic = ethnic_groups()  # "Uyghur men", "Tibetan monks": people of their homeland's state
        self.agent_heads = {term.split()[-1] for term in self.agents}
        strings = load_model(settings.model).vocab.strings
        #: hashes of the lower-case words that can end an unnamed group ("troops", "vessels", "cells")
        self._group_head_ids = {strings.add(w) for w in self.agent_heads | _CARRIERS | _GROUP_NOUNS}
        self._state_description_ids = {strings.add(w) for w in _STATE_DESCRIPTIONS}
        self._coref_word_ids = {strings.add(w) for w in
                                _PERSON_PRONOUNS | _PLURAL_PRONOUNS | {"them", "it", "its"} | set(_DESCRIPTIONS)}
        self.titles = person_titles()
        from ..geo.gazetteer import load_gazetteer

        self.gazetteer = load_gazetteer()

    def __call__(self, articles: list[Article]) -> list[Article]:
        for a in articles:
            if a.doc is not None:
                a.mentions = self.extract(a.doc, a.published)
        return articles

    # -- candidates ------------------------------------------------------------------------
    def extract(self, doc: Any, published: str | None = None) -> list[Mention]:
        cands = self._ner(doc) + self._kb(doc) + self._groups(doc) + self._weapons(doc) + self._the_country(doc) + \
            self._demonym_runs(doc)
        cands += self._untagged_places(doc, cands)
        chosen = self._state_peoples(self._ethnic(self._merge(cands, doc), doc), doc)
        ctx = ArticleContext(published=published)
        named = Counter(iso for c in chosen if c.label in {"GPE", "NORP"} and not _across_border(doc[c.start:c.end])
                        for iso in [self.kb.country_of_word(doc[c.start:c.end].text)] if iso)
        ctx.countries = set(named)
        ctx.main_country = named.most_common(1)[0][0] if named else None
        ctx.ranked = [iso for iso, _ in named.most_common()]
        dated = self._dateline_country(doc, chosen)
        if dated is not None:
            # "KAMPALA, March 3 - Parliament passed a resolution condemning Britain ... British
            # officials ...": the state a dateline puts the story in is where its unnamed bodies
            # belong, however often another state is named
            ctx.countries.add(dated)
            ctx.main_country = ctx.dateline = dated
            ctx.ranked = [dated] + [iso for iso in ctx.ranked if iso != dated]
        mentions: list[tuple[_Cand, Mention]] = []
        # unnamed groups last: by then every place of their sentence is known; those with a
        # nationality of their own before those without ("Jihadists ambushed a convoy of
        # Burkinabe soldiers": the soldiers' country is known when the jihadists' is sought)
        order = [c for c in chosen if c.label != "GROUP"] + [c for c in chosen if c.label == "GROUP" and c.country] + \
            [c for c in chosen if c.label == "GROUP" and not c.country]
        for c in order:
            span = doc[c.start:c.end]
            self._relabel(c, span, ctx)
            res = self._resolve(c, span, doc, ctx, mentions)
            region = self._namesake_region(span) if c.label in {"GPE", "ORG"} else None
            if region is None and c.label in {"GPE", "ORG", "LOC"}:
                region = self._department(span)
            if region is not None:
                # "gunmen in Niger state": the Nigerian state of that name, not the country
                res = Resolution(None, region, {"rule": "namesake-region", "alias": span.text, "score": 0.7})
                c.label = "GPE"
            if c.label == "GPE" and res.place is None:
                city = self._city(span.text, ctx)
                if city is not None:
                    res.place = city.place()
            mentions.append((c, Mention(span.text, span.start_char, span.end_char, c.label,
                                        res.actor, res.place, res.explain)))
        mentions = self._bare_legislatures(doc, mentions)
        mentions = self._armed_wings(doc, mentions, ctx)
        mentions += self._coref(doc, mentions)
        mentions += self._neighbours(doc, mentions, ctx)
        mentions += self._country_organs(doc, mentions, ctx)
        mentions = self._article_group(doc, mentions)
        mentions.sort(key=lambda cm: cm[1].start)
        return [m for _, m in mentions]

    def _country_organs(self, doc: Any, mentions: list[tuple[_Cand, Mention]], ctx: ArticleContext) -> list[tuple[_Cand, Mention]]:
        """"after the country's internal security service accused him": a body that "the
        country" (resolved to a state) owns, named by a description the knowledge base indexes
        for that state (a security, intelligence or enforcement service), is that body."""
        out: list[tuple[_Cand, Mention]] = []
        for c, m in mentions:
            if m.label != "PRON" or m.actor is None or m.actor.kind != "state" or \
                    fold(m.text) not in _STATE_DESCRIPTIONS:
                continue
            tok = doc[c.start]
            head = tok.head
            if tok.dep_ != "poss" or head.i <= tok.i or head.pos_ not in {"NOUN", "PROPN"}:
                continue
            lo = tok.i + 1
            while lo < head.i and doc[lo].tag_ == "POS":
                lo += 1
            span = doc[lo:head.i + 1]
            named = [(k, o) for k, (_, o) in enumerate(mentions) if o.start == span.start_char
                     and o.end == span.end_char and o.label == "ORG" and o.actor is not None]
            if named and named[0][1].actor.country != m.actor.country:
                # "the country's State Security Service" (of Georgia): of the knowledge base's
                # bodies of that name, the one of the state "the country" is
                k, o = named[0]
                same = [a for a in self.kb.lookup(o.text) if a.country == m.actor.country and a.kind != "state"] or [
                    a for a in [self.kb.actors.get(self.kb.organs.get((m.actor.country, fold(o.text)), ""))]
                    if a is not None and a.country == m.actor.country and not a.id.startswith("phx-")]
                if len(same) == 1:
                    mentions[k] = (mentions[k][0], replace(o, actor=same[0].actor(ctx.published), resolution={
                        "rule": "country-organ", "alias": fold(span.text), "score": 0.75}))
                continue
            if len(span) < 2 or any(not (o.end <= span.start_char or o.start >= span.end_char) for _, o in mentions):
                continue
            organ = self.kb.actors.get(self.kb.organs.get((m.actor.country, fold(span.text)), ""))
            if organ is None or organ.id.startswith("phx-") or organ.country != m.actor.country or \
                    organ.kind not in {"intelligence", "police"}:
                continue
            out.append((_Cand(span.start, span.end, "ORG", "kb", kb_id=organ.id),
                        Mention(span.text, span.start_char, span.end_char, "ORG", organ.actor(ctx.published), None,
                                {"rule": "country-organ", "alias": fold(span.text), "score": 0.75})))
        return out

    def _near(self, a: str, b: str) -> bool:
        """Whether two states lie close enough to be neighbours: their capitals or their
        centroids less than 4,000 km apart (a sanity check; the knowledge base has no borders)."""
        from ..geo.toponyms import _capitals, haversine_km

        caps = _capitals()
        pairs = []
        if a in caps and b in caps:
            pairs.append((*caps[a], *caps[b]))
        sa, sb = self.kb.state(a), self.kb.state(b)
        if sa is not None and sb is not None and None not in (sa.lat, sa.lon, sb.lat, sb.lon):
            pairs.append((sa.lat, sa.lon, sb.lat, sb.lon))
        return any(haversine_km(*p) < 4000 for p in pairs)

    def _neighbours(self, doc: Any, mentions: list[tuple[_Cand, Mention]], ctx: ArticleContext) -> list[tuple[_Cand, Mention]]:
        """"Armenia accused its neighbour of massing troops ... Azerbaijan's defence ministry
        called the claim disinformation": a state's unnamed neighbour is the one other state
        near it that the article names; with none or several, no one (never the state itself)."""
        out: list[tuple[_Cand, Mention]] = []
        known = [m for _, m in mentions]
        for tok in doc:
            if tok.lower_ not in {"neighbour", "neighbor"} or tok.pos_ not in {"NOUN", "PROPN"}:
                continue
            if any(m.start <= tok.idx < m.end for m in known):
                continue
            poss = next((t for t in tok.children if t.dep_ == "poss"), None)
            if poss is None:
                continue
            owner_tok = poss
            if poss.lower_ in {"its", "their"}:
                # the owner is the clause's subject: "Armenia accused its neighbour"
                verb = tok.head
                while verb.dep_ in {"prep", "pobj", "xcomp", "ccomp", "conj"} and verb.head.i != verb.i and \
                        not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
                    verb = verb.head
                owner_tok = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                if owner_tok is None:
                    continue
            owner = next((m for m in known if m.start <= owner_tok.idx < m.end and m.actor is not None), None)
            if owner is None and owner_tok.i + 1 < len(doc):
                owner = next((m for m in known if owner_tok.left_edge.idx <= m.start <= owner_tok.idx
                              and m.actor is not None), None)
            own = owner.actor.country if owner is not None else None
            if not own or not self.kb.state(own):
                continue
            # states named by name, nationality or a named body ("Congolese officials", "Armenia's
            # defence ministry"), not an unnamed group that took its country from a place
            others = {m.actor.country if m.actor is not None else m.place.country
                      for c, m in mentions if (m.actor is not None and m.actor.country and m.actor.sector != "IGO"
                                               and (c.label != "GROUP" or c.country
                                                    or not m.actor.id.startswith("generic:")))
                      or (m.actor is None and m.place is not None and m.place.country
                          and m.place.precision == "country")}
            others = {iso for iso in others if iso and iso != own and self.kb.state(iso) and self._near(own, iso)}
            if len(others) != 1:
                continue
            (iso,) = others
            lo = min([t.i for t in tok.lefts if t.dep_ in {"amod", "compound"}] + [tok.i])
            span = doc[lo:tok.i + 1]
            c = _Cand(span.start, span.end, "GPE", "group")
            out.append((c, Mention(span.text, span.start_char, span.end_char, "PRON",
                                   self.kb.actors[iso].actor(ctx.published), None,
                                   {"rule": "neighbour", "alias": fold(span.text), "score": 0.65})))
        return out

    def _ministry_actor(self, country: str, words: list[str], ctx: ArticleContext) -> Actor | None:
        """The ministry of ``country`` whose portfolio ``words`` give ("foreign", "defence"):
        the knowledge base's organ of that title and country, else a new one."""
        ministry = ministry_name(words)
        if ministry is None or not self.kb.state(country):
            return None
        known = [a for a in self.kb.lookup(ministry) if a.country == country]
        if len(known) != 1:
            organ = self.kb.organs.get((country, fold(" ".join(words + ["ministry"]))))
            known = [self.kb.actors[organ]] if organ in self.kb.actors else []
        if len(known) == 1:
            return known[0].actor(ctx.published)
        return Actor(id=f"new:org:{country}-{slug(ministry)}", name=ministry, country=country,
                     kind="government", sector=_ministry_sector(ministry))

    def _spokesman_ministry(self, c: _Cand, span: Any, doc: Any, ctx: ArticleContext, done: list) -> Resolution | None:
        """"A Chinese foreign ministry spokesman accused ...", "a spokesman for India's external
        affairs ministry criticised ...": an unnamed spokesman speaks for his ministry (the
        gold's coding, art7-02), not for the state as a whole."""
        head = span.root
        ministry = next((t for t in span if t.lower_ == "ministry" and t.i < head.i), None)
        country = c.country
        if ministry is None:
            # "a spokesman for Pakistan's foreign ministry"
            ministry = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "for"
                             for o in p.children if o.dep_ == "pobj" and o.lower_ == "ministry"), None)
            if ministry is None:
                return None
            poss = next((t for t in ministry.children if t.dep_ == "poss"), None)
            adj = [t for t in ministry.lefts if t.dep_ in {"amod", "compound"} and self.resolver.country_of(t.text)]
            country = (self.kb.country_of_word(poss.text) if poss is not None else None) or (
                self.resolver.country_of(adj[0].text) if adj else None)
            lo = ministry.left_edge.i
        else:
            lo = span.start
        words = [t.text for t in doc[lo:ministry.i] if not self.resolver.country_of(t.text)
                 and t.pos_ in {"NOUN", "PROPN", "ADJ"} and t.dep_ != "poss"]
        if not words:
            return None
        country = country or self._local_country(c, span, ctx, done)
        if not country and span.root.dep_ in {"nsubj", "nsubjpass"}:
            # "Japan lodged a protest with China ... A foreign ministry spokesman accused Beijing":
            # the spokesman of the state whose act the sentence before told
            prior = [m for _, m in done if m.end <= span.sent.start_char and m.actor is not None]
            before = self._previous_main_subject(doc, span.root, prior) if prior else None
            if before is not None and before.actor.kind == "state" and before.label == "GPE":
                country = before.actor.country
        if not country:
            return None
        actor = self._ministry_actor(country, words, ctx)
        if actor is None:
            return None
        return Resolution(actor, None, {"rule": "ministry-spokesman", "alias": fold(span.text), "score": 0.8})

    def _dateline_country(self, doc: Any, chosen: list[_Cand]) -> str | None:
        """The state of the place a wire dateline names ("KAMPALA, March 3 - "), if any."""
        end = dateline_end(doc.text)
        if end is None:
            return None
        for c in chosen:
            if c.label == "GPE" and doc[c.start].idx < end:
                text = doc[c.start:c.end].text
                iso = self.kb.country_of_word(text)
                if iso is None:
                    city = self._city(text, ArticleContext())
                    iso = city.country if city is not None else None
                return iso
        return None

    @staticmethod
    def _article_group(doc: Any, mentions: list[tuple[_Cand, Mention]]) -> list[tuple[_Cand, Mention]]:
        """"Gunmen abducted 30 pupils ... Lakurawa claimed the kidnapping ... UNICEF called on the
        kidnappers": in an article that names one armed group of a country, the unnamed armed
        men of that country it tells of ("the attackers", "the kidnappers", "the gang",
        "militants") are that group; with two named groups of the country the text does not say
        which, and "rival gunmen", "other militants" are someone else. Only across sentences: a
        sentence that names the group itself and tells of unnamed fighters keeps them apart."""
        named: dict[str, set[str]] = {}
        actors: dict[str, Actor] = {}
        told_in: set[tuple[str, int]] = set()  # (group, sentence start) where the group is named
        for _, m in mentions:
            a = m.actor
            if a is not None and a.kind == "armed_group" and a.country and \
                    not a.id.startswith(("generic:", "new:")):
                named.setdefault(a.country, set()).add(a.id)
                actors[a.id] = a
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None and m.label != "PRON":  # (by name: "The group ... its fighters" are its own)
                    told_in.add((a.id, span.sent.start))
        if not named:
            return mentions
        out = []
        for c, m in mentions:
            a = m.actor
            ids = named.get(a.country or "") if a is not None else None
            if a is not None and ids and len(ids) == 1 and a.id.startswith("generic:") and \
                    a.sector in {"REB", "INS"} and (m.resolution or {}).get("rule") != "regional-group" and \
                    not any(w in _OTHER_GROUP for w in fold(m.text).split()) and \
                    (m.label != "GROUP" or fold(m.text).split()[-1:] and fold(m.text).split()[-1] in _RAIDERS):
                (gid,) = ids
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or (gid, span.sent.start) in told_in:
                    # "Palestinian militants fired rockets ..., and Israeli aircraft struck Hamas
                    # targets": a sentence that names the group and tells of unnamed fighters
                    # beside it keeps them apart; only a later or earlier sentence points back
                    out.append((c, m))
                    continue
                m = replace(m, actor=actors[gid], resolution={
                    "rule": "article-group", "alias": actors[gid].name, "score": 0.7,
                    "was": (m.resolution or {}).get("rule")})
            out.append((c, m))
        return out

    def _armed_wings(self, doc: Any, mentions: list[tuple[_Cand, Mention]], ctx: ArticleContext) -> list[tuple[_Cand, Mention]]:
        """"Hamas's armed wing", "the military wing of Hezbollah": the wing the knowledge base
        knows as part of the organisation (the Qassam Brigades), else the organisation itself."""
        out = list(mentions)
        for tok in doc:
            if tok.lower_ not in {"wing", "wings"} or tok.i == 0 or doc[tok.i - 1].lower_ not in {"armed", "military"}:
                continue
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is None and tok.i >= 3 and doc[tok.i - 2].tag_ == "POS":
                owner = doc[tok.i - 3]  # "Hamas's armed wing" however the parser hangs it
            if owner is None:
                owner = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                              for o in p.children if o.dep_ == "pobj"), None)
            if owner is None:
                continue
            found = next(((c, m) for c, m in out if m.label == "ORG" and m.actor is not None
                          and m.start <= owner.idx < m.end), None)
            if found is None:
                continue
            org = found[1].actor
            wings = [a for a in self.kb.actors.values() if a.kind == "armed_group" and any(
                f.get("type") == "part_of" and f.get("actor") == org.id for f in a.affiliations)]
            actor = wings[0].actor(ctx.published) if len(wings) == 1 else org
            lo = min(tok.i - 1, found[0].start)
            if doc[lo].lower_ == "the":
                lo += 1
            hi = max(tok.i, found[0].end - 1) + 1
            span = doc[lo:hi]
            inside = [(c, m) for c, m in out if not (m.end <= span.start_char or m.start >= span.end_char)]
            if any(m is not found[1] and (c.label != "GROUP" or m.start < span.start_char or m.end > span.end_char)
                   for c, m in inside):
                continue
            for cm in inside:
                out.remove(cm)
            c = _Cand(lo, hi, "ORG", "kb", kb_id=actor.id)
            out.append((c, Mention(span.text, span.start_char, span.end_char, "ORG", actor, None,
                                   {"rule": "armed-wing", "alias": fold(span.text), "score": 0.8})))
        out.sort(key=lambda cm: cm[1].start)
        return out

    def _bare_legislatures(self, doc: Any, mentions: list[tuple[_Cand, Mention]]) -> list[tuple[_Cand, Mention]]:
        """"Congress voted to cut aid ..., lawmakers in Washington said": a legislature named by
        its bare generic word, which no country qualifies, is the one of the country whose
        legislators or places the same sentence names (where the knowledge base has that organ)."""
        out = []
        for c, m in mentions:
            key = fold(m.text).removeprefix("the ")
            if c.label == "ORG" and key in _BARE_LEGISLATURES and m.actor is not None and \
                    m.actor.id.startswith("new:") and not m.actor.country:
                sent = doc[c.start].sent
                others = [o for _, o in mentions if sent.start_char <= o.start < sent.end_char and o is not m]
                countries = [o.actor.country for o in others if o.actor is not None and o.actor.sector == "LEG"
                             and o.actor.country] + [o.place.country for o in others if o.label == "GPE"
                                                     and o.actor is None and o.place is not None and o.place.country]
                organ = next((self.kb.actors[i] for iso in countries
                              if (i := self.kb.organs.get((iso, key))) in self.kb.actors), None)
                if organ is not None:
                    m = Mention(m.text, m.start, m.end, m.label, organ.actor(None), m.place,
                                {"rule": "bare-legislature", "alias": key, "score": 0.7})
            out.append((c, m))
        return out

    def _trim(self, doc: Any, start: int, end: int) -> tuple[int, int]:
        while start < end and doc[start].lower_ in {"the", "a", "an"}:
            start += 1
        while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
            end -= 1
        if end - start > 1 and doc[start].is_sent_start and doc[start].lower_ in _FRESH_WORDS:
            # "New European Union sanctions target ...": a capitalised first word glued to a known
            # name (not "New Zealand" or "New York", names or places of their own)
            full, rest = doc[start:end].text, doc[start + 1:end].text
            if not self.kb.lookup(full) and self.resolver.country_of(full) is None and \
                    self.kb.country_of_word(full) is None and (self.kb.lookup(rest) or self.kb.country_of_word(rest)):
                # ("New British sanctions": the nationality word is the state's)
                start += 1
        return start, end

    def _ner(self, doc: Any) -> list[_Cand]:
        out = []
        for ent in doc.ents:
            if ent.label_ not in KEPT_LABELS:
                continue
            start, end = self._trim(doc, ent.start, ent.end)
            if start >= end:
                continue
            # "Russia's Foreign Ministry" as one entity: the possessor is its own mention
            pos = next((t.i for t in doc[start:end] if t.tag_ == "POS" and t.i > start), None)
            if pos is not None and ent.label_ == "ORG" and self.kb.country_of_word(doc[start:pos].text):
                out.append(_Cand(start, pos, "GPE", "ner"))
                start = pos + 1
                if start >= end:
                    continue
            label = ent.label_
            seps = [t.i for t in doc[start:end] if t.text == "," or t.lower_ == "and"]
            if seps and label in {"ORG", "GPE", "LOC"}:
                # "Mali, Burkina Faso and Niger" read as one entity: a list of states is one
                # mention per state
                parts, s0 = [], start
                for i in [*seps, end]:
                    parts.append((s0, i))
                    s0 = i + 1
                parts = [(a, b) for a, b in parts if b > a]
                if len(parts) > 1 and all(self.kb.country_of_word(doc[a:b].text) for a, b in parts):
                    out.extend(_Cand(a, b, "GPE", "ner") for a, b in parts)
                    continue
            if label in {"ORG", "GPE"} and doc[end - 1].dep_ == "appos" and doc[end - 1].head.lower_ in _TITLE_NOUNS \
                    and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[start:end]):
                # "Senegal's interior minister, Mamadou Ndiaye, ...": a name in apposition to a
                # person's title is a person, with the given names spaCy left out
                label = "PERSON"
                while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" \
                        and doc[start - 1].text[:1].isupper() and doc[start - 1].head.i < end:
                    start -= 1
            if label in {"FAC", "ORG"} and start > 0 and doc[start - 1].lower_ in _TITLE_NOUNS and \
                    2 <= end - start <= 3 and all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper()
                                                  for t in doc[start:end]) and \
                    not self.kb.lookup(doc[start:end].text) and not self.gazetteer.lookup(doc[start:end].text):
                # "Benue state governor Hyacinth Alia" with the name read as a facility: a name of
                # two or three words right after a person's title, known as no body or place, is
                # the title holder
                label = "PERSON"
            if label == "PERSON":
                start = self._strip_title(doc, start, end)
                end = self._name_end(doc, end)
            out.append(_Cand(start, end, label, "ner"))
        return out

    def _untagged_places(self, doc: Any, cands: list[_Cand]) -> list[_Cand]:
        """Towns and provinces the model did not tag ("killed 14 people in Odesa"): a
        capitalised proper noun after a place preposition that the gazetteer knows by that very
        name as a town of 50,000 or more, or as a province or region."""
        taken = {i for c in cands for i in range(c.start, c.end)}
        out = []
        for tok in doc:
            if tok.i in taken or tok.pos_ != "PROPN" or not tok.is_alpha or not tok.text[:1].isupper() \
                    or not (tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS
                            or tok.dep_ == "dobj" and tok.head.pos_ == "VERB"  # "Russia pounded Kharkiv"
                            # "the Amhara regional government"
                            or tok.dep_ in {"nmod", "compound", "amod"} and tok.head.lower_ in _REGIONAL_BODIES):
                continue
            start = tok.i
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i and \
                    doc[start - 1].pos_ == "PROPN" and doc[start - 1].i not in taken:
                start -= 1
            name = doc[start:tok.i + 1].text
            key = fold(name)
            entry = next((e for e in self.gazetteer.lookup(name) if fold(e.name) == key and e.country and (
                e.kind in {"admin1", "region"} or e.kind == "city" and e.population >= 50_000)), None)
            if entry is not None:
                # "in the Qandil Mountains": a landform is a location, not a political unit
                label = "LOC" if entry.kind == "region" and tok.lower_ in _LANDFORMS else "GPE"
                out.append(_Cand(start, tok.i + 1, label, "gazetteer"))
        return out

    @staticmethod
    def _name_end(doc: Any, end: int) -> int:
        """The end of a person's name that the entity (or a shorter known name) cut short:
        "Maria Corina" + "Machado", "Ana Maria" + "Quiroga" when the last word of the span is a
        compound of a capitalised proper noun right after it."""
        while end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end \
                and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
        return end

    def _demonym_runs(self, doc: Any) -> list[_Cand]:
        """Nationality adjectives of several words ("Sierra Leonean", "South Sudanese") that
        spaCy splits into unrelated entities."""
        out = []
        for i in range(len(doc) - 1):
            if not doc[i].text[:1].isupper():
                continue
            for n in (3, 2):
                run = doc[i:i + n]
                key = fold(run.text)
                if i + n <= len(doc) and all(t.is_alpha and t.text[:1].isupper() and not t.is_stop for t in run) \
                        and len(key.split()) == n and key in self.kb.adjective and not any(
                            self.kb.actors[a].kind == "state" for a in self.kb.by_alias.get(key, [])):
                    out.append(_Cand(i, i + n, "NORP", "kb"))
                    break
            # "Bosnian Croats", "Kosovo Serbs": a state's people living in another state, which
            # spaCy may leave untagged (see _ethnic)
            nxt = doc[i + 1]
            home = self.resolver.country_of(doc[i].text)
            if home and nxt.text[:1].isupper() and nxt.lower_.endswith("s") and nxt.is_alpha and \
                    self.resolver.country_of(nxt.text[:-1]) not in {None, home} and nxt.head.i != i:
                out.append(_Cand(i, i + 2, "NORP", "kb"))
        return out

    def _ethnic(self, chosen: list[_Cand], doc: Any) -> list[_Cand]:
        """Ethnic and national groups living in a state are people of that state, not their kin
        state (PLOVER's coding: "ethnic Albanians" in Serbia -> SRB, "Bosnian Serbs" -> BIH):
        "ethnic" before a demonym makes it an unnamed group of civilians whose country is where
        they live (a place the sentence gives, else where it is set); a state's name or adjective
        before a plural demonym ("Bosnian Serbs", "Kosovo Serbs") gives that state."""
        for c in chosen:
            if c.label not in {"NORP", "PERSON", "ORG", "GPE"} or c.kb_id is not None and c.label != "NORP":
                continue
            span = doc[c.start:c.end]
            before = doc[c.start - 1].lower_ if c.start > 0 else ""
            home = self.ethnic.get(span.text.lower()) if c.kb_id is None and before != "ethnic" and \
                before not in _LOCATIVE_PREPS else None  # ("in Tigray" is the place)
            if home is not None and c.label in {"NORP", "ORG", "PERSON"}:
                # "40 Uyghur men", "Tigrayans fled": a people of one homeland, its civilians
                c.label, c.sector, c.country, c.source = "GROUP", "CVL", home, "group"
                continue
            last = span[-1]
            plural_people = last.text[:1].isupper() and last.lower_.endswith("s") and \
                self.resolver.country_of(last.text[:-1]) is not None
            prep = next((t for t in last.children if t.dep_ == "prep" and t.lower_ in {"in", "of"}), None)
            abroad = c.label == "NORP" and len(span) == 1 and plural_people and prep is not None and any(
                (iso := self._place_country(o)) is not None and iso != self.resolver.country_of(last.text[:-1])
                for o in prep.children if o.dep_ == "pobj")
            if abroad or c.label == "NORP" and (before == "ethnic" or span[0].lower_ == "ethnic") and (
                    plural_people or self.resolver.country_of(last.text) and last.dep_ not in {"amod", "compound"}):
                c.label, c.sector, c.kb_id, c.source = "GROUP", "CVL", None, "group"
                continue
            if len(span) >= 2 and plural_people:
                home = self.resolver.country_of(span[:-1].text)
                if home and home != self.resolver.country_of(last.text[:-1]):
                    c.label, c.sector, c.country, c.kb_id, c.source = "GROUP", "CVL", home, None, "group"
        return chosen

    def _state_peoples(self, chosen: list[_Cand], doc: Any) -> list[_Cand]:
        """A state's adjective before a people ("Iraqi Kurds", "Syrian Kurds", "Turkish Kurds
        in Iraq"): civilians of that state (README-events-actors6.md), whether spaCy tags the
        two words as one group or two."""
        drop: set[int] = set()
        by_end = {c.end: c for c in chosen if c.label == "NORP"}
        for c in chosen:
            if c.label != "NORP" or id(c) in drop:
                continue
            span = doc[c.start:c.end]
            last = span[-1]
            if not (last.is_alpha and last.text[:1].isupper() and last.lower_.endswith("s")) \
                    or self.resolver.country_of(last.text) or self.resolver.country_of(last.text[:-1]) \
                    or last.lower_ in self.agents:
                continue
            prev = by_end.get(c.start) if len(span) == 1 else None
            home = self.resolver.country_of(span[:-1].text) if len(span) >= 2 else \
                self.resolver.country_of(doc[prev.start:prev.end].text) if prev is not None else None
            if not home or not self.kb.state(home):
                continue
            if prev is not None:
                drop.add(id(prev))
                c.start = prev.start
            c.label, c.sector, c.country, c.kb_id, c.source = "GROUP", "CVL", home, None, "group"
        return [c for c in chosen if id(c) not in drop]

    def _strip_title(self, doc: Any, start: int, end: int) -> int:
        words = [t.lower_ for t in doc[start:end]]
        for title in self.titles:
            n = len(title)
            if n < len(words) and tuple(words[:n]) == title:
                return start + n
        return start

    def _kb(self, doc: Any) -> list[_Cand]:
        out = []
        for matcher in (self.exact, self.lower):
            for match_id, start, end in matcher(doc):
                key = doc.vocab.strings[match_id]
                ids = self.match_ids[key]
                if not ids:  # a capital or seat of government
                    # "the Kremlin", "Downing Street": a seat that is no town names the
                    # government as an organisation (the resolver gives its state)
                    seat = not self.gazetteer.cities(doc[start:end].text)
                    out.append(_Cand(start, end, "ORG" if seat else "GPE", "kb"))
                    continue
                kinds = {self.kb.actors[i].kind for i in ids}
                label = "PERSON" if kinds == {"person"} else "GPE" if "state" in kinds else "ORG"
                span = doc[start:end]
                if label == "PERSON" and len(span) == 1 and not span[0].text[:1].isupper():
                    continue
                if label != "PERSON" and span.text.islower() and len(span.text) <= 5:
                    continue  # lower-case short words ("is", "hamas"?) are not names
                start, end = self._trim(doc, start, end)
                if label == "PERSON" and len(ids) == 1:
                    # "Kremlin spokesman Dmitry Peskov" is an alias too; the mention is the name
                    for s2 in range(start + 1, end - 1):
                        if ids[0] in self.kb.by_alias.get(fold(doc[s2:end].text), []):
                            start = s2
                            break
                longer = self._name_end(doc, end) if label == "PERSON" else end
                if longer > end:
                    # "Ana Maria Quiroga": a known short name that is only the start of a longer
                    # one names someone else, unless the longer name is the same person's
                    # ("President Xi" + "Jinping")
                    same = next((s2 for s2 in range(start, end) for i in ids
                                 if i in self.kb.by_alias.get(fold(doc[s2:longer].text), [])), None)
                    out.append(_Cand(same, longer, "PERSON", "kb", kb_id=ids[0]) if same is not None and len(ids) == 1
                               else _Cand(start, longer, "PERSON", "ner"))
                    continue
                if start < end and label == "ORG" and start >= 2 and doc[start - 1].tag_ == "POS":
                    # "Pakistan's foreign office": an organ's generic name after another state's
                    # possessive is that state's organ, not the one the name first belongs to
                    iso = self.kb.country_of_word(doc[start - 2].text)
                    own = self.kb.organs.get((iso, fold(doc[start:end].text))) if iso else None
                    if own is not None and all(self.kb.actors[i].country != iso for i in ids):
                        ids = [own] if own in self.kb.actors else ids
                if start < end:
                    out.append(_Cand(start, end, label, "kb", kb_id=ids[0] if len(ids) == 1 else None))
        return out

    def _the_country(self, doc: Any) -> list[_Cand]:
        """"the country" (alone, or as a possessor: "the country's list"): a description that
        points back at a state named before."""
        return [_Cand(t.i, t.i + 1, "GROUP", "group", sector="GOV", definite=True)
                for t in (doc[i] for i in self._where_lower(doc, self._state_description_ids))
                if t.i > 0 and doc[t.i - 1].lower_ == "the"
                and not any(c.dep_ in {"amod", "compound", "prep", "acl", "relcl"} for c in t.children)]

    @staticmethod
    def _where_lower(doc: Any, ids: set[int]) -> list[int]:
        """Indexes of the tokens whose lower-case form is one of ``ids`` (string hashes), read
        from one array instead of building every token."""
        return [i for i, x in enumerate(doc.to_array(LOWER).tolist()) if x in ids] if len(doc) else []

    def _weapons(self, doc: Any) -> list[_Cand]:
        return [_Cand(s, e, "WEAPON", "weapon") for _, s, e in self.weapon(doc)]

    _SKIP_LEADING = {"at", "least", "some", "several", "many", "more", "than", "about", "nearly", "almost",
                     "over", "dozens", "hundreds", "thousands", "of", "other", "another", "one", "two",
                     "three", "four", "five", "second", "third", "both", "all", "most"}

    def _groups(self, doc: Any) -> list[_Cand]:
        out = []
        ents = doc.ents  # spaCy builds this tuple anew at every access
        # an English noun chunk ends with its root: only chunks ending in a word that can head
        # an agent are looked at (most chunks are skipped before any attribute is read)
        heads = self._group_head_ids
        lowers = doc.to_array(LOWER).tolist()
        if not any(x in heads for x in lowers):
            return out
        named = {t.i for ent in ents if ent.label_ in {"PERSON", "ORG", "FAC", "WORK_OF_ART"} for t in ent}
        persons = {ent.start for ent in ents if ent.label_ == "PERSON" and len(ent) == 1}
        spans = []
        for chunk in doc.noun_chunks:
            # "Mali's army and Russian mercenaries" read as one noun phrase: two groups
            cut = next((t.i for t in doc[chunk.start + 1:chunk.end - 1] if t.dep_ == "cc"
                        and lowers[t.i - 1] in heads and doc[t.i - 1].pos_ == "NOUN"), None)
            if cut is not None:
                spans += [(chunk.start, cut, doc[cut - 1]), (cut + 1, chunk.end, chunk.root)]
            else:
                spans.append((chunk.start, chunk.end, chunk.root))
            # "the army's alleged killing of four farmers", "the police's shooting": a group that
            # owns what the phrase names (no group itself) is its own mention
            own = next((t.i for t in doc[chunk.start + 1:chunk.end - 1] if t.tag_ == "POS"), None)
            if own is not None and lowers[own - 1] in heads and lowers[chunk.end - 1] not in heads and \
                    doc[own - 1].pos_ == "NOUN" and doc[own - 1].head.i == chunk.root.i and \
                    self.agents.get(doc[own - 1].lower_, ("",))[0] in {"MIL", "COP", "REB", "SPY"} and (
                        doc[chunk.end - 1].lower_.endswith("ing") or doc[chunk.end - 1].lemma_.lower() in _FORCE_DEEDS):
                # (a force's deed: not "a children's hospital", "the army's deployment" as a topic)
                spans.append((chunk.start, own, doc[own - 1]))
        for chunk_start, chunk_end, chunk_root in spans:
            if lowers[chunk_end - 1] not in heads:
                continue
            root = doc[chunk_end - 1]
            if chunk_root.i != root.i:
                continue
            armed_group = root.lower_ in _GROUP_NOUNS and any(
                t.lower_ in _ARMED_GROUP_WORDS for t in doc[chunk_start:root.i])
            if root.lower_ not in self.agent_heads and root.lower_ not in _CARRIERS and not armed_group:
                continue
            if root.lower_ in {"union", "unions"} and root.i > chunk_start and \
                    doc[root.i - 1].lower_ in _UNION_OF_THINGS:
                continue  # "their customs union", "a monetary union": an arrangement, not a trade union
            if root.lower_ == "intelligence" and root.i == chunk_start and root.dep_ in {"dobj", "pobj"} and \
                    root.head.lemma_.lower() in {"share", "exchange", "swap", "pool", "provide", "gather", "collect",
                                                 "supply", "pass", "give", "on"}:
                continue  # "agreed to share intelligence": what is shared, not an intelligence service
            start, end = chunk_start, chunk_end
            definite = doc[start].lower_ == "the"
            # "Pakistan's military": the possessor is its own mention and gives the country
            pos = next((t.i for t in doc[start:end] if t.tag_ == "POS"), None)
            possessor = None
            if pos is not None and pos + 1 < end:
                possessor = self.resolver.country_of(doc[start:pos].text.removeprefix("the ").strip())
                start = pos + 1
            while start < end and (doc[start].pos_ in {"DET", "NUM", "PRON"} or doc[start].lower_ in
                                   self._SKIP_LEADING or doc[start].ent_type_ in {"CARDINAL", "ORDINAL", "QUANTITY"}):
                start += 1
            if start >= end:
                continue
            organ = self._organ(possessor, doc[start:end])
            if organ is not None and fold(doc[start:end].text) == "central bank" and doc[end - 1].dep_ == "pobj" and \
                    doc[end - 1].head.lower_ in {"in", "into", "at", "with"} and doc[end - 1].head.head.pos_ == "VERB" and \
                    doc[end - 1].head.head.lemma_.lower() in _DEPOSIT_VERBS:
                organ = None  # "deposited $3 billion in Pakistan's central bank": the state's reserves, not the bank acting
            if organ is not None:
                out.append(_Cand(start, end, "ORG", "kb", kb_id=organ))
                continue
            term = None
            # "coast guard vessels", "intelligence services": the agent before what it uses
            for last in (end, end - 1) if doc[end - 1].lower_ in _CARRIERS else (end,):
                for n in (4, 3, 2, 1):  # four tokens: "non-governmental organisations"
                    if last - n < start:
                        continue
                    words = doc[last - n:last].text.lower()
                    if words in self.agents:
                        term = (last - n, words)
                        break
                if term is not None:
                    break
            if term is None and armed_group:
                term = (chunk_root.i, "armed group")  # "the new covert groups", "militant cells"
            if term is None and root.lower_ in {"union", "unions"} and pos is not None and possessor is None \
                    and doc[pos - 1].lower_ in self.agents:
                term = (root.i, "unions")  # "the teachers' union", "the miners' unions": a union (CVL)
            if term is None and root.lower_ in _BODIES_OF_PEOPLE and pos is not None and possessor is None \
                    and self.agents.get(doc[pos - 1].lower_, ("",))[0] == "CVL":
                term = (pos - 1, doc[pos - 1].lower_)  # "survivors' groups", "the victims' association": those people
                start = chunk_start + (doc[chunk_start].pos_ == "DET")  # with their nationality ("Bosnian survivors'")
            if term is None:
                continue
            if term[1] in {"agent", "agents"} and term[0] > start and doc[term[0] - 1].lower_ in _AGENT_THINGS:
                continue  # "a nerve agent", "chemical agents": a substance, not a spy
            country = possessor
            if country is None and pos is not None and root.lower_ in {"union", "unions"} | _BODIES_OF_PEOPLE:
                # "Bangladeshi garment workers' unions": the nationality of the people whose body it is
                country = next((iso for t in doc[min(chunk_start, root.left_edge.i):pos]
                                if t.pos_ in {"ADJ", "PROPN"} and doc[t.i + 1].text != "-"
                                and (iso := self.resolver.country_of(t.text)) and self.kb.state(iso)), None)
            proper_name = False
            # a place named in several words ("Hong Kong police", "South Sudanese troops")
            place_of = {t.i: self.resolver.country_of(ent.text) for ent in ents
                        if ent.label_ in {"GPE", "NORP"} and start <= ent.start and ent.end <= term[0]
                        for t in ent}
            # "The Sri Lankan navy" with "Sri Lankan" read as an organisation: a nationality
            place_of.update({t.i: iso for ent in ents if ent.label_ == "ORG" and start <= ent.start
                             and ent.end <= term[0] and (iso := self.resolver.country_of(ent.text))
                             for t in ent})
            for tok in doc[start:end]:
                prev = doc[tok.i - 1].lower_ if tok.i > 0 else ""
                if prev in {"pro", "anti"} or tok.lower_ in {"pro", "anti", "-"}:
                    continue
                if prev == "-" and tok.i > 1 and doc[tok.i - 2].lower_ in {"pro", "anti"} or \
                        tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ in _BACKERS:
                    continue  # "pro-European demonstrators", "Russian-backed separatists": a stance, not a nationality
                iso = place_of.get(tok.i) or self.resolver.country_of(tok.text) or (
                    self.ethnic.get(tok.lower_) if tok.i < term[0] and (
                        tok.lower_ not in _DIASPORAS or not self._lives_in(root)) else None)
                if iso and prev == "ethnic":
                    continue  # "ethnic Hungarian parties in Romania": people of where they live
                if iso:
                    country = country or iso
                elif tok.i >= term[0] and tok.i == tok.sent.start:
                    continue  # "Riot police in Dhaka ...": a capital the sentence gives, no name
                elif tok.i == tok.sent.start and tok.i + 1 < term[0] and tok.lower_ in _STANCE_WORDS:
                    continue  # "Radical French farmers": a capitalised stance word, not a name
                elif tok.i == tok.sent.start and tok.i < term[0] and tok.lower_ in self.agents and \
                        not self.kb.by_alias.get(fold(tok.text)):
                    continue  # "Jihadist fighters", "Separatist rebels": an agent word capitalised first
                elif tok.i in persons and root.tag_ == "NNS" and tok.i + 1 == root.i and \
                        not self.kb.by_alias.get(fold(tok.text)) and not self._region_country(tok.text) and \
                        not self.gazetteer.lookup(tok.text):
                    continue  # "Tuareg rebels" with "Tuareg" tagged as a person: a people, no name
                elif tok.text.islower() and (tok.lower_ in _PORTFOLIO or _portfolio_foreign(tok)):
                    continue  # "a foreign ministry spokesman" with "ministry" tagged a proper noun: a portfolio
                elif tok.i in named or (tok.pos_ == "PROPN" and tok.i < term[0]):
                    proper_name = True  # "M23 rebels", "Hamas fighters": the name is the actor
                elif tok.i == start and term[0] > start and tok.text[:1].isupper() and any(
                        self.kb.actors[a].kind not in {"state", "person"}
                        for a in self.kb.by_alias.get(fold(doc[start:term[0]].text), [])):
                    # "IAEA inspectors", "OSCE observers" with the acronym read as a common noun:
                    # a known organisation's name before its staff is the organisation
                    proper_name = True
                elif tok.i == term[0] and tok.i > start and tok.i != tok.sent.start and tok.text[:1].isupper() \
                        and " " in term[1] and any(self.kb.actors[a].kind not in {"state", "person"}
                                                   for a in self.kb.by_alias.get(fold(doc[start:tok.i + 1].text), [])):
                    # "an Islamic State leader": a known name that runs into a two-word agent
                    # ("state leader") is the name, and the rest its member
                    proper_name = True
            sector = self.agents[term[1]][0] if term[1] in self.agents else "REB"
            if term[1] in {"agent", "agents"} and any(t.pos_ in {"NOUN", "ADJ", "PROPN"} and not self.resolver.country_of(t.text)
                                                      for t in doc[start:term[0]]):
                # "a Russian agent" spies for Russia; "anti-corruption agents", "narcotics agents"
                # enforce a law: police
                sector = "COP"
            if proper_name and sector in {"MIL", "COP"}:
                # "Palestinian Authority security forces", "Kurdistan Regional Government police":
                # a government's (not an armed group's) forces are an unnamed force of its country
                ruler = next((a for i in self.kb.by_alias.get(fold(doc[start:term[0]].text), [])
                              if (a := self.kb.actors[i]).kind == "government" and a.country), None)
                if ruler is not None:
                    out.append(_Cand(start, end, "GROUP", "group", sector=sector, country=ruler.country))
                    continue
            if proper_name:
                name = self._unknown_name(doc, start, term[0], ents)
                if name is None and country is None:
                    # "Waziristan militants", "Catatumbo dissidents" with the region tagged on its
                    # own: a group from a region the gazetteer puts in one state is of that state
                    # (and "the Amhara regional government" is a government in that state)
                    region = self._region_country(doc[start:term[0]].text) or self._region_country(
                        " ".join(t.text for t in doc[start:term[0]] if t.pos_ == "PROPN"))  # "Amhara regional"
                    if region is not None:
                        out.append(_Cand(start, end, "GROUP", "group", sector=sector, country=region))
                        continue
                if name is None or sector in {"GOV", "LEG", "JUD"}:
                    continue
                # "the Los Choneros gang", "Tuareg rebels": a name no actor or place answers to,
                # before an agent noun, is a group of that name, of the sector the noun says
                out.append(_Cand(start, end, "GROUP", "group", sector=sector, country=country, name=name))
                continue
            if term[1] in _VAGUE_PEOPLE or term[1] in _LEADERS:
                # "intelligence officials", "security agents", "bandit leaders": the modifier says
                # who they are
                # ("military leaders" of a state are its government, as in the gold: a leader noun
                # takes only a non-state modifier's sector)
                state_kinds = {"GOV", "CVL"} | ({"MIL", "COP", "SPY"} if term[1] in _LEADERS else set())
                for tok in doc[start:term[0]]:
                    more = self.agents.get(tok.lower_)
                    if more and more[0] not in state_kinds:
                        sector = more[0]
            if term[1] in {"activist", "activists"} and any(t.lower_ in {"climate", "environmental", "environment"}
                                                              for t in doc[start:term[0]]):
                sector = "CVL"  # climate activists are campaigners, not the political opposition (the gold's rule)
            if term[1] in {"protesters", "protestors", "demonstrators", "protester", "demonstrator"} and any(
                    self.agents.get(t.lower_, ("",))[0] == "CVL" and t.lower_ not in {"people", "citizens"}
                    for t in doc[start:term[0]]):
                sector = "CVL"  # "student protesters", "farmer protesters": students and farmers (the gold's rule)
            if term[1] in {"officer", "officers"} and sector == "MIL" and start == term[0] and any(
                    t.lower_ in {"police", "policemen", "policeman", "constables"} for t in doc[term[0]].sent):
                # "a police patrol ..., killing four officers": officers told with the police are police
                sector = "COP"
            if sector in {"LEG", "GOV", "CVL"} and any(t.lower_ in {"opposition", "pro-democracy"} or t.lower_ == "democracy"
                                                       and t.i >= 2 and doc[t.i - 2].lower_ == "pro"
                                                       for t in doc[start:term[0]]):
                # "opposition lawmakers", "a former pro-democracy lawmaker", "opposition workers":
                # the opposition (a party's workers are its members, not labourers)
                sector = "OPP"
            out.append(_Cand(start, end, "GROUP", "group", sector=sector, country=country,
                             definite=definite and pos is None))
        return out

    def _lives_in(self, root: Any) -> bool:
        """The group noun has an "in <state or place>" of its own ("activists in Turkey")."""
        return any(p.dep_ == "prep" and p.lower_ == "in" and any(
            o.dep_ == "pobj" and self._place_country(o) is not None for o in p.children) for p in root.children)

    def _unknown_name(self, doc: Any, start: int, term: int, ents: Any) -> str | None:
        """The proper name in ``doc[start:term]`` when it is one run of capitalised words right
        before the agent noun that names no known actor, country or place (else None)."""
        words = doc[start:term]
        if not len(words) or any(not t.text[:1].isupper() or (t.is_sent_start and not t.ent_type_) for t in words):
            return None
        if any(ent.label_ in {"PERSON", "LOC", "FAC", "DATE", "CARDINAL", "ORDINAL"} and ent.start < term
               and start < ent.end for ent in ents):
            return None
        text = words.text
        if self.kb.by_alias.get(fold(text)) or self.kb.country_of_word(text) or any(
                self.kb.by_alias.get(fold(t.text)) or self.kb.country_of_word(t.text) for t in words):
            return None
        if self.gazetteer.cities(text):
            return None
        return text

    def _own_men(self, span: Any, doc: Any, done: list) -> Actor | None:
        """"its fighters", "their troops": the armed group or force "its" points back at, or
        the national armed force of a state it points back at."""
        root = span.root
        poss = next((c for c in root.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}), None)
        if poss is None or root.lower_ not in _OWN_MEN or root.dep_ not in {"nsubj", "nsubjpass"}:
            return None  # (as an object, "opened fire on its soldiers": the speaker's, told by the event)
        owner = self._antecedent(doc, poss, {"armed_group", "military", "state"}, False, [m for _, m in done])
        if owner is None or owner.actor is None:
            return None
        if owner.actor.kind in {"armed_group", "military"}:
            return owner.actor
        if owner.actor.kind == "state" and owner.actor.country:
            organ = self.kb.actors.get(self.kb.organs.get((owner.actor.country, "armed forces"), "")) or \
                self.kb.actors.get(self.kb.organs.get((owner.actor.country, "military"), "")) or \
                self.kb.actors.get(self.kb.organs.get((owner.actor.country, "army"), ""))
            if organ is not None and organ.sector == "MIL" and organ.country == owner.actor.country:
                return organ.actor(None)
        return None

    def _own_organ(self, country: str | None, span: Any, sector: str | None) -> Any:
        """The knowledge-base organ a country's unnamed force is ("army", "armed forces",
        "military" after the country's name or adjective), when its sector is the group's."""
        if country and sector in {"SPY", "GOV"}:
            # "the country's intelligence service", "Lithuania's counter-intelligence agency",
            # "the country's immigration service": the state's security or enforcement service
            # the knowledge base names by that description
            key = fold(" ".join(t.text for t in span if t.pos_ not in {"DET", "PART"} and t.tag_ != "POS"
                                and not self.resolver.country_of(t.text)))
            organ = self.kb.actors.get(self.kb.organs.get((country, key), ""))
            if organ is not None and organ.country == country and organ.kind in {"intelligence", "police"} and \
                    (sector == "SPY" or key.endswith((" service", " agency"))) and not organ.id.startswith("phx-"):
                return organ
        if country and sector == "GOV":
            # "the country's electoral commission", "Bolivia's electoral tribunal": the state's
            # election body the knowledge base names
            words = [t for t in span if t.pos_ not in {"DET", "PART"} and t.tag_ != "POS"
                     and not self.resolver.country_of(t.text)]
            key = fold(" ".join(t.text for t in words))
            organ_key = ELECTION_BODY_KEY if election_body(key) else ANTI_GRAFT_KEY if key in _ANTI_GRAFT_AGENCIES \
                else None
            # ("Nigeria's anti-graft agency": the state's anti-corruption agency, EFCC)
            organ = self.kb.actors.get(self.kb.organs.get((country, organ_key), "")) if organ_key else None
            return organ if organ is not None and organ.country == country else None
        if country and sector == "CVL":
            # "Nigeria's main labour union", "South Africa's biggest union federation": the
            # state's union federation, when the knowledge base has one (and only one) for it
            key = fold(" ".join(t.text for t in span if t.pos_ not in {"DET", "PART"} and t.tag_ != "POS"
                                and not self.resolver.country_of(t.text)))
            organ = self.kb.actors.get(self.kb.labour.get(country) or "") if _MAIN_UNION.match(key) else None
            return organ if organ is not None and organ.country == country else None
        if not country or sector not in {"MIL", "LEG", "JUD", "COP"}:
            return None
        words = [t for t in span if t.pos_ not in {"DET", "PART"} and t.tag_ != "POS"]
        while words and self.resolver.country_of(words[0].text):
            words = words[1:]
        for n in (3, 2):  # "Hong Kong police", "South African army": a country named in several words
            if len(words) > n and self.resolver.country_of(" ".join(t.text for t in words[:n])):
                words = words[n:]
                break
        head_post = len(words) > 1 and words[-1].lower_ in _HEAD_POSTS
        if head_post:
            words = words[:-1]  # "Pakistan's army chief": the army
            forces = _FORCE_HEADS.get(fold(" ".join(t.text for t in words)))
            if sector == "MIL" and forces:
                # "Nigeria's defence chief", "Ukraine's top commander", "the army chief": the
                # state's armed force the post heads, by the first organ key the knowledge base has
                organ = next((a for k in forces if (a := self.kb.actors.get(self.kb.organs.get((country, k), "")))
                              is not None and a.sector == "MIL" and a.country == country), None)
                if organ is not None:
                    return organ
        if len(words) == 2 and words[-1].lower_ in _FORCE_UNITS and words[0].lower_ in _NATIONAL_FORCES:
            words = words[:-1]  # "an army patrol", "a military convoy": the force it belongs to
        if len(words) > 1 and words[-1].lower_ in _PLATFORMS | _SERVICE_PEOPLE:
            # "coast guard vessels", "coast guard officers": the service the vessels or people belong to
            service = fold(" ".join(t.text for t in words[:-1]))
            if service in _NATIONAL_SERVICES:
                words = words[:-1]
        key = fold(" ".join(t.text for t in words))
        if sector == "JUD" and key in _TOP_COURTS:
            organ = next((self.kb.actors[i] for k in _TOP_COURT_KEYS
                          if (i := self.kb.organs.get((country, k))) in self.kb.actors), None)
            return organ if organ is not None and organ.sector == "JUD" and organ.country == country else None
        if key in _NATIONAL_SERVICES:
            organ = self.kb.actors.get(self.kb.organs.get((country, key), ""))
            return organ if organ is not None and organ.country == country else None
        for service in _SERVICE_ORGANS.get(key, ()):
            # "Ukrainian border guards", "French gendarmes": the state's named force of that branch
            organ = self.kb.actors.get(self.kb.organs.get((country, service), ""))
            if organ is not None and organ.country == country and organ.sector == sector:
                return organ
        generic = _NATIONAL_FORCES if sector == "MIL" else {"police"} if sector == "COP" else _NATIONAL_BODIES
        organ_id = self.kb.organs.get((country, key)) if key in generic or (
            sector == "COP" and key.endswith(" police")) else None  # "Brazil's federal police"
        if organ_id is None and sector == "COP" and key == "police":
            # "the Kenyan police": the country's national police force when the knowledge base
            # has one (and only one) police body for it
            # (not a branch with a task of its own: "Indian police" are not the Central Reserve
            # Police Force, nor the border police)
            forces = {i for (iso, k), i in self.kb.organs.items() if iso == country
                      and self.kb.actors[i].kind == "police" and "police" in k
                      and not set(fold(self.kb.actors[i].name).split()) & _SPECIAL_POLICE}
            organ_id = forces.pop() if len(forces) == 1 else None
        organ = self.kb.actors.get(organ_id) if organ_id else None
        return organ if organ is not None and organ.sector == sector and organ.country == country else None

    def _organ(self, possessor: str | None, span: Any) -> str | None:
        """A state organ named in lower case: "Russia's foreign ministry", "the Russian
        defence ministry" (the knowledge base indexes organs by country and generic name)."""
        key = fold(span.text)
        if len(key.split()) < 2 and not (possessor and key in _NATIONAL_BODIES):
            return None  # "Pakistan's military" stays an unnamed group of that country
        if possessor:
            return self.kb.organs.get((possessor, key))
        words = key.split()
        for n in (2, 1):
            if len(words) > n:
                iso = self.kb.country_of_word(" ".join(words[:n]))
                if iso:
                    return self.kb.organs.get((iso, " ".join(words[n:])))
        return None

    def _merge(self, cands: list[_Cand], doc: Any) -> list[_Cand]:
        # a knowledge-base name inside a longer entity that only adds lower-case words wins
        # ("Kataib Hezbollah members"); a longer proper name keeps its span ("Kosovo Police")
        for c in cands:
            if c.source != "kb":
                continue
            for o in cands:
                if o.source == "ner" and o.start <= c.start and c.end <= o.end and o.length > c.length:
                    extra = [t for t in doc[o.start:o.end] if not (c.start <= t.i < c.end)]
                    if all(t.pos_ != "PROPN" or (t.is_sent_start and t.lower_.endswith(("ed", "ing", "ly")))
                           for t in extra):  # "Suspected Allied Democratic Forces rebels"
                        o.source = "ner-loose"
        groups = {(c.start, c.end) for c in cands if c.label == "GROUP"}
        for c in cands:
            if c.source == "ner" and c.label == "NORP" and (c.start, c.end) in groups and \
                    self.kb.country_of_word(doc[c.start:c.end].text) is None:
                c.source = "ner-loose"  # "Jihadists abducted ...": no nationality, an unnamed group
            elif c.source == "ner" and c.label in {"GPE", "LOC", "ORG", "PERSON"} and (c.start, c.end) in groups and \
                    doc[c.start].is_sent_start and c.length == 1 and \
                    self.kb.country_of_word(doc[c.start].text) is None and not self.gazetteer.lookup(doc[c.start].text):
                c.source = "ner-loose"  # "Militiamen erected barricades": capitalised as the first word only
        order = sorted(cands, key=lambda c: (-(c.length if c.source != "ner-loose" else 0),
                                             -_PRIORITY.get(c.source, 0), c.start))
        taken: set[int] = set()
        chosen = []
        for c in order:
            if any(i in taken for i in range(c.start, c.end)):
                continue
            taken.update(range(c.start, c.end))
            chosen.append(c)
        return sorted(chosen, key=lambda c: c.start)

    # -- resolution ------------------------------------------------------------------------
    def _city(self, text: str, ctx: ArticleContext):
        """The town or province a place name most likely means: one bearing the name itself
        before one known by it only in another spelling ("Borno" is the Nigerian state, not
        Borna in Germany), the larger first, one in a country the article names first."""
        key = fold(text)
        entries = self.gazetteer.lookup(text)
        cities = [e for e in entries if e.kind == "city" and e.population >= 15_000]
        areas = [e for e in entries if e.kind in {"admin1", "region"} and fold(e.name) == key and e.country]
        cities = [e for e in cities if fold(e.name) == key] or ([] if areas else cities) or areas
        if not cities:
            return None
        near = [c for c in cities if c.country in ctx.countries]
        return (near or cities)[0]

    def _relabel(self, c: _Cand, span: Any, ctx: ArticleContext) -> None:
        """Fix labels spaCy's small model gets wrong, using what the article and the
        gazetteer know: a known person's surname is PERSON; a city is GPE."""
        if c.kb_id is not None or c.label not in {"PERSON", "ORG", "GPE", "LOC", "NORP"}:
            return
        key = fold(span.text)
        after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
        if c.label == "PERSON" and after in _AREA_NOUNS:
            c.label = "LOC"  # "Burkina Faso's Sahel region": a region, not a surname
            return
        first = span.root
        while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ == "PROPN":
            first = first.head
        if c.label in {"PERSON", "ORG"} and first.dep_ in {"compound", "nmod"} and first.head.i >= span.end and \
                first.head.lower_ in _AREA_PLURALS and all(t.pos_ == "PROPN" for t in span):
            # "to the Shahritus and Panj districts": names the gazetteer lacks, told as places by
            # the plural area noun they share
            c.label = "LOC"
            return
        if c.label in {"PERSON", "ORG", "LOC"} and key in self.kb.adjective:
            # "talks with Sri Lankan leaders" read as a person's name, "thousands of Slovaks" as a place
            c.label = "NORP"
            return
        if c.label == "GPE" and key in self.kb.adjective and span.root.tag_ == "JJ" and span.root.dep_ == "amod" \
                and span.root.head.lower_ in _PLATFORMS | _MUNITIONS and not any(
                    self.kb.actors[a].kind == "state" for a in self.kb.by_alias.get(key, [])):
            c.label = "NORP"  # "Ukrainian drones hit ...": a nationality adjective, not a place
            return
        if c.label != "PERSON" and any(full.split()[-1:] == [key] or full == key or (
                # "Wang" after "Wang Yi": the family name comes first in these names
                full.split()[:1] == [key] and len(full.split()) > 1 and actor.country in _FAMILY_NAME_FIRST)
                for full, actor in ctx.persons):
            c.label = "PERSON"
            return
        if c.label == "ORG" and len(span) >= 2 and all(t.pos_ == "PROPN" for t in span) and any(
                a.dep_ == "appos" and a.lower_ in _TITLES | {"lawyer", "politician", "candidate", "founder",
                                                              "head", "deputy", "businessman", "businesswoman"}
                and any(d.lower_ in {"a", "an", "the"} for d in a.children)
                for a in span.root.children) and not self.kb.lookup(span.text):
            c.label = "PERSON"  # "Nika Melia, a leader of the opposition ...": a person, by the apposition
            return
        if c.label in {"PERSON", "ORG"} and span.text[:1].isupper():
            if self.kb.lookup(span.text):
                return
            city = self._city(span.text, ctx)
            if city is not None and (city.country in ctx.countries or city.population >= 100_000):
                c.label = "GPE"
            elif c.label == "PERSON" and len(span) == 1 and span.root.dep_ in {"dobj", "pobj"} and any(
                    e.kind == "admin1" and fold(e.name) == key and e.country for e in self.gazetteer.lookup(span.text)):
                c.label = "GPE"  # "shelled Kherson": a one-word "name" that is a province and its capital
        elif c.label == "LOC" and span.text[:1].isupper() and not self.kb.lookup(span.text):
            # "killed 20 people in Kharkiv" tagged as a location: a town or province by its own name
            city = self._city(span.text, ctx)
            # (a region without its own polity, "Qandil Mountains", "Darfur", stays a location)
            if city is not None and fold(city.name) == key and city.kind != "region" and (
                    city.kind == "admin1" or city.country in ctx.countries or city.population >= 50_000):
                c.label = "GPE"

    def _resolve(self, c: _Cand, span: Any, doc: Any, ctx: ArticleContext, done: list) -> Resolution:
        r = self.resolver
        if c.label == "GROUP" and c.definite and span.root.lower_ in _STATE_DESCRIPTIONS:
            # "removing the movement from the country's list" (said of Russia's Supreme Court):
            # the country of the clause's subject; "the World Bank halted disbursements to the
            # country": the state named last, not the subject of the sentence when there is another
            own = self._subject_country(doc, span.root, [m for _, m in done])
            if own is not None:
                c.label = "PRON"
                return Resolution(own.actor(ctx.published), None, {"rule": "coref", "alias": own.name, "score": 0.6})
            states = [m for _, m in done if m.end <= span.start_char and m.label in {"GPE", "NORP"}
                      and m.start >= doc[max(0, span.sent.start - 1)].sent.start_char
                      and (m.actor is not None and m.actor.kind == "state"
                           or m.place is not None and m.place.precision == "country")]
            others = [m for m in states if not (m.start >= span.sent.start_char and self._is_subject(doc, m))]
            target = (others or states or [None])[-1]
            if span.root.dep_ == "poss" and span.root.head.dep_ in {"nsubj", "nsubjpass"}:
                # "The Czech Republic expelled two Russian diplomats and summoned Russia's
                # ambassador, after the country's counter-intelligence service blamed ...": a body
                # of "the country" that acts is the acting state's, not that of the state it acts on
                acting = [m for m in states if m.start >= span.sent.start_char and self._is_subject(doc, m)]
                target = acting[-1] if acting else target
            if target is None:
                return Resolution(None, None, None)
            state = self.kb.state(target.actor.country if target.actor is not None else target.place.country)
            if state is None:
                return Resolution(None, None, None)
            c.label = "PRON"
            return Resolution(state.actor(ctx.published), None, {"rule": "coref", "alias": target.text, "score": 0.6,
                                                                 "antecedent": [target.start, target.end]})
        if c.label == "GROUP" and c.definite and span.root.lower_ in {"government", "authorities"} and \
                len(span) <= 2 and c.country is None and self._possessor_country(span, doc) is None:
            # "New Zealand has designated the Houthis ..., the government announced": a state that
            # is a subject earlier in the same sentence
            states = [m for _, m in done if span.sent.start_char <= m.start < span.start_char and m.actor is not None
                      and m.actor.kind == "state" and m.label in {"GPE", "ORG"} and self._is_subject(doc, m)]
            if states:
                c.label = "PRON"
                return Resolution(states[-1].actor, None, {"rule": "coref", "alias": states[-1].text, "score": 0.7,
                                                           "antecedent": [states[-1].start, states[-1].end]})
        if c.label == "GROUP" and c.definite and span.root.lower_ in {"court", "tribunal"} and len(span) == 1 and \
                c.country is None and self._possessor_country(span, doc) is None:
            # "filed a case at the International Court of Justice ..., asking the court to":
            # the court named earlier in the same sentence
            courts = [m for _, m in done if span.sent.start_char <= m.start < span.start_char
                      and m.label == "ORG" and m.actor is not None and m.actor.sector == "JUD"]
            if courts:
                c.label = "PRON"
                return Resolution(courts[-1].actor, None, {"rule": "coref", "alias": courts[-1].text, "score": 0.7,
                                                           "antecedent": [courts[-1].start, courts[-1].end]})
        if c.label == "GROUP" and span.root.lower_ in {"party", "parties"} and any(
                t.lower_ in _RULING for t in span.root.children if t.dep_ in {"amod", "compound"}):
            # "accused the ruling party of intimidation": the governing party of the country (the
            # one the knowledge base has there, when it has only one), not the party named before
            country = self._possessor_country(span, doc) or self._local_country(c, span, ctx, done)
            if country and self.kb.state(country):
                ruling = {a.id for a in self.kb.actors.values() if a.kind == "party" and a.country == country
                          and a.sector == "GOV"}
                if len(ruling) == 1:
                    return Resolution(self.kb.actors[ruling.pop()].actor(ctx.published), None,
                                      {"rule": "ruling-party", "alias": fold(span.text), "score": 0.7})
                return Resolution(r.generic(country, "GOV"), None,
                                  {"rule": "ruling-party", "alias": fold(span.text), "score": 0.6})
        if c.label == "GROUP" and c.definite and span.root.lower_ in _DESCRIPTIONS and c.country is None and not (
                span.root.lower_ == "ministry" and any(t.dep_ in {"amod", "compound"} for t in span.root.children)):
            # "the group" points back; "the Soviet army" names its own actor ("the interior
            # ministry" names a portfolio: the ministry of the country the sentence is set in)
            known = [m for _, m in done]
            if span.root.lower_ in _COLLECTIVES:
                # "the new groups" points back at groups or a named one, not at "250 fighters"
                known = [m for m in known if m.label != "GROUP" or fold(m.text).split()[-1:] and
                         fold(m.text).split()[-1] in _COLLECTIVES | {"militia", "militias", "cells"}]
            # "Saudi-led coalition aircraft bombed Houthi positions ..., the coalition said": a
            # name that ends in the same word is the one meant
            head = span.root.lower_
            same = [m for m in known if m.actor is not None and m.end <= span.start_char
                    and (m.label == "ORG" or head == "ministry" and m.label == "GROUP")
                    and fold(m.text).split()[-1:] == [head]]
            target = same[-1] if same else self._antecedent(doc, span[0], _DESCRIPTIONS[head], False, known)
            if target is not None:
                c.label = "PRON"
                return Resolution(target.actor, None, {"rule": "coref", "alias": target.text, "score": 0.7,
                                                       "antecedent": [target.start, target.end]})
        if c.label == "GROUP" and c.name and c.country is None and self._region_country(c.name):
            # "Darfur rebels", "Tigray fighters": a region before an agent noun is where the group
            # is from, not its name
            return Resolution(r.generic(self._region_country(c.name), c.sector or "OTH"), None,
                              {"rule": "regional-group", "alias": fold(span.text), "score": 0.7})
        if c.label == "GROUP" and c.name:
            # "Darfur rebels", "Tigrayan forces": a group named after a province or a large
            # city is of that place's country before the sentence's
            home = self._city(c.name, ctx)
            home_country = home.country if home is not None and fold(home.name) == fold(c.name) and (
                home.kind in {"admin1", "region"} or home.population >= 100_000) else None
            country = c.country or home_country or self._local_country(c, span, ctx, done)
            kind = "armed_group" if c.sector == "REB" else "other"
            actor = Actor(id=f"new:group:{(country + '-') if country else ''}{slug(c.name)}", name=c.name,
                          country=country, kind=kind, sector=c.sector)
            return Resolution(actor, None, {"rule": "named-group", "alias": fold(span.text), "score": 0.6,
                                            "in_kb": False})
        if c.label == "GROUP" and c.country is None and any(t.lower_ in _CREWS for t in span) and \
                self._possessor_country(span, doc) is None:
            # "seized a Greek-owned cargo ship and took its 22 crew members hostage", "the crew
            # was rescued": the crew of the civilian craft the sentence told of, of its country
            craft = [m for _, m in done if span.sent.start_char <= m.start < span.start_char and m.actor is not None
                     and m.actor.country and ((m.resolution or {}).get("rule") in _CRAFT_RULES or (
                         m.actor.sector in {"BUS", "CVL"} and m.text.split()[-1].lower() in _PLATFORMS | _CIVIL_CRAFT))]
            if craft:
                return Resolution(r.generic(craft[-1].actor.country, "CVL"), None,
                                  {"rule": "crew-of-craft", "alias": fold(span.text), "score": 0.7})
        if c.label == "GROUP" and span.root.lower_ in _SPOKESPEOPLE:
            body = self._spokesman_ministry(c, span, doc, ctx, done)
            if body is not None:
                return body
        if c.label == "GROUP":
            owner = self._owner_country(span, done)
            country = c.country or self._possessor_country(span, doc) or owner or \
                self._local_country(c, span, ctx, done)
            head = span.root.lower_
            if country in _REGION_CODES and (c.sector or "") == "CVL" and c.country == country:
                # "sub-Saharan African migrants" in Sfax, "Central Asian migrant workers" in Moscow:
                # people of a region, not of a state, are of the country where it happens
                country = self._local_country(c, span, ctx, done) or country
            if head in {"settler", "settlers"} and country == "PSE" and c.country is None:
                country = "ISR"  # "settlers attacked farmers near a West Bank village": Israeli settlers
            own = self._own_men(span, doc, done) if c.country is None else None
            if own is not None:
                # "the group said its fighters had shot down a drone": a group's own fighters
                # are the group, an army's troops the army, a state's troops its armed force
                return Resolution(own, None, {"rule": "own-force", "alias": fold(span.text), "score": 0.75})
            # "the army said ...", "the military denied ...": a bare definite national force is
            # the force of the country the sentence is set in, as "Lebanon's army" is
            bare = fold(" ".join(t.text for t in span if t.pos_ != "DET"))
            bare_force = c.definite and (bare in _NATIONAL_FORCES or election_body(bare) or (
                # "the army chief", "the military chief": the head of the force of where it is set
                len(bare.split()) > 1 and bare.split()[-1] in _HEAD_POSTS and
                " ".join(bare.split()[:-1]) in _FORCE_HEADS and bare.split()[0] != "top"))
            if bare_force and country is None:
                # "Sudan's army said ... The army chief later visited the city": the state whose
                # force the article named before
                forces = [m for _, m in done if m.end <= span.start_char and m.actor is not None
                          and m.actor.kind == "military" and m.actor.country]
                country = forces[-1].actor.country if forces else None
            organ = self._own_organ(country, span, c.sector) if (
                c.country or self._possessor_country(span, doc) or owner or bare_force or
                # "DHAKA - Border guards detained ...": a branch of the dateline's state
                (ctx.dateline is not None and country == ctx.dateline)) else None
            if organ is not None:
                # "Lebanon's army", "the Nigerian army": the state's own force the knowledge base
                # names (Lebanese Armed Forces), of the same sector as the unnamed group
                return Resolution(organ.actor(ctx.published), None,
                                  {"rule": "national-organ", "alias": fold(span.text), "score": 0.85})
            ministry = ministry_name([t.text for t in span if t.i < span.root.i and not self.resolver.country_of(t.text)
                                      and t.pos_ in {"NOUN", "PROPN", "ADJ"}]) if head == "ministry" else None
            if ministry is not None and country and self.kb.state(country):
                # "Nigeria's finance ministry", "the Tanzanian information ministry": a ministry is
                # coded as the ministry (its English Wikipedia title), not as the state; the
                # knowledge base's organ of that title and country when it has one
                known = [a for a in self.kb.lookup(ministry) if a.country == country]
                if len(known) == 1:
                    return Resolution(known[0].actor(ctx.published), None,
                                      {"rule": "ministry", "alias": fold(span.text), "score": 0.85})
                return Resolution(Actor(id=f"new:org:{country}-{slug(ministry)}", name=ministry, country=country,
                                        kind="government", sector=_ministry_sector(ministry)), None,
                                  {"rule": "ministry", "alias": fold(span.text), "score": 0.8, "in_kb": False})
            if head in {"government", "authorities", "administration", "junta", "rulers", "regime", "leadership"} \
                    and country and self.kb.state(country):
                return Resolution(self.kb.actors[country].actor(ctx.published), None,
                                  {"rule": "generic-government", "alias": fold(span.text), "score": 0.9})
            if head in _PLATFORMS and country and any(t.lower_ in {"fishing", "trawler", "trawlers"} for t in span):
                # "a Vietnamese fishing boat": its crew are civilians of that country, not the state
                return Resolution(r.generic(country, "CVL"), None,
                                  {"rule": "civilian-craft", "alias": fold(span.text), "score": 0.8})
            if head in _PLATFORMS | _CIVIL_CRAFT and country and any(
                    t.lower_ in _OWNING or t.lower_.split("-")[-1] in _OWNING for t in span):
                # "a Greek-owned cargo ship": a ship its nationals own is their business, not the state
                return Resolution(r.generic(country, "BUS"), None,
                                  {"rule": "owned-craft", "alias": fold(span.text), "score": 0.8})
            if head in _PLATFORMS | _CIVIL_CRAFT and country and (use := self._craft_use(span.root)) is not None and not any(
                    t.lower_ in _BRANCHES for t in span):
                # "an Estonian cargo ship" (its owners), "a Taiwanese tourist boat" (its passengers)
                return Resolution(r.generic(country, use), None,
                                  {"rule": "civilian-craft", "alias": fold(span.text), "score": 0.75})
            if head in _PLATFORMS and country and self.kb.state(country) and not any(
                    t.lower_ in _BRANCHES | {"suicide"} for t in span):
                # "Turkish warplanes struck", "Russian and Chinese warships held drills": a
                # nationality on a ship or aircraft codes the state (the gold's rule); "army
                # warplanes" and "coast guard vessels" keep the branch's group
                return Resolution(self.kb.actors[country].actor(ctx.published), None,
                                  {"rule": "state-platform", "alias": fold(span.text), "score": 0.8})
            if (c.sector or "") == "GOV" and country and self.kb.state(country):
                # "Ukrainian officials", "Syria's interim foreign minister", "three French
                # diplomats": an unnamed member of a state's government acts for the state (PLOVER
                # and the gold code them as the state with sector GOV)
                return Resolution(self.kb.actors[country].actor(ctx.published), None,
                                  {"rule": "generic-government", "alias": fold(span.text), "score": 0.8})
            if c.sector == "LEG" and country:
                # "Slovenian lawmakers voted", "its parliament backed": the country's
                # legislature when the knowledge base names it
                organ = next((self.kb.actors[i] for k in ("parliament", "national assembly", "legislature", "congress")
                              if (i := self.kb.organs.get((country, k))) in self.kb.actors), None)
                if organ is not None and organ.sector == "LEG" and organ.country == country:
                    return Resolution(organ.actor(ctx.published), None,
                                      {"rule": "national-legislature", "alias": fold(span.text), "score": 0.75})
            return Resolution(r.generic(country, c.sector or "OTH"), None,
                              {"rule": "generic", "alias": fold(span.text), "score": 0.8,
                               "sector_from": self.agents.get(span[-min(len(span), 1):].text.lower(), ("", ""))[1]})
        if c.kb_id == "united-nations" and c.label == "ORG":
            mission = self._un_mission(span, doc)
            if mission is not None:
                return Resolution(mission.actor(ctx.published), None,
                                  {"rule": "un-mission", "alias": fold(span.text), "score": 0.85})
        if c.kb_id is not None and c.label in {"PERSON", "ORG"}:
            a = self.kb.actors[c.kb_id]
            actor = a.actor(ctx.published)
            if a.kind == "person":
                ctx.persons.append((fold(a.name), actor))
            return Resolution(actor, None, {"rule": "alias", "alias": fold(span.text), "score": 1.0})
        if c.label == "PERSON":
            country, sector = self._title(span, doc)
            res = r.person(span.text, ctx, country, sector)
            if res.actor is not None and res.actor.id.startswith("new:person:") and res.actor.country is None \
                    and sector is not None:
                # "Judge Alejandro Rivera opened investigations against 28 Chilean officials": a
                # titled person the knowledge base lacks, with no nationality of their own, is of
                # the one state the sentence names
                states = {m.actor.country if m.actor is not None else m.place.country for _, m in done
                          if span.sent.start_char <= m.start < span.sent.end_char and m.label in {"GPE", "NORP"}
                          and (m.actor is not None and m.actor.kind == "state"
                               or m.place is not None and m.place.precision == "country")}
                states |= {iso for t in span.sent if t.ent_type_ in {"NORP", "GPE"} and not t.is_stop
                           for iso in [self.resolver.country_of(t.text)] if iso and self.kb.state(iso)}
                if len(states) == 1:
                    res.actor.country = states.pop()
                    res.explain = {**(res.explain or {}), "country_from": "sentence"}
            return res
        if c.label == "ORG" and c.kb_id is None and len(span) > 1 and span[-1].lower_ in _ROUTES and \
                fold(span.text).removeprefix("the ") not in self.kb.metonym:  # ("Downing Street said": the UK)
            return Resolution(None, None, None)  # "blocked the Pan-American Highway": a road, not an actor
        if c.label == "ORG" and fold(span.text) in self.ethnic and span.end < len(doc) and \
                span.root.dep_ in {"amod", "compound", "nmod"}:
            # "40 Uyghur men" with "Uyghur" read as an organisation: people of their nation
            return Resolution(r.generic(self.ethnic[fold(span.text)], "CVL"), None,
                              {"rule": "people-of-nation", "alias": fold(span.text), "score": 0.7})
        if c.label == "ORG":
            res = r.org(span.text, ctx, self._possessor_country(span, doc))
            if res.actor is not None and res.actor.id == "united-nations":
                mission = self._un_mission(span, doc)
                if mission is not None:
                    return Resolution(mission.actor(ctx.published), None,
                                      {"rule": "un-mission", "alias": fold(span.text), "score": 0.85})
            if res.actor is not None and res.actor.id.startswith("new:") and not res.actor.country and len(span) > 1:
                # "the Tigray interim administration": a body named after a region is of its state
                region = self._region_country(span[0].text) if span[0].pos_ == "PROPN" else None
                if region is not None:
                    res = r.org(span.text, ctx, region)
            if res.actor is not None and res.actor.id.startswith("new:") and not res.actor.country:
                # "marching to the Election Commission" in New Delhi: a state body named by its
                # generic title is the one of the country the sentence is set in
                local = self._local_country(c, span, ctx, done)
                organ_id = self.kb.organs.get((local, fold(span.text).removeprefix("the "))) if local else None
                if organ_id is None and local and election_body(fold(span.text)):
                    # "marching on the electoral commission's headquarters" in Kinshasa
                    organ_id = self.kb.organs.get((local, ELECTION_BODY_KEY))
                if organ_id is not None:
                    return Resolution(self.kb.actors[organ_id].actor(ctx.published), None,
                                      {"rule": "local-organ", "alias": fold(span.text), "score": 0.7})
            if res.actor is not None and res.actor.id.startswith("new:") and not (res.actor.country and res.actor.sector):
                # "the French broadcaster RFI", "the Sudanese rights group Hudo": a name the knowledge
                # base lacks is what the words before it say it is
                said = [t for t in span.root.children if t.i < span.start and t.dep_ in {"amod", "compound", "nmod"}]
                said += [t for w in said if w.dep_ == "compound" for t in w.children if t.dep_ == "amod"]
                country = next((iso for t in said if t.dep_ == "amod" and (iso := self.resolver.country_of(t.text))), None)
                sector = next((self.agents[w][0] for t in reversed(said) if t.pos_ == "NOUN"
                               and (w := t.lower_) in self.agents and self.agents[w][0]), None)
                if country or sector:
                    res = Resolution(replace(res.actor, country=res.actor.country or country,
                                             sector=res.actor.sector or sector), res.place,
                                     {**(res.explain or {}), "described_by": [t.text for t in said]})
            return res
        if c.label == "GPE":
            if span.end < len(doc) and doc[span.end].lemma_.lower() in _MONEY_WORDS:
                return Resolution(None, None, None)  # "salaries in US dollars": a currency, not the state
            res = r.gpe(span.text, ctx, self._locative(span), self._agentive(span))
            if (res.explain or {}).get("rule") == "demonym":
                if span.root.head.lemma_.lower() in {"city", "town", "village", "province", "region", "district",
                                                     "capital", "county", "port", "border", "side", "territory"}:
                    return Resolution(None, None, None)  # "the eastern Ukrainian city of X": where, as before
                c.label = "NORP"  # "Ukrainian shelling" tagged as a place: a nationality, as if tagged so
            return res
        if c.label == "NORP":
            craft = span.root.head
            if span.root.dep_ == "amod" and (craft.lower_ in {"trawler", "trawlers"} or (
                    craft.lower_ in _PLATFORMS and any(t.lower_ == "fishing" for t in craft.children))):
                # "a Vietnamese fishing boat", "Indian trawlers": civilians of that country
                iso = self.resolver.country_of(span.text)
                if iso and self.kb.state(iso):
                    return Resolution(r.generic(iso, "CVL"), None,
                                      {"rule": "civilian-craft", "alias": fold(span.text), "score": 0.8})
            if span.root.dep_ in {"amod", "compound"} and craft.lower_ in _SETTLEMENTS and not _territory(craft):
                # "shelled Serb villages in Croatia", "Palestinian homes": the people living
                # there, civilians of the state they live in (the place after "in"), else of
                # the nationality's state
                iso = self.resolver.country_of(span.text)
                prep = next((t for t in craft.children if t.dep_ == "prep" and t.lower_ == "in"), None)
                there = next((c for o in (prep.children if prep is not None else ()) if o.dep_ == "pobj"
                              and (c := self._place_country(o)) is not None), None)
                iso = there or iso
                if iso and self.kb.state(iso):
                    return Resolution(r.generic(iso, "CVL"), None,
                                      {"rule": "settlement-people", "alias": fold(span.text), "score": 0.7})
            if span.root.dep_ in {"amod", "compound", "nmod"} and (
                    (craft.lower_ in _PLATFORMS | _CIVIL_CRAFT and (use := self._craft_use(craft)) is not None)
                    ):
                # "a Taiwanese tourist boat" (its passengers), "an Estonian cargo ship" (its
                # owners), "Palestinian cars": the people of that country the craft carries or
                # serves, not the state (a warship, a warplane or a supply boat keeps the state)
                iso = self.resolver.country_of(span.text)
                if iso and self.kb.state(iso):
                    return Resolution(r.generic(iso, use), None,
                                      {"rule": "civilian-craft", "alias": fold(span.text), "score": 0.75})
            doc_ = span.doc
            if span.end + 1 < len(doc_) and doc_[span.end].text == "-" and doc_[span.end + 1].lower_ in _OWNING:
                # "a Greek-owned tanker", "a Japanese-operated car carrier", "a Chinese-owned gold
                # mine": business of that country, not the state
                iso = self.resolver.country_of(span.text)
                if iso and self.kb.state(iso):
                    return Resolution(r.generic(iso, "BUS"), None,
                                      {"rule": "owned-thing", "alias": fold(span.text), "score": 0.75})
            if span.end + 1 < len(doc_) and doc_[span.end].text == "-" and \
                    doc_[span.end + 1].lower_ in {"language", "speaking", "majority", "populated", "born", "owned"}:
                return Resolution(None, None, None)  # "Albanian-language schools": no actor
            return r.norp(span.text, ctx)
        if c.label == "FAC":
            return Resolution(None, None, None)
        return Resolution(None, None, None)

    @staticmethod
    def _craft_use(craft: Any) -> str | None:
        """CVL or BUS when a ship, boat or vehicle is a civilian one by its own word or a
        modifier ("tourist boat", "cargo ship", "oil tanker"), else None."""
        if craft.lower_ in {"carrier", "carriers"}:
            mods = {t.lower_ for t in craft.children if t.dep_ in {"compound", "amod"}}
            return "BUS" if mods & {"car", "bulk", "cargo", "vehicle", "gas", "lng"} else None
        for t in craft.children:
            if t.dep_ in {"compound", "amod", "nmod"} and t.lower_ in _CIVIL_CRAFT_USES:
                return _CIVIL_CRAFT_USES[t.lower_]
        return _CIVIL_CRAFT_USES.get(craft.lower_)

    def _local_country(self, c: _Cand, span: Any, ctx: ArticleContext, done: list) -> str | None:
        """An unnamed group with no nationality of its own ("residents", "soldiers") is taken
        to be of the country where the sentence, else the article, is set."""
        if any(_portfolio_foreign(t) for t in span):
            # "In Beijing, a foreign ministry spokesman said": "foreign" names the portfolio, not
            # a group from abroad; the state is the one whose capital the sentence opens with
            # (no other place: a spokesman speaks for his state wherever he is)
            return self._fronted_place(span, done)
        if c.sector == "IGO" or any(t.lower_ in {"foreign", "international", "western", "regional"} for t in span):
            return None
        poss = [t for t in span.root.children if t.dep_ == "poss"]
        if span.root.lower_ in {"embassy", "embassies", "consulate", "consulates"} and (
                not poss or all(t.lower_ in {"their", "its"} for t in poss)):
            # "Iranian students in Paris protested outside the embassy": an embassy is a foreign
            # state's, most likely that of the people of another nationality the sentence names;
            # not the state it stands in
            sent = span.sent
            own = {m.actor.country for cand, m in done if cand.label == "GROUP" and cand.country
                   and m.actor is not None and sent.start_char <= m.start < sent.end_char}
            if len(own) == 1:
                return own.pop()
            if not poss:
                return None
            # "Sudan and Iran reopened their embassies": the states' own, as any group's
        if c.sector == "NGO" and span.root.lower_ == "groups" and span.root.i > span.start and \
                span.doc[span.root.i - 1].lower_ in {"rights", "aid", "humanitarian", "relief"}:
            # "rights groups", "aid groups": campaigners and relief agencies that work across
            # borders, not of the country the sentence is set in (the gold codes them with no country)
            return None
        sent_start, sent_end = span.sent.start_char, span.sent.end_char
        places = [m for _, m in done if sent_start <= m.start < sent_end and m.label == "GPE"
                  and m.place is not None and m.place.country]
        # "in Zamfara state", "in North Darfur": a region the gazetteer puts in one state
        places += [replace(m, place=Place(name=m.text, country=iso, admin1=None, lat=None, lon=None, precision="admin1"))
                   for _, m in done if sent_start <= m.start < sent_end and (m.label in {"GPE", "LOC"} or (
                       # "in Ituri province" with "Ituri" tagged as a nationality no state answers to
                       m.label == "NORP" and m.actor is None))
                   and m.place is None and (iso := self._region_country(m.text))]
        # "near the Thai border": the neighbour across it is not where it happens
        places = [m for m in places if not _across_border(
            span.doc.char_span(m.start, m.end, alignment_mode="expand") or span)]
        roles = [self._place_role(span, m) for m in places]
        went = {m.place.country for m, r in zip(places, roles) if r in {"destination", "counterpart"}}
        keep = [i for i, r in enumerate(roles) if r not in {"destination", "counterpart"}]
        places, roles = [places[i] for i in keep], [roles[i] for i in keep]
        if places and not any(r == "own" for r in roles):
            # "talks resumed in Nairobi, hours after the army bombed positions near Nasir in South
            # Sudan's Upper Nile state": a place in the group's own clause comes before the
            # place where another clause (the one it hangs on) happens
            verb = _clause_verb(span.root)
            inside = [verb is not None and (v := _clause_verb(_root_at(span.doc, m))) is not None and v.i == verb.i
                      for m in places]
            if any(inside) and not all(inside):
                places = [m for m, i in zip(places, inside) if i]
                roles = [r for r, i in zip(roles, inside) if i]
        if places and ctx.dateline is not None and span.root.lower_ in _HEAD_POSTS | {"minister"} and \
                not any(r == "own" for r in roles):
            # "ISLAMABAD - The army chief warned the Taliban government in Kabul": an office
            # holder without a country is of the state the dateline names, not of a place where he acts
            return ctx.dateline
        if places:
            # the group's own place first ("fighters from its militia allies in Iraq"), then the
            # place the clause happens in, then the nearest
            for want in ("own", "locative"):
                these = [m for m, r in zip(places, roles) if r == want]
                if these:
                    return min(these, key=lambda m: abs(m.start - span.start_char)).place.country
        # "Hong Kong police arrested six people", "a Tunisian court acquitted two journalists",
        # "the Nigeria Labour Congress threatened ... if the federal government failed": with no
        # place the sentence is set in, the nearest place at all; with none and no country of
        # the article, the country of the nearest group or body named
        groups = [m for _, m in done if sent_start <= m.start < sent_end and m.label in {"GROUP", "ORG"}
                  and m.actor is not None and m.actor.country and m.actor.kind != "person"]
        if c.sector in {"REB", "INS", "UAF"}:
            # "Iran has picked hundreds of trusted fighters from its militia allies in Iraq ...
            # at least 250 fighters had travelled to Lebanon": the same armed group named again
            # by the same noun in an earlier sentence
            same = [m for _, m in done if m.end <= sent_start and m.label == "GROUP" and m.actor is not None
                    and m.actor.country and m.actor.sector == c.sector and m.actor.id.startswith("generic:")
                    and m.text.split()[-1].lower() == span.root.lower_]
            if same:
                return same[-1].actor.country
        if places and ctx.dateline is not None:
            # "KAMPALA - Parliament passed a resolution condemning Britain": a state the
            # sentence names otherwise than as where it happens is no setting; the dateline is
            return ctx.dateline
        if places:
            # "militants fired rockets at a US base in eastern Syria": a name that modifies a
            # noun tells whose the thing is, not where the sentence is set
            placed = [m for m in places if not _modifier_name(span.doc, m)] or places
            return min(placed, key=lambda m: abs(m.start - span.start_char)).place.country
        # "Britain imposed sanctions on Georgia ... the government recalled its ambassador from
        # London": when the article's most named state is where the group sends or recalls its
        # people, the next most named one
        main = next((iso for iso in ctx.ranked if iso not in went), None) if ctx.main_country in went \
            else ctx.main_country
        if groups and main is None:
            return min(groups, key=lambda m: abs(m.start - span.start_char)).actor.country
        if main is None:
            # "Spain's interior minister Fernando Grande-Marlaska said police had arrested six
            # people": with no place and no group, the country of the person whose words tell it
            speaker = self._speaker_country(span, done)
            if speaker is not None:
                return speaker
        if main is None and c.sector == "OPP":
            # "Ruto accused the opposition of ...": an opposition is that of the state whose known
            # leader or government acts on it, when the sentence names no place
            verb = span.root.head if span.root.dep_ in {"dobj", "pobj"} else None
            verb = verb.head if verb is not None and verb.dep_ == "prep" else verb
            for subj in (verb.children if verb is not None and verb.pos_ == "VERB" else ()):
                if subj.dep_ != "nsubj":
                    continue
                lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
                who = [m for _, m in done if lo <= m.start and m.end <= hi and m.actor is not None
                       and m.actor.country and m.actor.sector == "GOV" and m.actor.kind in {"person", "state"}]
                if who:
                    return who[0].actor.country
        return main

    @staticmethod
    def _fronted_place(span: Any, done: list) -> str | None:
        """The country of a place that opens the sentence of ``span`` ("In Beijing, ...") and
        hangs on the verb whose subject ``span`` is."""
        root = span.root
        if root.dep_ not in {"nsubj", "nsubjpass"}:
            return None
        verb, sent = root.head, span.sent
        for _, m in done:
            if not (sent.start_char <= m.start < span.start_char) or m.label != "GPE" or m.place is None \
                    or not m.place.country:
                continue
            place = span.doc.char_span(m.start, m.end, alignment_mode="expand")
            prep = place.root.head if place is not None and place.root.dep_ == "pobj" else None
            if prep is not None and prep.lower_ == "in" and prep.head.i == verb.i and prep.i == sent.start:
                return m.place.country
        return None

    @staticmethod
    def _speaker_country(span: Any, done: list) -> str | None:
        """The country of a known person who says the clause ``span`` stands in."""
        for verb in span.root.ancestors:
            if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in _SPEAKING:
                continue
            for subj in verb.children:
                if subj.dep_ != "nsubj":
                    continue
                lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
                who = [m for _, m in done if lo <= m.start and m.end <= hi and m.actor is not None
                       and m.actor.kind == "person" and m.actor.country]
                if who:
                    return who[0].actor.country
        return None

    def _locative(self, span: Any) -> bool:
        root = span.root
        while root.dep_ in {"compound", "conj", "appos"} and root.head.i != root.i:
            root = root.head
        if root.dep_ != "pobj":
            return False
        prep = root.head
        if _aimed_at(prep):
            return False  # "hit back at Brussels": whom the words are aimed at, no place
        if prep.lower_ in _LOCATIVE_PREPS:
            return True
        # "travelled to Lebanon", "fled from Sudan": motion makes it a place
        return prep.lower_ in {"to", "from"} and prep.head.lemma_ in _MOTION_VERBS

    def _agentive(self, span: Any) -> bool:
        root = span.root
        return root.dep_ in {"nsubj", "nsubjpass", "poss", "agent", "dobj", "conj"} or \
            (root.dep_ == "pobj" and (root.head.lower_ in {"by", "with", "against", "from", "on", "to"} or
                                      _aimed_at(root.head)))

    def _place_role(self, group: Any, m: Mention) -> str:
        """How a place name stands towards an unnamed group in its sentence: "own" (the
        group's origin or seat: "police in Lagos", "officials from Serbia", "picked fighters
        from among its allies in Iraq"), "locative" (where the clause's action happens:
        "clashed with troops in Darfur"), "destination" (where the group went: "250 fighters
        had travelled to Lebanon", not its home), "counterpart" (whom it acted with or against:
        "the government, which signed a treaty with Israel") or "other"."""
        doc = group.doc
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            return "other"
        root = span.root
        while root.dep_ in {"conj", "appos"} and root.head.i != root.i:
            root = root.head  # "officials from Serbia and Kosovo": as the first conjunct
        g = group.root
        if root.dep_ == "pobj" and root.head.lower_ in {"to", "into"} and root.head.head.lemma_ in _MOTION \
                and _mover(root.head.head, group):
            return "destination"
        if root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.lemma_ in _DEPARTING \
                and (_mover(root.head.head, group) or (  # "let a group of 16 prisoners leave for Lithuania"
                    g.dep_ == "pobj" and g.head.lower_ == "of" and g.head.head.dep_ == "nsubj"
                    and g.head.head.head.i == root.head.head.i)):
            return "destination"  # "16 prisoners left for Lithuania": where they went, not their home
        if root.dep_ == "pobj" and root.head.lower_ in {"to", "into"} and root.head.head.lemma_ in _SENDING \
                and any(t.dep_ == "dobj" and group.start <= t.i < group.end for t in root.head.head.children):
            return "destination"  # "sent more troops to Belarus": where they were sent, not their home
        if root.dep_ == "pobj" and root.head.lower_ in {"from", "out"} and _leaving(g):
            return "destination"  # "withdrew its forces from Panama": the place they leave, not their home
        if root.dep_ == "pobj" and root.head.lower_ in {"to", "in", "at", "from"} and _envoy_post(root.head, group):
            # "recalled its ambassador from London", "its envoy to Mexico": where the envoy is
            # posted, the other state, not the country of the one who recalls or sends
            return "counterpart"
        if root.dep_ == "pobj" and root.head.lower_ in {"on", "against"} and \
                root.head.head.lemma_.lower() in _MEASURES:
            return "counterpart"  # "approved sanctions on Moscow": whom the measure is aimed at
        if root.dep_ == "pobj" and root.head.lower_ == "with" and root.head.head.lemma_.lower() in _BORDERS:
            return "counterpart"  # "near the border with Afghanistan": the neighbour across it
        verb = root.head.head if root.dep_ == "pobj" else None
        if verb is not None and verb.dep_ == "dobj" and verb.pos_ == "NOUN":
            verb = verb.head  # "signed a treaty with Israel"
        if root.dep_ == "pobj" and root.head.lower_ in {"with", "against", "to"} and verb.pos_ == "VERB":
            acts = any(t.dep_ == "nsubj" and group.start <= t.i < group.end for t in verb.children) or (
                verb.dep_ == "relcl" and group.start <= verb.head.i < group.end)
            if acts:
                return "counterpart"  # "the government, which signed a treaty with Israel": not its own country
        if g in root.ancestors:
            return "own" if root.head.lower_ in _LOCATIVE_PREPS | {"from", "of"} else "other"
        # "picked hundreds of fighters from among its allies in Iraq": a "from" on the verb whose
        # object the group is names where the group comes from
        verb = g.head.head if g.dep_ == "pobj" and g.head.head.dep_ == "dobj" else g
        verb = verb.head if verb.dep_ == "dobj" else None
        if verb is not None and any(t.dep_ == "prep" and t.lower_ == "from" and t in root.ancestors
                                    for t in verb.children):
            return "own"
        if root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE_PREPS and (
                root.head.head.pos_ in {"VERB", "AUX"} or
                # "protesters stormed Saudi diplomatic missions in Iran": where what they acted on is
                (root.head.head.dep_ == "dobj" and root.head.head.head.pos_ == "VERB" and not any(
                    t.dep_ == "poss" for t in root.head.head.children) and any(
                    t.dep_ == "nsubj" and group.start <= t.i < group.end for t in root.head.head.head.children))):
            return "locative"
        return "other"

    def _owner_country(self, span: Any, done: list) -> str | None:
        """The country "its" or "their" points to on an unnamed group ("France pulled its troops
        out", "Thailand said Cambodian troops fired on its soldiers"): the subject of the nearest
        clause up the tree that can own it ("its" skips plural subjects), and that is a mention
        with a country."""
        poss = next((t for t in span.root.children if t.dep_ == "poss"), None)
        if poss is not None and poss.pos_ == "NOUN" and poss.lower_ in {"country", "nation", "state"}:
            # "the country's parliament": the state the description points back at
            m = next((m for _, m in done if m.start <= poss.idx < m.end and m.actor is not None), None)
            return m.actor.country if m is not None and m.actor.kind == "state" else None
        if poss is not None and poss.lower_ in {"his", "her"} and span.root.dep_ == "conj":
            # "President Volodymyr Zelenskyy and his foreign minister": the man just named is his
            head = span.root.head
            m = next((m for _, m in done if m.start <= head.idx < m.end and m.actor is not None
                      and m.actor.kind == "person"), None)
            return m.actor.country if m is not None else None
        pron = poss if poss is not None and poss.lower_ in {"its", "their"} else None
        if pron is None:
            return None
        plural = pron.lower_ == "their"
        v = span.root.head
        for _ in range(4):
            subj = next((t for t in v.children if t.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is not None and subj.i < span.root.i and subj.pos_ != "PRON":
                if any(t.dep_ == "conj" for t in subj.children):
                    return None  # "Sudan and Iran reopened their embassies": both
                if (subj.tag_ in {"NNS", "NNPS"}) == plural:
                    m = next((m for _, m in done if m.start <= subj.idx < m.end and m.actor is not None), None)
                    if m is None or m.actor.kind == "person":
                        return None  # a person owns "his" or "her", not "its"
                    return m.actor.country
            # up only from reported speech: "Ethiopia said its troops killed ..."
            if v.dep_ not in {"ccomp", "xcomp"} or v.head.i == v.i:
                break
            v = v.head
        if not plural:
            # "boarded a Vietnamese fishing boat and beat its fishermen": the nearest object
            # before it that carries a nationality
            for t in reversed(span.doc[span.sent.start:pron.i]):
                if t.dep_ in {"dobj", "pobj"} and t.pos_ == "NOUN":
                    isos = {self.resolver.country_of(c.text) for c in t.children if c.dep_ in {"amod", "compound"}}
                    isos.discard(None)
                    if len(isos) == 1:
                        return isos.pop()
                    if isos:
                        return None
        return None

    def _un_mission(self, span: Any, doc: Any) -> Any:
        """"The UN mission in Afghanistan", "a convoy of the UN peacekeeping mission in Congo": the
        UN mission the knowledge base has for that country ("UN mission in <state>" aliases)."""
        head = span.root if span.root.lower_ == "mission" else span.root.head
        if head.lower_ != "mission" or not (head.i >= span.end - 1 or head.i == span.root.i):
            return None
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for o in prep.children:
                    if o.dep_ != "pobj":
                        continue
                    where = doc[o.left_edge.i:o.i + 1].text
                    iso = self.kb.country_of_word(where.removeprefix("the "))
                    state = self.kb.state(iso) if iso else None
                    names = [where] + ([state.name, *state.aliases] if state is not None else [])
                    for name in names:
                        ids = [i for i in self.kb.by_alias.get(fold(f"UN mission in {name}"), [])
                               if self.kb.actors[i].kind == "igo"]
                        if len(ids) == 1:
                            return self.kb.actors[ids[0]]
        return None

    def _possessor_country(self, span: Any, doc: Any) -> str | None:
        """Country of "Iran's" in "Iran's Quds Force", or of a qualifier inside the span, or of
        the capital or country an "in" after it names ("the Foreign Ministry in Caracas")."""
        i = span.start
        if i >= 2 and doc[i - 1].tag_ == "POS":
            j = i - 2
            while j > 0 and doc[j - 1].pos_ == "PROPN" and doc[j - 1].tag_ != "POS":
                j -= 1
            iso = self.resolver.country_of(doc[j:i - 1].text) or self._region_country(doc[j:i - 1].text)
            if iso:
                return iso
        for prep in span.root.children:
            if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i == span.end:
                for o in prep.children:
                    if o.dep_ == "pobj":
                        iso = self.kb.country_of_word(doc[o.left_edge.i:o.i + 1].text)
                        if iso:
                            return iso
            if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == span.end and \
                    span.root.lower_ in _OFFICES_OF:
                # "the foreign minister of Kazakhstan", "the president of Ghana": the state's office
                for o in prep.children:
                    if o.dep_ == "pobj" and o.pos_ == "PROPN":
                        iso = self.kb.state(self.kb.country_of_word(doc[o.left_edge.i:o.i + 1].text.removeprefix("the ")))
                        if iso is not None:
                            return iso.id
            if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == span.end and \
                    span.root.lower_ in {"government", "administration", "authorities"}:
                # "the government of Sindh province": a region's own government is of its state
                for o in prep.children:
                    if o.dep_ == "pobj":
                        names = [t for t in doc[o.left_edge.i:o.i + 1] if t.pos_ == "PROPN"]
                        iso = self._region_country(" ".join(t.text for t in names)) if names else None
                        if iso:
                            return iso
        return None

    def _place_country(self, tok: Any) -> str | None:
        """The state a place word names ("southern Serbia", "Kosovo", "Sindh province")."""
        names = [t for t in tok.subtree if t.pos_ == "PROPN"]
        text = " ".join(t.text for t in names)
        if not text:
            return None
        iso = self.kb.country_of_word(text)
        return iso if iso and self.kb.state(iso) else self._region_country(text)

    def _namesake_region(self, span: Any) -> Place | None:
        """The province a country's name also names when the text says so ("in Niger state",
        "Niger State"): the gazetteer's one province of that name in another state."""
        doc = span.doc
        words = [t for t in span]
        if words and words[-1].lower_ == "state" and len(words) > 1:
            words = words[:-1]  # "Niger State" tagged as one name
        elif span.end >= len(doc) or doc[span.end].lower_ != "state" or doc[span.end].dep_ == "poss":
            return None
        name = doc[words[0].i:words[-1].i + 1].text
        own = self.resolver.country_of(name)
        if own is None:
            return None
        key = fold(name)
        areas = {e.country: e for e in self.gazetteer.lookup(name)
                 if e.kind == "admin1" and fold(e.name) == key and e.country and e.country != own}
        return next(iter(areas.values())).place() if len(areas) == 1 else None

    def _department(self, span: Any) -> Place | None:
        """The department a name is called ("in the department of Colón", "the Colón
        department"): the gazetteer's one first-level area of that name in a state divided into
        departments (Honduras's Colón, not the Panamanian province), or None."""
        from ..geo.toponyms import DEPARTMENT_STATES

        doc = span.doc
        before = [t.lower_ for t in doc[max(0, span.start - 3):span.start]]
        called = before[-2:] == ["department", "of"] or before[-3:] == ["department", "of", "the"] or (
            span.end < len(doc) and doc[span.end].lower_ == "department")
        if not called:
            return None
        key = fold(span.text)
        areas = {e.country: e for e in self.gazetteer.lookup(span.text)
                 if e.kind == "admin1" and fold(e.name) == key and e.country in DEPARTMENT_STATES}
        return next(iter(areas.values())).place() if len(areas) == 1 else None

    def _region_country(self, text: str) -> str | None:
        """The state of a region or province the gazetteer knows under one country only
        ("Puntland" -> SOM, "Tigray" -> ETH, "Sindh" -> PAK); None for a country's own name."""
        if not text or not text[:1].isupper():
            return None
        entries = self.gazetteer.lookup(text)
        if any(e.precision == "country" for e in entries):
            return None
        states = {e.country for e in entries if e.precision in {"admin1", "region"} and e.country}
        return states.pop() if len(states) == 1 else None

    def _title(self, span: Any, doc: Any) -> tuple[str | None, str | None]:
        """Country and sector from a title before a name ("Iraqi Prime Minister X")."""
        country = sector = None
        j = span.start - 1
        words = []
        while j >= 0 and j >= span.start - 6 and doc[j].dep_ in {"compound", "amod", "nmod", "poss", "case"} \
                and not doc[j].is_punct:
            words.insert(0, doc[j])
            j -= 1
        for n in (3, 2, 1):  # "New Zealand Prime Minister", "South Korean President"
            for i in range(len(words) - n + 1):
                iso = self.resolver.country_of(" ".join(t.text for t in words[i:i + n]))
                if iso and country is None and self.kb.state(iso):
                    country = iso
            if country:
                break
        text = " ".join(t.lower_ for t in words if t.tag_ != "POS")
        for n in range(len(words), 0, -1):
            tail = " ".join(text.split()[-n:])
            if tail in self.agents:
                sector = self.agents[tail][0]
                break
        if sector is None and "minister" in text:
            sector = "GOV"
        if country is None and sector == "GOV":
            # "California Governor Gavin Newsom", "West Bengal Chief Minister X": a province's or
            # region's office holder is of the state the gazetteer puts that region in
            names = [t for t in words if t.pos_ == "PROPN" and t.text[:1].isupper()]
            country = next((iso for n in (3, 2, 1) for i in range(len(names) - n + 1)
                            if all(b.i == a.i + 1 for a, b in zip(names[i:i + n], names[i + 1:i + n]))
                            and (iso := self._region_country(" ".join(t.text for t in names[i:i + n])))), None)
        if country is None and words and words[-1].lower_ in _BODY_OFFICERS | {"founder", "member"}:
            # "Chadema chairman Tundu Lissu", "PTI leader X": an officer of a named party, armed
            # group or NGO is of its country and sector
            names = [t for t in words[:-1] if t.pos_ == "PROPN"]
            body = next((a for n in (3, 2, 1) for i in range(len(names) - n + 1)
                         if all(b.i == c.i + 1 for c, b in zip(names[i:i + n], names[i + 1:i + n]))
                         for a in [self.resolver._pick(self.kb.by_alias.get(fold(" ".join(
                             t.text for t in names[i:i + n])), []), None, _BODY_KINDS)]
                         if a is not None and a.country), None)
            if body is not None:
                return body.country, body.sector
        if country is None or sector is None:
            a_country, a_sector = self._appositive_title(span, doc)
            country, sector = country or a_country, sector or a_sector
        return country, sector

    def _appositive_title(self, span: Any, doc: Any) -> tuple[str | None, str | None]:
        """Country and sector from a title in apposition: "A member of the Syrian parliament,
        Mohammed Mamoun", "Senegal's interior minister, Mamadou Ndiaye", "Ali Hassan, a Sudanese
        aid worker", "Ahmed Kamel, a spokesman for Egypt's foreign ministry". The title noun
        gives the sector (else the body it is "of" or "for"); the first country named inside the
        title phrase gives the country."""
        root = span.root
        if root.dep_ == "appos" and not (span.start <= root.head.i < span.end):
            title = root.head
        else:
            title = next((t for t in root.children if t.dep_ == "appos" and t.pos_ == "NOUN"), None)
        if title is None or title.pos_ != "NOUN" or title.ent_type_ == "PERSON":
            return None, None
        words = [t for t in title.subtree if not (span.start <= t.i < span.end) and t.i < title.i + 8
                 and not (title.dep_ == "nsubj" and t.i > span.end)]
        if any(t.i >= span.start and t.i < span.end for t in words) or len(words) > 10:
            return None, None
        country = None
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                run = words[i:i + n]
                if all(b.i == a.i + 1 for a, b in zip(run, run[1:])) and run[0].text[:1].isupper():
                    iso = self.resolver.country_of(" ".join(t.text for t in run))
                    if iso:
                        country = iso
                        break
            if country:
                break
        sector = None
        heads = [title] + [o for p in title.children if p.dep_ == "prep" and p.lower_ in {"of", "for"}
                           for o in p.children if o.dep_ == "pobj"]
        for head in heads:
            mods = [t for t in head.lefts if t.dep_ in {"compound", "amod"}]
            for n in range(len(mods), -1, -1):
                term = " ".join([t.lower_ for t in mods[len(mods) - n:]] + [head.lower_])
                if term in self.agents:
                    sector = self.agents[term][0]
                    break
            if sector is None and head.lower_ in {"ministry", "government", "presidency", "embassy"}:
                sector = "GOV"
            if sector is not None:
                break
        if sector == "GOV" and any(t.lower_ == "opposition" for t in words):
            sector = "OPP"
        return country, sector

    # -- coreference -----------------------------------------------------------------------
    def _coref(self, doc: Any, mentions: list[tuple[_Cand, Mention]]) -> list[tuple[_Cand, Mention]]:
        taken = {i for c, _ in mentions for i in range(c.start, c.end)}
        by_start = sorted(mentions, key=lambda cm: cm[1].start)
        out: list[tuple[_Cand, Mention]] = []

        def antecedent(tok: Any, want: set[str] | None, person: bool) -> Mention | None:
            return self._antecedent(doc, tok, want, person, [m for _, m in by_start + out])

        # only words that can point back are built as tokens
        for i in self._where_lower(doc, self._coref_word_ids):
            if i in taken:
                continue
            tok = doc[i]
            low = tok.lower_
            target = None
            start, end = tok.i, tok.i + 1
            if low in {"his", "her"} and tok.dep_ == "poss" and tok.head.dep_ == "conj" and any(
                    m.start <= tok.head.head.idx < m.end and m.label == "PERSON" for _, m in by_start):
                # "Zelenskyy and his foreign minister": the person the phrase is coordinated with
                target = next(m for _, m in by_start if m.start <= tok.head.head.idx < m.end and m.label == "PERSON")
            elif low in _PERSON_PRONOUNS and tok.pos_ == "PRON":
                target = antecedent(tok, None, person=True)
                officer = self._previous_officer(tok, [m for _, m in by_start + out])
                if officer is not None and (target is None or target.start < tok.sent.start_char):
                    target = officer
                target = target or self._titled_group(tok, [m for _, m in by_start + out]) \
                    or self._official_of(tok, [m for _, m in by_start + out])
                held = self._officer_in_sentence(tok, [m for _, m in by_start + out])
                if held is not None and (target is None or target.start < tok.sent.start_char):
                    target = held
            elif low in _PLURAL_PRONOUNS and tok.pos_ == "PRON" and tok.dep_ in {"nsubj", "nsubjpass"}:
                # "opposition leaders said they would march": the group that says it, first
                target = self._reporter_group(tok, [m for _, m in by_start + out]) \
                    or antecedent(tok, {"armed_group", "party", "igo", "government", "military"}, person=False)
            elif low == "them" and tok.pos_ == "PRON" and tok.dep_ in {"dobj", "pobj"}:
                # "expelled three French diplomats, accusing them of ...": the people just named
                target = self._plural_group(tok, [m for _, m in by_start + out])
            elif low == "it" and tok.dep_ in {"nsubj", "nsubjpass", "dobj"} and tok.head.lemma_ != "be" \
                    and not any(t.dep_ in {"ccomp", "xcomp"} and t.i > tok.head.i for t in tok.head.children
                                if tok.head.lemma_ in {"seem", "appear"}):
                target = antecedent(tok, {"armed_group", "party", "igo", "government", "military", "state",
                                          "media", "ngo", "police", "intelligence"}, person=False)
            elif low == "its" and tok.dep_ == "poss" and tok.head.dep_ == "pobj" and \
                    tok.head.head.lower_ in {"on", "against", "at", "into", "in"}:
                # "Israeli strikes on its nuclear facilities": whose sites were hit (only where a
                # possession is what an act is aimed at; "its troops" is left to the subject)
                target = self._owner_attacked(tok, [m for _, m in by_start + out])
            elif low in _DESCRIPTIONS and tok.i > 0 and (doc[tok.i - 1].lower_ == "the" or (
                    # "the 11-member bloc", "the regional bloc", "the armed group": a description
                    # with a modifier that picks no other actor out
                    (j := next((k for k in range(tok.i - 2, max(-1, tok.i - 5), -1) if doc[k].lower_ == "the"), None))
                    is not None and all(tok in doc[k].ancestors for k in range(j + 1, tok.i))
                    and _BARE_MODIFIER.fullmatch(doc[j + 1:tok.i].text.lower().replace(" ", ""))
                    and j not in taken)) and tok.dep_ != "compound" \
                    and tok.i - 1 not in taken:
                # "Saudi-led coalition aircraft ..., the coalition said": a name ending in the word
                same = [m for _, m in by_start + out if m.actor is not None and m.end <= tok.idx
                        and (m.label == "ORG" or low == "ministry" and m.label == "GROUP")
                        and fold(m.text).split()[-1:] == [low]]
                # ("North Korea's foreign ministry ... The ministry warned": a ministry told by its
                # portfolio is a GROUP mention, and the latest ministry is the one meant)
                target = same[-1] if same else antecedent(tok, _DESCRIPTIONS[low], person=False)
            if target is None or target.actor is None:
                continue
            if low in _PERSON_PRONOUNS | _PLURAL_PRONOUNS | {"it"} and \
                    self._rival(doc, tok, target, [m for _, m in by_start + out], low in _PERSON_PRONOUNS):
                continue  # "X built ties with Y since it seized power": X or Y, the parse cannot tell
            span = doc[start:end]
            m = Mention(span.text, span.start_char, span.end_char, "PRON", target.actor, None,
                        {"rule": "coref", "alias": target.text, "score": 0.7, "antecedent": [target.start, target.end]})
            out.append((_Cand(start, end, "PRON", "coref"), m))
            taken.add(tok.i)
        return out

    @staticmethod
    def _owner_attacked(tok: Any, known: list[Mention]) -> Mention | None:
        """Whose "its" is in "Israeli strikes on its nuclear facilities", "Ukraine launched drones
        at its refineries": the state or group named last before it that is not the attacker
        (the subject of the act, or the act noun's own modifiers)."""
        head = tok.head.head.head  # its -> facilities -> on -> strikes / launched
        doers: set[int] = set()
        for h in (head, head.head if head.dep_ in {"dobj", "pobj"} else None):
            if h is None:
                continue
            for c in h.children:
                # (and what the act sends: "sent soldiers into its prisons")
                if c.dep_ in {"nsubj", "nsubjpass", "agent", "amod", "compound", "poss", "nmod"} or (
                        h.pos_ == "VERB" and c.dep_ == "dobj"):
                    doers.update(t.idx for t in c.subtree)
            if h.pos_ == "VERB":
                break
        sent = tok.sent
        attackers = {m.actor.id for m in known if m.actor is not None and any(m.start <= i < m.end for i in doers)}
        for m in reversed(known):
            if m.actor is None or m.end > tok.idx or m.start < sent.start_char or m.label == "PRON":
                continue
            if any(m.start <= i < m.end for i in doers) or m.actor.id in attackers:
                continue  # "after the group fired rockets at its towns": not the group's own
            if m.actor.kind in {"state", "government", "military", "armed_group"}:
                return m
            return None  # a nearer person or body: the text does not say whose
        return None

    @staticmethod
    def _reporter_group(tok: Any, known: list[Mention]) -> Mention | None:
        """"Afghan refugees ... said they had been beaten": the subject pronoun of what a group
        of people says or complains is that group."""
        verb = tok.head
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _SAYING:
            return None
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.tag_ not in {"NNS", "NNPS"}:
            return None
        return next((m for m in known if m.label == "GROUP" and m.actor is not None
                     and m.start <= subj.idx < m.end), None)

    def _antecedent(self, doc: Any, tok: Any, want: set[str] | None, person: bool,
                    known: list[Mention]) -> Mention | None:
        """The actor a pronoun or description at ``tok`` refers to: a subject earlier in the
        same sentence, else the latest subject before it, else the latest candidate."""
        prior = sorted((m for m in known if m.end <= tok.idx and m.actor is not None), key=lambda m: m.start)
        if person:
            prior = [m for m in prior if m.actor.kind == "person"]
        elif want is not None:
            # "Iranian officials ... they": a group resolved to its state still stands for a government
            prior = [m for m in prior if m.label in {"ORG", "PRON", "GPE", "GROUP"} and (
                m.actor.kind in want or m.label == "GROUP" and m.actor.kind == "state" and "government" in want)]
        if tok.lower_ == "it":
            # "militants attacked its post and it repelled them": "it" is no plural group
            prior = [m for m in prior if not (m.label == "GROUP" and self._plural_span(doc, m))]
        if tok.dep_ in {"dobj", "dative"} and tok.lower_ in {"it", "him", "her"}:
            # "suspended the broadcasts of RFI, accusing it of ...", "arrested X and charged him":
            # an object pronoun is not the subject of its own clause (nor of the clause it hangs on)
            own = self._clause_subject(tok)
            if own is not None:
                rest = [m for m in prior if not (m.start <= own.idx < m.end)]
                if len(rest) < len(prior):
                    same = [m for m in rest if m.start >= tok.sent.start_char]
                    return same[-1] if same else None
        if not prior:
            return None
        subjects = [m for m in prior if self._is_subject(doc, m)]
        same = [m for m in subjects if m.start >= tok.sent.start_char]
        if same:
            return same[-1]
        main = self._previous_main_subject(doc, tok, prior)
        if main is not None:
            return main
        if subjects:
            return subjects[-1]
        return prior[-1]

    def _previous_main_subject(self, doc: Any, tok: Any, prior: list[Mention]) -> Mention | None:
        """Across a sentence boundary the subject of the sentence before, not of one of its
        inner clauses, is what a pronoun or description picks up ("Al-Shabaab said its fighters
        had seized weapons. The group said ...": the group is Al-Shabaab, not its fighters; "The
        army said the strikes hit launchers the group had moved. It warned ...": the army)."""
        if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.sent.start == 0:
            return None
        before = doc[tok.sent.start - 1].sent
        root = before.root
        for m in reversed(prior):
            if m.start < before.start_char or m.end > before.end_char:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            head = span.root
            while head.dep_ in {"compound", "appos"} and head.head.i != head.i:
                head = head.head
            if head.dep_ in {"nsubj", "nsubjpass"} and head.head.i == root.i:
                return m
        return None

    @staticmethod
    def _plural_span(doc: Any, m: Mention) -> bool:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        return span is not None and len(span) > 0 and span.root.tag_ in {"NNS", "NNPS"}

    @staticmethod
    def _clause_subject(tok: Any) -> Any:
        """The subject of the clause whose verb ``tok`` hangs on, through the adverbial,
        coordinated and open-complement clauses that share it ("..., accusing it of")."""
        verb = tok.head
        for _ in range(4):
            subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is not None:
                return subj
            if verb.dep_ not in {"advcl", "xcomp", "conj"} or verb.head.i == verb.i:
                return None
            verb = verb.head
        return None

    @staticmethod
    def _titled_group(tok: Any, known: list[Mention]) -> Mention | None:
        """With no named person before it, "he" or "she" is the one unnamed office-holder the
        sentence names before it ("expelled the French ambassador after he criticised ...")."""
        cands = [m for m in known if m.label == "GROUP" and m.actor is not None and m.end <= tok.idx
                 and m.start >= tok.sent.start_char and m.text.split()[-1].lower() in _TITLES]
        return cands[0] if len(cands) == 1 else None

    @staticmethod
    def _previous_officer(tok: Any, known: list[Mention]) -> Mention | None:
        """A subject "he" or "she" opening a sentence whose own sentence names no person before
        it, after a sentence whose main subject is an unnamed office-holder ("Iran's foreign
        ministry spokesman said ... He accused the IAEA", "The interior minister said ... He
        warned"): that officer, coded as what the title stands for (the body its modifiers
        name, else the title's own mention), not a person named further back."""
        if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.sent.start == 0:
            return None
        sent = tok.sent
        if any(m.actor is not None and m.actor.kind == "person" and sent.start_char <= m.start < tok.idx for m in known):
            return None
        before = tok.doc[sent.start - 1].sent
        subj = next((c for c in before.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is None or subj.lemma_.lower() not in _TITLES | _BODY_OFFICERS or subj.ent_type_ == "PERSON":
            return None
        if any(m.actor is not None and m.actor.kind == "person" and m.start <= c.idx < m.end
               for m in known for c in subj.subtree):
            return None  # "Governor Uba Sani said ...": the named person, found as such
        own = next((m for m in known if m.actor is not None and m.start <= subj.idx < m.end), None)
        if own is not None:
            return own
        for c in subj.children:
            if c.dep_ in {"compound", "poss", "nmod"}:
                body = next((m for m in known if m.actor is not None and m.start <= c.idx < m.end
                             and m.label in {"ORG", "GPE", "NORP", "GROUP"}), None)
                if body is not None:
                    return body
        return None

    @staticmethod
    def _officer_in_sentence(tok: Any, known: list[Mention]) -> Mention | None:
        """An object "him" or "her" after an unnamed officer of a named body in its own sentence
        ("raided the home of the party's deputy secretary-general and detained him"): that
        officer, coded as the body, not a person named in an earlier sentence."""
        if tok.dep_ not in {"dobj", "pobj", "dative"} or tok.lower_ not in {"him", "her"}:
            return None
        for t in reversed([t for t in tok.sent if t.i < tok.i]):
            if t.ent_type_ == "PERSON" or any(m.actor is not None and m.actor.kind == "person" and m.start <= t.idx < m.end
                                              for m in known):
                return None  # a person named in between: the usual antecedent
            if t.lemma_.lower() not in _BODY_OFFICERS and not (
                    t.lower_ == "general" and t.i >= 2 and t.doc[t.i - 2].lower_ == "secretary"):
                continue
            head = t
            while head.dep_ in {"compound", "amod"} or head.lower_ in {"-", "secretary"} and head.head.i != head.i and \
                    head.head.i > head.i and head.head.i - head.i <= 2:
                head = head.head
                if head.lower_ not in {"-", "general", "secretary"}:
                    break
            owner = next((c for x in (t, head) for c in x.children if c.dep_ == "poss"), None)
            if owner is None:
                continue
            body = next((m for m in known if m.actor is not None and m.start <= owner.idx < m.end
                         and m.label in {"ORG", "GROUP", "PRON"}), None)
            if body is not None and body.actor.kind in _BODY_KINDS:
                return body
            return None
        return None

    @staticmethod
    def _official_of(tok: Any, known: list[Mention]) -> Mention | None:
        """With no named person before it, the subject "he" or "she" is the unnamed officer of a
        named body who is the subject of the sentence before it or of its own sentence before it
        ("Chadema's deputy chairman told reporters ... He accused ruling party officials"): the
        officer speaks for the body, so the pronoun is the body."""
        if tok.dep_ not in {"nsubj", "nsubjpass"}:
            return None
        sent = tok.sent
        sents = [sent]
        if sent.start > 0:
            sents.insert(0, tok.doc[sent.start - 1].sent)
        for s in reversed(sents):
            for t in reversed([t for t in s if t.i < tok.i]):
                if t.dep_ not in {"nsubj", "nsubjpass"} or t.lemma_.lower() not in _BODY_OFFICERS:
                    continue
                owner = next((c for c in t.children if c.dep_ == "poss"), None)
                if owner is None:
                    return None
                body = next((m for m in known if m.actor is not None and m.label == "ORG"
                             and m.start <= owner.idx < m.end), None)
                if body is None or body.actor.kind not in _BODY_KINDS:
                    return None
                return body
        return None

    @staticmethod
    def _rival(doc: Any, tok: Any, target: Mention, known: list[Mention], person: bool) -> bool:
        """Whether a pronoun subject of an adverbial clause ("since it seized power", "after they
        stormed the building") has, besides the main clause's subject it would be given, a
        second antecedent of the same kind as an object in the main clause ("Russia built ties
        with the Taliban since it seized power", "police arrested the men after they fired"):
        the subject preference is then a guess as often wrong as right, so the pronoun is left
        unresolved rather than given a wrong actor."""
        verb = tok.head
        if tok.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ != "advcl" or verb.head.i == verb.i:
            return False
        main = verb.head
        if target.start < tok.sent.start_char:
            return False  # an antecedent from an earlier sentence: the main clause names no rival
        for m in known:
            if m is target or m.actor is None or m.actor.id == target.actor.id or m.end > tok.idx \
                    or m.start < tok.sent.start_char or (m.actor.kind == "person") != person:
                continue
            if not person and m.actor.kind not in {"armed_group", "party", "igo", "government", "military",
                                                   "state", "police", "intelligence"}:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            plural = root.tag_ in {"NNS", "NNPS"}
            if (tok.lower_ == "it" and plural) or (tok.lower_ == "they" and not plural and m.label != "ORG"):
                continue  # "it" is no "four Dutch diplomats"
            ancestors = list(root.ancestors)
            if root.dep_ in {"dobj", "pobj", "dative", "obj"} and main in ancestors and verb not in ancestors:
                return True
        return False

    @staticmethod
    def _plural_group(tok: Any, known: list[Mention]) -> Mention | None:
        """The latest unnamed plural group in the same or the previous sentence."""
        start = tok.sent.start_char
        prev = tok.doc[tok.sent.start - 1].sent.start_char if tok.sent.start > 0 else start
        cands = [m for m in known if m.label == "GROUP" and m.actor is not None and m.end <= tok.idx
                 and m.start >= prev and m.text.endswith("s")]
        return max(cands, key=lambda m: m.start) if cands else None

    def _subject_country(self, doc: Any, tok: Any, known: list[Mention]) -> Any:
        """The state whose organ, group or self is the subject of the clause ``tok`` is in."""
        verb = tok
        for _ in range(8):
            if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
                break
            verb = verb.head
        for _ in range(3):
            subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is not None:
                break
            if verb.dep_ not in {"advcl", "xcomp", "conj", "pcomp"} or verb.head.i == verb.i:
                return None
            verb = verb.head
        else:
            return None
        if subj is None or tok in subj.subtree:
            return None  # "the country's State Security Service accused": "the country" names whose the subject is
        for m in known:
            if m.start <= subj.idx < m.end and m.actor is not None and m.actor.country:
                return self.kb.state(m.actor.country)
        return None

    def _is_subject(self, doc: Any, m: Mention) -> bool:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        while root.dep_ in {"compound", "appos", "poss"} and root.head.i != root.i:
            if root.dep_ == "poss":
                return False
            root = root.head
        return root.dep_ in {"nsubj", "nsubjpass"}


#: verbs whose "at" names whom words or blows are aimed at ("hit back at Brussels", "lashed out at
#: Washington", "took aim at Beijing", "took a swipe at Kyiv")
_AIMING = {"hit", "lash", "strike", "aim", "swipe", "jab", "dig", "snap", "rail", "fume", "bristle", "scoff"}


def _aimed_at(prep: Any) -> bool:
    """An "at" that names whom a verbal attack is aimed at, not where something happens."""
    if prep.lower_ != "at":
        return False
    head = prep.head
    if head.pos_ == "NOUN" and head.lemma_.lower() in {"aim", "swipe", "jab", "dig"} and head.dep_ in {"dobj", "pobj"}:
        head = head.head  # "took aim at Beijing", "took a swipe at Kyiv"
        if head.pos_ == "VERB" and head.lemma_.lower() == "take":
            return True
    return head.pos_ == "VERB" and head.lemma_.lower() in _AIMING and (
        head.lemma_.lower() not in {"hit", "lash", "strike"} or any(
            c.dep_ in {"prt", "advmod"} and c.lower_ in {"back", "out"} for c in head.children))

