#!/usr/bin/env python3
"""Maakt het fictieve democorpus in ``corpora/`` (opnieuw) aan.

Gebruik (vanuit de hoofdmap van het project)::

    .venv/bin/python corpora/maak_corpus.py

Alle personen, organisaties-in-detail, casussen en gebeurtenissen zijn
verzonnen. De teksten staan onderaan dit script als constanten in een
eenvoudige opmaak:

* ``= tekst``    titel (Word-stijl "Title")
* ``# tekst``    kop 1 (Word-stijl "Heading 1", ODF outline-level 1)
* ``## tekst``   kop 2
* ``| a | b |``  tabelrij (opeenvolgende rijen vormen één tabel; de eerste rij is de kop)
* elke andere niet-lege regel is één alinea

Voor .md- en .txt-bestanden wordt de tekst letterlijk weggeschreven; voor
.vtt en .srt is elke regel ``Naam Achternaam: tekst`` één sprekersbeurt die
in ondertitels (cues) wordt opgeknipt.

Het script is deterministisch: zelfde invoer, byte-voor-byte dezelfde
bestanden (vaste datums in de documenteigenschappen en vaste tijdstempels in
de zip-archieven van .docx en .odt). Het schrijft alleen binnen ``corpora/``.
Benodigd: python-docx en odfpy.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path

HIER = Path(__file__).resolve().parent
ZIP_TIJD = (2024, 6, 1, 12, 0, 0)
AUTEUR = "Ontwikkelwerkplaats (fictief democorpus)"


# ---------------------------------------------------------------------------
# Beschrijving van de bronnen
# ---------------------------------------------------------------------------


@dataclass
class Bron:
    pad: str  # relatief aan corpora/
    soort: str  # interview | casuistiek | observatie | vragenlijst
    regio: str  # zoals in het manifest (bewust wisselende schrijfwijzen)
    gemeente: str
    casus: str  # "FW-01" of ""
    titel: str  # titel in het manifest ("" = titel uit het bestand)
    tekst: str = ""
    tijdcodes: str = ""  # "" | "haken" ([00:03:12] Naam:) | "achter" (Naam (00:03:12):)
    sprekers: tuple[str, ...] = ()  # namen die een tijdcode krijgen


# Kenmerken per casus (in het manifest bij elke rij van die casus).
CASUSSEN = {
    "FW-01": dict(trede_start=2, trede_eind=4, leefgebieden="schulden, gezondheid, psychische gezondheid, opvoeding"),
    "FW-02": dict(trede_start=1, trede_eind=3, leefgebieden="schulden, verslaving, gezondheid, sociaal netwerk"),
    "FW-03": dict(trede_start=2, trede_eind=5, leefgebieden="schulden, gezondheid, taal, mantelzorg"),
    "WIL-01": dict(trede_start=2, trede_eind=4, leefgebieden="taal, zorg, schulden"),
    "WIL-02": dict(trede_start=3, trede_eind=5, leefgebieden="schulden, psychische gezondheid, huisvesting"),
    "WIL-03": dict(trede_start=2, trede_eind=3, leefgebieden="gezondheid, schulden, mantelzorg"),
    "RSD-01": dict(trede_start=2, trede_eind=3, leefgebieden="schulden, gezondheid"),
    "RSD-02": dict(trede_start=2, trede_eind=4, leefgebieden="psychische gezondheid, schulden"),
    "RSD-03": dict(trede_start=2, trede_eind=3, leefgebieden="taal, schulden, zorg, opvoeding"),
}


# ---------------------------------------------------------------------------
# Hulpfuncties
# ---------------------------------------------------------------------------


def normaliseer_zip(pad: Path) -> None:
    """Herschrijf een zip-archief met vaste tijdstempels (voor reproduceerbare bestanden)."""
    with zipfile.ZipFile(pad) as z:
        inhoud = [(info, z.read(info.filename)) for info in z.infolist()]
    with zipfile.ZipFile(pad, "w") as uit:
        for info, data in inhoud:
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIJD)
            zi.compress_type = info.compress_type
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            uit.writestr(zi, data)


def regels(tekst: str) -> list[str]:
    return [r.strip() for r in tekst.strip().split("\n") if r.strip()]


def kopwaarde(tekst: str, sleutel: str) -> str | None:
    m = re.search(rf"^{sleutel}:\s*(.+)$", tekst, re.MULTILINE)
    return m.group(1).strip() if m else None


def seconden(hms: str) -> int:
    h, m, s = (int(x) for x in hms.split(":"))
    return h * 3600 + m * 60 + s


def hms(sec: float) -> str:
    s = int(sec)
    return f"{s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


BEURT = re.compile(r"^(?P<naam>[^:\[\]()|#=]{1,40}?):\s+(?P<rest>.+)$")


def met_tijdcodes(bron: Bron) -> list[str]:
    """Regels van de brontekst, met tijdcodes vóór of na de sprekersnaam.

    De tijdcodes lopen gelijkmatig over de opgegeven duur van het interview
    (de transcripten zijn ingekorte weergaven van langere gesprekken).
    """
    lijst = regels(bron.tekst)
    if not bron.tijdcodes:
        return lijst
    duur = seconden(kopwaarde(bron.tekst, "Duur") or "00:45:00")
    beurten = [(i, BEURT.match(r)) for i, r in enumerate(lijst)]
    beurten = [(i, m) for i, m in beurten if m and m.group("naam") in bron.sprekers]
    totaal = sum(len(m.group("rest").split()) for _, m in beurten) or 1
    tempo = (duur - 40) / totaal
    t = 6.0
    uit = list(lijst)
    for i, m in beurten:
        naam, rest = m.group("naam"), m.group("rest")
        if bron.tijdcodes == "haken":
            uit[i] = f"[{hms(t)}] {naam}: {rest}"
        else:
            uit[i] = f"{naam} ({hms(t)}): {rest}"
        t += len(rest.split()) * tempo
    return uit


def blokken(lijst: list[str]):
    """Groepeer regels: ('titel'|'kop1'|'kop2'|'alinea', tekst) en ('tabel', [[cellen]])."""
    tabel: list[list[str]] = []
    for r in lijst:
        if r.startswith("|"):
            tabel.append([c.strip() for c in r.strip().strip("|").split("|")])
            continue
        if tabel:
            yield "tabel", tabel
            tabel = []
        if r.startswith("## "):
            yield "kop2", r[3:]
        elif r.startswith("# "):
            yield "kop1", r[2:]
        elif r.startswith("= "):
            yield "titel", r[2:]
        else:
            yield "alinea", r
    if tabel:
        yield "tabel", tabel


def documentdatum(tekst: str) -> dt.datetime:
    datum = kopwaarde(tekst, "Datum") or "2024-06-01"
    return dt.datetime.strptime(datum[:10], "%Y-%m-%d").replace(hour=9)


# ---------------------------------------------------------------------------
# Schrijvers per formaat
# ---------------------------------------------------------------------------


def schrijf_docx(bron: Bron, pad: Path) -> None:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    titel = ""
    for soort, inhoud in blokken(met_tijdcodes(bron)):
        if soort == "titel":
            titel = titel or inhoud
            document.add_paragraph(inhoud, style="Title")
        elif soort == "kop1":
            document.add_paragraph(inhoud, style="Heading 1")
        elif soort == "kop2":
            document.add_paragraph(inhoud, style="Heading 2")
        elif soort == "tabel":
            tabel = document.add_table(rows=0, cols=len(inhoud[0]))
            tabel.style = "Table Grid"
            for n, rij in enumerate(inhoud):
                cellen = tabel.add_row().cells
                for cel, waarde in zip(cellen, rij):
                    cel.text = waarde
                    if n == 0:
                        for run in cel.paragraphs[0].runs:
                            run.bold = True
            document.add_paragraph("")
        else:
            document.add_paragraph(inhoud)
    stijl = document.styles["Normal"]
    stijl.font.name = "Calibri"
    stijl.font.size = Pt(11)
    eigenschappen = document.core_properties
    datum = documentdatum(bron.tekst)
    eigenschappen.title = titel
    eigenschappen.author = AUTEUR
    eigenschappen.last_modified_by = AUTEUR
    eigenschappen.created = datum
    eigenschappen.modified = datum
    eigenschappen.revision = 1
    eigenschappen.language = "nl-NL"
    eigenschappen.comments = "Fictief document uit het democorpus van werkplaats."
    document.save(pad)
    normaliseer_zip(pad)


def schrijf_odt(bron: Bron, pad: Path) -> None:
    from odf import dc
    from odf.opendocument import OpenDocumentText
    from odf.style import ParagraphProperties, Style, TableColumnProperties, TableProperties, TextProperties
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, P

    doc = OpenDocumentText()
    titelstijl = Style(name="Title", displayname="Title", family="paragraph")
    titelstijl.addElement(ParagraphProperties(margintop="0cm", marginbottom="0.4cm"))
    titelstijl.addElement(TextProperties(fontsize="20pt", fontweight="bold"))
    kopstijlen = {}
    for niveau, grootte in ((1, "15pt"), (2, "13pt")):
        s = Style(name=f"Heading_20_{niveau}", displayname=f"Heading {niveau}", family="paragraph",
                  defaultoutlinelevel=str(niveau))
        s.addElement(ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm", keepwithnext="always"))
        s.addElement(TextProperties(fontsize=grootte, fontweight="bold"))
        kopstijlen[niveau] = s
    tekststijl = Style(name="Text_20_body", displayname="Text body", family="paragraph")
    tekststijl.addElement(ParagraphProperties(marginbottom="0.2cm"))
    for s in (titelstijl, *kopstijlen.values(), tekststijl):
        doc.styles.addElement(s)
    tabelstijl = Style(name="Actietabel", family="table")
    tabelstijl.addElement(TableProperties(width="16cm", align="left"))
    kolomstijl = Style(name="Actietabel.kolom", family="table-column")
    kolomstijl.addElement(TableColumnProperties(columnwidth="5.3cm"))
    vet = Style(name="Vet", family="paragraph", parentstylename=tekststijl)
    vet.addElement(TextProperties(fontweight="bold"))
    for s in (tabelstijl, kolomstijl, vet):
        doc.automaticstyles.addElement(s)

    titel = ""
    for soort, inhoud in blokken(met_tijdcodes(bron)):
        if soort == "titel":
            titel = titel or inhoud
            doc.text.addElement(P(stylename=titelstijl, text=inhoud))
        elif soort in ("kop1", "kop2"):
            niveau = 1 if soort == "kop1" else 2
            doc.text.addElement(H(outlinelevel=niveau, stylename=kopstijlen[niveau], text=inhoud))
        elif soort == "tabel":
            tabel = Table(name="Afspraken", stylename=tabelstijl)
            tabel.addElement(TableColumn(numbercolumnsrepeated=len(inhoud[0]), stylename=kolomstijl))
            for n, rij in enumerate(inhoud):
                tr = TableRow()
                for waarde in rij:
                    cel = TableCell(valuetype="string")
                    cel.addElement(P(stylename=vet if n == 0 else tekststijl, text=waarde))
                    tr.addElement(cel)
                tabel.addElement(tr)
            doc.text.addElement(tabel)
        else:
            doc.text.addElement(P(stylename=tekststijl, text=inhoud))
    doc.meta.addElement(dc.Title(text=titel))
    doc.meta.addElement(dc.Creator(text=AUTEUR))
    doc.meta.addElement(dc.Language(text="nl-NL"))
    doc.meta.addElement(dc.Date(text=documentdatum(bron.tekst).isoformat()))
    doc.save(str(pad))
    normaliseer_zip(pad)


def cues(tekst: str, max_woorden: int = 16):
    """Knip een sprekersbeurt in stukjes van hooguit ``max_woorden`` woorden, bij voorkeur op zinsgrenzen."""
    zinnen = re.split(r"(?<=[.?!…])\s+", tekst.strip())
    stukken: list[str] = []
    huidig: list[str] = []
    for zin in zinnen:
        woorden = zin.split()
        while len(woorden) > max_woorden:  # lange zin: knip bij een komma of op lengte
            knip = max((i + 1 for i, w in enumerate(woorden[: max_woorden]) if w.endswith(",")), default=max_woorden)
            if huidig:
                stukken.append(" ".join(huidig))
                huidig = []
            stukken.append(" ".join(woorden[:knip]))
            woorden = woorden[knip:]
        if huidig and len(huidig) + len(woorden) > max_woorden:
            stukken.append(" ".join(huidig))
            huidig = []
        huidig.extend(woorden)
    if huidig:
        stukken.append(" ".join(huidig))
    return stukken


def tijdlijn(bron: Bron):
    """(beurtnummer, deelnummer, start, eind, spreker, tekst) voor elke cue, deterministisch."""
    t = 3.2
    for n, regel in enumerate(regels(bron.tekst)):
        m = BEURT.match(regel)
        if not m:
            raise ValueError(f"{bron.pad}: geen sprekersbeurt: {regel[:40]}")
        spreker, rest = m.group("naam"), m.group("rest")
        for k, stuk in enumerate(cues(rest)):
            duur = max(1.4, len(stuk.split()) / 2.6)
            yield n, k, t, t + duur, spreker, stuk
            t += duur + 0.08 + (len(stuk) % 5) * 0.04
        t += 0.4 + (len(rest) % 9) * 0.15


def vtt_tijd(sec: float) -> str:
    ms = int(round(sec * 1000))
    return f"{ms // 3600000:02d}:{ms % 3600000 // 60000:02d}:{ms % 60000 // 1000:02d}.{ms % 1000:03d}"


def schrijf_vtt(bron: Bron, pad: Path) -> None:
    """WebVTT zoals Teams het exporteert: cue-id, tijdcode, ``<v Naam>tekst</v>``."""
    basis = uuid.uuid5(uuid.NAMESPACE_URL, "werkplaats-democorpus/" + bron.pad)
    uit = ["WEBVTT", ""]
    for n, k, start, eind, spreker, stuk in tijdlijn(bron):
        uit += [f"{basis}/{n + 11}-{k}", f"{vtt_tijd(start)} --> {vtt_tijd(eind)}", f"<v {spreker}>{stuk}</v>", ""]
    pad.write_text("\n".join(uit), encoding="utf-8", newline="\n")


def schrijf_srt(bron: Bron, pad: Path) -> None:
    """SubRip met de sprekersnaam vóór elke ondertitel (``Naam: tekst``)."""
    uit = []
    for i, (_, _, start, eind, spreker, stuk) in enumerate(tijdlijn(bron), 1):
        uit += [str(i), f"{vtt_tijd(start).replace('.', ',')} --> {vtt_tijd(eind).replace('.', ',')}", f"{spreker}: {stuk}", ""]
    pad.write_text("\n".join(uit), encoding="utf-8", newline="\n")


def schrijf_tekst(bron: Bron, pad: Path, encoding: str = "utf-8", newline: str = "\n") -> None:
    tekst = bron.tekst.strip("\n") + "\n"
    pad.write_bytes(tekst.replace("\n", newline).encode(encoding))  # strict: elk teken moet passen


def schrijf_vragenlijst(pad: Path) -> None:
    with pad.open("w", encoding="utf-8", newline="") as f:
        schrijver = csv.writer(f, delimiter=";", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        schrijver.writerow(VRAGENLIJST_KOP)
        schrijver.writerows(VRAGENLIJST)


# ---------------------------------------------------------------------------
# Woorden tellen, manifest en README
# ---------------------------------------------------------------------------


def woorden_in_bestand(pad: Path) -> int:
    """Aantal woorden zoals een lezer ze ziet (zonder opmaak, tijdcodes en cue-nummers)."""
    if pad.suffix == ".docx":
        import docx

        d = docx.Document(str(pad))
        tekst = [p.text for p in d.paragraphs]
        tekst += [c.text for t in d.tables for r in t.rows for c in r.cells]
        return sum(len(t.split()) for t in tekst)
    if pad.suffix == ".odt":
        from odf import teletype
        from odf.opendocument import load
        from odf.text import H, P

        d = load(str(pad))
        return sum(len(teletype.extractText(e).split()) for e in d.getElementsByType(P) + d.getElementsByType(H))
    ruw = pad.read_bytes()
    tekst = ruw.decode("cp1252") if b"\r\n" in ruw else ruw.decode("utf-8")
    if pad.suffix in (".vtt", ".srt"):
        tekst = re.sub(r"<[^>]+>", " ", tekst)
        tekst = "\n".join(r for r in tekst.splitlines() if "-->" not in r and not re.fullmatch(r"[\w-]+(/\d+-\d+)?", r.strip()))
    return len(re.findall(r"\w[\w'’.-]*", tekst))


MANIFEST_KOP = ["bestand", "regio", "gemeente", "casus", "type", "titel", "trede_start", "trede_eind", "leefgebieden"]


def schrijf_manifest(bronnen: list[Bron]) -> None:
    with (HIER / "manifest.csv").open("w", encoding="utf-8", newline="") as f:
        schrijver = csv.writer(f, delimiter=";", lineterminator="\n")
        schrijver.writerow(MANIFEST_KOP)
        for b in bronnen:
            kenmerken = CASUSSEN.get(b.casus, {})
            schrijver.writerow([
                b.pad, b.regio, b.gemeente, f"Casus {b.casus}" if b.casus else "", b.soort, b.titel,
                kenmerken.get("trede_start", ""), kenmerken.get("trede_eind", ""), kenmerken.get("leefgebieden", ""),
            ])


FORMATEN = {".docx": "Word (.docx)", ".odt": "OpenDocument (.odt)", ".vtt": "WebVTT (Teams)", ".srt": "SubRip (.srt)",
            ".md": "Markdown", ".txt": "tekst", ".csv": "CSV (;)"}


def schrijf_readme(bronnen: list[Bron]) -> None:
    rijen = []
    totaal = 0
    for b in bronnen:
        n = woorden_in_bestand(HIER / b.pad)
        totaal += n
        formaat = FORMATEN[Path(b.pad).suffix]
        if b.pad.endswith("nieuwegein.txt"):
            formaat = "tekst (Windows-1252, CRLF)"
        rijen.append(f"| `{b.pad}` | {formaat} | {b.regio or '–'} | {b.gemeente or '–'} | "
                     f"{b.casus or '–'} | {b.soort} | {n} |")
    tekst = README.replace("{{BESTANDEN}}", "\n".join(rijen)).replace("{{TOTAAL}}", str(totaal))
    tekst = tekst.replace("{{AANTAL}}", str(len(bronnen)))
    (HIER / "README.md").write_text(tekst, encoding="utf-8", newline="\n")


def main() -> None:
    for b in BRONNEN:
        pad = HIER / b.pad
        pad.parent.mkdir(parents=True, exist_ok=True)
        achtervoegsel = pad.suffix
        if achtervoegsel == ".docx":
            schrijf_docx(b, pad)
        elif achtervoegsel == ".odt":
            schrijf_odt(b, pad)
        elif achtervoegsel == ".vtt":
            schrijf_vtt(b, pad)
        elif achtervoegsel == ".srt":
            schrijf_srt(b, pad)
        elif achtervoegsel == ".csv":
            schrijf_vragenlijst(pad)
        elif b.pad.endswith("observatie-werktafel-nieuwegein.txt"):
            # Bewust Windows-1252 met CRLF: test voor de detectie van tekencodering.
            schrijf_tekst(b, pad, encoding="cp1252", newline="\r\n")
        else:
            schrijf_tekst(b, pad)
    schrijf_manifest(BRONNEN)
    schrijf_readme(BRONNEN)
    print(f"{len(BRONNEN)} bestanden, manifest.csv en README.md geschreven in {HIER}")


# ===========================================================================
# TEKSTEN
# Alles hieronder is fictief. Namen, casussen en citaten zijn verzonnen.
# ===========================================================================

# ---------------------------------------------------------------------------
# Ferm Werk
# ---------------------------------------------------------------------------

FW_INTERVIEW_INWONER_WOERDEN = """
= Interview inwoner Woerden (casus FW-01)
Respondent: Naima Bouzid
Functie: inwoner, deelnemer traject werk en inkomen
Organisatie: Ferm Werk / sociaal wijkteam Woerden
Datum: 2024-03-12
Interviewer: Lotte van Dijk
Duur: 00:47:10
I: Fijn dat je tijd wilt maken. Zoals ik al zei: het gesprek wordt opgenomen en alles wat je zegt, verwerken we anoniem. Is dat nog steeds goed?
R: Ja hoor, dat is goed. Ik heb dat formulier ook getekend, toch? Ja.
I: Ja, klopt. Eh, kun je om te beginnen vertellen hoe het contact met Ferm Werk begonnen is?
R: Nou ja, dat is eigenlijk, eh... dat is al een tijdje geleden. Na de scheiding, dat was in 2021, stond ik er ineens alleen voor met twee kinderen. Mijn ex betaalde niks, de huur liep achter, ik had nog een schuld bij de zorgverzekering. Dus ik moest bijstand aanvragen. En dan krijg je zo'n brief met allemaal verplichtingen. Solliciteren, dit, dat. Ik dacht echt: hoe dan? Ik sliep nog geen vier uur per nacht.
I: Hoe ging dat eerste gesprek?
R: Het eerste gesprek was eerlijk gezegd niet zo fijn. Dat was met een andere meneer, die werkt er nu niet meer. Die had zo'n lijst. En ik zat daar met mijn tas met brieven, ongeopend, weet je, en hij vroeg alleen maar wanneer ik kon gaan werken. Ik zei: meneer, ik weet niet eens of ik volgende maand nog in mijn huis woon.
I: En toen?
R: Toen... ja, toen is het eigenlijk gaan veranderen doordat Sanne erbij kwam, van het wijkteam. Die kende ik al een beetje via de school van mijn zoon, want daar was iets met, eh, met gedrag in de klas. En Sanne zei: zullen we een keer met z'n drieën gaan zitten? Met mij, met haar en met Mirjam, dat is nu mijn klantmanager.
I: Hoe was dat, dat gesprek met z'n drieën?
R: Dat was echt... ja, anders. Ik hoefde het maar één keer te vertellen. Normaal moet je bij iedereen opnieuw beginnen. Bij de gemeente, bij de schuldhulp, bij school. En nu zat iedereen aan één tafel en Mirjam zei gewoon: we gaan eerst de schulden en de huur regelen, het werk komt daarna. Ik moest bijna huilen, eigenlijk. Want ik dacht dat ik gestraft zou worden als ik niet ging solliciteren.
I: Dus het werk werd even op de tweede plaats gezet.
R: Ja, maar niet weg, hè. Dat vond ik ook goed. Mirjam zei: het blijft een doel in het plan, maar we doen het in jouw tempo. En ik wíl ook werken, dat is het niet. Ik wil dat mijn kinderen zien dat hun moeder werkt.
I: Wat gebeurde er met de schulden?
R: Sanne is met mij naar de schuldhulp gegaan, op het gemeentehuis. De eerste keer ging ze gewoon mee. Daar had ik heel veel aan, want ik schaam me voor die brieven, weet je. En binnen twee, drie weken was er een afspraak met de woningcorporatie, een betalingsregeling. Dat ging best snel. Ik heb nu budgetbeheer, dus de vaste lasten gaan er meteen af.
I: En je gezondheid? Je zei dat je slecht sliep.
R: Ja. Ik heb ook last van mijn rug, al jaren, van het tillen toen ik in de thuiszorg werkte. Eh, en door de stress werd het alleen maar erger. De huisarts heeft me doorverwezen naar de praktijkondersteuner, voor de stress. En toen ik beter sliep... nou ja, dan kun je ook weer nadenken, toch? Dan ga je weer plannen maken.
I: Wat voor plannen?
R: Ik wilde altijd iets met kinderen. Ik heb in Utrecht een mbo-opleiding gedaan, helpende zorg en welzijn, niveau 2. En Mirjam vroeg: wat wil je nou zelf? Niemand had dat ooit gevraagd. Toen heb ik gezegd: iets met kinderen, maar niet te zwaar tillen. En nu ben ik sinds januari op een werkervaringsplek bij een kinderopvang hier in Woerden. Twaalf uur in de week, drie ochtenden, zodat ik de kinderen zelf naar school kan brengen.
I: Hoe bevalt dat?
R: Heel goed! Ja, echt. De leidinggevende is heel aardig. In het begin was ik zenuwachtig, ik dacht: die vinden mij te oud of... nou ja. Maar ik help met het fruit, met buitenspelen, ik lees voor. En Mirjam belt elke twee weken even. Niet om te controleren, gewoon: hoe gaat het, Naima?
I: Dat contact, wat maakt dat het werkt, denk je?
R: Vertrouwen. Echt. Zij luistert. Als ik zeg: deze week gaat het niet, mijn dochter is ziek, dan zegt ze niet meteen: dat wordt een maatregel. Ze zegt: oké, wat heb je nodig? En ze doet wat ze zegt. Als ze zegt ik bel je vrijdag, dan belt ze vrijdag.
I: Zijn er ook dingen die minder goed gingen?
R: Eh... ja. De papieren. Elke keer weer een formulier, en dan moet je weer je bankafschriften uploaden en dan klopt het weer niet. En de toeslagen, dat is een ramp. Als ik meer uren ga werken, weet ik niet wat er met mijn huurtoeslag gebeurt en met de kinderopvangtoeslag. Daar ben ik eerlijk gezegd bang voor. Dat ik straks meer werk en minder heb.
I: Heeft iemand je uitgelegd hoe dat zit?
R: Mirjam heeft een berekening gemaakt, en Sanne heeft gezegd dat ze meekijkt. Maar ja, ik heb het wel eens eerder meegemaakt dat ik moest terugbetalen. Dus, eh, ik geloof het pas als ik het zie.
I: Wat zou je andere mensen in jouw situatie willen meegeven? Of de gemeente?
R: Dat ze eerst moeten kijken naar de mens. Niet naar het dossier. En dat het fijn is als je één persoon hebt die je kan bellen. Niet vijf. Ik heb nu eigenlijk Mirjam voor alles over werk en geld, en Sanne voor thuis en de kinderen, en die twee bellen elkaar. Dat is fijn. Dan hoef ik niet de postbode te zijn.
I: (lacht) Mooi gezegd. Ik ga zo afronden. Mag ik je nog benaderen om het verslag te laten controleren?
R: Ja, natuurlijk. Mijn nummer is 06-41873925. Appen is beter dan bellen, want ik werk dus 's ochtends.
I: Dank je. En voor het toestemmingsformulier heb ik nog je geboortedatum nodig, die was ik vergeten te vragen.
R: Veertien mei, zesentachtig. Dus 14-05-1986.
I: Dank je wel. Dan zet ik de opname nu uit.
"""

FW_INTERVIEW_KLANTMANAGER_WOERDEN = """
= Interview klantmanager Ferm Werk, Woerden
Respondent: Mirjam Hoekstra
Functie: klantmanager werk en inkomen
Organisatie: Ferm Werk
Datum: 2024-03-19
Interviewer: Lotte van Dijk
Duur: 00:52:30
Lotte van Dijk: Misschien eerst even kort: wie ben je en hoe lang werk je hier al?
Mirjam Hoekstra: Ja. Ik ben Mirjam, ik werk nu, eh, zes jaar bij Ferm Werk als klantmanager. Daarvoor heb ik bij een re-integratiebedrijf gezeten. Ik heb een caseload van zo'n zeventig mensen, vooral in Woerden-Noord en een stukje Harmelen. Dat is voor onze begrippen redelijk, er zijn collega's met meer.
# Werkwijze en samenwerking met het wijkteam
## Driehoeksgesprekken
Lotte van Dijk: In de werkplaats kwam steeds het driehoeksgesprek naar voren. Hoe doen jullie dat?
Mirjam Hoekstra: Nou, het idee is eigenlijk heel simpel. Als ik merk dat er meer speelt dan alleen werk, en dat is eigenlijk bijna altijd zo, dan bel ik het sociaal wijkteam en vraag ik: kennen jullie deze persoon? En als dat zo is, plannen we een gesprek met z'n drieën. Met de inwoner erbij, dat is echt belangrijk. We praten niet óver iemand, we praten mét iemand. Vroeger hadden we zo'n MDO-achtig overleg zonder de klant, en dan spraken we van alles af en dan kwam de klant er niet op. Logisch ook, niemand had het met hem afgesproken.
Lotte van Dijk: Hoe vaak gebeurt dat?
Mirjam Hoekstra: Eh, bij mij? Ik denk... bij zo'n vijftien, twintig mensen is er ook iemand van het wijkteam betrokken. En met die mensen heb ik minimaal één keer zo'n gesprek gehad. Het helpt dat we in Woerden op dinsdag en donderdag bij elkaar in het pand zitten. Dan loop je even binnen: hé Sanne, heb je vijf minuten? Die korte lijnen, dat is goud.
## Eén plan
Lotte van Dijk: En hoe zit het met plannen? Heeft iedereen zijn eigen plan?
Mirjam Hoekstra: Ja, dat was dus precies het probleem. Het wijkteam had een ondersteuningsplan, ik had een trajectplan, de schuldhulp had een plan van aanpak. Drie plannen, drie keer andere doelen. Nu spreken we af: er is één plan en daarin staat werk als een van de doelen. En we spreken af wie de regie heeft. Soms ben ik dat, als werk echt voorop staat, soms is het het wijkteam, als er bijvoorbeeld veel met de kinderen speelt. Dat is niet heel formeel vastgelegd, eerlijk gezegd. Het is meer hoe we het in de werkplaats met elkaar hebben afgesproken.
## Casus Naima (FW-01)
Lotte van Dijk: Je hebt toestemming van Naima om over haar te praten. Wat was voor jou het kantelpunt?
Mirjam Hoekstra: Ik denk dat eerste gesprek met Sanne erbij. Naima kwam binnen met een tas vol brieven. Echt een tas. Ik heb toen gezegd: weet je wat, ik ga je de komende drie maanden niet lastigvallen met sollicitaties. Dat kan ik doen, een tijdelijke ontheffing van de arbeidsverplichting, als ik het goed onderbouw in het dossier. Eerst moet die huur geregeld worden. Je kunt niet solliciteren als je bang bent dat je je huis uit moet.
Lotte van Dijk: Moest je daarvoor toestemming vragen?
Mirjam Hoekstra: Nee, dat valt binnen mijn, eh, mijn professionele ruimte. Ik moet het wel vastleggen en na drie maanden evalueren. Mijn teamleider staat daar ook achter. Die zegt altijd: liever drie maanden goed investeren dan drie jaar iemand die in een la ligt.
Lotte van Dijk: En daarna?
Mirjam Hoekstra: Daarna hebben we gekeken wat ze zelf wilde. Dat klinkt zo simpel, hè, maar dat vergeten we soms. Ze wilde iets met kinderen. Onze werkgeversadviseur had een contact bij een kinderopvangorganisatie, en die wilden wel een werkervaringsplek aanbieden, twaalf uur. We hebben met de leidinggevende afgesproken dat ze niet zwaar hoeft te tillen vanwege haar rug. Als het goed gaat, willen ze kijken naar een BBL-plek, pedagogisch medewerker. Dat zou echt mooi zijn.
Lotte van Dijk: Op de participatieladder, waar stond ze en waar staat ze nu?
Mirjam Hoekstra: Bij de start zou ik zeggen trede twee: ze had contact met familie en buren, maar verder deed ze niks georganiseerds. Nu is het trede vier, onbetaald werk met echte verantwoordelijkheid. En als die BBL-plek doorgaat, zitten we op vijf.
# Belemmeringen
## Privacy en systemen
Lotte van Dijk: Waar loop je tegenaan?
Mirjam Hoekstra: Oh, waar moet ik beginnen. (lacht) Nee, serieus: de systemen. Ik kan niet in het dossier van het wijkteam kijken en zij niet in het mijne. Dus als Sanne iets weet over bijvoorbeeld een behandeling bij de ggz, dan mag ze dat niet zomaar met mij delen. Dat is ook terecht, hoor, privacy is belangrijk. Maar we vragen nu standaard in het eerste driehoeksgesprek toestemming aan de inwoner, op papier, zodat we wel mogen afstemmen. Dat lost veel op.
## Werkgevers en toeslagen
Lotte van Dijk: En richting werk?
Mirjam Hoekstra: Ja, de werkgevers. Voor iemand zoals Naima, die in deeltijd wil werken vanwege de kinderen, zijn er gewoon weinig banen die passen. Schooltijden, weet je. En dan de toeslagen. Als ze van de werkervaringsplek naar een betaalde baan gaat, gaat er van alles schuiven: huurtoeslag, kinderopvangtoeslag, de gemeentelijke regelingen. Ik maak dan een berekening, maar eerlijk is eerlijk: ik ben geen toeslagenexpert. Daar zou ik meer kennis over willen hebben, of iemand die we kunnen bellen.
Lotte van Dijk: Wat zou je willen veranderen?
Mirjam Hoekstra: Meer tijd. Zo'n driehoeksgesprek kost gewoon een uur, plus voorbereiding, plus verslag. Dat moet je ergens vandaan halen. En het zou helpen als het wijkteam in Montfoort en Oudewater ook zo dichtbij zat als hier. Mijn collega's daar hebben het lastiger, die moeten echt afspraken maken om elkaar te zien.
# Tot slot
Lotte van Dijk: Als je één ding mag noemen dat werkt?
Mirjam Hoekstra: Samen aan tafel met de inwoner. Echt. En dan ook doen wat je zegt. Vertrouwen bouw je niet op met een brief.
Lotte van Dijk: Dank je wel, Mirjam.
"""

FW_CASUISTIEK_FW01 = """
= Verslag casuïstiekbespreking ontwikkelwerkplaats Ferm Werk
Datum: 2024-02-06
Locatie: Ferm Werk, Woerden
Voorzitter: Lotte van Dijk (Hogeschool Utrecht)
Notulist: Thijs Mulder (Movisie)
Casus: FW-01
# Aanwezig
Mirjam Hoekstra (klantmanager Ferm Werk, inbrenger), Sanne de Wit (sociaal wijkteam Woerden), Bas Timmermans (schuldhulpverlening gemeente Woerden), Ilse Vermeulen (klantmanager Ferm Werk), Rob Hendriks (werkgeversadviseur Ferm Werk), Lotte van Dijk (Hogeschool Utrecht), Thijs Mulder (Movisie).
Afwezig met bericht: Joyce van Leeuwen (sociaal team Montfoort).
# Casus
Casus FW-01 betreft een vrouw van 37 jaar, alleenstaande moeder van twee kinderen (8 en 11 jaar), woonachtig in Woerden. Zij ontvangt sinds 2021 bijstand na een scheiding. Er spelen problemen op meerdere leefgebieden: schulden (huurachterstand van ca. € 2.400, achterstand zorgverzekering, openstaande boete), gezondheid (chronische rugklachten, slaapproblemen en stress) en opvoeding (de zoon heeft op school een zorgtraject). Startpositie op de participatieladder: trede 2.
Vraag van de inbrenger: hoe houden we de opbouw naar betaald werk vol zonder dat mevrouw financieel terugvalt door verrekening van toeslagen?
# Bespreking
Mirjam licht toe dat het traject in oktober 2023 is gestart met een driehoeksgesprek met mevrouw en Sanne. Afgesproken werd eerst te stabiliseren: een betalingsregeling voor de huur, budgetbeheer en drie maanden tijdelijke ontheffing van de arbeidsverplichting. Werk bleef wel als doel in het gezamenlijke plan staan. Mevrouw heeft toestemming gegeven om informatie tussen Ferm Werk, het wijkteam en de schuldhulp te delen.
Sanne geeft aan dat mevrouw veel vertrouwen heeft in beide professionals; zij zei letterlijk dat ze ‘niet meer de postbode hoeft te zijn’ tussen de instanties. Thuis is meer rust en het gaat beter met de zoon op school. Wel signaleert Sanne dat mevrouw bang is voor terugvorderingen, door een eerdere ervaring met toeslagen.
Bas meldt dat de aanmelding bij de schuldhulp binnen een week is opgepakt. De stabilisatie is gelukt en het budgetbeheer loopt. Een schuldregeling kan starten zodra het inkomen stabiel is. Hij waarschuwt dat een wisselend inkomen uit werk de afloscapaciteit lastig te bepalen maakt en vraagt vooraf afstemming bij elke wijziging in uren.
Rob vertelt dat de kinderopvangorganisatie zeer positief is over mevrouw. Er is mogelijk vanaf september een BBL-plek pedagogisch medewerker niveau 3. Loonkostensubsidie lijkt niet nodig; wel wordt eerst de werkervaringsplek geëvalueerd.
Over de regie: afgesproken wordt dat Mirjam de regie voert zolang werk het hoofddoel is. Sanne blijft betrokken voor het gezin. Er is één plan; de schuldhulp sluit daarop aan in plaats van een eigen plan van aanpak te maken.
Reflectie van de groep. Als werkzaam worden genoemd: het driehoeksgesprek waarin mevrouw haar verhaal één keer vertelt, een vast aanspreekpunt, de maatwerkafspraak over tijdelijke ontheffing, het meegaan naar de eerste afspraak bij de schuldhulp en aansluiten bij haar eigen wens (werken met kinderen). Als belemmerend: onzekerheid over toeslagen bij meer uren, gescheiden registratiesystemen, en weinig deeltijdbanen binnen schooltijden. Ilse merkt op dat dit in Bodegraven-Reeuwijk herkenbaar is; ook daar werkt het gezamenlijke gesprek aan de keukentafel, maar zit men niet in één pand met het sociaal team.
# Afspraken
| Actie | Wie | Wanneer |
| Inkomensberekening maken bij 12, 16 en 24 uur werk en met mevrouw bespreken | Mirjam Hoekstra, met Bas Timmermans | vóór 1 maart 2024 |
| Mogelijkheden BBL pedagogisch medewerker per september navragen | Rob Hendriks | 20 februari 2024 |
| Driehoeksgesprek plannen om de werkervaringsplek te evalueren (met mevrouw) | Sanne de Wit | maart 2024 |
| Vaste contactpersoon zoeken voor vragen over toeslagen bij wisselend inkomen | Bas Timmermans | volgende bijeenkomst |
| Casus terugbrengen in de werkplaats voor een stand van zaken | Lotte van Dijk | 2 april 2024 |
Volgende bijeenkomst: 5 maart 2024 in Montfoort, casus FW-02.
"""

FW_CASUISTIEK_FW02 = """
= Verslag casuïstiekbespreking Ferm Werk – casus FW-02 (Montfoort)
Datum: 2024-03-05
Locatie: gemeentehuis Montfoort
Voorzitter: Thijs Mulder (Movisie)
Notulist: Lotte van Dijk (Hogeschool Utrecht)
Casus: FW-02
# Aanwezig
Ruud Brouwer (klantmanager Ferm Werk, inbrenger), Joyce van Leeuwen (sociaal team Montfoort), Gerda Smits (beschermingsbewindvoerder), Karin Verbeek (ambulant begeleider verslavingszorg), Mirjam Hoekstra (klantmanager Ferm Werk), Thijs Mulder (Movisie), Lotte van Dijk (Hogeschool Utrecht).
# Casus
Casus FW-02 betreft een man van 46 jaar, alleenstaand, woonachtig in Montfoort. Hij was tot 2022 verslaafd aan alcohol en is nu achttien maanden droog; hij heeft nazorg bij de verslavingszorg. Schulden van ca. € 31.000, sinds 2022 onder beschermingsbewind. Gezondheid: verhoogde leverwaarden, slecht gebit, weinig beweging. Sociaal netwerk: na de scheiding is het contact met zijn dochter verbroken; hij komt weinig buiten. Werkverleden: twintig jaar stratenmaker. Startpositie op de participatieladder: trede 1.
Vraag van de inbrenger: hoe begeleiden we meneer stap voor stap naar een zinvolle dagbesteding en later vrijwilligerswerk, zonder terugval, en wie houdt de regie?
# Bespreking
Ruud vertelt dat meneer jarenlang een volledige ontheffing had vanwege de verslaving, zonder dat iemand van werk en inkomen contact hield. Meneer heeft in vier jaar drie klantmanagers gehad. Na de overdracht in 2023 heeft Ruud samen met Joyce een huisbezoek afgelegd. De eerste keer deed meneer de deur niet open, de tweede keer wel.
Joyce bezoekt meneer wekelijks. Hij noemt het wijkteam ‘de enigen die nog komen’. Er is een ondersteuningsplan vanuit de Wmo (individuele begeleiding) gericht op dagritme en huishouden. Joyce vraagt hoe dit plan zich verhoudt tot het trajectplan van Ferm Werk, omdat meneer twee verschillende brieven met doelen heeft gekregen.
Karin benadrukt dat structuur en een zinvolle dagbesteding het risico op terugval verkleinen. Zij waarschuwt voor te snel opschalen en voor momenten waarop meneer geld krijgt. Zij wil graag aansluiten bij een gezamenlijk gesprek.
Gerda (bewindvoerder) geeft aan dat meneer wekelijks leefgeld ontvangt. Een schuldregeling is in voorbereiding; meneer wil graag ‘schoon schip maken’. Zij ervaarde Ferm Werk vroeger als slecht bereikbaar, met steeds een andere naam in de brieven; sinds Ruud het dossier heeft, gaat het contact beter.
Op 13 februari is een driehoeksgesprek bij meneer thuis gevoerd met Joyce en Ruud (zie het observatieverslag). Daarin koos meneer zelf voor de fietsenwerkplaats van de kringloopwinkel in Montfoort, twee ochtenden per week. Gezamenlijk besluit: het wijkteam houdt de regie, omdat herstel en zorg voorop staan; werk is een doel voor de langere termijn en staat in hetzelfde plan. Ruud schuift elke zes weken aan bij het gesprek.
Knelpunt is de financiering. De fietsenwerkplaats is ingekocht als Wmo-dagbesteding, niet als re-integratievoorziening. Als meneer later doorgroeit naar een werkervaringsplek, is een nieuwe beschikking via een ander loket nodig en dreigt een onderbreking. Mirjam herkent dit: ‘Het schot zit precies op het moment dat het goed gaat.’ Daarnaast is vervoer een probleem: meneer heeft geen fiets meer en geen geld voor de bus.
Reflectie van de groep. Werkzaam: outreachend werken en tijd nemen, de eigen keuze van meneer, één plan met heldere regie, en een klantmanager die blijft. Belemmerend: gescheiden budgetten van Wmo en Participatiewet, de eerdere wisselingen van klantmanager, en de afstand tussen Ferm Werk en het sociaal team in Montfoort (geen gedeeld pand, afspraken via de mail).
# Afspraken
| Actie | Wie | Wanneer |
| Kennismaking bij de fietsenwerkplaats, samen met meneer | Joyce van Leeuwen | week 11 |
| Reiskostenvergoeding toekennen uit het re-integratiebudget | Ruud Brouwer | 15 maart 2024 |
| Uitzoeken hoe de overgang van Wmo-dagbesteding naar werkervaringsplek zonder onderbreking kan | Ruud Brouwer, met beleidsmedewerker Wmo | 1 mei 2024 |
| Gezamenlijk gesprek bij meneer thuis na zes weken, met verslavingszorg erbij | Joyce van Leeuwen | half april 2024 |
| Eén plan maken waarin Wmo-doelen en trajectdoelen samen staan; oude brieven intrekken | Joyce van Leeuwen en Ruud Brouwer | 1 april 2024 |
"""

FW_OBSERVATIE_MONTFOORT = """
# Observatie driehoeksgesprek bij de inwoner thuis, Montfoort (casus FW-02)

