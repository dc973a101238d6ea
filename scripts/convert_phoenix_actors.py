"""Convert the PETRARCH2 Phoenix actor dictionaries into src/wirecoder/data/kb/phoenix_actors.csv.

    python scripts/convert_phoenix_actors.py /work/shared/data/phoenix-dictionaries

Source: Phoenix.Countries.actors.txt, Phoenix.International.actors.txt and
Phoenix.MilNonState.actors.txt from openeventdata/petrarch2, commit
676801cd9cb2924bbbad09f86d15c9323e7097bf (2019-03-18), path petrarch2/data/dictionaries/.
Licence: MIT, Copyright (c) 2014 Open Event Data Alliance (see LICENSE beside the
dictionaries). The format is described in dictionaries-format.rst there.

Each dictionary entry (a primary phrase, "+" synonym lines and bracketed CAMEO codes, some
of them date-bounded) becomes one CSV row:

    id,name,aliases,kind,country,sector,roles,source,as_of,verified

- name and aliases are the entry's phrases made readable: underscores to spaces, all-caps
  words title-cased, acronyms (<= 5 letters) and particles ("al", "of", "de") kept as they are
  written in English. Aliases are dropped when they repeat the name, are shorter than 3
  characters, or are a single word that is neither an acronym nor clearly a proper name
  (common English words, generic political nouns, state names and demonyms).
- kind is "person" when a code carries a date restriction (an office held for a time) or is
  an "elite" (ELI) code, and the name is not that of an institution; otherwise it follows the
  CAMEO sector code.
- country is the ISO 3166-1 alpha-3 code of the code's first three letters (a few CAMEO
  codes that are not ISO are mapped; regions and transnational codes give no country).
- roles (persons only) lists every date-bounded or default code as a JSON object (a code
  whose range ends before it starts, a typo in the source, is left out).
- source is the file and line number of the entry's primary phrase; as_of is the date of the
  dictionaries (office-holders after it are unknown to them); verified is always false.

Skipped: entries without a code; the country, territory and region blocks of
Phoenix.Countries.actors.txt (wirecoder has its own states) but not the persons and
organisations listed in those sections; the fictional test country Kinakuta (KNT); names
shorter than 3 characters; names that are corrupted in the source; duplicate names, equal up
to case, accents and punctuation ("K. Annan", "K Annan": their aliases, and roles for persons,
are merged into the first); and every actor whose name or an
alias matches (after folding) a name or alias in the curated data/kb/actors.yaml or
data/kb/leaders.yaml or data/kb/parties.yaml (CURATED below), which win.
Folding: casefold, strip accents, drop apostrophes, hyphens to spaces, drop a leading "the";
names that wirecoder's own linker folds alike (wirecoder.actors.normalize.fold) match too.

The output is sorted by id and byte-for-byte deterministic for the same input.
"""
from __future__ import annotations

import csv
import datetime as dt
import functools
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
from wirecoder.actors.normalize import fold as match_key  # noqa: E402  (the linker's own folding)

KB = ROOT / "src" / "wirecoder" / "data" / "kb"
OUT = KB / "phoenix_actors.csv"
#: the curated files whose actors the import leaves out (the same as wirecoder.actors.kb.packaged_files)
CURATED = ("actors.yaml", "leaders.yaml", "parties.yaml")
FILES = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
         "Phoenix.MilNonState.actors.txt"]
COUNTRIES_FILE = FILES[0]
MILNONSTATE_FILE = FILES[2]
AS_OF = "2019-03-18"
HEADER = ["id", "name", "aliases", "kind", "country", "sector", "roles", "source", "as_of", "verified"]

# -- CAMEO codes ----------------------------------------------------------------------------

