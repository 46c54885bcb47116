"""Word lists that tell a name from an ordinary word, all local and loaded once.

- Dutch first names, surnames, residences, municipalities and street names
  come from the lists that ship inside the ``deduce`` package (plain text in
  ``deduce/data/lookup/src``; no need to start deduce itself).
- How common a word is comes from ``wordfreq``'s Dutch list (packaged data,
  no network).
- Header labels, roles and organisations of this field are listed here: they
  are never people, whatever a detector says.

Every loader is cached; without deduce or wordfreq the lists are empty and
the rules fall back to their contexts.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

from ..regions import MUNICIPALITY_ALIASES, REGIONS

# Labels of header blocks, legends and tables (lowercase). A label is never a person.
HEADER_LABELS = {
    "aanwezig", "afwezig", "afkortingen", "aantal deelnemers", "aantal sprekers", "begeleiding", "bestand",
    "bestandsnaam", "bijeenkomst", "code", "datum", "datum opname", "deelnemers", "duur", "functie", "gesprek",
    "inbrenger", "interview", "klantnummer", "cliëntnummer", "dossiernummer", "zaaknummer", "legenda", "locatie",
    "notulist", "notulen", "observant", "observator", "observatie", "onderwerp", "onderzoek", "opmerkingen",
    "organisatie", "plaats", "project", "setting", "sprekers", "taal", "thema", "tijd", "titel", "toestemming",
    "tolk", "transcriptie", "transcriptiemethode", "type gesprek", "verslag", "voorzitter", "agenda", "wie", "wat",
    "wanneer", "actie", "acties", "afspraken", "status", "versie", "opname", "periode", "doel", "casus", "regio",
    "gemeente", "bespreking", "aanwezigen", "genodigden", "kopie", "auteur", "naschrift", "samenvatting",
}
# Roles of speakers and participants (lowercase). A role is never a person.
ROLE_WORDS = {
    "interviewer", "respondent", "moderator", "gespreksleider", "onderzoeker", "klant", "cliënt", "client",
    "cliënte", "inwoner", "klantmanager", "consulent", "voorzitter", "notulist", "deelnemer", "spreker",
    "ervaringsdeskundige", "jobcoach", "werkcoach", "taalcoach", "teamleider", "werkgever", "werknemer",
    "schuldhulpverlener", "wijkcoach", "observant", "begeleider", "vrijwilliger", "trajectbegeleider",
    "casemanager", "coördinator", "beleidsmedewerker", "projectleider", "manager", "eigenaar", "bedrijfsleider",
    "voorman", "tolk", "buddy", "mentor", "maatje", "deelnemers", "sprekers", "interviewers", "respondenten",
    "wmo-consulent", "inbrenger", "gast", "professional", "adviseur", "medewerker",
}
# Organisations and public bodies in this field (lowercase). Never a person or a place of residence.
ORGANISATIONS = {
    "uwv", "belastingdienst", "cjib", "duo", "wmo", "svb", "ggd", "ggz", "cak", "taalhuis", "werkpad",
    "schuldhulpmaatje", "veilig thuis", "cruks", "albert heijn", "jumbo", "lidl", "aldi", "hema", "efteling",
    "participatiewet", "wijkteam", "sociaal team", "movisie", "divosa", "vng", "nibud", "toeslagen", "kvk",
    "leger des heils", "voedselbank", "rode kruis", "humanitas", "vluchtelingenwerk", "stichting", "gemeente",
    "wil", "rsd", "ferm werk", "lekstroom", "wsw", "ww", "wajong", "wia", "ict", "microsoft", "teams", "zoom",
    "limesurvey", "qualtrics", "forms", "whatsapp", "outlook", "google", "facebook",
}
# Buildings that deduce sometimes takes for a first name ("Stadhuis IJsselstein").
BUILDINGS = {"stadhuis", "gemeentehuis", "raadhuis", "wijkcentrum", "bibliotheek", "kantoor", "buurthuis", "station",
             "dorpshuis", "gezondheidscentrum", "vergaderzaal", "zaal", "kantine", "school", "basisschool"}
# Fixed expressions with a name in them that name nobody.
IDIOMS = ("Jan en alleman", "Jan Modaal", "Jan met de pet", "Jan Publiek", "Klaas Vaak", "Sinterklaas",
          "Jan Splinter", "Piet Snot", "Jut en Jul", "Jan Klaassen")
PARTICLES = {"van", "de", "der", "den", "het", "ter", "ten", "te", "el", "al", "la", "le", "du", "da", "von", "vd",
             "in", "'t", "op", "bin", "ben", "ibn", "abu", "di", "dos", "do"}
TITLES = {"meneer", "mevrouw", "dhr", "mw", "mevr", "mr", "dr", "drs", "ir", "ing", "juf", "meester", "heer", "dokter"}
MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"}
WEEKDAYS = {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"}

STUDY_PLACES = (
    {m.lower() for info in REGIONS.values() for m in info["municipalities"]}
    | {r.lower() for r in REGIONS}
    | {a.lower() for info in REGIONS.values() for a in (info["aliases"] + [info["short"]])}
    | {a.lower() for a in MUNICIPALITY_ALIASES}
    | {"vijfheerenlanden", "utrecht", "lekstroom", "heuvelrug", "kromme rijn", "bodegraven", "reeuwijk", "wijk"}
)


def fold(word: str) -> str:
    """Lowercase without accents, for list look-ups."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def _deduce_src() -> Path | None:
    try:
        import importlib.util

        spec = importlib.util.find_spec("deduce")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin:
        return None
    path = Path(spec.origin).parent / "data" / "lookup" / "src"
    return path if path.is_dir() else None