Observator: Thijs Mulder
Datum: 2024-02-13
Locatie: woning van de inwoner, Montfoort
Casus: FW-02

## Setting

Huisbezoek in een benedenwoning aan de rand van het centrum. Aanwezig: meneer V. (46), Joyce van Leeuwen (sociaal team Montfoort) en Ruud Brouwer (klantmanager Ferm Werk). De observator zit aan de eettafel, iets buiten de kring. Joyce en Ruud hebben vooraf tien minuten in de auto afgestemd: Joyce opent en leidt het gesprek, Ruud 'volgt en vult aan'. De gordijnen zijn half dicht, de televisie staat aan zonder geluid. Meneer biedt koffie aan; Joyce weet waar de kopjes staan. Er ligt een hond op de bank die de hele tijd aandacht vraagt.

## Verloop van het gesprek

Joyce begint over de hond en over het weekend. Meneer vertelt dat hij zaterdag 'bijna de hele dag binnen' was. Daarna stelt Ruud zich voor: 'Ik ben Ruud. Ik weet dat ik de derde ben in korte tijd, sorry daarvoor. Ik ben van plan te blijven.' Meneer lacht kort: 'Dat zei die vorige ook.' Ruud antwoordt dat hij dat begrijpt en dat meneer hem er gerust op mag aanspreken.

