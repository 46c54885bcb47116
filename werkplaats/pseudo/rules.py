"""Rule-based detection of personal data in Dutch text.

These rules catch what a statistical de-identifier tends to miss and what
has a fixed shape: phone numbers, e-mail addresses, postcodes, BSN (with
the elfproef), IBAN (with its check digits), dates (also "14 mei 1986" and
"maart 2019"), ages, and street addresses. Each detection is a
:class:`Detection` with character offsets into the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import never_a_person

# Types (stored values) and their Dutch labels for pseudonyms.
PERSON = "persoon"
PHONE = "telefoonnummer"
EMAIL = "e-mailadres"
POSTCODE = "postcode"
ADDRESS = "adres"
BSN = "bsn"
IBAN = "iban"
DATE = "datum"
AGE = "leeftijd"
INSTITUTION = "instelling"
PLACE = "plaats"
CASE_NUMBER = "dossiernummer"
OTHER = "overig"

LABELS = {
    PERSON: "Persoon", PHONE: "Telefoonnummer", EMAIL: "E-mailadres", POSTCODE: "Postcode", ADDRESS: "Adres",
    BSN: "BSN", IBAN: "IBAN", DATE: "Datum", AGE: "Leeftijd", INSTITUTION: "Instelling", PLACE: "Plaats",
    CASE_NUMBER: "Dossiernummer", OTHER: "Gegeven",
}


@dataclass(frozen=True)
class Detection:
    start: int
    end: int
    type: str
    text: str
    source: str = "regel"  # which detector found it


MONTHS = ("januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
          "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec")
STREET_SUFFIX = (r"(?:straat|laan|weg|plein|singel|gracht|kade|dijk|pad|hof|dreef|steeg|park|baan|"
                 r"markt|erf|oord|veld|wal|burg|haven|lei|akker|weide|zoom|ring|hoek)")

PATTERNS: list[tuple[str, re.Pattern]] = [
    (EMAIL, re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")),
    (IBAN, re.compile(r"\bNL\s?\d{2}\s?[A-Z]{4}\s?(?:\d\s?){9}\d\b")),
    (PHONE, re.compile(r"(?<![\w+])(?:\+31[\s-]?(?:\(0\))?[\s-]?|0031[\s-]?|0)(?:6[\s-]?(?:\d[\s-]?){7}\d|"
                       r"[1-9]\d{1,2}[\s-]?(?:\d[\s-]?){5,6}\d)(?!\d)")),
    (POSTCODE, re.compile(r"\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b")),
    (DATE, re.compile(r"\b(?:[0-3]?\d[-/.][01]?\d[-/.](?:19|20)?\d{2})\b")),
    (DATE, re.compile(rf"\b(?:[0-3]?\d\s+)?(?:{MONTHS})\.?\s+(?:19|20)\d{{2}}\b", re.IGNORECASE)),
    (DATE, re.compile(rf"\b[0-3]?\d\s+(?:{MONTHS})\b", re.IGNORECASE)),
    (DATE, re.compile(r"\b(?:19|20)\d{2}-[01]\d-[0-3]\d\b")),
    (OTHER, re.compile(r"(?<=Latitude: )-?\d{1,3}\.\d+|(?<=Longitude: )-?\d{1,3}\.\d+|(?<=latitude: )-?\d{1,3}\.\d+|"
                       r"(?<=longitude: )-?\d{1,3}\.\d+|(?<=Lat: )-?\d{1,3}\.\d+|(?<=Lon: )-?\d{1,3}\.\d+")),
    # latitude and longitude in the Netherlands (survey exports): "52.0907 5.2320"
    (OTHER, re.compile(r"(?<![\d.])5[0-3]\.\d{3,6}[\s,;]+[3-7]\.\d{3,6}(?![\d.])")),
    (OTHER, re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])")),
    (ADDRESS, re.compile(rf"\b[A-Z][\w'-]*{STREET_SUFFIX}\s+\d+\s?[a-zA-Z]?\b")),
    (ADDRESS, re.compile(r"\b(?:[A-Z][\w'-]+\s){1,2}(?:straat|laan|weg|plein|singel|gracht|kade|dijk)\s+\d+\s?[a-zA-Z]?\b")),
]
# Spelled-out numbers 1–99, for ages and dates said aloud ("vierendertig", "veertien mei").
_UNITS = "een|twee|drie|vier|vijf|zes|zeven|acht|negen"
NUM = (rf"(?:(?:{_UNITS})(?:en(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig))?|tien|elf|twaalf|"
       r"dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|"
       r"zeventig|tachtig|negentig)")
NOT_AFTER_AGE = (r"(?!\s+(?:uur|euro|procent|minuten|minuutjes|weken|maanden|dagen|keer|naar|kinderen|zoons|dochters|"
                 r"jaar\s+geleden|jaar\s+(?:bij|in|als|op|lang|werkloos|thuis|getrouwd)|mensen|cliënten|klanten|van\b))")
PERSON_WORD = (r"(?:meneer|mevrouw|zoon|zoontje|dochter|dochtertje|moeder|vader|kind|kinderen|cliënt|cliënte|inwoner|man|"
               r"vrouw|jongen|meisje|broer|zus|partner|echtgeno(?:ot|te)|[A-Z]\.|[A-Z][a-zà-ÿ]+)")
AGE_PATTERNS = [
    # "(46)" right after a person ("meneer (46)", "haar zoon (6)", "Y. (21)")
    re.compile(PERSON_WORD + r"[^()\n.]{0,30}?\((?P<age>\d{1,3})\)"),
    # "is negen", "ik ben 52", "zoon van negen": only before "jaar", a comma or full stop, "en", "oud"
    re.compile(rf"\b(?:ik ben|ben ik|hij is|zij is|ze is|is|was|werd|wordt|(?:zoon|dochter|kind|jongen|meisje|man|vrouw|"
               rf"meneer|mevrouw|broer|zus) van|(?-i:[A-ZÀ-Þ][a-zà-ÿ]+)\s+van|toen|met)\s+(?:eh\.*\s+|pas\s+|al\s+|net\s+|bijna\s+|ongeveer\s+)?"
               rf"(?!een\b)(?P<age>{NUM}|\d{{1,2}})\b{NOT_AFTER_AGE}(?=\s+jaar|[,.;!?]|\s+(?:en|oud|geworden)\b|$)",
               re.IGNORECASE | re.MULTILINE),
    re.compile(rf"(?:^|(?<=[.!?]\s))(?P<age>{NUM}),\s+(?:woont|heeft|is|werkt)\b", re.IGNORECASE | re.MULTILINE),
    re.compile(r"\b(?P<age>\d{1,2}(?:,\s*\d{1,2})*\s+en\s+\d{1,2}\s+jaar)\b"),
    # "47 jaar", "van negentien jaar", "29-jarige"; not "35 jaar gewerkt" (a duration: followed by a verb or 'bij')
    # "zoon van negen vroeg", "Rayan van twaalf": a child's age, whatever follows
    re.compile(rf"\b(?:zoon|zoontje|dochter|dochtertje|kind|jongen|meisje|broer|zus|broertje|zusje)\s+van\s+"
               rf"(?!een\b)(?P<age>{NUM}|\d{{1,2}})\b{NOT_AFTER_AGE}(?!\s+(?:jaar\s+geleden|{NUM}\b))", re.IGNORECASE),
    re.compile(rf"(?:\b(?:ben|is|was|werd|wordt|zijn|waren|van)\s+|\b(?:man|vrouw|jongen|meisje|moeder|vader|meneer|"
               rf"mevrouw|zoon|dochter|cliënt|cliënte|(?-i:[A-Z]\.))\s*,\s*|\(\s*)(?!een\b)(?P<age>\d{{1,2}}|{NUM})"
               r"(?:\s+jaar(?:\s+oud)?|-?\s?jarige?)\b"
               r"(?=\s*(?:[,.;:)!?]|$|\s+(?:en|oud|is|was|met|die|dat|zonder|uit|heeft|had|woont|woonde)\b))",
               re.IGNORECASE | re.MULTILINE),
    re.compile(rf"\b(?P<age>\d{{1,2}}|{NUM})-?jarige?\b", re.IGNORECASE),
    # "man, 51, schulden": a person noun and the age between commas
    re.compile(r"\b(?:man|vrouw|meneer|mevrouw|jongen|meisje|moeder|vader|cliënt|cliënte)\s*,\s*(?P<age>\d{2})\s*,"),
    # "Hij was toen eh... 54, geloof ik"
    re.compile(r"\b(?:was|is|ben|werd)\s+(?:toen\s+)?(?:eh\.*\s*)?(?P<age>\d{2})(?=,\s+(?:geloof|denk|meen|schat)\b)",
               re.IGNORECASE),
]
SPOKEN_DATE = re.compile(rf"\b{NUM}\s+(?:{MONTHS}),?\s+(?:{NUM}|'?\d{{2}})\b", re.IGNORECASE)
BSN_KEYWORD = re.compile(r"\b(?:BSN|burgerservicenummer)[:\s,(]*(?:nummer[:\s]*)?(?P<bsn>\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3})\b", re.IGNORECASE)
TITLED_PERSON = re.compile(r"\b(?:[Mm]eneer|[Mm]evrouw|[Mm]evr\.?|[Dd]hr\.?|[Mm]w\.?|[Mm]r\.?|MENEER|MEVROUW)\s+"
                           r"(?P<name>(?:[A-Z]\.\s?)+(?:[A-Z][\w'-]+)?|[A-Z](?![\w.])|"
                           r"(?:[Vv]an\s+(?:de[rn]?\s+)?|[Dd]e\s+|[Ee]l\s+|[Tt]er\s+)?[A-ZÀ-Þ][\wÀ-ÿ'-]+(?:-[A-ZÀ-Þ][\wÀ-ÿ'-]+)?)")
# Small businesses that identify a client or employer: "Hoveniersbedrijf Van Schaik", "Kwekerij Van Rijn".
BUSINESS = re.compile(
    r"(?<![\w-])(?:[A-Z][a-z]*(?:bedrijf|handel|kwekerij|bakkerij|slagerij|kapsalon|garage|winkel|zaak|bureau|fabriek|"
    r"boerderij|kantoor|groothandel|hoveniers|transport|schilders|loonbedrijf)|Kwekerij|Bakkerij|Slagerij|"
    r"Garage|Groothandel|Restaurant|Café|Kapsalon|Boerderij|Camping|Hotel|Tuincentrum|Supermarkt)"
    r"(?P<name>(?: (?:[Vv]an |[Dd]e |[Vv]an de[rn]? |[Dd]e |&amp; |& )?[A-Z][\w'-]+)+(?: & [A-Z][\w'-]+)?)")
# Client, dossier and case numbers: "FW-2023-0412", "RSD-19-4471", "WIL-2024-00873", and any number after a keyword.
CASE_NUMBER_SHAPE = re.compile(r"(?<![\w-])[A-Z]{2,5}-(?:19|20)?\d{2}-\d{3,6}(?![\w-])")
CASE_NUMBER_KEYWORD = re.compile(
    r"\b(?:dossier|dossiernummer|dossiernr|cliëntnummer|clientnummer|cliëntnr|klantnummer|klantnr|zaaknummer|zaaknr|"
    r"registratienummer|relatienummer|kenmerk|referentienummer|ons kenmerk)(?![a-zë])\.?(?:\*\*)?\s*[:#]?\s*(?:\*\*)?\s*"
    r"(?:is\s+)?(?P<number>[A-Z0-9](?:[A-Z0-9]|[-./](?=[A-Z0-9])){3,24})(?![\w-])", re.IGNORECASE)
# "een mevrouw", "die meneer", "zo'n meneer": right before a title these make "van X" mean "from X"
INDEFINITE_BEFORE = re.compile(r"\b(?:een|die|deze|de|zo'n|andere)\s+$", re.IGNORECASE)
# "Sanne de Wit (klantmanager)": a name followed by a role in brackets
NAME_WITH_ROLE = re.compile(r"(?P<name>[A-ZÀ-Þ][\wÀ-ÿ'-]+(?:\s+(?:van|de|der|den|ter|ten|el|al))*(?:\s+[A-ZÀ-Þ][\wÀ-ÿ'-]+)+)\s*\(")

BSN_CANDIDATE = re.compile(r"(?<![\d-])(\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3})(?![\d-])")


def elfproef(digits: str) -> bool:
    """The BSN check: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11 (and not all zeros)."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1))) - int(digits[8])
    return total % 11 == 0