#: CAMEO country codes that are not ISO 3166-1 alpha-3, mapped to the ISO code of the same
#: state (renamed codes) or of its continuator state. Czechoslovakia (CSK) has no continuator.
NON_ISO = {
    "TMP": "TLS",   # East Timor
    "KSV": "XKX",   # Kosovo (World Bank / user-assigned code, as in state_extras.yaml)
    "ANG": "AGO",   # Angola (typo for AGO in the MilNonState file)
    "ROM": "ROU",   # Romania (pre-2002 ISO code)
    "ZAR": "COD",   # Zaire
    "USR": "RUS",   # Soviet Union: Russia is its continuator state
    "SUN": "RUS",   # Soviet Union (ISO 3166-3 code)
    "YUG": "SRB",   # Yugoslavia: Serbia is the continuator of Serbia and Montenegro
    "FRY": "SRB",   # Federal Republic of Yugoslavia
    "SCG": "SRB",   # Serbia and Montenegro
    "DDR": "DEU",   # East Germany, absorbed by the Federal Republic
    "FRN": "FRA",   # typo for FRA (Wallis and Futuna block)
}
#: leading codes that name no state: regions, "international", obsolete or unknown codes
NO_COUNTRY = {
    "AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM",
    "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST", "WEU",
    "INT",  # CAMEO regions (NMR is North America: NAM is Namibia) and "international"
    "CSK", "SRP", "KRJ",  # Czechoslovakia, Republika Srpska, Serbian Krajina
    "KKL",  # not a CAMEO code (the coder's initials, in the MilNonState file)
}
#: religion codes that open some codes in place of a country ("HINRAD", "BUDREB")
RELIGIONS = {"BAH", "BUD", "CHR", "HIN", "JAN", "JEW", "MOS", "MUS", "SIK", "ZRO", "DOX", "ATH"}
FICTIONAL = {"KNT"}  # Kinakuta, the made-up country of the PETRARCH test suite
#: transnational actor types that can open a code: sector and kind they stand for
PREFIX_SECTOR = {"IGO": "IGO", "NGO": "NGO", "MNC": "BUS", "IMG": "INS"}
#: CAMEO role and sector codes that can follow the country
SECTORS = {
    "GOV", "MIL", "REB", "INS", "UAF", "SEP", "OPP", "PTY", "COP", "SPY", "JUD", "LEG", "MED",
    "EDU", "BUS", "CRM", "CVL", "LAB", "HLH", "REF", "ELI", "MOD", "RAD", "AGR", "DEV", "ENV",
    "HRI", "IGO", "NGO", "IMG", "MNC", "SET", "AMN",
}
KIND_OF_SECTOR = {
    "GOV": "government", "MIL": "military", "COP": "police", "SPY": "intelligence",
    "REB": "armed_group", "INS": "armed_group", "UAF": "armed_group", "IMG": "armed_group",
    "PTY": "party", "OPP": "party", "IGO": "igo", "NGO": "ngo", "MED": "media",
    "BUS": "business", "MNC": "business",
}

# -- words ------------------------------------------------------------------------------------

PARTICLES = {
    "al", "el", "ul", "ud", "ad", "ar", "as", "ash", "at", "az", "bin", "ibn", "bint", "of",
    "the", "and", "de", "del", "della", "der", "den", "di", "da", "das", "do", "dos", "du",
    "des", "la", "le", "les", "van", "von", "y", "for", "in", "on", "to", "a", "an", "by",
    "with", "from", "against", "und", "et", "e",
}
#: short words that look like acronyms (no vowels) but are abbreviations or names
NOT_ACRONYMS = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "lt", "sgt", "cpl", "pvt", "ng", "xi",
                "ltd", "hldgs", "mfg", "bldg", "bros", "hq"}