Joyce legt een weekoverzicht op tafel met de afspraken van de afgelopen weken. Meneer zegt dat de ochtenden het moeilijkst zijn: 'Als ik om tien uur niks heb, lig ik om twaalf uur nog op de bank.' Ruud vraagt wat meneer vroeger graag deed. Meneer vertelt over twintig jaar stratenmaken, over zijn knieën, en dat hij vroeger de brommers van zijn neven repareerde. Ruud noemt de fietsenwerkplaats van de kringloopwinkel. Meneer wordt zichtbaar actiever, buigt naar voren en vraagt hoe laat dat begint en 'of daar ook mensen zitten die drinken'.

Daarna gaat het over geld. Meneer is bang dat 'werken' gevolgen heeft voor zijn uitkering of voor het bewind. Ruud legt uit dat dagbesteding geen gevolgen heeft voor de uitkering en dat hij de reiskosten kan vergoeden. Joyce zegt dat ze dit ook met de bewindvoerder zal afstemmen, 'zodat u niet weer twee verhalen hoort'.

Op één moment noemt Ruud het woord 'arbeidsverplichting'. Meneer verstrakt en kijkt weg. Joyce vertaalt het direct: 'Ruud bedoelt: we kijken samen wat u aankunt, niemand gaat u ergens heen sturen.' Ruud knikt en gebruikt het woord daarna niet meer.

Aan het eind vraagt Joyce meneer om in zijn eigen woorden te herhalen wat er is afgesproken. Meneer: 'Volgende week gaan we kijken bij de fietsen. Jij belt die bewindvoerder. En hij komt over zes weken weer.' Bij het weggaan zegt meneer: 'Fijn dat jullie er allebei waren, dan hoef ik het niet twee keer te vertellen.'

## Opvallend

- De rolverdeling was vooraf afgesproken en werd tijdens het gesprek vastgehouden; Joyce en Ruud vielen elkaar niet in de rede.
- Ruud schreef tijdens het gesprek niets op; zijn laptop bleef in de tas. Hij maakte na afloop in de auto aantekeningen.
- De toon was informeel, met humor. Meneer maakte zelf twee grapjes over zijn hond.
- Taal van het systeem ('arbeidsverplichting', 'trajectplan') veroorzaakte spanning; Joyce fungeerde als vertaler.
- Het gesprek duurde 55 minuten. Ruud gaf achteraf aan dat hij 'dit eigenlijk niet bij elke klant kan doen' met zijn caseload.

## Eerste duiding (observator)

Herkenbare werkzame factoren: gezamenlijk gesprek mét de inwoner (driehoeksgesprek), outreachend werken, aansluiten bij wensen en mogelijkheden, en het expliciet benoemen van continuïteit na eerdere wisselingen. Belemmerend zijn de gescheiden geldstromen (Wmo tegenover re-integratie) en de beperkte tijd per klant. Het vertrouwen in het wijkteam lijkt de ingang te zijn waardoor ook de klantmanager binnen mag komen.

## Naschrift (mei 2024)

Sinds 9 april gaat meneer twee ochtenden per week naar de fietsenwerkplaats. Volgens Joyce is hij nog niet één keer zonder bericht weggebleven. Hij heeft een opgeknapte fiets van de werkplaats gekregen en fietst zelf. Positie op de participatieladder: trede 3 (georganiseerde activiteit). De overgang naar een werkervaringsplek is nog niet geregeld; de vraag over de financiering ligt bij de beleidsmedewerker Wmo.
"""

FW_INTERVIEW_INWONER_BODEGRAVEN = """
Thijs Mulder: Oké, ik zie dat de opname loopt. Hoort u mij goed, meneer Yıldız?
Emre Yıldız: Ja, ja, ik hoor u. Mijn zoon is er ook bij, voor als ik, eh, de woorden niet weet.
Burak Yıldız: Hoi, ja, ik ben Burak. Ik zit gewoon naast hem.
Thijs Mulder: Prima, fijn dat u er ook bij bent. Meneer Yıldız, kunt u vertellen hoe u bij Ferm Werk terechtgekomen bent?
Emre Yıldız: Ja. Eh, ik had een winkel. Groente en fruit, in Gouda, vijftien jaar. En toen, 2019, de huur ging omhoog, de klanten gingen naar de supermarkt. Failliet. Ik had schulden, veel schulden, van de winkel. Belasting, de leverancier.
Emre Yıldız: Ik heb eerst niks gezegd tegen niemand. Schaamte, hè. Bij ons, een man moet zorgen.
Thijs Mulder: Dat begrijp ik. Hoe kwam u toen in contact met de gemeente?
Burak Yıldız: Dat was eigenlijk via mijn moeder. Zij is ziek, ze heeft MS, en we hadden hulp aangevraagd voor thuis. Toen kwam er iemand van het sociaal team, Hatice, en die zag eigenlijk dat er veel meer speelde.
Emre Yıldız: Hatice, ja. Zij spreekt Turks. Dat was... ja, dat was belangrijk. Ik kan Nederlands praten, maar lezen, brieven, dat is moeilijk. Die brieven van de Belastingdienst, ik begreep niks.
Thijs Mulder: En wat gebeurde er toen?
Emre Yıldız: Zij kwam terug met een mevrouw van Ferm Werk. Ilse. Aan de keukentafel, bij ons thuis. Niet op kantoor. Dat vond ik goed, want ik kon mijn vrouw niet alleen laten.
Emre Yıldız: En Ilse zei: meneer Yıldız, wat wilt u? Ik zei: werken. Ik wil werken. Ik ben geen man die thuis zit.
Thijs Mulder: Maar er speelde ook van alles, begrijp ik. Uw gezondheid?
Emre Yıldız: Ja, suiker. Diabetes. En mijn knie, die is, eh, kapot van het sjouwen met kratten. Ik kan niet lang staan. De dokter zegt: afvallen, bewegen. (lacht) Makkelijk gezegd.
Burak Yıldız: En hij nam zijn medicijnen niet altijd goed, omdat hij ook voor mijn moeder zorgde. Dan vergat hij zichzelf eigenlijk.
Thijs Mulder: Hoe is dat opgepakt?
Burak Yıldız: Hatice heeft geregeld dat er vaker thuiszorg kwam voor mijn moeder, zodat mijn vader wat ruimte kreeg. En Ilse heeft de schulden naar de schuldhulp gebracht. Dat ging vrij snel, binnen een maand zat er iemand bij ons aan tafel.
Emre Yıldız: Nu is er een regeling. Drie jaar. Nog anderhalf jaar.
Thijs Mulder: En het werk? U werkt nu, toch?
Emre Yıldız: Ja! Bij de kaashandel, hier in Bodegraven. Orderpicker. Twintig uur. Ik rijd op een, eh, een soort karretje, dus niet te veel lopen voor de knie.
Thijs Mulder: Hoe is dat tot stand gekomen?
Emre Yıldız: Eerst Nederlandse les. Ilse zei: je moet beter lezen, anders, de veiligheidsregels, de orderlijst. Bij de bibliotheek, het Taalhuis, twee keer per week. Met een vrijwilliger. Ik was de oudste. (lacht)
Emre Yıldız: Ik dacht eerst: ik ben te oud voor school. Maar de vrijwilliger was ook oud, zeventig, dus...
Burak Yıldız: Het mooie was dat Ilse tegelijk al met die werkgever sprak. Dus het was niet eerst een jaar taal en dan pas werk. Het ging eigenlijk tegelijk. Hij deed eerst een proefplaatsing van zes weken en ondertussen bleef hij naar het Taalhuis gaan.
Thijs Mulder: En de werkgever, hoe reageerde die?
Emre Yıldız: Goed. De baas zegt: Emre, jij bent altijd op tijd. (lacht) Dat is waar. Vijftien jaar winkel, dan ben je om zes uur op.
Burak Yıldız: Er is ook een jobcoach, die komt eens in de maand. En de werkgever krijgt loonkostensubsidie, omdat hij niet zo snel is als een jonge jongen, zeg maar. Dat is wel goed geregeld.
Thijs Mulder: Wat heeft volgens u het meeste geholpen?
Emre Yıldız: Dat ze naar mijn huis kwamen. En dat ze samen kwamen, Hatice en Ilse. Niet twee keer hetzelfde vragen. En dat Hatice mijn taal sprak in het begin. Dan vertrouw je iemand.
Emre Yıldız: En niet praten tegen mij als een kind. Ik ben ondernemer geweest, hè.
Thijs Mulder: Waren er ook dingen die lastig waren?
Burak Yıldız: Ja, de overgang. Toen hij ging werken, was er een maand dat er geen uitkering kwam en het salaris nog niet, of het werd verrekend, dat weet ik niet precies meer. Maar er was een gat. We hebben toen bij familie geleend. Dat was echt stress.
Emre Yıldız: Ja. En de zorgverzekering, de gemeentepolis, dat moest ook weer anders. Elke keer papier.
Thijs Mulder: Herkenbaar, dat hoor ik vaker. Is dat opgelost?
Burak Yıldız: Ilse heeft het uiteindelijk geregeld met een voorschot, maar dat duurde wel drie weken.
Thijs Mulder: En hoe gaat het nu met u?
Emre Yıldız: Beter. Ik voel me weer een man. Ik betaal mijn schuld. Mijn vrouw is trots. En de suiker, de waarden zijn beter, zegt de dokter, omdat ik nu regelmatig eet. Op het werk, pauze om tien uur, om half een.
Thijs Mulder: Mooi. Ik denk dat ik alles heb. Burak, meneer Yıldız, heel erg bedankt.
Emre Yıldız: Graag gedaan. Succes met het onderzoek.
"""

FW_OBSERVATIE_BODEGRAVEN = """
Observatieverslag keukentafelgesprek Bodegraven (casus FW-03)
Observator: Marloes Jansen
Datum: 2023-11-21
Locatie: woning van de inwoner, Bodegraven
Casus: FW-03

