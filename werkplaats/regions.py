"""The three regional collaborations and their municipalities.

Researchers type region names in many ways ("WIL", "Lekstroom", "RSD KRH",
"ferm werk"); :func:`canonical_region` maps them to one name, and
:func:`canonical_municipality` does the same for municipalities.
"""

from __future__ import annotations

import re
import unicodedata

REGIONS: dict[str, dict] = {
    "Ferm Werk": {
        "short": "Ferm Werk",
        "aliases": ["ferm", "ferm werk", "fermwerk"],
        "municipalities": ["Woerden", "Montfoort", "Oudewater", "Bodegraven-Reeuwijk"],
    },
    "WIL Werk en Inkomen Lekstroom": {
        "short": "WIL Lekstroom",
        "aliases": [
            "wil", "wil lekstroom", "lekstroom", "werk en inkomen lekstroom",
            "wil werk en inkomen lekstroom", "wil werk & inkomen lekstroom",
        ],
        "municipalities": ["Houten", "Lopik", "IJsselstein", "Nieuwegein", "Vianen"],
    },
    "RSD Kromme Rijn Heuvelrug": {
        "short": "RSD KRH",
        "aliases": [
            "rsd", "rsd krh", "krh", "kromme rijn heuvelrug", "rsd kromme rijn heuvelrug",
            "regionale sociale dienst kromme rijn heuvelrug", "rsd kromme rijn en heuvelrug",
        ],
        "municipalities": ["De Bilt", "Bunnik", "Utrechtse Heuvelrug", "Wijk bij Duurstede", "Zeist"],
    },
}

# Vianen joined Vijfheerenlanden in 2019; researchers still use both names.
MUNICIPALITY_ALIASES = {
    "vijfheerenlanden": "Vianen",
    "bodegraven": "Bodegraven-Reeuwijk",
    "reeuwijk": "Bodegraven-Reeuwijk",
    "bodegraven reeuwijk": "Bodegraven-Reeuwijk",
    "ijsselstein": "IJsselstein",
    "debilt": "De Bilt",
    "wijk bij duurstede": "Wijk bij Duurstede",
    "wbd": "Wijk bij Duurstede",
    "heuvelrug": "Utrechtse Heuvelrug",
}


def _key(name: str) -> str:
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    name = name.lower().replace("&", " en ").replace("-", " ").replace("_", " ")
    return re.sub(r"\s+", " ", name).strip()


_REGION_INDEX = {}
for _name, _info in REGIONS.items():
    for _alias in [_name, _info["short"], *_info["aliases"]]:
        _REGION_INDEX[_key(_alias)] = _name

_MUNICIPALITY_REGION = {}
_MUNICIPALITY_INDEX = {}
for _name, _info in REGIONS.items():
    for _m in _info["municipalities"]:
        _MUNICIPALITY_REGION[_m] = _name
        _MUNICIPALITY_INDEX[_key(_m)] = _m
for _alias, _m in MUNICIPALITY_ALIASES.items():
    _MUNICIPALITY_INDEX[_key(_alias)] = _m


class UnknownRegion(ValueError):
    """A region name that matches none of the known collaborations."""


def canonical_region(name: str | None) -> str | None:
    """Return the canonical region name for ``name``.

    Known collaborations accept common spellings; an unknown name is kept
    as typed (trimmed), so other projects can use their own regions.
    """
    if name is None or not name.strip():
        return None
    return _REGION_INDEX.get(_key(name), name.strip())


def canonical_municipality(name: str | None) -> str | None:
    """Return the canonical municipality name (unknown names kept as typed)."""
    if name is None or not name.strip():
        return None
    return _MUNICIPALITY_INDEX.get(_key(name), name.strip())


def region_of(municipality: str | None) -> str | None:
    """The region a known municipality belongs to, or ``None``."""
    if not municipality:
        return None
    return _MUNICIPALITY_REGION.get(canonical_municipality(municipality) or "")


def short_name(region: str | None) -> str | None:
    """The short display name of a region ("WIL Lekstroom")."""
    if region in REGIONS:
        return REGIONS[region]["short"]
    return region