#: short words of company and group names that are words or name parts, not acronyms
SHORT_WORDS = set("""
abu ali umm ibn ben bin bey beg oil gas sun joy art bay sea sky key top one two six ten fox dow
ace air all big hot oak pan pet tea tin toy war web win zen cap car box day new red age arc aid
arm bio cut dog eco far fit fly gap gem hub ice ink jet lab law leo max net now pay pro ray run
son tax via way yes zip god men man cry kin neo vox rex lux bar bed bob bon boy buy cat dot fix
hat ion joe kid kit lee lin liz map met ore pub ram rio sur tim tom ton wet gen cal mer ada amy
ann ash bee bit bow bud bug bus cab cow cup den dew die dig dim dip dry due dye ear eat egg elm
end era eve eye fan fat fee few fig fin fir fog fun fur gel gin gum gun guy ham hen hip hit hog
hop how hue hug ink inn ivy jam jaw jay jig job jog jug kay keg lap lay led leg let lid lip log
lot low mad mat may mid mix mob mom mud mug nap nod nor not nut oar odd off ohm old opt orb out
owl own pad pal par paw pea peg pen pie pig pin pit pod pop pot put rag raw rib rid rig rim rip
rob rod rot row rub rug rum rye sad sag sam sap saw say set sew shy sin sip sir sit ski sly sob
sod soy spa spy sub sue sum tab tag tan tap tar tie tip toe ton tow try tub tug use van vet vow
wax wet wig yam yen yet zoo don dan ray roy rex max kim kay lou sue ted val
""".split())
ROMAN = {"ii", "iii", "iv", "vi", "vii", "viii", "ix", "xii", "xiii", "xiv", "xv", "xvi"}
#: acronyms that open a person's phrase as part of a title: "UN SECRETARY GENERAL BAN KI-MOON"
TITLE_ACRONYMS = {"UN", "US", "USA", "UK", "EU", "CIA", "FBI", "NSA", "NATO", "IAEA", "IMF", "OPEC"}
#: consonant pairs that can open an English (or transliterated) word
ONSETS = set("""
bh bl br ch cl cr dh dj dr dw dz fl fr gh gl gn gr kh kl kn kr kw ph pl pr ps qu rh sc sh sk sl
sm sn sp st sv sw sz th tr ts tw tz vl vr wh wr zh zw
""".split())
#: well-known acronyms, in case the dictionaries do not spell them out anywhere
KNOWN_ACRONYMS = {
    "UN", "EU", "US", "USA", "UK", "UAE", "NATO", "IAEA", "FARC", "ELN", "ETA", "IRA", "PLO",
    "PKK", "CIA", "FBI", "KGB", "FSB", "NSA", "ISI", "IRGC", "OPEC", "OSCE", "ASEAN", "WHO",
    "WTO", "IMF", "ICC", "ICJ", "ICRC", "NGO", "BBC", "CNN", "AFP", "ANC", "AU", "OAS", "OAU",
    "OIC", "GCC", "SADC", "ECOWAS", "IGAD", "UNHCR", "UNDP", "UNEP", "WFP", "ILO", "FAO",
    "IBM", "BP", "HSBC", "ABC", "NBC", "CBS", "PBS", "NPR", "AP", "ISIS", "ISIL", "AQAP",
    "AQIM", "SPLA", "SPLM", "RUF", "LTTE", "MILF", "MNLF", "NPA", "KLA", "UCK", "PA", "PNA",
}
#: titles that open a phrase ("SECRETARY_BREZHNEV") and say nothing about whose name it is
TITLES = set("""
president vice former secretary general leader premier prime minister chairman chief king queen
prince sheikh emir ayatollah mullah commander marshal congressman representative senator
governor mayor foreign defense defence interior soviet russian american communist party moscow
""".split())
#: single words that are never kept as an alias on their own (plus state names, demonyms and
#: capitals, added at run time)
STOPLIST = set("""
the and for with from into over under about after before this that these those they them their
there here where when what which who whom whose will would shall should could must have has had
been being were was are not all any some many most more other only also just very first last next
one two three four five day days time year years today new old free good great big small high low
people population citizens civilians public workers students farmers refugees villagers residents
protesters demonstrators activists voters majority minority family friends brothers sons sisters
mothers women men youth children god allah holy sacred
government governments police army armies military navy air force forces troops soldiers soldier
officer officers official officials authority authorities ministry ministries minister ministers
president presidency premier chancellor king queen prince princess emir sheikh sultan monarch
pope regime cabinet parliament parliamentarians congress senate senator assembly council court
courts judge judges judiciary prosecutor party parties opposition rebel rebels insurgent
insurgents insurgency militant militants militia militias guerrilla guerrillas guerillas terrorist
terrorists jihadist jihadists mujahideen mujahedeen mujahidin fighters fighter gunmen gunman
leader leaders leadership chief chiefs head commander commanders general generals colonel
captain admiral marshal major spokesman spokeswoman envoy ambassador embassy consulate diplomat
diplomats delegation mission agency agencies bureau department office secretary secretariat
committee commission commissioner board union league alliance coalition front movement
organization organisation group groups network brigade brigades battalion regiment division corps
unit units command guard guards intelligence security service services gendarmerie bank company
corporation corp inc ltd firm foundation institute university school hospital church mosque
temple media press radio television newspaper channel news journal times post herald state
states nation nations national federal republic kingdom empire country province region city
capital district village town north south east west northern southern eastern western central
international global world united islamic muslim muslims christian christians jewish jews arab
arabs catholic protestant sunni sunnis shia shiite shiites kurds kurdish democratic democrats
republican republicans liberal liberals conservative conservatives socialist socialists
communist communists labour labor green greens left right free freedom liberty justice peace
unity independence revolution revolutionary resistance liberation salvation development progress
reform change future hope victory martyrs martyr popular patriotic patriots red black white
blue zero falcon mavericks boogeymen yahweh paradise machete power oil gas water food health
education trade industry industries systems technology technologies holdings partners financial
finance insurance airlines airways mining motors energy resources communications worldwide
america american africa african asia asian europe european
""".split())

# -- text helpers -------------------------------------------------------------------------