Aanwezig bij het gesprek: meneer Y. (54), zijn zoon (21), Ilse Vermeulen (klantmanager Ferm Werk), Hatice Öztürk (sociaal team Bodegraven-Reeuwijk) en Marco de Haan (jobcoach). De echtgenote van meneer was in de kamer ernaast; zij kwam halverwege even aan tafel zitten. Doel van het gesprek: evaluatie van de proefplaatsing van zes weken bij een kaashandel en afspraken over de overgang naar een dienstverband.

Op de koelkast hangt een A3-vel met drie kolommen: "thuis", "geld" en "werk". Ilse noemt dit "het keukentafelplan". Elke afspraak uit eerdere gesprekken staat erop, met de naam van degene die hem uitvoert. Meneer wijst er tijdens het gesprek twee keer naar ("dat is al gedaan, kijk"). Hatice vertelt later dat het wijkteam en Ferm Werk geen eigen plannen meer naar meneer sturen; wat officieel in de systemen moet, wordt van dit vel overgenomen.

Het gesprek begint in het Turks tussen Hatice en meneer, over de gezondheid van zijn vrouw. Na een paar minuten schakelt Hatice over naar het Nederlands: "Zullen we nu in het Nederlands verder, dan kan Ilse meedoen?" Meneer knikt. Bij moeilijke woorden (loonkostensubsidie, loonwaardemeting, proeftijd) vertaalt de zoon of Hatice. Ilse vraagt een paar keer na of meneer het begrepen heeft, en laat hem het dan zelf herhalen.

Marco (jobcoach) vertelt wat de werkgever heeft teruggekoppeld: meneer is altijd op tijd, zorgvuldig en goed met collega's, maar lager in tempo door zijn knie. De werkgever wil hem een contract voor twintig uur aanbieden, met loonkostensubsidie na een loonwaardemeting. Meneer reageert trots en zegt: "Twintig uur is goed. Veertig kan de knie niet."

Daarna ontstaat een zichtbaar moment van onrust. De zoon vraagt wat er met de uitkering gebeurt in de eerste maand. Ilse legt uit dat het salaris achteraf wordt betaald en dat de bijstand wordt beëindigd of verrekend. Meneer en zijn zoon kijken elkaar aan; de zoon zegt dat ze geen buffer hebben. Ilse belooft te regelen dat er een voorschot kan komen en schrijft het meteen op het A3-vel, in de kolom "geld", met haar eigen naam erachter.

Hatice brengt de zorg thuis in: als meneer twintig uur werkt, is zijn vrouw vier ochtenden alleen. Zij heeft al met de Wmo-consulent afgesproken dat de thuiszorg op die ochtenden komt. Meneer zegt dat hij daar "eerst niet van wilde weten" maar dat hij nu ziet dat het nodig is. Zijn vrouw zegt in het Turks iets tegen Hatice, dat Hatice vertaalt als: "Ze zegt dat hij eindelijk weer slaapt."

Het gesprek duurde ruim een uur. Niemand had een laptop open; Ilse en Hatice schreven alleen op het A3-vel.

Eerste duiding. Het "keukentafelplan" maakt het idee van één plan letterlijk zichtbaar en tastbaar voor de inwoner. De gezamenlijke aanwezigheid van werk, zorg en jobcoach aan tafel voorkomt dat meneer zijn verhaal opnieuw moet vertellen. De taal van de sociaal-teammedewerker lijkt een belangrijke ingang voor vertrouwen. Werk en taal lopen parallel (Taalhuis tijdens de proefplaatsing) in plaats van na elkaar. Als belemmering komt de inkomensovergang bij uitstroom naar werk naar voren: het gat tussen bijstand en eerste salaris zorgt voor stress en het voorschot vraagt handwerk van de klantmanager.
"""

# ---------------------------------------------------------------------------
# WIL Werk en Inkomen Lekstroom
# ---------------------------------------------------------------------------

WIL_INTERVIEW_INWONER_HOUTEN = """
Esra Kaya: Zo, de opname staat aan. Rania, hoor je me goed? Je beeld is een beetje bevroren, maar het geluid is goed.
Rania Haddad: Ja, ik hoor je. Sorry, de wifi hier is... mijn zoon zit ook op de iPad. (lacht)
Esra Kaya: Geen probleem. Nogmaals dank dat je mee wilt doen. Kun je eerst iets over jezelf vertellen?
Rania Haddad: Ja. Ik ben Rania, ik ben vierendertig. Ik kom uit Syrië, uit Homs. Sinds 2019 woon ik in Houten, met mijn man en drie kinderen. In Syrië werkte ik in een apotheek, acht jaar. Assistent van de apotheker.
Rania Haddad: Hier is mijn diploma niet, eh, niet geldig. Dat was heel moeilijk voor mij. Ik dacht: ik kan het werk, ik ken de medicijnen, maar ik mag niet.
Esra Kaya: Hoe was het de eerste jaren hier?
Rania Haddad: Heel druk. Inburgering, taalschool, en mijn jongste zoon, Adam, hij heeft autisme. Veel afspraken. Dokter, school, jeugdhulp, logopedie. Soms vier afspraken in een week. En dan de taalschool zegt: je bent te vaak afwezig. En de gemeente zegt: je moet solliciteren. En DUO zegt: je examen moet op tijd, anders moet je de lening terugbetalen.
Rania Haddad: Iedereen wil iets. En niemand weet van elkaar wat ze willen.
Esra Kaya: Dat klinkt zwaar.
Rania Haddad: Ja. Ik was heel moe. Ik huilde veel, eerlijk. Ook omdat er een brief kwam van de toeslagen, dat we geld moesten terugbetalen. Bijna vierduizend euro. Omdat mijn man een tijdje meer uren had gewerkt.
Esra Kaya: Hoe ben je toen in contact gekomen met de werktafel?
Rania Haddad: Via Wouter, mijn klantmanager bij WIL. Hij vroeg in een gesprek: Rania, wat wil je eigenlijk? Niet wat moet je, maar wat wil je. Ik zei: ik wil terug naar de apotheek. Hij zei: oké, dan gaan we kijken hoe dat kan.
Rania Haddad: Hij zei: ik neem jouw verhaal mee naar de werktafel. Daar zitten mensen van de gemeente, van schulden, van werk. Dan hoef jij het niet aan iedereen opnieuw te vertellen.
Esra Kaya: Was je zelf bij de werktafel?
Rania Haddad: De eerste keer niet. Wouter heeft het verteld. De tweede keer wel. Ik zat aan tafel met zes mensen. Eerst vond ik het eng, heel eng. Maar de voorzitter, Annemiek, ze zei: Rania, jij bent de belangrijkste persoon hier. En ze vroeg eerst aan mij wat ik nodig had.
Esra Kaya: Wat werd er toen besloten?
Rania Haddad: Veel. Eh, ze hebben een taalcursus betaald, speciaal voor de apotheek. Woorden van medicijnen, van de balie. Normaal kan dat niet, zei Wouter, omdat ik nog in de inburgering zit, maar de werktafel mag afwijken. Dat vond ik, ja, heel bijzonder.
Rania Haddad: En ik hoefde een half jaar niet te solliciteren op andere banen. Alleen de apotheek. En Petra van de gemeente heeft geregeld dat Adam met de taxi naar school gaat. Dat scheelt mij elke dag twee uur.
Esra Kaya: En de schuld bij de toeslagen?
Rania Haddad: Mohamed van de schuldhulp heeft een regeling gemaakt, kleine bedragen. En hij heeft een brief gestuurd naar DUO, voor meer tijd voor het examen. Dat is gelukt. Nu heb ik tot volgend jaar.
Esra Kaya: En werk je nu in de apotheek?
Rania Haddad: Ja! Sinds december. Zestien uur, op een werkervaringsplek. Ik doe de bestellingen, de kast, en soms de balie, met mijn begeleider ernaast. Als ik een woord niet weet, schrijf ik het in mijn boekje. Mijn boekje is al vol. (lacht)
Rania Haddad: De apotheker zegt: als je taal B1 is, dan kunnen we kijken naar een opleiding. Apothekersassistent, hier in Nederland. Dat is mijn droom.
Esra Kaya: Wat heeft volgens jou het verschil gemaakt?
Rania Haddad: Dat ze samen beslissen. Niet: de ene zegt dit, de andere zegt dat. En dat ze de regels, eh, dat ze de regels voor mij een beetje, hoe zeg je, buigen. Niet voor niks, hè. Omdat het beter is.
Rania Haddad: En Wouter. Hij is altijd dezelfde. Ik heb zijn nummer, hij belt terug. Bij de taalschool had ik drie docenten in een jaar.
Esra Kaya: Zijn er dingen die nog moeilijk zijn?
Rania Haddad: Ja, de tijd. Werk, taal, de kinderen, Adam. Mijn man helpt, maar hij werkt ook, in een bakkerij, 's nachts. Soms denk ik: het is te veel. En ik ben bang dat als ik betaald ga werken, de toeslagen weer een brief sturen. Dat is altijd in mijn hoofd.
Esra Kaya: Dat snap ik. Is daar met je over gesproken?
Rania Haddad: Wouter zegt dat hij het samen met mij gaat uitrekenen voordat ik een contract teken. Ik vertrouw hem. Maar de Belastingdienst, die vertrouw ik niet. (lacht)
Esra Kaya: Eerlijk antwoord. Rania, dank je wel, ik stop de opname.
Rania Haddad: Graag gedaan. Dank jullie.
"""

WIL_CASUISTIEK_WIL01 = """
= Verslag Werktafel Houten – casuïstiekbespreking
Datum: 2023-10-10
Locatie: gemeentehuis Houten
Voorzitter: Annemiek Vos (procesregisseur Werktafel)
Notulist: Esra Kaya (Hogeschool Utrecht)
Casus: WIL-01
# Aanwezig
Annemiek Vos (procesregisseur Werktafel), Wouter de Bruijn (klantmanager WIL, inbrenger), Petra Claassen (consulent Wmo en jeugd, gemeente Houten), Mohamed Ouali (schuldhulpverlening WIL), Linda Postma (werkgeversadviseur WIL), Esra Kaya (Hogeschool Utrecht, observerend). De inwoner was bij deze eerste bespreking niet aanwezig; zij is uitgenodigd voor de vervolgbespreking.
# Casus
Casus WIL-01 betreft een vrouw van 34 jaar, woonachtig in Houten, statushouder sinds 2019, gehuwd, drie kinderen (3, 7 en 10 jaar). De jongste zoon heeft autisme en veel zorgafspraken. Het huishouden ontvangt aanvullende bijstand; de partner werkt parttime in de nacht. Leefgebieden: taal (niveau A2, inburgering nog niet afgerond), zorg voor haar zoon, schulden (terugvordering toeslagen ca. € 3.800; risico dat de DUO-lening voor inburgering niet wordt kwijtgescholden) en werk (acht jaar ervaring als apothekersassistent in Syrië, diploma niet erkend). Startpositie op de participatieladder: trede 2.
Vraag van de inbrenger: mevrouw wil terug naar de apotheek. De gebruikelijke route is eerst inburgering, dan taal B1, dan re-integratie. Dat duurt jaren en intussen loopt ze vast op regels uit drie richtingen. Kan het anders?
# Bespreking
Wouter schetst dat mevrouw tegelijk aangesproken wordt door de taalschool (verzuim), WIL (sollicitatieplicht) en DUO (termijn inburgering). Alle verplichtingen zijn afzonderlijk te verdedigen, maar samen werken ze tegen elkaar in. Mevrouw heeft haar verhaal in een jaar aan minstens vijf professionals verteld.
Petra geeft aan dat de zorg voor de zoon de meeste tijd kost. Jeugdhulp loopt. Leerlingenvervoer naar het speciaal onderwijs is eerder afgewezen omdat de afstand net onder de norm ligt; Petra ziet ruimte om dit op grond van de zorgbehoefte alsnog toe te kennen.
Mohamed kan voor de terugvordering van de toeslagen een betalingsregeling treffen die past bij de beslagvrije voet. Voor de inburgering kan bij DUO verlenging van de termijn worden aangevraagd met een onderbouwing van de zorgtaken.
Linda heeft contact met een apotheek in Houten die een assistent zoekt. Taal is daar belangrijk vanwege medicatieveiligheid, maar voor bestellingen, voorraad en (begeleid) baliewerk is een werkervaringsplek mogelijk, met een vaste werkbegeleider.
Annemiek herinnert aan het mandaat van de Werktafel: met instemming van de directie van WIL en de wethouder mag de tafel gemotiveerd afwijken van regels en werkprocessen als dat past binnen de bedoeling van de wet, en is er een doorbraakbudget van maximaal € 5.000 per inwoner. Elke afwijking wordt met motivering vastgelegd.
Mohamed vraagt kritisch of dit niet oneerlijk is tegenover andere statushouders die dezelfde route moeten volgen. Annemiek antwoordt dat maatwerk geen willekeur is: de motivering wordt vastgelegd en terugkerende knelpunten gaan als signaal naar beleid. Wouter voegt toe: ‘Als het bij haar werkt, willen we weten of het vaker kan.’
Besluiten van de Werktafel: (1) beroepsgerichte NT2-cursus (farmaceutische taal) wordt betaald uit het doorbraakbudget (€ 1.850); (2) werkervaringsplek van 16 uur in de apotheek, te combineren met de inburgering; (3) de sollicitatieplicht voor overige vacatures wordt voor zes maanden opgeschort; (4) leerlingenvervoer wordt opnieuw beoordeeld; (5) één plan, Wouter is contactpersoon voor mevrouw en koppelt terug aan de tafel.
# Afspraken
| Actie | Wie | Wanneer |
| Besluiten met mevrouw bespreken en haar uitnodigen voor de vervolgbespreking | Wouter de Bruijn | 17 oktober 2023 |
| Aanmelding beroepsgerichte NT2-cursus; betaling uit doorbraakbudget | Wouter de Bruijn | 1 november 2023 |
| Kennismaking en afspraken werkervaringsplek met de apotheek | Linda Postma | november 2023 |
| Verlenging inburgeringstermijn aanvragen bij DUO; betalingsregeling toeslagen | Mohamed Ouali | 1 november 2023 |
| Herbeoordeling leerlingenvervoer | Petra Claassen | 24 oktober 2023 |
| Signaal naar beleid: taal en re-integratie parallel mogelijk maken voor statushouders | Annemiek Vos | kwartaalrapportage Q4 |
Naschrift (13 februari 2024): mevrouw werkt sinds december 16 uur op de werkervaringsplek in de apotheek, volgt de beroepsgerichte taalcursus en de DUO-termijn is met een jaar verlengd. De zoon gaat met leerlingenvervoer naar school. Positie op de participatieladder: trede 4.
"""

WIL_INTERVIEW_KLANTMANAGER_NIEUWEGEIN = """
= Interview werkcoach WIL, Nieuwegein
Respondent: Sevda Arslan
Functie: werkcoach jongeren
Organisatie: WIL Werk en Inkomen Lekstroom
Datum: 2024-03-27
Interviewer: Marloes Jansen
Duur: 00:58:40
Marloes Jansen: Zullen we beginnen? Kun je kort vertellen wat je doet?
Sevda Arslan: Ja. Ik ben Sevda, ik werk acht jaar bij WIL, de laatste drie jaar als werkcoach in het jongerenteam, in Nieuwegein. Dus jongeren tot zevenentwintig. Ik heb er nu zo'n zestig. Dat klinkt veel, maar bij jongeren zit het, eh, het zit vaak in de eerste maanden heel intensief en dan wordt het rustiger.
Marloes Jansen: In de werkplaats hebben we het veel over de werktafel gehad. Hoe werkt dat hier in Nieuwegein?
Sevda Arslan: Nou, Houten is ermee begonnen, dat weet je. Wij hebben het in 2023 overgenomen, niet helemaal hetzelfde, maar het idee is: als een casus vastloopt op regels of op schotten, dan kan ik hem inbrengen. En dan zitten binnen een week of twee de juiste mensen aan tafel. Schuldhulp, Wmo, iemand van werkgeversdienstverlening, soms de ggz of de woningcorporatie. En het belangrijkste: die tafel heeft mandaat. De wethouder heeft letterlijk gezegd: als het binnen de bedoeling van de wet past, mag je afwijken. Dat geeft mij als werkcoach ook... hoe zeg je dat... rugdekking.
Marloes Jansen: Kun je een voorbeeld geven?
Sevda Arslan: Kevin. Daar heb ik toestemming voor, hè, om over hem te praten. Vierentwintig, woont bij zijn moeder in Nieuwegein. Toen ik hem kreeg, had hij zo'n negenduizend euro schulden. CJIB, telefoonabonnementen, zorgverzekering, en een DUO-schuld van een mbo-opleiding waar hij mee gestopt was. Hij heeft ADHD en was behoorlijk somber. Op de wachtlijst bij de ggz, negen maanden.
Marloes Jansen: Dat is een hoop tegelijk.
Sevda Arslan: Ja. En dan de kostendelersnorm. Omdat hij bij zijn moeder woont, krijgt hij een lage uitkering, en zijn moeder krijgt ook minder. Dus thuis was er gedoe over geld. Hij wilde weg, maar er is geen kamer te vinden, en zeker niet met schulden. Eh, en dan zeggen wij als organisatie: je moet naar werk. Ja. Maar die jongen sliep om vier uur 's nachts en stond om twee uur 's middags op.
Marloes Jansen: Hoe ben je begonnen?
Sevda Arslan: Eerst gewoon contact. Hij kwam niet op afspraken, dus ik ben gaan appen, via de zakelijke telefoon, hè. Kort, niet te formeel. 'Hé Kevin, ben je er morgen om elf uur? Ik trakteer op koffie.' Dan kwam hij wel. We hebben een paar keer gewandeld in plaats van op kantoor gezeten. Dat werkt bij jongeren, die tafel met een computer ertussen is gewoon een muur.
Marloes Jansen: En wat heeft de werktafel gedaan?
Sevda Arslan: Drie dingen eigenlijk. Eén: via het jongerenperspectieffonds zijn zijn schulden overgenomen, onder voorwaarde dat hij een traject volgt. Dus hij heeft nu één schuldeiser, de gemeente, en die wordt afgelost met zijn inzet. Dat gaf meteen rust. Twee: we hebben het gesprek met de ggz gevoerd en via de praktijkondersteuner van de huisarts kon hij eerder beginnen met een kortdurende behandeling, in plaats van negen maanden wachten. Drie: de tafel heeft besloten dat we een half jaar niet naar de kostendelersnorm... eh, nee, dat klopt niet helemaal. Die norm kunnen we niet zomaar opzij zetten, dat is wet. Wat we wel gedaan hebben: bijzondere bijstand voor de moeder, zodat de spanning thuis minder werd. Dat is wel afwijken van ons eigen beleid, maar niet van de wet.
Marloes Jansen: Duidelijk. En werk?
Sevda Arslan: Linda, onze werkgeversadviseur, kende een logistiek bedrijf op de Liesbosch. Magazijn, orderpicken, ze zoeken altijd mensen maar ze willen wel dat je er bent. Kevin heeft eerst twee weken meegelopen. En nu heeft hij sinds februari een contract voor vierentwintig uur, met loonkostensubsidie en een jobcoach. De jobcoach komt elke week en maakt afspraken met de leidinggevende. Bijvoorbeeld dat Kevin zijn taken op een lijstje krijgt, vanwege zijn ADHD, en dat hij in de pauze even naar buiten mag.
Marloes Jansen: Op de ladder: waar stond hij en waar staat hij nu?
Sevda Arslan: Bij de start volgde hij een jongerentraining bij ons, twee dagdelen in de week, dus trede drie. Nu is het vijf: betaald werk met ondersteuning.
Marloes Jansen: Wat maakt het dat het bij hem lukte?
Sevda Arslan: Vertrouwen, echt. En tempo. Als de werktafel er niet was geweest, had ik voor die schulden een aanmelding gedaan en dan had hij drie maanden op een intake gewacht. Nu ging het in twee weken. Dat is het verschil tussen een jongen die afhaakt en een jongen die blijft.
Marloes Jansen: Zijn er ook nadelen aan de werktafel?
Sevda Arslan: Ja, eerlijk is eerlijk. Het risico is dat iedereen alles naar de tafel brengt en dat het een soort afvoerputje wordt. Dan denk je als werkcoach: ik breng het in en dan lost de tafel het op. Maar het grondwerk moet je nog steeds zelf doen. Contact, vertrouwen, de lijntjes. En de tafel is er eens in de twee weken, soms is dat te langzaam voor een crisis.
Sevda Arslan: En de verschillen binnen WIL. Houten en Nieuwegein hebben een werktafel, maar in Lopik of IJsselstein heb je dat niet op dezelfde manier. Dan hangt het heel erg af van de klantmanager en van hoe goed je het sociaal team kent. Mijn collega's daar moeten via hun teamleider escaleren, en dat duurt weken.
Marloes Jansen: Wat zou je nog willen veranderen?
Sevda Arslan: Nazorg. Als Kevin uit de uitkering is, ben ik formeel weg. Maar het eerste jaar werk is het spannendst. Ik heb met mijn teamleider afgesproken dat ik hem na drie en na zes maanden nog bel. Dat staat nergens, dat doe ik gewoon. Het zou mooi zijn als dat gewoon in het werkproces zat.
Marloes Jansen: Dank je wel, Sevda.
"""

# Let op: dit bestand wordt in Windows-1252 met CRLF weggeschreven; gebruik
# alleen tekens die in die codering bestaan (wel é, ë, ï, €; geen ş of ı).
WIL_OBSERVATIE_NIEUWEGEIN = """
Observatieverslag Werktafel Nieuwegein (casus WIL-02)
Observator: Esra Kaya
Datum: 2023-12-05
Locatie: stadshuis Nieuwegein, vergaderruimte 2.14
Casus: WIL-02

