"""Every key of the coding TUI in one table: bindings, footer and help come from here."""

from __future__ import annotations

from textual.binding import Binding

# (keys, action, short label for the footer, help text, shown in footer, group)
ACTIONS: list[tuple[str, str, str, str, bool, str]] = [
    ("c", "code", "Coderen", "Code kiezen (typ een deel van de naam) en toekennen aan de selectie of het segment", True, "Coderen"),
    ("x,delete", "delete_coding", "Wissen", "Codering op de cursor verwijderen (bij meer coderingen: kiezen)", True, "Coderen"),
    ("m", "memo", "Memo", "Memo bij de codering op de cursor, anders bij het document", True, "Coderen"),
    ("C", "memo_case", "Casusmemo", "Memo bij de casus van dit document", False, "Coderen"),
    ("M", "memo_code", "Codememo", "Memo bij de gekozen code in het codeboek", False, "Coderen"),
    ("F", "memo_cell", "Celmemo", "Memo bij de cel casus × gekozen code van de framework-matrix (staat dan in de export)", False, "Coderen"),
    ("u,ctrl+z", "undo", "Ongedaan", "Laatste actie ongedaan maken (ook na herstarten)", True, "Coderen"),
    ("U,ctrl+y", "redo", "Opnieuw", "Ongedaan gemaakte actie opnieuw doen", False, "Coderen"),
    ("A", "autocode", "Autocoderen", "Veel fragmenten tegelijk coderen met de gekozen code (spreker, zoekvraag, kop), met voorbeeld", False, "Coderen"),
    ("s", "suggestions", "Suggesties", "Codesuggesties voor het segment tonen (a accepteren, x afwijzen, g geen code, u ongedaan); nogmaals: verbergen", True, "Coderen"),
    ("T", "teach", "Leren", "Leermodus: de meest waarschijnlijke ongecodeerde segmenten voor de gekozen code, één voor één (a, x, g, n, u)", False, "Coderen"),
    ("p", "pin", "Vastzetten", "Gekozen code in het codeboek vastzetten onder de eerstvolgende vrije cijfertoets", False, "Coderen"),
    ("slash", "search", "Zoeken", "Zoeken in alle documenten; springt naar de eerste treffer", True, "Navigeren"),
    ("n", "next_hit(1)", "Volgende treffer", "Naar de volgende zoektreffer", False, "Navigeren"),
    ("N", "next_hit(-1)", "Vorige treffer", "Naar de vorige zoektreffer", False, "Navigeren"),
    ("right_square_bracket", "next_document(1)", "Volgend doc.", "Volgend document", False, "Navigeren"),
    ("left_square_bracket", "next_document(-1)", "Vorig doc.", "Vorig document", False, "Navigeren"),
    ("f", "filter", "Filter", "Alleen segmenten met de gekozen code tonen (nogmaals: alles tonen)", True, "Weergave"),
    ("o", "cycle_view", "Codeurs", "Wisselen tussen mijn coderingen, alle codeurs en één andere codeur", True, "Weergave"),
    ("g", "fragments", "Fragmenten", "Alle gecodeerde fragmenten van de gekozen code, met sprong naar de context", True, "Weergave"),
    ("Z", "pseudo", "Persoonsgegevens", "Gevonden persoonsgegevens in dit document nakijken: akkoord, afwijzen, altijd als naam", False, "Privacy en review"),
    ("P", "mark_pii", "Markeer", "De selectie markeren als gemist persoonsgegeven", False, "Privacy en review"),
    ("R", "review_results", "Reviews", "Oordelen van ervaringsdeskundigen, eerst wat besproken moet worden", False, "Privacy en review"),
    ("D", "disagreements", "Verschillen", "Segmenten waar codeurs verschillen, met een memo per verschil", False, "Privacy en review"),
    ("plus", "add_code", "Nieuwe code", "Nieuwe code onder de gekozen code", False, "Codeboek"),
    ("r", "rename_code", "Hernoemen", "Gekozen code hernoemen", False, "Codeboek"),
    ("e", "edit_definition", "Definitie", "Definitie van de gekozen code bewerken", False, "Codeboek"),
    ("K", "recolour", "Kleur", "Kleur van de gekozen code wijzigen (#RRGGBB)", False, "Codeboek"),
    ("V", "move_code", "Verplaatsen", "Gekozen code onder een andere code plaatsen", False, "Codeboek"),
    ("S", "merge_code", "Samenvoegen", "Gekozen code samenvoegen met een andere (coderingen blijven)", False, "Codeboek"),
    ("E", "export", "Exporteren", "Matrix (codes × regio, casus, …) bekijken en exporteren naar Word, Excel of CSV", False, "Algemeen"),
    ("question_mark,f1", "help", "Help", "Dit overzicht", True, "Algemeen"),
    ("q", "quit", "Stoppen", "Stoppen (alles is al opgeslagen)", True, "Algemeen"),
]

VIEW_KEYS = [
    ("↑ ↓  j k", "Vorig / volgend segment (PgUp/PgDn: 10 verder)"),
    ("v", "Woordselectie in het segment starten of stoppen"),
    ("→ ←  l h", "Selectie een woord verlengen / inkorten"),
    ("Shift+→ ←", "Begin van de selectie verschuiven"),
    ("Enter", "Coderen (zoals c)"),
    ("1 … 9", "Vastgezette code toekennen"),
    ("Tab", "Naar het volgende paneel (documenten, tekst, codeboek)"),
]


def bindings() -> list[Binding]:
    result = [
        Binding(keys, action, label, show=show, tooltip=help_text, id=action.split("(")[0])
        for keys, action, label, help_text, show, _ in ACTIONS
    ]
    result += [Binding(str(n), f"pinned({n})", f"Code {n}", show=False, id=f"pinned.{n}") for n in range(1, 10)]
    return result


def help_markdown() -> str:
    lines = ["# Toetsen", "", "Alles wordt meteen opgeslagen; er is geen 'opslaan'.", "", "## In de tekst", "",
             "| Toets | Wat |", "|---|---|"]
    lines += [f"| `{k}` | {t} |" for k, t in VIEW_KEYS]
    group = None
    for keys, _, _, help_text, _, grp in ACTIONS:
        if grp != group:
            lines += ["", f"## {grp}", "", "| Toets | Wat |", "|---|---|"]
            group = grp
        shown = " ".join(
            {"slash": "/", "plus": "+", "question_mark": "?", "right_square_bracket": "]",
             "left_square_bracket": "[", "delete": "Del", "ctrl+z": "Ctrl+Z", "ctrl+y": "Ctrl+Y", "f1": "F1"}.get(k, k)
            for k in keys.split(",")
        )
        lines.append(f"| `{shown}` | {help_text} |")
    lines += ["", "Esc of ? sluit dit venster."]
    return "\n".join(lines)
