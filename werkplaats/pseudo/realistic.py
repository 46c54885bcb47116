"""Invented names for the "realistisch" style: same number, same name; gender and shape kept where known.

Shape: a first name alone stays a first name, a surname a surname, an initial
an initial ("meneer K." → "meneer B."), "Achternaam, Voornaam" keeps its
order, capitals stay capitals. Gender comes from a title or pronoun next to
the name (see :func:`werkplaats.pseudo.names.gender_near`); unknown gender
alternates with the number.
"""

from __future__ import annotations

from .lexicon import is_first_name
from .names import name_words

FIRST_M = ["Bram", "Daan", "Gijs", "Joost", "Lars", "Olaf", "Quinten", "Sem", "Wout", "Amir", "Bilal", "Farid",
           "Hamza", "Jamal", "Mehmet", "Omar", "Thijs", "Ruben", "Niels", "Koen", "Youssef", "Stefan", "Milan"]
FIRST_V = ["Anouk", "Chantal", "Esmee", "Fenna", "Hanna", "Ilse", "Kim", "Mila", "Noor", "Pien", "Roos", "Tess",
           "Vera", "Yara", "Zoë", "Dilan", "Elif", "Ines", "Leyla", "Nadia", "Sanne", "Lotte", "Samira"]
LAST = ["Aarts", "Brouwer", "Claassen", "Dekker", "Evers", "Franken", "Gerritsen", "Hendriks", "IJzerman", "Jonker",
        "Koster", "Lammers", "Maas", "Nijland", "Oosterhuis", "Peeters", "Rijnders", "Schouten", "Timmer", "Vos",
        "Wouters", "Zwart", "Akgül", "Benali", "Çelik", "El Idrissi", "Haddou", "Kaya", "Özkan", "Yilmaz"]


def _first(number: int, gender: str | None) -> str:
    if gender is None:
        gender = "v" if number % 2 else "m"
    names = FIRST_V if gender == "v" else FIRST_M
    return names[(number - 1) // 2 % len(names)] if gender is None else names[(number - 1) % len(names)]


def _last(number: int) -> str:
    return LAST[((number - 1) * 7 + (number - 1) // len(LAST)) % len(LAST)]


def invented(number: int, original: str, full: str | None = None, gender: str | None = None) -> str:
    """The invented name for pseudonym ``number`` in the shape of ``original``."""
    first, last = _first(number, gender), _last(number)
    text = original.strip()
    if "," in text:
        result = f"{last}, {first}"
    elif all(len(w.rstrip(".")) == 1 for w in text.split()):
        result = f"{last[0]}."
    else:
        words = name_words(text)
        if len(words) > 1:
            result = f"{first} {last}"
        else:
            full_words = name_words(full) if full else []
            if full_words and len(full_words) > 1:
                result = first if words and words[0] == full_words[0] else last
            else:
                result = first if is_first_name(text) else last
    return result.upper() if text.isupper() and len(text) > 2 else result