Aanwezig: Sevda Arslan (werkcoach jongeren WIL, inbrenger), de voorzitter van de Werktafel Nieuwegein (coördinator sociaal domein), een schuldhulpverlener van WIL, een consulent Wmo, Linda Postma (werkgeversadviseur WIL), een praktijkondersteuner ggz van een huisartsenpraktijk (via de camera) en de observator. Ook aanwezig: de cliënt, Kevin (24), en zijn moeder. Het is de tweede bespreking van deze casus; bij de eerste was Kevin er niet bij.

Setting. Een langwerpige vergadertafel onder tl-licht, koffie en een schaal stroopwafels. De professionals zitten aan de lange zijden, Kevin en zijn moeder aan de korte kant naast Sevda. Kevin houdt zijn jas aan en heeft zijn telefoon in zijn hand. Op een flip-over staan drie vragen die de voorzitter aan het begin voorleest: "Wat wil jij?", "Wat staat in de weg?" en "Welke regel moeten we hiervoor opzij zetten, en waarom mag dat?"

Verloop. De voorzitter opent met: "Kevin, je zit hier met zes mensen, dat is best veel. Jij bepaalt mee wat we vandaag afspreken." Daarna vraagt hij Kevin zelf te vertellen wat hij wil. Kevin zegt zacht dat hij "gewoon wil werken en van die schulden af wil". Zijn moeder vult aan en vertelt over de spanning thuis door het geld. Twee keer neemt zij het woord als de vraag aan Kevin gesteld is; de voorzitter richt de vraag dan vriendelijk maar duidelijk opnieuw tot Kevin.

De schuldhulpverlener legt uit dat het jongerenperspectieffonds de schulden kan overnemen als Kevin een traject volgt. Hij noemt het een "reëel plan" omdat alle schulden in kaart zijn: "Het zijn er elf, maar het zijn geen ideeën meer, het staat allemaal op papier." Kevin kijkt voor het eerst op van zijn telefoon als het bedrag van € 9.000 wordt genoemd en de schuldhulpverlener zegt dat hij daarna nog maar één schuldeiser heeft.

De praktijkondersteuner ggz, via de camera, geeft aan dat zij Kevin binnen twee weken kan zien voor een kortdurend traject, in afwachting van de specialistische ggz. Er is even discussie over privé-informatie: mag de praktijkondersteuner in deze groep iets zeggen over de diagnose? Sevda laat Kevin kiezen. Kevin zegt: "Zeg maar gewoon ADHD, dat weet iedereen hier toch al." Iemand lacht, de sfeer wordt losser.

Linda vertelt over een logistiek bedrijf dat geïnteresseerd is in "jongens die willen, ook als ze nog niet alles kunnen". Ze stelt een meeloopperiode van twee weken voor, daarna eventueel een contract met loonkostensubsidie en een jobcoach. Kevin vraagt of hij dan nog steeds een uitkering heeft als het misgaat. Sevda legt uit dat hij bij uitval niet "terug naar af" hoeft en dat zij zijn werkcoach blijft.

Over de kostendelersnorm wordt het langst gesproken. De Wmo-consulent stelt voor de norm tijdelijk niet toe te passen. De voorzitter zegt dat dit wettelijk niet kan, maar dat de tafel wel bijzondere bijstand voor de moeder mag toekennen, afwijkend van het eigen beleid. Dit wordt genoteerd op de flip-over onder "regel opzij zetten: ja, eigen beleid; motivering: spanning thuis bedreigt traject".

De bespreking duurde 35 minuten. Aan het eind vat de voorzitter de vier besluiten samen en vraagt Kevin of hij het ermee eens is. Kevin zegt "ja" en, na een korte stilte, "dank jullie". Buiten, bij de lift, zegt zijn moeder tegen Sevda dat ze "niet had gedacht dat ze echt naar hem zouden luisteren".