def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def fold(name: str) -> str:
    """Casefold, strip accents, drop apostrophes, hyphens to spaces, drop a leading "the "."""
    s = strip_accents(name).casefold()
    s = re.sub(r"['\u2019\u2018`\u00b4]", "", s).replace("-", " ")
    s = " ".join(s.split())
    if s.startswith("the "):
        s = s[4:]
    return s


def slug(name: str) -> str:
    s = strip_accents(name).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"['\u2019]", "", s)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def letters(word: str) -> str:
    return re.sub(r"[\W\d_]", "", word)


def raw_words(phrase: str) -> list[str]:
    """Words of a raw dictionary phrase (underscores and blanks separate them)."""
    return [w for w in re.split(r"[\s_]+", phrase) if w]


class Cleaner:
    """Makes the all-caps dictionary phrases readable."""

    def __init__(self, acronyms: set[str], state_words: set[str]):
        self.acronyms = acronyms
        self.state_words = state_words
        self.mode = "org"

    def is_acronym(self, word: str, first: bool = False) -> bool:
        lw = letters(word)
        low = lw.lower()
        if not lw or not lw.isupper():
            return False
        if "." in word and all(len(p) <= 1 for p in word.split(".")):
            return len(lw) >= 2          # U.N., U.S.A.
        vowelless = not re.search(r"[AEIOUY]", strip_accents(lw))
        if self.mode == "person":        # "UN SECRETARY GENERAL BAN KI-MOON", but "CHI UN HUI"
            if self.nwords == 1:
                return vowelless and len(lw) <= 5             # JFK, LBJ
            return lw in TITLE_ACRONYMS and first and self.nwords >= 3
        if lw in KNOWN_ACRONYMS:
            return True
        if len(lw) > 6 or low in NOT_ACRONYMS or low in PARTICLES or fold(lw) in self.state_words:
            return False
        if len(lw) >= 2 and vowelless:
            return len(lw) <= 5           # PKK, KDP, MDC
        if lw in self.acronyms:
            return True                   # spelled out beside it, or written in parentheses
        if low in STOPLIST or low in SHORT_WORDS:
            return False
        head = strip_accents(lw[:2]).upper()
        if 2 <= len(lw) <= 5 and head.lower() not in ONSETS and head[0] not in "AEIOUY" \
                and head[1] not in "AEIOUY":
            return True                   # no English word starts so: MBIA, DGSE, BNCT
        if self.mode == "igo" and lw == self.whole:
            return len(lw) <= 5           # an IGO or NGO called by one short word: CEMAC, FIDH
        # DTE Energy, CTC Media; a group's three-letter other name: UDA, AUC
        return len(lw) <= 3 and (self.mode == "business" or lw == self.whole)

    def word(self, word: str, first: bool) -> str:
        if not word.isupper() and re.search(r"[a-z]", word):
            return word                                      # already mixed case in the source
        if re.search(r"\d", word):
            if re.fullmatch(r"\d+S", word):
                return word[:-1] + "s"                           # 1920S -> 1920s
            return re.sub(r"(?<=\d)(ST|ND|RD|TH)\b", lambda m: m.group(1).lower(), word)
        parts = word.split("-")
        out = []
        for i, part in enumerate(parts):
            out.append(self.part(part, first and i == 0))
        return "-".join(out)

    def part(self, part: str, first: bool) -> str:
        lw = letters(part)
        if not lw:
            return part
        low = part.lower()
        if lw.lower() in ROMAN and not first:
            return part
        if self.is_acronym(part, first):
            return part
        if not first and lw.lower() in PARTICLES and not (self.mode == "person" and lw in ("A", "E")):
            return low                                            # "al", "of"; but "JOHN A SMITH"
        m = re.fullmatch(r"([A-Z])'([A-Z].*)", part)            # O'NEILL, D'IVOIRE
        if m:
            head = m.group(1).lower() if (m.group(1) == "D" and not first) else m.group(1)
            return f"{head}'{m.group(2).capitalize()}"
        m = re.fullmatch(r"MC([A-Z]{2,})", part)                  # MCCAIN
        if m:
            return "Mc" + m.group(1).capitalize()
        if len(lw) == 1:
            return part.upper()                                   # initials: B. LYNN
        return part.capitalize()

    def clean(self, phrase: str, mode: str = "org") -> tuple[str, list[str]]:
        """Readable form of a raw phrase, and acronyms it carried in parentheses. ``mode`` is
        "person", "business", "igo" (IGOs and NGOs) or "org"."""
        self.mode = mode
        words = raw_words(phrase)
        self.nwords = len(words)
        self.whole = letters(words[0]) if len(words) == 1 else None
        extra = []
        phrase = phrase.replace("_", " ").replace("`", "'")
        if phrase.count("(") != phrase.count(")"):
            phrase = phrase.replace("(", " ").replace(")", " ")
        for m in re.finditer(r"\(([^()]*)\)", phrase):
            inner = m.group(1).strip()
            if inner and len(inner.split()) == 1 and re.fullmatch(r"[A-Z0-9./&-]+", inner) \
                    and paren_acronym(inner, phrase[:m.start()].split()):
                extra.append(self.word(inner, True))
        phrase = re.sub(r"\(\s*[A-Z0-9./&-]+\s*\)", " ", phrase)
        phrase = phrase.replace('"', " ")
        words = phrase.split()
        words = [w.strip(",;") for w in words]
        words = [w for w in words if w]
        while words and re.fullmatch(r"[-/:.&+]+", words[-1]):
            words.pop()
        while words and re.fullmatch(r"[-/:.&+]+", words[0]):
            words.pop(0)
        out = [self.word(w, i == 0) for i, w in enumerate(words)]
        return " ".join(out), extra