def iban_valid(value: str) -> bool:
    compact = value.replace(" ", "").upper()
    rearranged = compact[4:] + compact[:4]
    digits = "".join(str(int(c, 36)) for c in rearranged)
    return int(digits) % 97 == 1


def detect_rules(text: str) -> list[Detection]:
    """Everything the rules find in ``text`` (overlaps resolved: longest wins)."""
    found: list[Detection] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if kind == IBAN and not iban_valid(m.group()):
                continue
            found.append(Detection(m.start(), m.end(), kind, m.group()))
    for m in BSN_CANDIDATE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if elfproef(digits):
            found.append(Detection(m.start(), m.end(), BSN, m.group()))
    for m in BUSINESS.finditer(text):
        if never_a_person(m.group("name")):
            continue
        found.append(Detection(m.start(), m.end(), INSTITUTION, m.group()))
    for m in CASE_NUMBER_SHAPE.finditer(text):
        found.append(Detection(m.start(), m.end(), CASE_NUMBER, m.group()))
    for m in CASE_NUMBER_KEYWORD.finditer(text):
        if sum(c.isdigit() for c in m.group("number")) >= 3:
            found.append(Detection(m.start("number"), m.end("number"), CASE_NUMBER, m.group("number")))
    for m in BSN_KEYWORD.finditer(text):  # after the word BSN, any 9 digits (also a mistyped one)
        found.append(Detection(m.start("bsn"), m.end("bsn"), BSN, m.group("bsn")))
    for pattern in AGE_PATTERNS:
        for m in pattern.finditer(text):
            found.append(Detection(m.start("age"), m.end("age"), AGE, m.group("age")))
    for m in SPOKEN_DATE.finditer(text):
        found.append(Detection(m.start(), m.end(), DATE, m.group()))
    for m in TITLED_PERSON.finditer(text):
        if m.group("name").lower().startswith("van ") and INDEFINITE_BEFORE.search(text, 0, m.start()):
            continue  # "een mevrouw van Ferm Werk": a woman *from* Ferm Werk, not Mrs van Ferm
        name = m.group("name").rstrip()
        found.append(Detection(m.start("name"), m.start("name") + len(name), PERSON, name))
    return resolve_overlaps(found)