Eerste duiding. De Werktafel combineert snelheid (schulden, ggz en werk in één bespreking) met expliciet mandaat om af te wijken, en dwingt door de derde flip-over-vraag tot motivering van elke afwijking. De aanwezigheid van de cliënt maakt het gesprek concreter, maar de machtsverhouding is zichtbaar: één jonge man tegenover zes professionals. De vaste werkcoach naast hem lijkt nodig om die drempel te verlagen. Opvallend is ook het verschil tussen wat de tafel wil (de kostendelersnorm opzij zetten) en wat de wet toestaat; de tafel zoekt dan ruimte in het eigen beleid.
"""

WIL_INTERVIEW_INWONER_LOPIK = """
= Interview inwoner Lopik (casus WIL-03)
Respondent: Marianne de Groot
Functie: inwoner, bijstandsgerechtigde
Organisatie: WIL Werk en Inkomen Lekstroom / Sociaal Team Lopik
Datum: 2024-02-29
Interviewer: Thijs Mulder
Duur: 00:38:45
Interviewer: Nou, dank u wel dat ik bij u thuis mocht komen. Ik zet de recorder hier op tafel neer, dan hoeft u er verder niet op te letten. Is dat goed?
Respondent: Ja hoor, zet maar neer. Wilt u nog koffie? Nee? Oké.
Interviewer: Kunt u iets vertellen over hoe u in de bijstand terecht bent gekomen?
Respondent: Ja, eh... dat is een lang verhaal. Ik heb twintig jaar op de administratie gezeten bij een kwekerij hier in de buurt. Prima baan. En toen kwam de scheiding, in 2020, en toen moest het huis verkocht worden, en daar bleef een restschuld van over. Veertienduizend euro. En in 2021 werd de kwekerij overgenomen en werd de hele administratie naar het hoofdkantoor gehaald. Nou, dan sta je op straat, met vierenvijftig.
Interviewer: En daarna?
Respondent: Eerst WW. Ik heb echt wel gesolliciteerd, hoor. Tientallen brieven. Je krijgt niet eens antwoord. Of: we zoeken iemand die beter past in het team. Ja, dat betekent: iemand van vijfentwintig. En toen de WW op was, in 2023, moest ik naar de bijstand. Dat vond ik, eh, ik schaamde me dood eigenlijk.
Interviewer: Hoe was het contact met WIL?
Respondent: Wisselend. De klantmanager die ik nu heb, Ellen, die is aardig. Maar ze zit in IJsselstein of in Nieuwegein, dat weet ik eigenlijk niet eens precies. En ik heb geen auto meer. Met de bus vanuit Lopik, nou, dan ben je een halve dag onderweg voor een gesprek van een half uur.
Respondent: Dus meestal belt ze. Dat is prima, maar aan de telefoon vertel je niet alles, hè.
Interviewer: Wat vertel je dan niet?
Respondent: Nou, hoe het echt gaat. Mijn moeder is vierentachtig, die woont hier om de hoek, en ik doe eigenlijk alles voor haar. Boodschappen, medicijnen, de was, naar het ziekenhuis. En ik heb zelf COPD, van het roken vroeger. Ik ben gestopt, hoor, maar de schade is er. En mijn knie. Als ik een dag bij mijn moeder ben geweest, ben ik kapot.
Interviewer: Weet het sociaal team dat?
Respondent: Ja, Annelies van het sociaal team komt bij mijn moeder, voor de thuiszorg en zo. Die weet het wel. Maar die heeft het nooit met Ellen over mij gehad, denk ik. Ik heb mijn verhaal twee keer verteld, aan allebei apart. En dan zegt de een: u moet aan uzelf denken, het is te zwaar. En de ander zegt: u moet vierentwintig uur per week beschikbaar zijn voor werk.
Interviewer: Hoe voelde dat?
Respondent: Alsof ik in twee stukken werd gescheurd. Echt.
Respondent: En toen kreeg ik ook nog een brief. Ik had een afspraak gemist, omdat mijn moeder was gevallen, ik zat met haar op de eerste hulp. En toen kreeg ik een brief dat ik een maatregel kon krijgen. Een kórting. Terwijl ik had gebeld! Ik had de voicemail ingesproken.
Interviewer: Is dat uiteindelijk opgelost?
Respondent: Ellen heeft later gezegd dat het een automatische brief was en dat er niks mee gebeurde. Maar ja, dan heb je wel een week niet geslapen.
Interviewer: Heeft u wel eens van de werktafel gehoord, zoals ze die in Houten hebben?
Respondent: Ja, ik heb erover gelezen in de krant. Dat ze daar met z'n allen om tafel gaan en dan de regels een beetje mogen oprekken. Nou, dat zou ik hier ook wel willen. Maar hier in Lopik hebben we dat niet. Hier ben je gewoon een dossier in Nieuwegein.
Interviewer: Wat zou u helpen, denkt u?
Respondent: Dat ze één keer met z'n allen bij mij aan tafel komen. Ellen en Annelies. Dat zou in februari gebeuren, is me beloofd, maar het is nu eind februari en ik heb nog niks gehoord. Dan hoef ik het niet steeds opnieuw uit te leggen. En dat ze snappen dat ik wel wil werken, maar niet veertig uur, en niet als ik mijn moeder laat zitten. Ik kan heel goed administratie doen. Excel, facturen, dat soort dingen. Maar niemand vraagt daarnaar.
Interviewer: Doet u op dit moment iets buiten de deur, naast de zorg voor uw moeder?
Respondent: Sinds januari ga ik op donderdag naar de bibliotheek, naar zo'n digitaal café, en ik doe daar een cursus Excel voor gevorderden. Om bij te blijven, zeg maar. En ik heb gevraagd of ik bij het dorpshuis de administratie mag doen, als vrijwilliger. Daar hoor ik nog van.
Interviewer: Wat zou u de mensen van WIL en het sociaal team willen meegeven?
Respondent: Praat met elkaar. En praat met mij, niet over mij. En kijk wat iemand kan, in plaats van wat iemand moet. Ik ben zevenenvijftig, ik ben niet afgeschreven.
Interviewer: Dank u wel, mevrouw De Groot.
"""

WIL_CASUISTIEK_WIL03 = """
= Verslag casuïstiekbespreking Sociaal Team Lopik en WIL
Datum: 2024-01-23
Locatie: gemeentehuis Lopik
Voorzitter: Annelies Kuipers (Sociaal Team Lopik)
Notulist: Thijs Mulder (Movisie)
Casus: WIL-03
# Aanwezig
Annelies Kuipers (Sociaal Team Lopik), Ellen Koster (klantmanager WIL, inbrenger), Mohamed Ouali (schuldhulpverlening WIL), Wouter de Bruijn (klantmanager WIL, Houten; op uitnodiging als 'kritische vriend' vanuit de Werktafel Houten), Thijs Mulder (Movisie).
# Casus
Casus WIL-03 betreft een vrouw van 57 jaar, alleenstaand, woonachtig in Lopik. Na twintig jaar als administratief medewerker bij een kwekerij werd zij in 2021 ontslagen; na de WW ontvangt zij sinds 2023 bijstand. Restschuld na verkoop van de woning bij scheiding: ca. € 14.000. Gezondheid: COPD en knieklachten. Zij is mantelzorger voor haar moeder (84), die ook in Lopik woont. Startpositie op de participatieladder: trede 2. Contact met de inwoner (voor uitnodigingen): marianne.degroot66@example.com.
Administratief: in de aanmelding van het sociaal team staat BSN 274019385. Dit nummer wordt door het systeem van WIL niet herkend (vermoedelijk een typefout); Ellen controleert het bij de inwoner zelf.
Vraag van de inbrenger: mevrouw is gemotiveerd maar loopt vast tussen de arbeidsverplichting en de zorg voor haar moeder. Hoe vinden we een haalbare route naar (vrijwilligers)werk, en hoe werken WIL en het sociaal team hier samen?
# Bespreking
Ellen heeft een caseload van ongeveer negentig klanten, verspreid over Lopik en IJsselstein. Zij heeft mevrouw twee keer op kantoor gezien en verder telefonisch gesproken. Het contact met het Sociaal Team Lopik verloopt tot nu toe via de mail; dit is de eerste keer dat zij samen over deze inwoner spreken. Beiden blijken mevrouw tegenstrijdige adviezen te hebben gegeven over de belasting door de mantelzorg.
Annelies geeft aan dat de mantelzorg zwaar is en dat mevrouw zelf gezondheidsklachten heeft. Zij ziet mevrouw vooral bij de moeder thuis. Mevrouw voelt zich ‘afgeschreven’ en is boos over een brief over een mogelijke maatregel na een gemiste afspraak. Ellen licht toe dat dit een automatisch verzonden brief was die ten onrechte niet is tegengehouden; zij heeft dit met mevrouw rechtgezet, maar erkent dat het vertrouwen heeft beschadigd.
Mohamed geeft aan dat de restschuld mogelijk via een saneringskrediet kan worden opgelost. De wachttijd voor een intake is bij WIL op dit moment ongeveer zes weken.
Wouter vertelt hoe de Werktafel in Houten met zo'n casus zou omgaan: een tijdelijke, gedeeltelijke ontheffing van de arbeidsverplichting op grond van de mantelzorg, gekoppeld aan een afspraak over vrijwilligerswerk dat past bij haar administratieve ervaring, en één gezamenlijk plan. In Lopik is er geen werktafel; afwijken verloopt via de teamleider van WIL en dat duurt volgens Ellen ‘al snel vier tot zes weken’. Annelies merkt op dat het sociaal team in Lopik klein is en dat er geen vaste contactpersoon bij WIL is.
De groep concludeert dat het ontbreken van een gezamenlijk gesprek met mevrouw erbij het grootste knelpunt is. Verder worden genoemd: de reisafstand naar het kantoor van WIL, de automatische handhavingsbrieven, en het feit dat werk en zorg in twee aparte plannen staan.
Reflectie. Werkzaam: de motivatie en vaardigheden van mevrouw, het vertrouwen in het sociaal team, de korte wachttijd bij de schuldhulp. Belemmerend: geen vaste lijn tussen WIL en het sociaal team, geen lokaal mandaat om af te wijken, hoge caseload, en regels die de mantelzorg niet meewegen.
# Afspraken
| Actie | Wie | Wanneer |
| Driehoeksgesprek bij mevrouw thuis in Lopik, met Ellen en Annelies | Annelies Kuipers (plant) | vóór 15 februari 2024 |
| Verzoek tijdelijke gedeeltelijke ontheffing arbeidsverplichting (mantelzorg) voorleggen aan teamleider | Ellen Koster | 2 februari 2024 |
| Aanmelding schuldhulp voor saneringskrediet | Mohamed Ouali | 31 januari 2024 |
| Mogelijkheid administratief vrijwilligerswerk bij dorpshuis verkennen | Annelies Kuipers | maart 2024 |
| Voorstel aan management WIL: pilot werktafel of vaste contactpersoon voor Lopik | Ellen Koster en Wouter de Bruijn | voorjaar 2024 |
| BSN controleren en dossier corrigeren | Ellen Koster | 26 januari 2024 |
"""

# ---------------------------------------------------------------------------
# RSD Kromme Rijn Heuvelrug
# ---------------------------------------------------------------------------

RSD_INTERVIEW_INWONER_ZEIST = """
= Interview inwoner Zeist (casus RSD-01)
Respondent: Youssef Amrani
Functie: inwoner, bijstandsgerechtigde
Organisatie: RSD Kromme Rijn Heuvelrug
Datum: 2024-04-09
Interviewer: Esra Kaya
Duur: 00:44:20
Interviewer: Goed, de opname loopt. Ik wil u nogmaals bedanken dat u wilt meedoen. We praten over uw ervaringen met de sociale dienst en de schuldhulp, en u mag altijd zeggen als u ergens niet over wilt praten.
Respondent: Nee, ik praat graag. Eindelijk iemand die het wil horen. (lacht) Sorry, dat klinkt misschien boos. Maar ik ben ook een beetje boos, eerlijk gezegd.
Interviewer: Dat mag. Vertelt u eens, hoe is het begonnen?
Respondent: Ik werkte als heftruckchauffeur, via een uitzendbureau, bij een distributiecentrum. Acht jaar. Altijd gewerkt, sinds mijn zeventiende. In 2022 kreeg ik een hernia. Twee keer geopereerd. En het uitzendbureau, ja, die stopten gewoon. Geen contract, geen werk. Toen de WW op was, moest ik naar de bijstand. Mijn vrouw werkt in de schoonmaak, twintig uur, dus we krijgen een aanvulling.
Interviewer: En de schulden?
Respondent: Die waren er al een beetje. Een lening voor de auto, een creditcard. Maar toen het inkomen wegviel, ging alles mis. Energie, zorgverzekering, belasting. En dan komen de incassobureaus en dan de deurwaarder. Nu is het achtendertigduizend. Ik durfde op een gegeven moment de brievenbus niet meer open te doen.
Interviewer: Wanneer heeft u hulp gevraagd?
Respondent: In augustus vorig jaar heb ik me aangemeld bij de schuldhulp. Augustus! En de intake was in januari. Vijf maanden. Vijf maanden, en in die tijd kwam er beslag op mijn uitkering, een keer was de stroom bijna afgesloten. Ik heb gebeld, elke twee weken: ja meneer, u staat op de wachtlijst. Dat was het.
Interviewer: Wat deed dat met u?
Respondent: Ik sliep niet meer. Mijn rug werd slechter door de stress, denk ik. En thuis, ja, met de kinderen... die merken dat. Mijn zoon van negen vroeg: papa, zijn we arm? Dat, eh... dat vergeet ik niet.
Interviewer: En het contact met de RSD, met uw klantmanager?
Respondent: Welke? (lacht) Ik heb er drie gehad in een jaar. De eerste, meneer De Vries, die was goed, die snapte het. Maar die ging weg, naar een andere gemeente. Toen kreeg ik een brief met een nieuwe naam, een mevrouw die ik nooit gezien heb. Tijdelijk, zeiden ze. Die belde één keer en vroeg of ik al had gesolliciteerd. Met mijn rug! En nu heb ik Jasper. Jasper is oké. Maar ik moest weer alles vanaf het begin vertellen. Alles. De hernia, de schulden, de kinderen.
Interviewer: Weet u waarom het zo vaak wisselde?
Respondent: Ze zeggen: drukte, te weinig mensen, reorganisatie. Dat geloof ik ook wel. Maar voor mij betekent het: niemand kent mij. Ik ben een nummer.
Interviewer: Heeft iemand u in die periode wel geholpen?
Respondent: Ja, een vrijwilliger. Van zo'n maatjesproject voor schulden. Die kwam via de kerk van mijn buurman, grappig genoeg, ik ben moslim. (lacht) Hij heeft met mij alle brieven geopend, in mappen gedaan, en gebeld met de schuldeisers om te zeggen: hij staat op de wachtlijst, wacht even. Zonder hem was het veel erger geworden.
Interviewer: En de fysiotherapeut, huisarts?
Respondent: De huisarts heeft gezegd dat het zo niet verder kon, met de stress. Die heeft het sociaal team gebeld, geloof ik, vanwege de kinderen. Toen kwam er een mevrouw van het sociaal team, Fleur. Maar die wist niet eens dat ik bij de RSD zat. En de RSD wist niet van Fleur. Iedereen heeft zijn eigen stukje.
Interviewer: Wat zou u willen, als het aan u lag?
Respondent: Werken. Echt. Ik wil niet thuis zitten. Maar geen heftruck meer, dat kan niet met mijn rug. Iets in een magazijn op kantoor, planning, of ik weet niet. Jasper zegt: eerst de schulden, dan het werk. Maar de schulden duren drie jaar! Moet ik drie jaar thuis zitten? Dan word ik gek.
Interviewer: Doet u op dit moment wel iets buiten de deur?
Respondent: Twee keer in de week een beweeggroep bij de fysio, voor mijn rug. En op woensdag help ik bij een computercursus in het buurthuis, als ik me goed voel. Dat is het.
Interviewer: Als u één ding kon veranderen aan hoe het nu gaat?
Respondent: Eén persoon. Eén persoon die blijft, die mij kent, en die met de schuldhulp en het sociaal team praat. Dan hoef ik niet drie keer hetzelfde verhaal te vertellen. En sneller. Vijf maanden wachten als je in de problemen zit, dat kan niet. Dan ben je al verdronken.
Interviewer: Dank u wel voor uw openheid, meneer Amrani.
"""

RSD_CASUISTIEK_RSD01 = """
= Verslag casuïstiekbespreking ontwikkelwerkplaats RSD Kromme Rijn Heuvelrug
Datum: 2024-03-26
Locatie: Zeist
Voorzitter: Marloes Jansen (Movisie)
Notulist: Esra Kaya (Hogeschool Utrecht)
Casus: RSD-01
# Aanwezig
Jasper Kuijpers (klantmanager RSD, inbrenger), Henk Bos (schuldhulpverlener, gecontracteerde organisatie), Fleur Meijer (sociaal team Zeist), Bart van der Linden (klantmanager RSD, Wijk bij Duurstede), Marloes Jansen (Movisie), Esra Kaya (Hogeschool Utrecht). Afwezig: de fysiotherapeut van meneer (schriftelijke inbreng via Jasper).
# Casus
Casus RSD-01 betreft een man van 41 jaar, woonachtig in Zeist, gehuwd, twee kinderen (6 en 9 jaar). Voormalig heftruckchauffeur via een uitzendbureau; sinds een hernia in 2022 niet meer aan het werk. Het huishouden ontvangt aanvullende bijstand naast het parttime inkomen van de partner. Schulden ca. € 38.000 bij veertien schuldeisers. Aanmelding schuldhulp op 28 augustus 2023, intake op 16 januari 2024 (twintig weken wachttijd). Meneer heeft in twaalf maanden drie klantmanagers gehad (vertrek, tijdelijke inhuur, herverdeling van de caseload). Startpositie op de participatieladder: trede 2.
Gegevens uit de aanmelding (niet verder verspreiden): Y. Amrani, geb. 03-09-1982, Lindenhoflaan 23, 3705 BK Zeist, BSN 999993653.
Vraag van de inbrenger: hoe voorkomen we dat meneer verder terugvalt terwijl de schuldregeling op gang komt, en kunnen we werk parallel oppakken in plaats van erna?
# Bespreking
Jasper heeft de casus in december 2023 overgenomen. Zijn caseload is ruim 120 klanten. Het dossier was onvolledig: de eerdere afspraken over belastbaarheid waren niet vastgelegd. Meneer was in het eerste gesprek boos (‘u bent de derde’). Jasper probeert het vertrouwen te herstellen door vaste terugbelmomenten, maar weet niet of hij de casus houdt: door de overgang naar gebiedsgericht werken wordt de caseload in mei opnieuw verdeeld.
Henk licht de wachttijd toe: de capaciteit is beperkt en de instroom hoog; complexe dossiers wachten langer. In de wachtperiode is er beslag gelegd op de uitkering, waarbij de beslagvrije voet aanvankelijk niet goed was berekend. Achteraf had een verzoek om schuldenrust (moratorium) eerder gedaan kunnen worden. Een minnelijk traject kan worden aangevraagd na de stabilisatiefase van ongeveer drie maanden.
Fleur vertelt dat het sociaal team pas sinds februari betrokken is, na een signaal van de huisarts over stress in het gezin. Het sociaal team wist niet dat meneer bij de RSD bekend was, en andersom. Er is geen toestemming voor gegevensdeling vastgelegd. ‘We wisten in deze casus niet van elkaars bestaan.’
Bart vertelt dat in Wijk bij Duurstede vanuit de ontwikkelwerkplaats een paar keer een gezamenlijke intake met het sociaal team is gedaan, en dat dit goed werkte. ‘Bij ons werkt het als er één trekker is. Maar dat hangt nu af van personen, niet van afspraken.’ Ook in Wijk bij Duurstede is de wachttijd bij de schuldhulp drie tot vijf maanden.
Over ‘eerst schulden, dan werk’: de groep concludeert dat dit in deze casus averechts werkt. Meneer is gemotiveerd, en zinvolle dagbesteding of werk kan juist stabiliseren. Heftruckwerk is met zijn rug niet haalbaar; verkend wordt werk als planner of medewerker magazijnadministratie. De lijn naar het werkgeversservicepunt wordt als lang ervaren (‘werkt voor de hele regio, wij kennen daar niemand persoonlijk’). De fysiotherapeut meldt schriftelijk dat licht, afwisselend werk met zitten en staan verantwoord is.
Reflectie. Belemmerend: de wachttijd bij de schuldhulp, het wisselen van klantmanagers, het ontbreken van een gezamenlijk plan, de hoge caseload en de afwezigheid van gegevensdeling. Werkzaam: de vrijwilliger van het schuldhulpmaatjesproject, het signaal van de huisarts en de motivatie van meneer zelf. De groep merkt op dat er binnen de RSD geen vergelijkbare voorziening is als de werktafel bij WIL; afwijken van regels loopt via het maandelijkse afwijkingsoverleg.
# Afspraken
| Actie | Wie | Wanneer |
| Eerste driehoeksgesprek met meneer, Jasper en Fleur; toestemming gegevensdeling vastleggen | Jasper Kuijpers | 9 april 2024 |
| Verzoek schuldenrust (moratorium) indienen en beslagvrije voet controleren | Henk Bos | 5 april 2024 |
| Bij herverdeling van de caseload: warme overdracht in aanwezigheid van meneer | Jasper Kuijpers, met teamleider | mei 2024 |
| Arbeidsdeskundig onderzoek naar belastbaarheid aanvragen | Jasper Kuijpers | 19 april 2024 |
| Signaal over wachttijd schuldhulp en wisselingen naar management RSD en de vijf gemeenten | Marloes Jansen | rapportage juni 2024 |
"""

RSD_INTERVIEW_KLANTMANAGER_WBD = """
= Interview klantmanager RSD, Wijk bij Duurstede
Respondent: Bart van der Linden
Functie: klantmanager participatie
Organisatie: RSD Kromme Rijn Heuvelrug
Datum: 2024-02-20
Interviewer: Marloes Jansen
Duur: 00:49:05
# Achtergrond
I: Bart, fijn dat je tijd hebt. Wil je eerst even vertellen wat je doet?
R: Ja. Ik ben klantmanager bij de RSD, nu zo'n vier jaar. Ik doe vooral Wijk bij Duurstede, en sinds kort ook een deel van Bunnik, omdat er een collega is vertrokken. Daarvoor werkte ik bij het UWV.
# Caseload en wisselingen
I: Hoe groot is je caseload?
R: Eh, op dit moment honderdvijftien. Officieel zou het rond de negentig moeten zijn, maar er zijn vacatures die niet vervuld worden. En dan krijg je er klanten bij van collega's die weggaan of langdurig ziek zijn. Dat is, eh, dat is eigenlijk het grootste probleem. Klanten wisselen van klantmanager en dan begin je weer bij nul.
I: Hoe merk je dat bij klanten?
R: Wantrouwen. Ze zeggen letterlijk: hoe lang blijf jij? Ik heb een mevrouw gehad die in vier jaar vier klantmanagers had. Die begon te huilen in het eerste gesprek: moet ik alles weer vertellen? En dan kijk je in het dossier en dan staat er van alles, maar niet de dingen die er echt toe doen. Hoe iemand is, wat iemand wil.
# Samenwerking met het sociaal team
I: Hoe is de samenwerking met het sociaal team in Wijk bij Duurstede?
R: Eigenlijk steeds beter, en dat komt echt door de werkplaats. Daarvoor kende ik daar niemand. Ik had een algemeen mailadres. Nu ken ik Marieke en twee collega's van haar, en sinds januari zit ik om de week een ochtend bij hen op locatie, een soort spreekuur. Dan kunnen mensen gewoon binnenlopen en dan zitten we er soms samen bij.
I: Is dat een afspraak van de RSD?
R: Nee, dat is... nou ja, mijn teamleider vindt het goed, maar het is niet iets wat de RSD voor alle gemeenten doet. We werken voor vijf gemeenten, en elke gemeente heeft haar sociaal team op een andere manier georganiseerd. Vijf gemeenten, vijf manieren. In Zeist is het weer heel anders dan hier. Dus je kunt het niet één keer regelen.
# Casus RSD-02
I: Je zou een casus toelichten.
R: Ja, met toestemming van mevrouw. Die mevrouw van vier klantmanagers, eigenlijk. Negenenveertig, woont hier in Wijk bij Duurstede, heeft een zoon van zeventien. Ze heeft jarenlang op de administratie van een transportbedrijf gewerkt, en toen kreeg ze een burn-out, en daarna kwamen angstklachten en een depressie. Na de scheiding liepen de schulden op. Ze staat onder beschermingsbewind.
I: Wat heb je anders gedaan dan je voorgangers?
R: Eerlijk? Niet zoveel bijzonders. Ik heb Marieke van het sociaal team gebeld en gevraagd of we samen een gesprek konden doen. Bij mevrouw thuis, want naar het kantoor in Zeist komen was voor haar met de angst al een drempel. En in dat gesprek hebben we niet over werk gepraat. We hebben gevraagd: wat heeft u nodig om weer een beetje grip te krijgen?
R: Daar kwam uit: structuur, iets te doen hebben, buiten komen. Ze bleek vroeger heel graag in het museum te komen. Marieke kende iemand bij het museum en de VVV, en nu is ze daar sinds december twee ochtenden gastvrouw. Vrijwillig. Het is nog geen betaald werk, maar ze staat op een andere trede. Van twee naar vier, zou ik zeggen.
I: Dat is een forse stap.
R: Ja. En het komt niet door mij alleen, hoor. Het komt doordat we met z'n tweeën waren en ze haar verhaal maar één keer hoefde te vertellen. Maar ik maak me wel zorgen.
I: Waarover?
R: Dat ik in april misschien naar een ander gebied ga. Er komt een herindeling van de caseloads. En dan is zij weer klantmanager nummer vijf kwijt. Ik heb gevraagd of ik haar mag houden, maar dat is nog niet zeker.
# Schuldhulp
I: Je noemde de schulden. Hoe loopt het daar?
R: Nou, zij heeft een bewindvoerder, dus dat is redelijk stabiel. Maar bij andere klanten: de wachttijd voor de schuldhulp is hier drie tot vijf maanden. Dat is echt te lang. Iemand die in de stress zit van de schulden, die kan niet aan werk denken. En wij zeggen dan: eerst de schulden oplossen. Maar die schulden worden niet opgelost, want er is een wachtlijst. Dus dan zit iemand vijf maanden in een soort wachtkamer.
I: Heb je ruimte om daar iets aan te doen?
R: Weinig. Ik kan bijzondere bijstand aanvragen voor iets acuuts, maar afwijken van de regels moet via het afwijkingsoverleg, en dat is eens per maand. Dan ben je weer een maand verder. Ik hoor van collega's bij WIL dat zij een werktafel hebben met mandaat, en dat ze binnen twee weken iets kunnen regelen. Dat zou ik ook wel willen.
# Wat zou helpen
I: Als jij het mocht zeggen, wat zou er moeten veranderen?
R: Drie dingen. Eén: lagere caseloads, zodat je iemand echt kunt leren kennen. Twee: vaste koppels met het sociaal team per gemeente, dus dat ik weet wie mijn maatje daar is en andersom. Drie: klanten niet meer herverdelen alsof het pakketjes zijn. Als een klant wisselt, dan minstens een warme overdracht, met de klant erbij.
I: Dank je wel, Bart.
R: Graag gedaan. En laat het management dit ook lezen, hè. (lacht)
"""

RSD_OBSERVATIE_WBD = """
# Observatie gezamenlijk spreekuur werk en inkomen en sociaal team, Wijk bij Duurstede (casus RSD-02)

Observator: Marloes Jansen
Datum: 2024-01-30
Locatie: locatie sociaal team, Wijk bij Duurstede
Casus: RSD-02

## Context

Sinds januari 2024 zit klantmanager Bart van der Linden (RSD) om de week op dinsdagochtend bij het sociaal team in Wijk bij Duurstede. Het is een initiatief uit de ontwikkelwerkplaats, geen staand beleid van de RSD. Marieke Boon (sociaal team) en Bart delen een spreekkamer; inwoners kunnen binnenlopen of worden uitgenodigd. Deze ochtend observeerde ik drie gesprekken, waarvan één met mevrouw W., de inwoner uit casus RSD-02.