def _read(relative: str) -> set[str]:
    src = _deduce_src()
    if src is None:
        return set()
    folder = src / relative
    items: set[str] = set()
    exceptions: set[str] = set()
    for name, target in (("items.txt", items), ("exceptions.txt", exceptions)):
        path = folder / name
        if path.exists():
            target.update(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {fold(w) for w in items - exceptions}


CACHE_VERSION = 1
ZIPF_FLOOR = 2.0  # words rarer than this count as unknown (0)


def _versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    out = []
    for name in ("deduce", "wordfreq"):
        try:
            out.append(f"{name}={version(name)}")
        except PackageNotFoundError:
            out.append(f"{name}=-")
    return ";".join(out)


def _build() -> dict:
    """Read the lists from deduce's package data and wordfreq (slow: seconds); see :func:`lists`."""
    data = {
        "first": _read("names/lst_first_name"),
        "surname": _read("names/lst_surname") | {w.split()[-1] for w in _read("names/lst_interfix_surname") if w.split()},
        "residence": _read("locations/lst_placename/lst_residence"),
        "municipality": _read("locations/lst_placename/lst_municipality"),
        "street": _read("locations/lst_street"),
        "whitelist": _read("whitelist/lst_common_word") | _read("whitelist/lst_stop_word"),
        "zipf": {},
    }
    try:
        from wordfreq import get_frequency_dict, zipf_frequency  # noqa: F401
    except ImportError:
        return data
    import math

    data["zipf"] = {w: round(math.log10(f) + 9, 2) for w, f in get_frequency_dict("nl").items()
                    if f > 0 and math.log10(f) + 9 >= ZIPF_FLOOR}
    return data


@cache
def lists() -> dict:
    """All word lists, from a cache in the user's cache folder (built once per deduce/wordfreq version)."""
    import os
    import pickle
    import tempfile

    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "werkplaats"
    path = base / f"lexicon-{CACHE_VERSION}.pickle"
    versions = _versions()
    try:
        with path.open("rb") as f:
            cached = pickle.load(f)
        if cached.get("versions") == versions:
            return cached
    except (OSError, EOFError, pickle.PickleError, AttributeError, KeyError, TypeError):
        pass
    data = _build()
    data["versions"] = versions
    try:
        base.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=base, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(data, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only home: use the lists without a cache
    return data


def first_names() -> frozenset[str]:
    return lists()["first"]


def surnames() -> frozenset[str]:
    """Surnames, also the last word of surnames with a particle ("de Wit" → "wit")."""
    return lists()["surname"]


def residences() -> frozenset[str]:
    """Dutch towns and villages (woonplaatsen)."""
    return lists()["residence"]


@cache
def municipalities() -> frozenset[str]:
    """Dutch municipalities: a municipality alone does not identify anybody."""
    return frozenset(lists()["municipality"]) | frozenset(STUDY_PLACES)


def streets() -> frozenset[str]:
    """Dutch street names (from the BAG, as shipped by deduce)."""
    return lists()["street"]


def _whitelist() -> frozenset[str]:
    return lists()["whitelist"]


@cache
def zipf(word: str) -> float:
    """How common ``word`` is in Dutch (wordfreq's Zipf scale: 3 = once per million words); 0 when rare or unknown."""
    return lists()["zipf"].get(word.lower(), 0.0)


def is_first_name(word: str) -> bool:
    return fold(word) in first_names()


def is_surname(word: str) -> bool:
    return fold(word) in surnames()


def is_common_word(word: str) -> bool:
    """An ordinary Dutch word: frequent and not a first name, or on deduce's list of common words.

    Frequency alone cannot tell: names are frequent too ("Kim", "Dennis"). A
    word that is also a first name counts as common only when deduce lists it
    as a common word ("Winter", "Wil").
    """
    low = word.lower()
    if low in HEADER_LABELS or low in ROLE_WORDS or low in MONTHS or low in WEEKDAYS or fold(low) in _whitelist():
        return True
    if is_first_name(word):
        return False
    return zipf(low) >= 3.8


def never_a_person(text: str, extra: set[str] = frozenset()) -> bool:
    """Labels, roles, organisations, study places, codebook words (``extra``): never a person."""
    low = " ".join(text.lower().split()).strip(" .,:;")
    if not low:
        return True
    words = low.split()
    return (low in HEADER_LABELS or low in ROLE_WORDS or low in ORGANISATIONS or low in STUDY_PLACES or low in extra
            or (len(words) == 2 and words[0] in HEADER_LABELS | ROLE_WORDS and re.fullmatch(r"\d+", words[1]) is not None)
            or all(w in ORGANISATIONS or w in STUDY_PLACES or w in BUILDINGS for w in words))


SPEAKER_CODE = re.compile(r"[A-Z]{1,4}\d{0,2}|[A-Z]\d{1,2}|(?:Spreker|Deelnemer|Respondent|Interviewer|Speaker|D|R|P)\s*\d{1,2}")


def is_speaker_code(label: str) -> bool:
    """``I``, ``R``, ``LM``, ``INT``, ``RESP``, ``D1``, ``Spreker 2``: codes, not names."""
    return SPEAKER_CODE.fullmatch(label.strip()) is not None