# Capitalised words that start headings and labels in minutes, not names.
NOT_NAME_WORDS = {
    "casus", "aanwezig", "afwezig", "naschrift", "verslag", "observatie", "interview", "bespreking", "afspraken",
    "actie", "acties", "vraag", "datum", "locatie", "voorzitter", "notulist", "gemeente", "regio", "team", "sociaal",
    "werk", "inkomen", "wijkteam", "klantmanager", "stichting", "hogeschool", "movisie", "uwv",
}


def harvest_names(text: str) -> list[str]:
    """Full names written as "Naam Achternaam (rol)" (attendee lists, minutes)."""
    names = []
    for m in NAME_WITH_ROLE.finditer(text):
        name = " ".join(m.group("name").split())
        words = name.split()
        if any(ch.isdigit() for ch in name) or any(w.lower() in NOT_NAME_WORDS for w in words):
            continue
        names.append(name)
    return names


def detect_names(text: str, names: dict[str, str]) -> list[Detection]:
    """Occurrences of known names (``{"Naima Bouzid": "persoon", ...}``), whole words.

    Matching is case-sensitive: a surname like "Groot" must not hit the word
    "groot". All-capitals text (``NAIMA``) is matched too.
    """
    found = []
    for name, kind in names.items():
        if len(name) < 2:
            continue
        for m in re.finditer(rf"(?<![\w])(?:{re.escape(name)}|{re.escape(name.upper())})(?![\w])", text):
            found.append(Detection(m.start(), m.end(), kind, m.group(), "naamlijst"))
    return found


def resolve_overlaps(detections: list[Detection]) -> list[Detection]:
    """Keep the longest of overlapping detections (earlier first on ties)."""
    result: list[Detection] = []
    for d in sorted(detections, key=lambda d: (d.start, -(d.end - d.start))):
        if result and d.start < result[-1].end:
            if d.end - d.start > result[-1].end - result[-1].start:
                result[-1] = d
            continue
        result.append(d)
    return result