# -- parsing ------------------------------------------------------------------------------

CODE = re.compile(r"\[([^\]]*)\]")


class Entry:
    def __init__(self, file: str, line: int, phrase: str, after_gap: bool):
        self.file = file
        self.line = line
        self.phrase = phrase
        self.after_gap = after_gap                 # a blank or comment line comes before it
        self.synonyms: list[str] = []
        self.codes: list[tuple[str, str]] = []   # (code, restriction)


def parse_file(path: Path) -> list[Entry]:
    entries: list[Entry] = []
    current: Entry | None = None
    gap = True
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, start=1):
            text = raw.split("#", 1)[0].strip()
            if not text:
                gap = True
                continue
            codes = []
            for m in CODE.finditer(text):
                parts = m.group(1).split()
                if parts:
                    codes.append((parts[0], " ".join(parts[1:])))
            phrase = CODE.sub(" ", text).strip()
            if text.startswith("[") or text.startswith("+"):
                if current is not None:
                    if text.startswith("+"):
                        current.synonyms.extend(p for p in phrase[1:].split("+") if p.strip())
                    current.codes.extend(codes)
                gap = False
                continue
            current = Entry(path.name, lineno, phrase, gap)
            current.codes.extend(codes)
            entries.append(current)
            gap = False
    return group_runs(entries)


def name_words(entry: Entry, significant: bool = True) -> set[str]:
    """The words of an entry's phrases; significant: without titles and common words."""
    words = set()
    for phrase in [entry.phrase, *entry.synonyms]:
        for w in re.split(r"[\s_\-]+", phrase):
            w = letters(w).lower()
            if len(w) < 2 or w in PARTICLES:
                continue
            if significant and (len(w) < 3 or w in STOPLIST or w in SHORT_WORDS or w in TITLES):
                continue
            words.add(w)
    return words


def same_actor(a: Entry, b: Entry) -> bool:
    """Whether two phrase groups name the same actor: they share a name word ("BREZHNEV"),
    or, where one has only titles and common words, any word ("AMERICAN_VICE_PRESIDENT")."""
    wa, wb = name_words(a), name_words(b)
    if wa and wb:
        return bool(wa & wb)
    return bool(name_words(a, False) & name_words(b, False))


def group_runs(entries: list[Entry]) -> list[Entry]:
    """Give code-less primary lines written directly above a coded entry that entry's codes.

    PETRARCH reads every unmarked line as a new entry, so in

        LEONID_BREZHNEV_
        LEONID_ILYICH_BREZHNEV
        SECRETARY_BREZHNEV
            [RUSGOV 641014-821110]

    only the last phrase gets the code. The lines are meant as one actor's names: when they
    share a name word with the coded entry they become its names (the first line is the
    name); otherwise (several groups listed above one code) each keeps its own entry with the
    shared codes.
    """
    out: list[Entry] = []
    pending: list[Entry] = []
    for e in entries:
        if e.after_gap:
            out.extend(pending)
            pending = []
        if not e.codes:
            pending.append(e)
            continue
        if pending:
            same = [p for p in pending if same_actor(p, e)]
            for p in pending:
                if p not in same:
                    p.codes = list(e.codes)
                    out.append(p)
            if same:
                head = same[0]
                for p in same[1:] + [e]:
                    head.synonyms += [p.phrase, *p.synonyms]
                head.codes = list(e.codes)
                e = head
            pending = []
        out.append(e)
    out.extend(pending)
    out.sort(key=lambda x: x.line)
    return out