## Eerste gesprek: inloop over schuldhulp

Een man van middelbare leeftijd loopt binnen met een map. Hij heeft zich in oktober aangemeld bij de schuldhulp en ‘al veertien weken niks gehoord’. Bart belt waar de man bij staat met het schuldhulploket, maar krijgt alleen te horen dat de man ‘op de lijst staat’. Bart zegt eerlijk dat hij het niet kan versnellen. Marieke biedt aan om een vrijwilliger van het maatjesproject langs te sturen om de post op orde te brengen. De man zegt: ‘Dan heb ik in elk geval iemand.’ Na afloop zegt Bart tegen mij: ‘Dit is het deel van mijn werk waar ik me het meest voor schaam. Ik kan niks beloven.’

## Tweede gesprek: mevrouw W. (casus RSD-02)

Mevrouw W. (49) komt op afspraak voor een evaluatie van haar vrijwilligerswerk als gastvrouw bij het museum. Zowel Bart als Marieke begroeten haar bij naam; Marieke vraagt naar haar zoon. Mevrouw vertelt dat ze het werk leuk vindt, ‘al ben ik na twee ochtenden wel kapot’. Ze vertelt trots dat een bezoeker haar had gevraagd of ze ‘hier al jaren werkte’.

Bart vraagt of ze de uren wil uitbreiden. Mevrouw aarzelt. Marieke stelt voor om eerst de behandeling bij de ggz af te ronden, die in maart eindigt. Bart stemt in. Ze spreken één evaluatiemoment af, in april, met hen tweeën.

Dan vertelt Bart dat hij in april mogelijk een ander gebied krijgt door een herindeling van de caseloads. Mevrouw verstijft en zegt: ‘Niet wéér.’ Het blijft even stil. Bart zegt dat hij heeft gevraagd haar te mogen houden en dat hij, als het toch gebeurt, de overdracht hier aan tafel doet, met haar erbij. Marieke zegt: ‘En ik blijf in elk geval.’ Mevrouw knikt, maar is de rest van het gesprek stiller.

## Derde gesprek: aanvraag bijzondere bijstand

Een jonge moeder komt met een vraag over bijzondere bijstand voor een wasmachine. Bart kan dit direct in gang zetten. Hij heeft op zijn laptop geen toegang tot het systeem van het sociaal team en Marieke niet tot dat van de RSD; ze wisselen informatie mondeling uit, nadat de moeder daar toestemming voor heeft gegeven.

## Opvallend

- De fysieke nabijheid maakt korte lijnen mogelijk: vragen worden ter plekke afgestemd in plaats van via de mail.
- De continuïteit van de klantmanager is kwetsbaar; de dreigende wisseling overschaduwt een verder positief gesprek.
- Bart heeft ter plekke geen mandaat om wachttijden of regels te doorbreken; hij kan alleen bellen en uitleggen.
- Het spreekuur bestaat dankzij de inzet van twee personen en de steun van een teamleider, niet dankzij een organisatiebrede afspraak.

## Duiding (voorlopige codes)

sa.korte_lijnen, sa.driehoeksgesprek, pr.continuiteit (dreigend verlies), br.belemmerende_regels (wachttijd schuldhulp), br.regelruimte_doorbraak (ontbreekt), uk.ervaren_verandering (trots op vrijwilligerswerk), sa.gegevensdeling_privacy.
"""

RSD_CASUISTIEK_RSD03 = """
= Verslag casuïstiekbespreking RSD KRH – casus RSD-03 (De Bilt)
Datum: 2024-04-16
Locatie: gemeentehuis De Bilt, Bilthoven
Voorzitter: Marloes Jansen (Movisie)
Notulist: Lotte van Dijk (Hogeschool Utrecht)
Casus: RSD-03
# Aanwezig
Nadia Boukhari (klantmanager RSD, inbrenger), Femke Dijkstra (sociaal team De Bilt), Ayşe Korkmaz (coördinator Taalhuis De Bilt), Henk Bos (schuldhulpverlener, gecontracteerde organisatie), Marloes Jansen (Movisie), Lotte van Dijk (Hogeschool Utrecht).
# Casus
Casus RSD-03 betreft een vrouw van 31 jaar, woonachtig in Bilthoven, alleenstaande moeder van een zoon (6) en een dochter (3). Zij kwam in 2015 via gezinsvorming uit Turkije naar Nederland en is sinds 2022 gescheiden. Leefgebieden: taal (spreken op A2-niveau, lezen en schrijven zwakker), schulden (ca. € 12.000, grotendeels schulden van de ex-partner op haar naam, plus een terugvordering van toeslagen), zorg en opvoeding (de zoon heeft ADHD en ontvangt jeugdhulp; mevrouw heeft zelf regelmatig migraine). Zij werkte in Turkije als kapster. Startpositie op de participatieladder: trede 2.
Vraag van de inbrenger: mevrouw wil graag werken in een kapsalon, maar alles lijkt op elkaar te wachten: geen kinderopvang zonder werk, geen werk zonder kinderopvang, en de schuldhulp heeft een wachtlijst. Waar beginnen we?
# Bespreking
Nadia is sinds maart de klantmanager van mevrouw; haar voorganger is vertrokken. Zij heeft mevrouw één keer gesproken. Mevrouw vertelde dat ze tot dan toe alleen brieven kreeg en ‘niet wist hoe haar klantmanager eruitzag’. Een van die brieven ging over de taaleis in de Participatiewet; mevrouw had die opgevat als een dreiging met korting en was daar erg van geschrokken.
Ayşe vertelt dat mevrouw sinds het najaar wekelijks met een taalvrijwilliger van het Taalhuis werkt. Zij is zeer gemotiveerd en maakt goede vorderingen in spreken. Het contact loopt deels in het Turks, wat volgens Ayşe ‘de deur heeft geopend’. Mevrouw heeft via het Taalhuis ook contact gekregen met andere moeders.
Femke geeft aan dat het sociaal team betrokken is vanwege de jeugdhulp voor de zoon. Het sociaal team heeft een gezinsplan; de RSD een eigen trajectplan. Mevrouw heeft beide plannen getekend zonder ze goed te begrijpen.
Henk meldt dat mevrouw in februari is aangemeld en dat de verwachte wachttijd tot de intake ongeveer vier maanden is. Voorrang is niet mogelijk: ‘De wachtlijst is de wachtlijst, anders moeten we iemand anders laten wachten.’ Wel kan hij een eerste gesprek over de schulden van de ex-partner inplannen, omdat daar mogelijk juridische stappen nodig zijn.
Over de kinderopvang: de dochter kan via het consultatiebureau een plek in de peuteropvang krijgen met een indicatie voor voor- en vroegschoolse educatie (vve), zestien uur per week. Dat geeft mevrouw ruimte voor taal en een werkervaringsplek. Femke regelt dit. Nadia heeft contact gelegd met een kapsalon in De Bilt die een werkervaringsplek van acht uur wil aanbieden, zodra de opvang geregeld is.
De groep bespreekt dat de plannen van het sociaal team en de RSD worden samengevoegd tot één gezinsplan, in eenvoudige taal, dat mevrouw zelf kan lezen. Nadia merkt op dat dit binnen de RSD nog niet gebruikelijk is en dat zij het ‘gewoon gaat doen’.
Reflectie. Werkzaam: het vertrouwen via het Taalhuis (taal als ingang, niet als eis), aansluiten bij haar beroepswens, samenwerking met het consultatiebureau. Belemmerend: de wachttijd bij de schuldhulp, de wisseling van klantmanager, dubbele plannen en de formele toon van brieven over de taaleis.
# Afspraken
| Actie | Wie | Wanneer |
| Aanvraag peuteropvang met vve-indicatie via consultatiebureau | Femke Dijkstra | 30 april 2024 |
| Eén gezinsplan in eenvoudige taal opstellen en met mevrouw bespreken (driehoeksgesprek) | Nadia Boukhari en Femke Dijkstra | 14 mei 2024 |
| Eerste gesprek over de schulden van de ex-partner | Henk Bos | mei 2024 |
| Werkervaringsplek kapsalon (8 uur) voorbereiden, start na regeling opvang | Nadia Boukhari | juni 2024 |
| Uitleg taaleis in gewone taal, samen met het Taalhuis | Nadia Boukhari en Ayşe Korkmaz | 14 mei 2024 |
"""

RSD_INTERVIEW_INWONER_DEBILT = """
= Interview inwoner De Bilt (casus RSD-03)
Respondent: Fatma Demir
Functie: inwoner, deelnemer taaltraject
Organisatie: RSD Kromme Rijn Heuvelrug / Taalhuis De Bilt
Datum: 2024-05-21
Interviewer: Esra Kaya
Duur: 00:36:50
Esra Kaya: Fatma, dank je wel. We doen het in het Nederlands, maar als je een woord niet weet, mag je het in het Turks zeggen, dan help ik. Goed?
Fatma Demir: Ja, goed. Mijn Nederlands is niet perfect, hè. Maar beter dan vorig jaar. (lacht)
Esra Kaya: Vertel eens, hoe gaat het nu met je?
Fatma Demir: Nu gaat het beter. Maar vorig jaar was heel moeilijk. Na de scheiding had ik alleen de kinderen en de brieven. Heel veel brieven. Mijn ex heeft schulden gemaakt op mijn naam, telefoon, een lening. Ik wist het niet eens. En dan komt de deurwaarder bij mij aan de deur, niet bij hem.
Esra Kaya: Wie hielp je toen?
Fatma Demir: Eerst niemand. Ik had een klantmanager bij de RSD, maar ik heb haar nooit gezien. Alleen brieven met haar naam. Daarna een andere naam. Ik wist niet eens hoe ze eruitzag. En dan komt een brief over de taaleis. Dat ik Nederlands moet leren, anders... ja, anders krijg ik minder geld. Ik was zó bang. Ik heb de hele nacht gehuild.
Esra Kaya: Wat heb je toen gedaan?
Fatma Demir: Mijn buurvrouw zei: ga naar het Taalhuis in de bibliotheek. Daar heb ik Ayşe ontmoet. Zij spreekt Turks. Ik heb alles verteld, alles. Zij zei: rustig, we gaan het stap voor stap doen. En ik kreeg een taalmaatje, een mevrouw van zeventig, heel lief. Elke dinsdag. Ze leert mij Nederlands, maar ook hoe het werkt hier, met school, met de gemeente.
Esra Kaya: En je zoon?
Fatma Demir: Mijn zoon heeft ADHD. Hij heeft jeugdhulp. Femke van het sociaal team komt ook bij ons. Zij is goed. Maar in het begin had Femke een plan en de RSD een plan. Twee plannen. Ik heb allebei getekend, maar ik begreep ze niet. Echt niet.
Esra Kaya: Is dat nu anders?
Fatma Demir: Ja, sinds vorige week. Mijn nieuwe klantmanager, Nadia, is met Femke bij mij thuis gekomen. Samen. En ze hadden één papier, in makkelijk Nederlands. Wat ik ga doen, wat zij gaan doen. Ik heb het op de koelkast gehangen. (lacht)
Esra Kaya: Wat staat erop?
Fatma Demir: Mijn dochter gaat naar de peuterspeelzaal, vier ochtenden. Dan heb ik tijd. Ik ga naar de taalles. En dan, als alles goed gaat, ga ik in een kapsalon werken, in De Bilt. Acht uur. Ik was kapster in Turkije, tien jaar. Ik kan goed knippen. Mijn kinderen hebben altijd mooi haar. (lacht)
Esra Kaya: Dat klinkt als een mooi plan. En de schulden?
Fatma Demir: Dat is nog niet goed. Ik sta op de wachtlijst, al sinds februari. Henk heeft één gesprek gedaan over de schulden van mijn ex, misschien moet er een advocaat komen. Maar de rest wacht. Elke maand komt er weer een brief. Dan denk ik: wanneer is het klaar?
Esra Kaya: Wat zou je de RSD willen zeggen?
Fatma Demir: Dat ze eerst moeten praten, dan pas brieven sturen. Een brief is koud. Als Nadia het uitlegt, dan begrijp ik het, dan ben ik niet bang. En dat ik niet steeds een nieuwe klantmanager wil. Ik hoop dat Nadia blijft.
Esra Kaya: Dank je wel, Fatma. Çok teşekkürler.
Fatma Demir: Rica ederim. Graag gedaan.
"""

RSD_FOCUSGROEP = """
Marloes Jansen: We gaan verder met het tweede thema. Ik hoor in de interviews steeds twee dingen terug: het wisselen van klantmanager en de wachttijd bij de schuldhulp. Herkennen jullie dat?
Jasper Kuijpers: Ja, honderd procent. Ik ben zelf ook zo'n wissel, hè. Ik heb in december twintig dossiers overgenomen van een collega die wegging. Mensen die ik nog nooit had gezien.
Nadia Boukhari: Bij mij hetzelfde. Ik ben in maart begonnen en had meteen een volle caseload. Eén mevrouw zei: ik dacht dat jullie alleen op papier bestonden.
Bart van der Linden: En dat is geen onwil, hè. Het is capaciteit. Maar het gevolg is dat het vertrouwen elke keer opnieuw moet worden opgebouwd. En dat kost tijd die we niet hebben.
Marloes Jansen: En de schuldhulp?
Jasper Kuijpers: Drie tot vijf maanden wachten op een intake. En intussen zeggen wij: eerst de schulden, dan werk. Dus iemand zit maanden stil.
Bart van der Linden: Ik vind dat we die volgorde los moeten laten. In de werkplaats hebben we gezien dat het tegelijk kan. Als je wacht tot de schulden weg zijn, wacht je drie jaar.
Nadia Boukhari: Maar je hebt wel iemand nodig die het geheel overziet. Anders trekt iedereen aan een ander stuk van de klant.
Marloes Jansen: Hoe kijken jullie naar de andere regio's? Bij Ferm Werk en WIL doen ze het deels anders.
Jasper Kuijpers: Bij WIL hebben ze die werktafel. Daar hoor je mooie verhalen over. Dat ze binnen twee weken iets kunnen regelen, met mandaat om af te wijken. Wij moeten voor elke afwijking naar het afwijkingsoverleg, en dat is één keer per maand.
Bart van der Linden: En bij Ferm Werk zitten ze in Woerden gewoon met het wijkteam in één pand. Die doen standaard driehoeksgesprekken. Wij werken voor vijf gemeenten met vijf verschillende sociale teams. Dat maakt het ingewikkelder.
Nadia Boukhari: Maar daar kunnen we ons ook achter verschuilen. Ik heb vorige week gewoon met Femke van het sociaal team De Bilt bij een mevrouw thuis gezeten. Dat kan gewoon. Het is een keuze.
Jasper Kuijpers: Als je de tijd krijgt.
Nadia Boukhari: Ja. Als je de tijd krijgt.
Marloes Jansen: Wat zou het eerste zijn dat moet veranderen?
Bart van der Linden: Vaste koppels per gemeente. Eén klantmanager, één iemand van het sociaal team. En stoppen met klanten herverdelen alsof het pakketjes zijn.
Jasper Kuijpers: En een snellere route bij de schuldhulp voor mensen die ook een traject naar werk hebben. Een soort voorrangsregeling.
Nadia Boukhari: En minder brieven. Meer gesprekken.
"""

# ---------------------------------------------------------------------------
# Vragenlijst professionals (alle drie de regio's)
# ---------------------------------------------------------------------------

VRAGENLIJST_KOP = [
    "respondent", "regio", "gemeente", "functie", "jaren_ervaring", "trede_start", "trede_eind",
    "Wat werkt volgens u het best bij inwoners met problemen op meerdere leefgebieden?",
    "Wat belemmert de samenwerking?",
]

# trede_start/trede_eind: trede van de laatst begeleide of besproken inwoner.
VRAGENLIJST = [
    ["P01", "Ferm Werk", "Woerden", "klantmanager", 6, 2, 4,
     "Samen met het wijkteam en de inwoner aan tafel zitten, zodat iemand zijn verhaal één keer vertelt. Daarna één plan, niet drie.",
     "Gescheiden systemen en privacyregels: we mogen niet in elkaars dossier kijken, dus we moeten alles mondeling afstemmen."],
    ["P02", "ferm werk", "Montfoort", "medewerker sociaal team", 9, 1, 3,
     "Outreachend werken: langsgaan, ook als de deur de eerste keer dicht blijft. Vertrouwen komt eerst, werk later.",
     "Wmo en re-integratie hebben elk hun eigen potje.\nAls iemand doorgroeit van dagbesteding naar een werkervaringsplek, moet alles opnieuw worden aangevraagd, bij een ander loket."],
    ["P03", "Ferm Werk", "Bodegraven-Reeuwijk", "jobcoach", 4, 3, 5,
     "Werk en taal tegelijk laten lopen in plaats van na elkaar. En een werkgever die geduld heeft en eerlijk terugkoppelt.",
     "De overgang van uitkering naar salaris: mensen vallen in een financieel gat en dat kost vertrouwen."],
    ["P04", "WIL", "Houten", "klantmanager", 11, 2, 4,
     "De werktafel: binnen twee weken de juiste mensen aan tafel, met mandaat om gemotiveerd af te wijken van regels. Dat scheelt maanden.",
     "Dat niet elke gemeente in Lekstroom een werktafel heeft; of je maatwerk krijgt, hangt af van waar je woont."],
    ["P05", "WIL Lekstroom", "Nieuwegein", "werkcoach jongeren", 8, 3, 5,
     "Snel schakelen bij schulden (overname via het jongerenperspectieffonds) en tegelijk werk zoeken; jongeren haken af als het maanden duurt.",
     "Wachtlijsten in de ggz; de kostendelersnorm; en dat nazorg na uitstroom naar werk nergens in het werkproces staat."],
    ["P06", "Lekstroom", "IJsselstein", "schuldhulpverlener", 15, 2, 2,
     "Eerst rust: stabiliseren, de beslagvrije voet goed zetten, de post openen. Zonder rust in het hoofd is werk niet haalbaar. Maar rust hoeft niet te betekenen dat werk stilligt.",
     "Klantmanagers zetten werk 'on hold' zodra er schuldhulp is; daardoor verliest iemand zijn ritme. En wij worden vaak pas laat betrokken."],
    ["P07", "WIL", "Lopik", "medewerker sociaal team", 5, 2, 3,
     "Bij mensen thuis komen, zeker in een dorp zonder goed openbaar vervoer. En luisteren naar wat iemand kan.",
     "Er is geen vaste contactpersoon bij WIL voor Lopik; alles gaat via de mail.\nAfwijken van regels loopt via de teamleider en duurt weken."],
    ["P08", "RSD KRH", "Zeist", "klantmanager", 3, 2, 3,
     "Een vast aanspreekpunt dat blijft.",
     "Een caseload van ruim 120; het steeds herverdelen van dossiers; drie tot vijf maanden wachten op een intake bij de schuldhulp."],
    ["P09", "RSD Kromme Rijn Heuvelrug", "Wijk bij Duurstede", "klantmanager", 4, 2, 4,
     "Een gezamenlijk spreekuur met het sociaal team op hún locatie. Korte lijnen, en de inwoner hoeft zijn verhaal maar één keer te doen.",
     "Vijf gemeenten, vijf manieren van werken. Geen mandaat om af te wijken, behalve via het maandelijkse afwijkingsoverleg."],
    ["P10", "RSD", "De Bilt", "medewerker sociaal team", 7, 2, 3,
     "Eén gezinsplan in eenvoudige taal, dat de inwoner zelf kan lezen. Taal als ingang, niet als eis.",
     "Brieven van de sociale dienst die mensen bang maken, bijvoorbeeld over de taaleis.\nEn wisselende klantmanagers: ik weet vaak niet wie ik moet bellen."],
    ["P11", "Kromme Rijn Heuvelrug", "Utrechtse Heuvelrug", "werkgeversadviseur", 10, 4, 5,
     "Werkgevers vroeg betrekken en functies aanpassen aan wat iemand kan (jobcarving); een jobcoach die na plaatsing blijft.",
     "Het werkgeversservicepunt werkt voor de hele regio; klantmanagers en werkgeversadviseurs kennen elkaar nauwelijks. Werkgevers haken af als de aanvraag voor loonkostensubsidie lang duurt."],
    ["P12", "Ferm Werk", "Oudewater", "teamleider", 12, 2, 4,
     "Klantmanagers de ruimte geven om maatwerk te leveren, en daar als leidinggevende achter staan. Liever drie maanden investeren dan drie jaar wachten.",
     "Tijd. Een driehoeksgesprek kost een uur plus voorbereiding en verslag; dat staat niet in onze normen; en in de kleinere kernen zitten we niet in één pand met het sociaal team."],
]

# ---------------------------------------------------------------------------
# Welke bestanden er gemaakt worden (volgorde = volgorde in het manifest)
# ---------------------------------------------------------------------------

BRONNEN = [
    # Ferm Werk
    Bron("ferm-werk/interview-inwoner-woerden.docx", "interview", "Ferm Werk", "Woerden", "FW-01", "",
         FW_INTERVIEW_INWONER_WOERDEN),
    Bron("ferm-werk/interview-klantmanager-woerden.docx", "interview", "Ferm Werk", "Woerden", "FW-01", "",
         FW_INTERVIEW_KLANTMANAGER_WOERDEN, tijdcodes="haken", sprekers=("Lotte van Dijk", "Mirjam Hoekstra")),
    Bron("ferm-werk/casuistiek-fw01-woerden.docx", "casuistiek", "Ferm Werk", "Woerden", "FW-01", "",
         FW_CASUISTIEK_FW01),
    Bron("ferm-werk/casuistiek-fw02-montfoort.odt", "casuistiek", "ferm werk", "Montfoort", "FW-02", "",
         FW_CASUISTIEK_FW02),
    Bron("ferm-werk/observatie-driehoeksgesprek-montfoort.md", "observatie", "Ferm Werk", "Montfoort", "FW-02",
         "Observatie driehoeksgesprek bij de inwoner thuis, Montfoort (casus FW-02)", FW_OBSERVATIE_MONTFOORT),
    Bron("ferm-werk/interview-inwoner-bodegraven.vtt", "interview", "Ferm", "Bodegraven", "FW-03",
         "Interview inwoner Bodegraven-Reeuwijk (Teams-transcript, casus FW-03)", FW_INTERVIEW_INWONER_BODEGRAVEN),
    Bron("ferm-werk/observatie-keukentafelgesprek-bodegraven.txt", "observatie", "Ferm Werk", "Bodegraven-Reeuwijk",
         "FW-03", "", FW_OBSERVATIE_BODEGRAVEN),
    # WIL Werk en Inkomen Lekstroom
    Bron("wil-lekstroom/interview-inwoner-houten.vtt", "interview", "WIL", "Houten", "WIL-01",
         "Interview inwoner Houten (Teams-transcript, casus WIL-01)", WIL_INTERVIEW_INWONER_HOUTEN),
    Bron("wil-lekstroom/casuistiek-wil01-houten.docx", "casuistiek", "WIL Werk en Inkomen Lekstroom", "Houten",
         "WIL-01", "", WIL_CASUISTIEK_WIL01),
    Bron("wil-lekstroom/interview-werkcoach-nieuwegein.docx", "interview", "WIL Lekstroom", "Nieuwegein", "WIL-02", "",
         WIL_INTERVIEW_KLANTMANAGER_NIEUWEGEIN, tijdcodes="achter", sprekers=("Marloes Jansen", "Sevda Arslan")),
    Bron("wil-lekstroom/observatie-werktafel-nieuwegein.txt", "observatie", "Lekstroom", "Nieuwegein", "WIL-02", "",
         WIL_OBSERVATIE_NIEUWEGEIN),
    Bron("wil-lekstroom/interview-inwoner-lopik.docx", "interview", "WIL", "Lopik", "WIL-03", "",
         WIL_INTERVIEW_INWONER_LOPIK),
    Bron("wil-lekstroom/casuistiek-wil03-lopik.docx", "casuistiek", "WIL", "Lopik", "WIL-03", "",
         WIL_CASUISTIEK_WIL03),
    # RSD Kromme Rijn Heuvelrug
    Bron("rsd-krh/interview-inwoner-zeist.docx", "interview", "RSD Kromme Rijn Heuvelrug", "Zeist", "RSD-01", "",
         RSD_INTERVIEW_INWONER_ZEIST),
    Bron("rsd-krh/casuistiek-rsd01-zeist.docx", "casuistiek", "RSD KRH", "Zeist", "RSD-01", "",
         RSD_CASUISTIEK_RSD01),
    Bron("rsd-krh/interview-klantmanager-wijk-bij-duurstede.docx", "interview", "RSD KRH", "Wijk bij Duurstede",
         "RSD-02", "", RSD_INTERVIEW_KLANTMANAGER_WBD),
    Bron("rsd-krh/observatie-spreekuur-wijk-bij-duurstede.md", "observatie", "Kromme Rijn Heuvelrug",
         "Wijk bij Duurstede", "RSD-02",
         "Observatie gezamenlijk spreekuur werk en inkomen en sociaal team, Wijk bij Duurstede (casus RSD-02)",
         RSD_OBSERVATIE_WBD),
    Bron("rsd-krh/casuistiek-rsd03-de-bilt.docx", "casuistiek", "RSD", "De Bilt", "RSD-03", "",
         RSD_CASUISTIEK_RSD03),
    Bron("rsd-krh/interview-inwoner-de-bilt.docx", "interview", "RSD Kromme Rijn Heuvelrug", "De Bilt", "RSD-03", "",
         RSD_INTERVIEW_INWONER_DEBILT, tijdcodes="haken", sprekers=("Esra Kaya", "Fatma Demir")),
    Bron("rsd-krh/focusgroep-klantmanagers-rsd.srt", "interview", "RSD KRH", "", "",
         "Focusgroep klantmanagers RSD Kromme Rijn Heuvelrug (fragment)", RSD_FOCUSGROEP),
    # Alle regio's
    Bron("vragenlijst/vragenlijst-professionals.csv", "vragenlijst", "", "", "", ""),
]


README = """\
# Democorpus ontwikkelwerkplaatsen (fictief)

