"""Loading pipelines: the shipped fallback, a saved pipeline, an installed package, version checks."""

from __future__ import annotations

import json
import sys

import pytest
import spacy

from werkplaats.nlp import load as nlp_load
from werkplaats.nlp.load import NlpError, load, load_path


def test_fallback_is_used_and_lemmatises_dutch():
    pipeline = load(cache=False)
    info = pipeline.describe()
    assert pipeline.fallback and info["bron"] == "meegeleverd"
    assert "lemma's" in info["levert"] and "zinsgrenzen" in info["levert"]
    doc = pipeline.nlp("Ik had geen schulden meer. De wijkteams luisterden.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["schulden"] == "schuld"
    assert lemmas["luisterden"] == "luisteren"
    assert lemmas["wijkteams"] == "wijkteam"  # compound head lemmatised
    assert len(list(doc.sents)) == 2


def test_fallback_loads_without_spacy_lookups_data():
    pipeline = load(cache=False)
    assert "spacy_lookups_data" not in sys.modules
    assert pipeline.nlp.get_pipe("lemmatizer").lookups.has_table("lemma_lookup")


def _train_small_pipeline():
    """A tiny tagger trained here: the stand-in for nl_core_news_sm."""
    from spacy.training import Example

    nlp = spacy.blank("nl")
    tagger = nlp.add_pipe("tagger")
    nlp.add_pipe("sentencizer")
    data = [("ik heb schulden", ["PRON", "VERB", "NOUN"]), ("zij luistert goed", ["PRON", "VERB", "ADV"])]
    examples = [Example.from_dict(nlp.make_doc(t), {"tags": tags}) for t, tags in data]
    for _, tags in data:
        for tag in tags:
            tagger.add_label(tag)
    nlp.initialize(lambda: examples)
    for _ in range(20):
        nlp.update(examples)
    nlp.meta["name"] = "testpipe"
    return nlp


def test_saved_pipeline_loads_through_the_same_path(tmp_path):
    nlp = _train_small_pipeline()
    nlp.to_disk(tmp_path / "pipe")
    pipeline = load(tmp_path / "pipe", cache=False)
    assert not pipeline.fallback and pipeline.source == "map"
    assert "tagger" in pipeline.nlp.pipe_names
    assert "woordsoorten" in pipeline.describe()["levert"]
    assert pipeline.nlp("ik heb schulden")[2].tag_ == "NOUN"


def test_incompatible_spacy_version_is_refused(tmp_path):
    nlp = _train_small_pipeline()
    nlp.meta["spacy_version"] = ">=2.0.0,<3.0.0"
    nlp.to_disk(tmp_path / "old")
    with pytest.raises(NlpError, match="spaCy >=2.0.0"):
        load_path(tmp_path / "old")


def test_named_missing_pipeline_fails_loudly(tmp_path):
    with pytest.raises(NlpError):
        load(tmp_path / "bestaat-niet", cache=False)
    with pytest.raises(NlpError, match="niet geïnstalleerd"):
        load("nl_bestaat_niet_sm", cache=False)


def _install_fake_package(root, nlp, name="werkplaats_testpipe"):
    """A pipeline package as ``spacy package`` makes it, with dist-info, on ``root``."""
    meta = dict(nlp.meta, name=name.split("_", 1)[1], version="0.0.1")
    package = root / name
    data = package / f"{meta['lang']}_{meta['name']}-{meta['version']}"
    nlp.meta.update(meta)
    package.mkdir()
    nlp.to_disk(data)
    (package / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    (package / "__init__.py").write_text(
        "from spacy.util import load_model_from_init_py\n\n"
        "def load(**overrides):\n    return load_model_from_init_py(__file__, **overrides)\n", encoding="utf-8")
    info = root / f"{name}-0.0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.0.1\n", encoding="utf-8")
    return name


def test_installed_package_is_preferred_over_the_fallback(tmp_path, monkeypatch):
    name = _install_fake_package(tmp_path, _train_small_pipeline())
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(nlp_load, "DEFAULT_MODEL", name)
    pipeline = load(cache=False)
    assert pipeline.name == name and pipeline.source == "geïnstalleerd" and not pipeline.fallback
    assert "tagger" in pipeline.nlp.pipe_names


def test_installed_package_for_other_spacy_falls_back_with_a_note(tmp_path, monkeypatch):
    nlp = _train_small_pipeline()
    nlp.meta["spacy_version"] = ">=3.7.0,<3.8.0"
    name = _install_fake_package(tmp_path, nlp, "werkplaats_oldpipe")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(nlp_load, "DEFAULT_MODEL", name)
    pipeline = load(cache=False)
    assert pipeline.fallback
    assert any("3.7.0" in note for note in pipeline.notes)


def test_compound_heads_must_be_a_word_with_an_ending_not_another_word():
    from werkplaats.nlp.annotate import Annotator
    from werkplaats.nlp.load import load

    words = ["vertrouwen", "zelfvertrouwen", "isolement", "opbouwen", "vergeten", "wijkteams", "leefgebieden"]
    lemmas = [l[0] for l in Annotator(load()).lemmatise(words)]
    # not "vertroud" (vertr + ouwen → oud), "isolemennen" (ment → mennen), "opboud", "vereten" (geten → eten)
    assert lemmas == ["vertrouwen", "zelfvertrouwen", "isolement", "opbouwen", "vergeten", "wijkteam", "leefgebied"]
