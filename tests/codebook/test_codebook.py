"""Codebook model, YAML and REFI-QDA (.qdc) reading/writing, validation messages."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from werkplaats.codebook import (ATTRIBUTE_TYPES, AttributeSpec, Code, Codebook, CodebookError, assign_colours,
                                 dump_qdc, dump_yaml, load_qdc, load_yaml, load_yaml_file, validate)
from werkplaats.codebook.qdc import code_guid, parse_description, slug

ROOT = Path(__file__).resolve().parents[2]
STARTER = ROOT / "codebooks" / "werkzame-factoren.yaml"
SHARED = ROOT.parent / "shared" / "refi-qda"
HEX = re.compile(r"#[0-9a-f]{6}")


def yaml_text(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def problems(text: str) -> list[str]:
    with pytest.raises(CodebookError) as info:
        load_yaml(yaml_text(text), "test.yaml")
    return info.value.problems


@pytest.fixture(scope="module")
def starter() -> Codebook:
    return load_yaml_file(STARTER)


# -- the project's own starter codebook ------------------------------------------


def test_starter_codebook(starter):
    assert starter.name == "Werkzame factoren integraal werken aan participatie"
    assert starter.version == "0.1.0" and starter.language == "nl"
    assert len(starter.codes) == 40
    assert [c.id for c in starter.roots()] == ["pw", "cl", "pr", "sa", "wg", "br", "uk"]
    assert len(starter.children("pw")) == 6 and len(starter.children("pr")) == 7
    assert all(c.parent is None or "." in c.id and c.parent == c.id.split(".")[0] for c in starter.codes)
    code = starter.get("pr.vertrouwensrelatie")
    assert code.parent == "pr" and code.name == "Vertrouwensrelatie en bejegening"
    assert code.definition.startswith("Een gelijkwaardige, respectvolle werkrelatie")
    assert code.keywords == ["vertrouwen", "klik", "luisteren", "serieus nemen", "bejegening", "respect"]
    assert code.exclude == ""
    assert starter.get("pw").line == 331 and code.line == starter.get("pr").line + 8
    assert len(starter.extra["sources"]) == 22 and starter.extra["sources"][2]["year"] is None
    assert len(starter.attributes) == 18
    gemeente = next(a for a in starter.attributes if a.name == "gemeente")
    assert gemeente.type == "select" and "Houten" in gemeente.values
    assert gemeente.extra["groups"]["Ferm Werk"][0] == "Woerden"


def test_starter_colours(starter):
    colours = [c.colour for c in starter.codes]
    assert all(HEX.fullmatch(c) for c in colours)
    assert len(set(colours)) == len(colours)  # distinct overall, so per sibling group too
    for parent in [None] + [c.id for c in starter.roots()]:
        siblings = [c.colour for c in starter.children(parent)]
        assert len(set(siblings)) == len(siblings)
    # Deterministic: a second load gives the same colours.
    assert [c.colour for c in load_yaml_file(STARTER).codes] == colours


def test_tree_navigation(starter):
    assert starter.path("pr.continuiteit") == ["pr", "pr.continuiteit"]
    assert starter.depth("pr") == 0 and starter.depth("pr.continuiteit") == 1
    assert starter.descendants("uk") == ["uk.participatiestap", "uk.ervaren_verandering"]
    assert starter.descendants("uk.participatiestap") == []
    assert starter.get("bestaat.niet") is None
    with pytest.raises(KeyError):
        starter.path("bestaat.niet")


# -- round trips --------------------------------------------------------------------


def test_yaml_round_trip(starter):
    text = dump_yaml(starter)
    again = load_yaml(text)
    assert again == starter
    assert dump_yaml(again) == text
    assert text.index("  - id: pw\n") < text.index("      - id: pw.zelfstandig_functioneren\n")
    code_block = text[text.index("      - id: pr.vertrouwensrelatie"):]
    code_block = code_block[: code_block.index("\n      - id:")]
    keys = re.findall(r"^(?:      - |        )(\w+):", code_block, re.M)
    assert keys == ["id", "name", "definition", "include", "example", "keywords", "colour"]
    assert "casuïstiekbesprekingen" in text  # allow_unicode
    assert 'keywords: [vertrouwen, klik, luisteren, serieus nemen, bejegening, respect]' in code_block


def test_yaml_keeps_unknown_keys_and_aliases():
    cb = load_yaml(yaml_text("""
        name: t
        auteur: onderzoeksteam
        attributes:
          - {name: fase, type: ordinal, values: [laag, hoog], schaal: 2}
        codes:
          - id: a
            name: A
            color: "#ABC"
            status: concept
            children:
              - {id: a.b, name: B, kleur: "#00FF00", keywords: [x, y]}
        """))
    assert cb.extra == {"auteur": "onderzoeksteam"}
    assert cb.attributes[0].extra == {"schaal": 2}
    assert cb.get("a").colour == "#aabbcc" and cb.get("a").extra == {"status": "concept"}
    assert cb.get("a.b").colour == "#00ff00" and cb.get("a.b").parent == "a"
    text = dump_yaml(cb)
    assert "status: concept" in text and "auteur: onderzoeksteam" in text and "schaal: 2" in text
    assert load_yaml(text) == cb


def test_flat_and_nested_forms_give_the_same_codebook():
    nested = load_yaml(yaml_text("""
        codes:
          - id: a
            name: A
            children:
              - {id: a.1, name: A1}
          - id: b
            name: B
        """))
    flat = load_yaml(yaml_text("""
        codes:
          - {id: a.1, name: A1, parent: a}
          - {id: a, name: A}
          - {id: b, name: B}
        """))
    assert [c.id for c in flat.codes] == ["a", "a.1", "b"]  # parents before children
    assert flat == nested
    assert load_yaml(dump_yaml(flat)) == flat


def test_version_stays_text():
    assert load_yaml("version: 0.10\ncodes: []\n").version == "0.10"


def test_qdc_round_trip(starter):
    data = dump_qdc(starter)
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    again = load_qdc(data)
    assert again.codes == starter.codes  # ids, texts, keywords, colours, tree: lossless
    assert dump_qdc(again) == data
    assert f'guid="{code_guid("pr.continuiteit")}"'.encode() in data
    assert "Wel coderen: " in data.decode() and "Trefwoorden: vertrouwen, klik" in data.decode()


def test_qdc_is_valid_against_the_schema(starter):
    xsd = SHARED / "Codebook-mrt2019.xsd"
    if not xsd.exists():
        pytest.skip("REFI-QDA-schema niet gevonden")
    etree = pytest.importorskip("lxml.etree")
    schema = etree.XMLSchema(etree.parse(str(xsd)))
    assert schema.validate(etree.fromstring(dump_qdc(starter))), schema.error_log


def test_description_layout():
    code = Code("a", "A", definition="Eerste regel\ntweede", include="wel", keywords=["x", "y z"])
    from werkplaats.codebook.qdc import describe
    text = describe(code)
    assert text == "Definitie: Eerste regel\ntweede\nWel coderen: wel\nTrefwoorden: x, y z\nCode-id: a"
    assert parse_description(text) == {"definition": "Eerste regel\ntweede", "include": "wel",
                                       "keywords": ["x", "y z"], "id": "a"}
    assert parse_description("Gewone omschrijving.") == {"definition": "Gewone omschrijving."}


# -- foreign .qdc ---------------------------------------------------------------------


def test_shared_sample_qdc():
    path = SHARED / "samples" / "codebook.qdc"
    if not path.exists():
        pytest.skip("voorbeeld codebook.qdc niet gevonden")
    cb = load_qdc(path.read_bytes())
    assert [c.name for c in cb.codes] == ["xsd:element name", "CodeBook", "Variables"]
    assert [c.id for c in cb.codes] == ["xsd_element_name", "codebook", "variables"]
    assert cb.codes[0].extra["guid"] == "098AC082-A9C7-50F4-9728-48730081A95E"  # kept for re-export
    assert all(HEX.fullmatch(c.colour) for c in cb.codes)
    assert b'guid="098AC082-A9C7-50F4-9728-48730081A95E"' in dump_qdc(cb)


FOREIGN = """\ufeff<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:0:4" origin="ATLAS.ti">
  <Codes>
    <Code guid="{11111111-2222-3333-4444-555555555555}" name="Cliënt niveau" isCodable="false" color="#F00">
      <Description>Alles over de cliënt.</Description>
      <Code guid="11111111-2222-3333-4444-000000000001" name="Eigen regie" isCodable="true"/>
      <Code guid="11111111-2222-3333-4444-000000000002" name="Eigen  regie!" isCodable="true" color="rood"/>
    </Code>
    <Code guid="11111111-2222-3333-4444-000000000003" name="Cliënt-niveau" isCodable="true"/>
  </Codes>