Dit is een **volledig verzonnen** corpus om *werkplaats* mee te demonstreren en te testen
(`werkplaats demo` importeert het via `manifest.csv`). Het bootst het materiaal na van de
ontwikkelwerkplaatsen waarin klantmanagers, sociale (wijk)teams, schuldhulpverleners, werkgevers en
onderzoekers samen onderzoeken hoe gemeenten inwoners met problemen op meerdere leefgebieden
(schulden, gezondheid, taal, zorg) begeleiden naar werk onder de Participatiewet.

Drie samenwerkingsverbanden doen mee: **Ferm Werk** (Woerden, Montfoort, Oudewater,
Bodegraven-Reeuwijk), **WIL Werk en Inkomen Lekstroom** (Houten, Lopik, IJsselstein, Nieuwegein,
Vianen) en **RSD Kromme Rijn Heuvelrug** (De Bilt, Bunnik, Utrechtse Heuvelrug, Wijk bij
Duurstede, Zeist).

## Alles is fictief

Alle personen (inwoners, professionals, onderzoekers), casussen, gesprekken, citaten, adressen,
telefoonnummers, e-mailadressen en nummers zijn verzonnen. Overeenkomsten met bestaande personen
of situaties berusten op toeval. De namen van de regio's en gemeenten zijn echt; wat er over hun
werkwijze staat, is voor dit corpus bedacht (losjes geïnspireerd op openbare beschrijvingen zoals
de Werktafel in Houten) en zegt niets over hoe die organisaties werkelijk werken. Organisaties als
"het jongerenperspectieffonds" of "het maatjesproject" zijn generiek bedoeld.

## Casussen

Elke casus komt in minstens twee documenten voor (interview met de inwoner en/of professional,
verslag van de casuïstiekbespreking, observatie). Treden op de participatieladder (1–6) en
leefgebieden staan ook in het manifest.

| Casus | Gemeente | Inwoner (fictief) | Trede start → eind | Leefgebieden | Kern |
|---|---|---|---|---|---|
| FW-01 | Woerden | vrouw, 37, alleenstaande moeder | 2 → 4 | schulden, gezondheid, psychische gezondheid, opvoeding | driehoeksgesprek met wijkteam, tijdelijke ontheffing, werkervaringsplek kinderopvang |
| FW-02 | Montfoort | man, 46, ex-verslaafd, onder bewind | 1 → 3 | schulden, verslaving, gezondheid, sociaal netwerk | outreachend huisbezoek met wijkteam, één plan, schot Wmo/re-integratie |
| FW-03 | Bodegraven-Reeuwijk | man, 54, ex-ondernemer, mantelzorger | 2 → 5 | schulden, gezondheid, taal, mantelzorg | keukentafelgesprek, "keukentafelplan" op de koelkast, taal en werk parallel, loonkostensubsidie |
| WIL-01 | Houten | vrouw, 34, statushouder | 2 → 4 | taal, zorg, schulden | Werktafel met mandaat en doorbraakbudget, beroepsgerichte taal, werkervaringsplek apotheek |
| WIL-02 | Nieuwegein | man, 24, woont bij moeder | 3 → 5 | schulden, psychische gezondheid, huisvesting | Werktafel: schuldovername, snellere ggz, kostendelersnorm, baan met jobcoach |
| WIL-03 | Lopik | vrouw, 57, mantelzorger | 2 → 3 | gezondheid, schulden, mantelzorg | geen werktafel in Lopik, tegenstrijdige adviezen, automatische handhavingsbrief |
| RSD-01 | Zeist | man, 41, vader van twee | 2 → 3 | schulden, gezondheid | vijf maanden wachten op schuldhulp, drie klantmanagers in een jaar |
| RSD-02 | Wijk bij Duurstede | vrouw, 49, burn-out en angst | 2 → 4 | psychische gezondheid, schulden | gezamenlijk spreekuur met sociaal team, dreigende wisseling klantmanager |
| RSD-03 | De Bilt | vrouw, 31, alleenstaande moeder | 2 → 3 | taal, schulden, zorg, opvoeding | Taalhuis als ingang, brief over taaleis, één gezinsplan, wachtlijst schuldhulp |

## Wat een vergelijking tussen de regio's zou moeten laten zien

- **Ferm Werk**: sterk in driehoeksgesprekken met het wijkteam, één plan (letterlijk op de
  koelkast), korte lijnen in Woerden (zelfde pand); zwakker in de kleinere kernen en bij de
  financiering tussen Wmo en re-integratie.
- **WIL**: de Werktafel (Houten, sinds 2023 ook Nieuwegein) met mandaat om gemotiveerd af te wijken
  van regels en een doorbraakbudget; snelle schuldhulp; maar grote verschillen binnen de regio
  (Lopik heeft geen werktafel en geen vaste contactpersoon).
- **RSD Kromme Rijn Heuvelrug**: lange wachttijden bij de schuldhulp (drie tot vijf maanden),
  wisselende klantmanagers en hoge caseloads, "vijf gemeenten, vijf manieren"; afwijken alleen via
  een maandelijks afwijkingsoverleg; lichtpunten komen van individuele initiatieven (gezamenlijk
  spreekuur in Wijk bij Duurstede, Taalhuis in De Bilt).

De teksten bevatten bewust veel fragmenten die passen bij de codes uit
`codebooks/werkzame-factoren.yaml`, zoals vertrouwensrelatie, continuïteit, driehoeksgesprek, één
plan en regie, maatwerk, regelruimte, basisvoorwaarden (schulden), taal, gezondheid,
werkgeversbenadering, begeleiding op de werkplek en gegevensdeling.

## Bestanden

{{AANTAL}} bestanden, samen ongeveer {{TOTAAL}} woorden (geteld zonder opmaak en tijdcodes).

| Bestand | Formaat | Regio (zoals in manifest) | Gemeente | Casus | Type | Woorden |
|---|---|---|---|---|---|---|
{{BESTANDEN}}

Verder: `manifest.csv` (`;`-gescheiden, UTF-8; kolommen
`bestand;regio;gemeente;casus;type;titel;trede_start;trede_eind;leefgebieden`; de regio is bewust
op verschillende manieren gespeld; een lege `titel` betekent: titel uit het bestand),
`maak_corpus.py` (maakt alles opnieuw) en dit README-bestand.

### Vormen die de importers moeten herkennen

- Interviews in Word met een titel (stijl "Title") en een kopblok (`Respondent:`, `Functie:`,
  `Organisatie:`, `Datum:`, `Interviewer:`, `Duur:`), daarna beurten in vier vormen:
  `I:` / `R:` (Woerden inwoner, Wijk bij Duurstede), `Interviewer:` / `Respondent:` (Lopik,
  Zeist), `[00:03:12] Naam:` (Woerden klantmanager, De Bilt) en `Naam (00:03:12):` (Nieuwegein).
  Koppen (Heading 1/2) staan in de interviews met de klantmanagers in Woerden en Wijk bij Duurstede.
- Verslagen van casuïstiekbesprekingen met de koppen Aanwezig, Casus, Bespreking en Afspraken en
  een echte tabel Actie | Wie | Wanneer; één verslag is een OpenDocument-bestand (`.odt`).
- Teams-transcripten (`.vtt`) met cue-id's, `<v Naam>`-stemmen en opeenvolgende cues van dezelfde
  spreker; een SubRip-fragment (`.srt`) met `Naam:` vóór elke ondertitel.
- Observaties in Markdown (`#`-koppen, kopblok, lijst) en platte tekst (kopblok `Observator:`,
  `Datum:`, `Locatie:`). **`wil-lekstroom/observatie-werktafel-nieuwegein.txt` is opgeslagen in
  Windows-1252 met CRLF-regeleinden** (met é, ë, ï en €) om de herkenning van tekencodering te testen.
- De vragenlijst heeft antwoorden met `;` en met regeleinden binnen aanhalingstekens.

## Geplante persoonsgegevens (voor het testen van pseudonimisering)

Alle documenten bevatten (verzonnen) namen van personen. Daarnaast staan in drie documenten
gegevens die een pseudonimiseerder moet vinden:

| Document | Soort gegeven | Waarde | Waar |
|---|---|---|---|
| `ferm-werk/interview-inwoner-woerden.docx` | mobiel nummer | 06-41873925 | een van de laatste beurten van R |
| `ferm-werk/interview-inwoner-woerden.docx` | geboortedatum | 14-05-1986 (ook uitgesproken: "Veertien mei, zesentachtig") | laatste beurt van R |
| `wil-lekstroom/casuistiek-wil03-lopik.docx` | e-mailadres | marianne.degroot66@example.com | sectie Casus, laatste zin van de casusbeschrijving |
| `wil-lekstroom/casuistiek-wil03-lopik.docx` | BSN-achtig nummer | 274019385 — **voldoet niet** aan de elfproef (gewogen som 163, rest 9) | sectie Casus, alinea "Administratief" |
| `rsd-krh/casuistiek-rsd01-zeist.docx` | geboortedatum | 03-09-1982 | sectie Casus, alinea "Gegevens uit de aanmelding" |
| `rsd-krh/casuistiek-rsd01-zeist.docx` | adres en postcode | Lindenhoflaan 23, 3705 BK Zeist | idem |
| `rsd-krh/casuistiek-rsd01-zeist.docx` | BSN | 999993653 — **voldoet wel** aan de elfproef (gewogen som 352 = 32 × 11); valt in de reeks 99999xxxx die voor testen wordt gebruikt | idem |

Indirect herleidbare gegevens (leeftijd, gezinssamenstelling, beroep, werkgever zoals "de
kaashandel in Bodegraven", ziektes) staan in bijna alle documenten, zoals in echt materiaal.

## Opnieuw maken

```bash
.venv/bin/python corpora/maak_corpus.py
```

Het script schrijft alle bestanden, `manifest.csv` en dit README opnieuw. Het is deterministisch
(vaste datums in de documenteigenschappen, vaste tijdstempels in de zip-archieven van `.docx` en
`.odt`), dus opnieuw draaien geeft byte-voor-byte dezelfde bestanden. De teksten staan onderaan in
`maak_corpus.py`; pas ze daar aan, niet in de gegenereerde bestanden.
"""


if __name__ == "__main__":
    main()