def parse_date(text: str) -> str | None:
    if not text.isdigit():
        return None
    try:
        if len(text) == 6:
            yy = int(text[:2])
            year = 1900 + yy if yy >= 30 else 2000 + yy
            return dt.date(year, int(text[2:4]), int(text[4:6])).isoformat()
        if len(text) == 8:
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8])).isoformat()
    except ValueError:
        return None
    return None


def parse_restriction(text: str) -> tuple[str | None, str | None, bool]:
    """(start, end, dated) of a restriction "<d", ">d", "d1-d2" or a bare "d" (a start)."""
    text = text.replace(" ", "")
    if not text:
        return None, None, False
    if text.startswith("<"):
        return None, parse_date(text[1:]), True
    if text.startswith(">"):
        return parse_date(text[1:]), None, True
    if "-" in text:
        a, _, b = text.partition("-")
        return parse_date(a), parse_date(b), True
    return parse_date(text), None, True


class Codes:
    def __init__(self, iso: set[str]):
        self.iso = iso
        self.unknown: Counter[str] = Counter()

    def country(self, seg: str) -> str | None:
        if seg in self.iso:
            return seg
        return NON_ISO.get(seg)

    def split(self, code: str) -> tuple[str | None, str | None, list[str]]:
        """(country, sector, segments) of a CAMEO actor code."""
        lead = re.match(r"[A-Z]*", code).group(0)
        segs = [lead[i:i + 3] for i in range(0, len(lead) - len(lead) % 3, 3)]
        if not segs:
            return None, None, []
        country, rest = None, segs[1:]
        head = segs[0]
        if head in PREFIX_SECTOR:
            if head in ("NGO", "MNC") and len(segs) > 1:
                country = self.country(segs[1])
            return country, PREFIX_SECTOR[head], segs
        country = self.country(head)
        if country is None and head not in NO_COUNTRY and head not in FICTIONAL:
            rest = segs               # religion or sector code first: HINRAD, MED, ELI
            if head not in SECTORS and head not in RELIGIONS:
                self.unknown[head] += 1
        sector = next((s for s in rest if s in SECTORS), None)
        return country, sector, segs

    def is_place(self, code: str) -> bool:
        """A state, territory or region code, with no sector: AFG, GBRVGB, ARMUNR, YUGKSV."""
        segs = self.split(code)[2]
        return bool(segs) and segs[0] not in PREFIX_SECTOR and not any(s in SECTORS for s in segs)


ORG_WORDS = {
    "assembly", "ministry", "party", "government", "council", "army", "forces", "force",
    "front", "movement", "organization", "organisation", "union", "league", "committee",
    "commission", "court", "parliament", "congress", "senate", "police", "navy", "brigade",
    "brigades", "group", "office", "agency", "authority", "administration", "bank", "company",
    "corporation", "institute", "association", "federation", "alliance", "coalition", "junta",
    "cabinet", "regime", "republic", "state", "kingdom", "territory", "mission", "department",
    "service", "services", "tribunal", "guard", "command", "network", "militia", "fund",
    "program", "programme", "center", "centre", "foundation", "board", "secretariat", "council",
    "legislature", "delegation", "embassy", "unit", "battalion", "regiment", "division",
    "corps", "rebels", "insurgents", "opposition", "forum", "initiative", "conference",
    "treaty", "pact", "community", "bureau", "system", "troops", "members", "supporters",
    "politburo", "presidium", "directorate", "ministries", "authorities", "government's",
    "volkskammer", "reichstag", "bundestag", "bundesrat", "knesset", "duma", "ergenekon",
}


def looks_like_org(phrase: str) -> bool:
    """The name of an institution ("KOSOVO_ASSEMBLY"), not of a person."""
    return bool({w.lower() for w in re.split(r"[\s_\-/]+", phrase)} & ORG_WORDS)


# -- main ---------------------------------------------------------------------------------