</CodeBook>""".encode("utf-8")


def test_foreign_qdc_ids_colours_and_descriptions():
    cb = load_qdc(FOREIGN)
    assert [c.id for c in cb.codes] == ["client_niveau", "client_niveau.eigen_regie", "client_niveau.eigen_regie_2",
                                        "client_niveau_2"]
    top = cb.get("client_niveau")
    assert top.definition == "Alles over de cliënt." and top.colour == "#ff0000"
    assert top.extra == {"guid": "{11111111-2222-3333-4444-555555555555}", "codable": False}
    assert HEX.fullmatch(cb.get("client_niveau.eigen_regie_2").colour)  # invalid colour replaced
    assert cb.extra["origin"] == "ATLAS.ti"
    assert b'isCodable="false"' in dump_qdc(cb)
    assert slug("Eigen regie & zeggenschap (ER)") == "eigen_regie_zeggenschap_er"


def test_qdc_project_root_and_errors():
    project = (b'<Project xmlns="urn:QDA-XML:project:1.0" name="p"><CodeBook><Codes>'
               b'<Code guid="11111111-2222-3333-4444-555555555555" name="A" isCodable="true"/>'
               b'</Codes></CodeBook></Project>')
    assert [c.name for c in load_qdc(project).codes] == ["A"]
    with pytest.raises(CodebookError, match=r"x.qdc, regel 2: ongeldige XML"):
        load_qdc(b"<CodeBook>\n<Codes></CodeBook>", "x.qdc")
    with pytest.raises(CodebookError, match="geen REFI-QDA-codeboek"):
        load_qdc(b"<Iets/>")
    with pytest.raises(CodebookError, match="leeg codeboek"):
        dump_qdc(Codebook())


# -- validation messages (exact lines) -------------------------------------------------


def test_duplicate_id():
    assert problems("""
        codes:
          - id: pr
            name: Professional
            children:
              - id: pr.continuiteit
                name: Continuïteit
              - id: pr.continuiteit
                name: Nog eens
        """) == ["regel 7: dubbele code-id 'pr.continuiteit' (eerder op regel 5)"]


def test_unknown_parent():
    assert problems("""
        codes:
          - id: a
            name: A
          - id: x
            name: X
            parent: y
        """) == ["regel 4: code 'x' verwijst naar onbekende bovenliggende code 'y'"]


def test_code_without_name_or_id():
    assert problems("""
        codes:
          - id: cl
            name: Cliënt
            children:
              - id: cl.x
              - name: Zonder id
                definition: iets
        """) == ["regel 5: code zonder naam (id 'cl.x')", "regel 6: code zonder id (naam 'Zonder id')"]
    assert problems("codes:\n  - definition: niets\n") == ["regel 2: code zonder id"]


def test_cycle():
    assert problems("""
        codes:
          - {id: a, name: A, parent: b}
          - {id: b, name: B, parent: a}
          - {id: c, name: C, parent: c}
        """) == ["regel 2: cyclus in de codeboom: a → b → a", "regel 4: cyclus in de codeboom: c → c"]


def test_invalid_colour():
    assert problems("""
        codes:
          - id: a
            name: A
          - id: b
            name: B
            kleur: rood
        """) == ["regel 4: ongeldige kleur 'rood' (gebruik #RRGGBB)"]


def test_attribute_problems():
    found = problems("""
        attributes:
          - name: leeftijd
            type: getal
          - name: regio
            type: select
          - name: leeftijd
            type: text
        codes: []
        """)
    assert found == [
        f"regel 2: onbekend kenmerktype 'getal' (kies uit: {', '.join(ATTRIBUTE_TYPES)})",
        "regel 4: kenmerk 'regio' van type 'select' heeft geen waarden (values)",
        "regel 6: dubbel kenmerk 'leeftijd' (eerder op regel 2)",
    ]


def test_structure_problems():
    assert problems("codes:\n  - id: a\n    name: A\n    keywords: abc\n") == [
        "regel 4: 'keywords' moet een lijst zijn, bijv. [\"a\", \"b\"]"]
    assert problems("codes:\n  - id: a\n    name: A\n    name: B\n") == [
        "regel 4: sleutel 'name' komt twee keer voor in een code"]
    assert problems("codes:\n  - id: a\n    name: A\n    children:\n      - {id: b, name: B, parent: c}\n") == [
        "regel 5: code 'b' staat onder 'a' maar noemt 'c' als bovenliggende code"]
    assert problems("codes:\n  - gewoon tekst\n") == [
        "regel 2: een code moet een mapping zijn (id, name, …), niet tekst"]


def test_all_problems_are_listed_in_line_order():
    with pytest.raises(CodebookError) as info:
        load_yaml(yaml_text("""
            codes:
              - {id: a, name: A, colour: blauw}
              - {id: a, name: ""}
              - {id: b, name: B, parent: z}
            """), "mijn.yaml")
    assert info.value.problems == [
        "regel 2: ongeldige kleur 'blauw' (gebruik #RRGGBB)",
        "regel 3: code zonder naam (id 'a')",
        "regel 3: dubbele code-id 'a' (eerder op regel 2)",
        "regel 4: code 'b' verwijst naar onbekende bovenliggende code 'z'",
    ]
    assert str(info.value).startswith("mijn.yaml bevat 4 problemen:\n  - regel 2: ")


@pytest.mark.parametrize("text, line, dutch", [
    ("codes:\n  - id: a\n    name: A: b\n", 3, "hier mag geen ':' staan"),
    ("codes:\n  - id: a\n\tname: A\n", 3, "tab"),
    ("codes:\n  - id: a\n    name: 'A\n", 4, "aanhalingsteken niet afgesloten"),
    ("codes: [a, b\n", 2, "verwachtte ',' of ']'"),
])
def test_yaml_syntax_errors(text, line, dutch):
    with pytest.raises(CodebookError) as info:
        load_yaml(text, "c.yaml")
    message = str(info.value)
    assert message.startswith(f"c.yaml, regel {line}: ongeldige YAML: ") and dutch in message


def test_top_level_errors():
    for text, expected in [
        ("- a\n- b\n", "c.yaml, regel 1: het codeboek moet beginnen met sleutels"),
        ("name: x\ncodes: tekst\n", "c.yaml, regel 2: 'codes' moet een lijst zijn, niet tekst"),
        ("name: x\n", "c.yaml, regel 1: geen 'codes' gevonden"),
        ("", "c.yaml: het codeboek is leeg"),
    ]:
        with pytest.raises(CodebookError) as info:
            load_yaml(text, "c.yaml")
        assert str(info.value).startswith(expected)


def test_files(tmp_path):
    good = tmp_path / "bom.yaml"
    good.write_bytes("\ufeffname: Één\ncodes:\n  - {id: a, name: Ä}\n".encode("utf-8"))
    assert load_yaml_file(good).name == "Één"
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes("name: x\ncodes:\n  - {id: a, name: caf\xe9}\n".encode("latin-1"))
    with pytest.raises(CodebookError, match=r"latin1.yaml, regel 3: geen geldige UTF-8"):
        load_yaml_file(bad)
    with pytest.raises(CodebookError, match=r"weg.yaml: bestand niet gevonden"):
        load_yaml_file(tmp_path / "weg.yaml")
    invalid = tmp_path / "fout.yaml"
    invalid.write_text("codes:\n  - id: a\n", encoding="utf-8")
    with pytest.raises(CodebookError, match=r"fout.yaml, regel 2: code zonder naam"):
        load_yaml_file(invalid)


# -- model helpers ------------------------------------------------------------------------


def test_validate_without_lines():
    cb = Codebook(codes=[Code("a", "A"), Code("a", "B", colour="#12345"), Code("b", "B", parent="q")],
                  attributes=[AttributeSpec("x", "number")])
    with pytest.raises(CodebookError) as info:
        validate(cb)
    assert info.value.problems == [
        "dubbele code-id 'a'", "ongeldige kleur '#12345' (gebruik #RRGGBB)",
        "code 'b' verwijst naar onbekende bovenliggende code 'q'",
        f"onbekend kenmerktype 'number' (kies uit: {', '.join(ATTRIBUTE_TYPES)})",
    ]


def test_assign_colours_many_roots_keeps_given_colours():
    def build() -> Codebook:
        codes = [Code(f"r{i}", f"R{i}") for i in range(25)]
        codes += [Code(f"r0.{k}", f"K{k}", parent="r0") for k in range(30)]
        codes[3].colour = "#4e79a7"  # same as the first palette colour
        return Codebook(codes=codes)

    cb = assign_colours(build())
    colours = [c.colour for c in cb.codes]
    assert all(HEX.fullmatch(c) for c in colours) and len(set(colours)) == len(colours)
    assert cb.get("r3").colour == "#4e79a7"
    assert [c.colour for c in assign_colours(build()).codes] == colours  # deterministic