def load_states() -> tuple[set[str], set[str]]:
    """ISO3 codes wirecoder knows, and the single-word state names, demonyms and capitals."""
    iso: set[str] = set()
    words: set[str] = set()
    with open(KB / "states.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            iso.add(row["iso3"])
            for n in [row["name"], row["demonym"], row["demonym"] + "s", row["capital"],
                      *row["aliases"].split("|")]:
                if n and len(n.split()) == 1:
                    words.add(fold(n))
    extras = yaml.safe_load((KB / "state_extras.yaml").read_text(encoding="utf-8")) or {}
    for code, extra in extras.items():
        if extra.get("add"):
            iso.add(code)
        for key in ("name", "aliases", "adjectives", "metonyms"):
            vals = extra.get(key) or []
            for n in [vals] if isinstance(vals, str) else vals:
                if n and len(str(n).split()) == 1:
                    words.add(fold(str(n)))
    return iso, words


def curated_keys() -> set[str]:
    """Folded names and aliases of the curated actors, by fold() and by the linker's folding
    (which also drops Arabic articles: "Al-Fatah" is "Fatah")."""
    data = [item for name in CURATED for item in yaml.safe_load((KB / name).read_text(encoding="utf-8")) or []]
    keys = set()
    for item in data:
        for n in [item.get("name"), *(item.get("aliases") or [])]:
            if n:
                keys |= {fold(str(n)), "\0" + match_key(str(n))}
    return keys


def in_curated(names: list[str], curated: set[str]) -> bool:
    return any(fold(n) in curated or "\0" + match_key(n) in curated for n in names)


def abbreviates(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` is made of the leading letters of ``words`` in order: each word
    gives one or more of its first letters, particles ("of", "the") may give none.
    "IPCC": INTER-GOVERNMENTAL PANEL ON CLIMATE CHANGE; "UNSG": UN SECRETARY GENERAL."""
    acronym = acronym.upper()
    words = [letters(w).upper() for w in words]
    words = [w for w in words if w]

    @functools.lru_cache(maxsize=None)
    def match(i: int, j: int, used: int) -> bool:
        if i == len(acronym):
            return used >= 2 and all(w.lower() in PARTICLES for w in words[j:])
        if j == len(words):
            return False
        w = words[j]
        for k in range(1, min(len(w), len(acronym) - i) + 1):
            if w[:k] != acronym[i:i + k]:
                break
            if match(i + k, j + 1, used + 1):
                return True
        return w.lower() in PARTICLES and match(i, j + 1, used)

    return len(words) >= 2 and match(0, 0, 0)


def paren_acronym(token: str, before: list[str]) -> bool:
    """A word written in parentheses after a name is its acronym when it abbreviates the
    name or is short: "ARYAN NATIONS (AN)", "BASQUE FATHERLAND AND FREEDOM (ETA)"."""
    lw = letters(token)
    return lw.isupper() and (len(lw) <= 5 or abbreviates(lw, before))


def collect_acronyms(entries: list[Entry]) -> set[str]:
    """Single-word phrases that another phrase of the same entry abbreviates ("ANSF" beside
    "AFGHAN NATIONAL SECURITY FORCES"), and acronyms written in parentheses after a name."""
    found: set[str] = set()
    for e in entries:
        multi = []
        singles = []
        for phrase in [e.phrase, *e.synonyms]:
            for m in re.finditer(r"\(([^()\s]+)\)", phrase):
                if paren_acronym(m.group(1), raw_words(phrase[:m.start()])):
                    found.add(letters(m.group(1)))
            words = raw_words(re.sub(r"\([^()]*\)", " ", phrase))
            if len(words) >= 2:
                multi.append(words)
            elif words:
                singles.append(letters(words[0]))
        for w in singles:
            if 2 <= len(w) <= 6 and w.isupper() and any(abbreviates(w, m) for m in multi):
                found.add(w)
    return {w for w in found if 2 <= len(w) <= 6 and w.lower() not in STOPLIST}


def keep_alias(alias: str, state_words: set[str]) -> bool:
    if len(alias) < 3:
        return False
    words = alias.split()
    if len(words) > 1:
        return True
    lw = letters(alias)
    if lw.isupper() and 2 <= len(lw) <= 6 and alias == alias.upper():
        return fold(alias) not in state_words        # acronym (but not "USA", "UAE")
    key = fold(alias)
    if key in STOPLIST or key in state_words or key.rstrip("s") in STOPLIST:
        return False
    return len(lw) >= 4


def corrupted(text: str) -> bool:
    """Lost characters, or a note rather than a name ("Source: MNC.MLH.actors")."""
    return "\ufffd" in text or ":" in text or bool(re.search(r"[\x00-\x1f]", text))


def main(src_dir: str) -> None:
    src = Path(src_dir)
    iso, state_words = load_states()
    codes = Codes(iso)
    entries: list[Entry] = []
    for name in FILES:
        entries += parse_file(src / name)
    cleaner = Cleaner(collect_acronyms(entries), state_words)
    curated = curated_keys()

    stats: Counter[str] = Counter()
    actors: list[dict] = []
    by_name: dict[str, dict] = {}
    for e in entries:
        real = [(c, r) for c, r in e.codes if c and c != "---" and re.match(r"[A-Z]{3}", c)]
        if not real:
            stats["skipped: no code"] += 1
            continue
        if any(c[:3] in FICTIONAL for c, _ in real):
            stats["skipped: fictional country (Kinakuta)"] += 1
            continue
        if e.file == COUNTRIES_FILE and all(codes.is_place(c) for c, _ in real):
            stats["skipped: country/territory block"] += 1
            continue
        roles = []
        dated = False
        for c, r in real:
            country, sector, _ = codes.split(c)
            start, end, is_dated = parse_restriction(r)
            dated |= is_dated
            if start and end and end < start:       # a typo in the source ("20121207-20120802")
                stats["roles dropped: ends before it starts"] += 1
                continue
            roles.append({"title": None, "country": country, "sector": sector,
                          "start": start, "end": end, "code": c})
        elite = any(r["sector"] == "ELI" for r in roles)      # CAMEO "elites" are individuals
        person = (dated or elite) and bool(roles) and not looks_like_org(e.phrase)
        if dated and not person:
            stats["dated codes on an institution (not a person)"] += 1

        if person:
            kind = "person"
            dated_roles = [r for r in roles if r["start"] or r["end"]]
            best = max(dated_roles or roles, key=lambda r: (r["end"] or "9999-99-99", r["start"] or ""))
            country, sector = best["country"], best["sector"]
            mode = "person"
        else:
            country, sector, _ = codes.split(real[0][0])
            kind = KIND_OF_SECTOR.get(sector or "", "other")
            roles = []
            if e.file == MILNONSTATE_FILE and kind == "other":
                kind, sector = "armed_group", sector or "REB"   # the file lists armed groups only
            mode = {"business": "business", "igo": "igo", "ngo": "igo"}.get(kind, "org")

        if corrupted(e.phrase):
            stats["skipped: name corrupted in source"] += 1
            continue
        name, extra = cleaner.clean(e.phrase, mode)
        if len(name) < 3:
            stats["skipped: name shorter than 3 characters"] += 1
            continue
        candidates = list(extra)
        for p in e.synonyms:
            if corrupted(p):
                stats["aliases dropped: corrupted in source"] += 1
                continue
            text, extra = cleaner.clean(p, mode)
            candidates += [text, *extra] if text else extra
        aliases: list[str] = []
        seen = {fold(name)}
        for a in candidates:
            key = fold(a)
            if key in seen:
                continue
            seen.add(key)
            if not keep_alias(a, state_words):
                stats["aliases dropped: short or generic"] += 1
                continue
            aliases.append(a)
        actor = {"name": name, "aliases": aliases, "kind": kind, "country": country or "",
                 "sector": sector or "", "roles": roles, "source": f"{e.file}:{e.line}"}
        key = slug(name) or fold(name)   # same name up to case, accents and punctuation
        if key in by_name:
            first = by_name[key]
            stats["merged: duplicate name"] += 1
            have = {fold(first["name"])} | {fold(a) for a in first["aliases"]}
            for a in aliases:
                if fold(a) not in have:
                    first["aliases"].append(a)
                    have.add(fold(a))
            if first["kind"] == "person" and kind == "person":
                for r in roles:
                    if r not in first["roles"]:
                        first["roles"].append(r)
            continue
        by_name[key] = actor
        actors.append(actor)

    kept = []
    for a in actors:
        if in_curated([a["name"], *a["aliases"]], curated):
            stats["skipped: in the curated files"] += 1
            continue
        kept.append(a)

    used: set[str] = set()
    for a in kept:
        base = "phx-" + (slug(a["name"]) or "actor")
        aid, n = base, 1
        while aid in used:
            n += 1
            aid = f"{base}-{n}"
        used.add(aid)
        a["id"] = aid
    kept.sort(key=lambda a: a["id"])

    with open(OUT, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        for a in kept:
            w.writerow([a["id"], a["name"], "|".join(a["aliases"]), a["kind"], a["country"],
                        a["sector"], json.dumps(a["roles"], separators=(",", ":"), ensure_ascii=False),
                        a["source"], AS_OF, "false"])

    for k in sorted(stats):
        print(f"{k}: {stats[k]}", file=sys.stderr)
    if codes.unknown:
        print("unknown leading codes: " + ", ".join(f"{k} ({v})" for k, v in sorted(codes.unknown.items())),
              file=sys.stderr)
    print(f"skipped {stats['skipped: in the curated files']} actors already in the curated files",
          file=sys.stderr)
    print(f"wrote {len(kept)} actors ({sum(1 + len(a['aliases']) for a in kept)} names and aliases) to {OUT}",
          file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__.split("\n\n")[1])
    main(sys.argv[1])
