"""Loading the Dutch spaCy pipeline.

Order of choice:

1. a pipeline the user names (``--model``: a folder saved with
   ``nlp.to_disk`` or an installed package name); it must load, or the
   command fails with a Dutch message — no silent fallback;
2. ``nl_core_news_sm`` when it is installed and made for this spaCy version;
3. the fallback shipped in the package (``werkplaats/data/nlp/nl_fallback``):
   ``spacy.blank("nl")`` with spaCy's Dutch lookup lemmatizer table and a
   sentencizer, initialised once and saved with ``to_disk`` (4.4 MB; it loads
   without ``spacy-lookups-data``);
4. if that folder is missing: the same pipeline built from
   ``spacy-lookups-data`` when that is installed, else a blank pipeline whose
   "lemmas" are lower-case words (search and suggestions still work, only
   without inflection).

A pipeline's ``meta["spacy_version"]`` is checked against the running spaCy.
Every loaded pipeline that has a lookup lemmatizer gets the
``werkplaats_compound_lemmas`` component (see :mod:`.components`).
"""

from __future__ import annotations

import functools
import importlib.util
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_MODEL = "nl_core_news_sm"
FALLBACK = "nl_fallback"
FALLBACK_DIR = Path(__file__).resolve().parents[1] / "data" / "nlp" / FALLBACK
ENV_MODEL = "WERKPLAATS_NLP_MODEL"
META_KEY = "nlp_model"  # project meta: the pipeline the lemmas were made with


class NlpError(Exception):
    """The NLP pipeline cannot be loaded or used; the message is Dutch."""


@dataclass
class Pipeline:
    """A loaded pipeline and what we know about it."""

    nlp: Any  # spacy.language.Language
    name: str  # what was asked for ("nl_core_news_sm", a path, or "nl_fallback")
    source: str  # "geïnstalleerd", "map", "meegeleverd", "lookups-data", "leeg"
    fallback: bool
    notes: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        """A short identity to store with annotations: name and version."""
        from .components import LEMMA_FIXES_VERSION

        meta = self.nlp.meta
        ident = f"{meta.get('lang', '?')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
        if "werkplaats_compound_lemmas" in self.nlp.pipe_names:
            ident += f"+wp{LEMMA_FIXES_VERSION}"
        return ident

    @property
    def lemmatizer(self) -> str:
        if "lemmatizer" not in self.nlp.pipe_names:
            return "geen (kleine letters)"
        mode = getattr(self.nlp.get_pipe("lemmatizer"), "mode", "?")
        return {"lookup": "opzoektabel", "rule": "regels + woordsoort", "pos_lookup": "woordsoort + tabel"}.get(mode, str(mode))

    def describe(self) -> dict:
        """What ``werkplaats nlp info`` prints."""
        import spacy

        meta = self.nlp.meta
        provides = []
        names = self.nlp.pipe_names
        if "lemmatizer" in names or "trainable_lemmatizer" in names:
            provides.append("lemma's")
        if "werkplaats_compound_lemmas" in names:
            provides.append("lemma's van samenstellingen en onregelmatige werkwoorden")
        if any(n in names for n in ("tagger", "morphologizer")):
            provides.append("woordsoorten")
        if "parser" in names:
            provides.append("zinsbouw (dependency parse)")
        if "parser" in names or "senter" in names or "sentencizer" in names:
            provides.append("zinsgrenzen")
        if "ner" in names:
            provides.append("namen en entiteiten")
        if meta.get("vectors", {}).get("vectors"):
            provides.append("woordvectoren")
        return {
            "pijplijn": self.name,
            "bron": self.source,
            "terugval": self.fallback,
            "id": self.id,
            "taal": meta.get("lang"),
            "versie": meta.get("version"),
            "spacy_version_vereist": meta.get("spacy_version"),
            "spacy_version": spacy.about.__version__,
            "onderdelen": list(names),
            "lemmatizer": self.lemmatizer,
            "levert": provides,
            "opmerkingen": list(self.notes),
        }


def check_version(meta: dict, what: str) -> None:
    """Raise :class:`NlpError` when ``meta['spacy_version']`` does not accept the running spaCy."""
    import spacy
    from spacy import util

    spec = meta.get("spacy_version")
    if spec and not util.is_compatible_version(spacy.about.__version__, spec):
        raise NlpError(
            f"Pijplijn '{what}' is gemaakt voor spaCy {spec}; hier draait spaCy {spacy.about.__version__}. "
            f"Installeer een passende versie van de pijplijn."
        )


def _read_meta(path: Path) -> dict:
    meta_file = path / "meta.json"
    if not meta_file.exists():
        raise NlpError(f"'{path}' is geen spaCy-pijplijn (meta.json ontbreekt).")
    return json.loads(meta_file.read_text(encoding="utf-8"))


def _package_meta(name: str) -> dict | None:
    """The meta of installed pipeline package ``name`` (read without importing it), or ``None``."""
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin:
        return None
    root = Path(spec.origin).parent
    for candidate in [root / "meta.json", *sorted(root.glob("*/meta.json"))]:
        if candidate.exists():
            try:
                return json.loads(candidate.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                break
    return {}


def _finish(nlp, name: str, source: str, fallback: bool, notes: list[str]) -> Pipeline:
    from . import components  # noqa: F401 - registers the factories

    if "lemmatizer" in nlp.pipe_names and getattr(nlp.get_pipe("lemmatizer"), "mode", None) == "lookup":
        if "werkplaats_compound_lemmas" not in nlp.pipe_names:
            nlp.add_pipe("werkplaats_compound_lemmas", after="lemmatizer")
    return Pipeline(nlp, name, source, fallback, notes)


def build_fallback(target: Path | None = None):
    """The fallback pipeline, initialised from ``spacy-lookups-data``; saved to ``target`` if given.

    Used once to make ``werkplaats/data/nlp/nl_fallback`` (needs
    ``spacy-lookups-data``, which werkplaats itself does not depend on).
    """
    import spacy

    nlp = spacy.blank("nl")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.add_pipe("sentencizer")
    nlp.initialize()  # loads the lookup table from spacy-lookups-data
    nlp.meta.update({
        "name": "werkplaats_fallback",
        "version": "1.0.0",
        # the saved lookup table works with any spaCy 3.8.x
        "spacy_version": ">=3.8.0,<3.9.0",
        "description": "spacy.blank('nl') + opzoek-lemmatizer (spacy-lookups-data 1.0.5) + sentencizer",
        "license": "MIT (spaCy, spacy-lookups-data)",
    })
    if target is not None:
        nlp.to_disk(target)
    return nlp


def load_path(path: str | os.PathLike, name: str | None = None, source: str = "map") -> Pipeline:
    """Load a pipeline saved with ``nlp.to_disk`` (the same path installed packages take)."""
    import spacy

    path = Path(path)
    if not path.is_dir():
        raise NlpError(f"Pijplijn '{path}' bestaat niet (verwacht een map gemaakt met nlp.to_disk).")
    meta = _read_meta(path)
    check_version(meta, str(path))
    try:
        nlp = spacy.load(path)
    except Exception as exc:  # noqa: BLE001 - spaCy raises many kinds; the user needs one message
        raise NlpError(f"Pijplijn '{path}' kon niet geladen worden: {exc}") from None
    if meta.get("lang") != "nl":
        notes = [f"Let op: de pijplijn is voor taal '{meta.get('lang')}', niet voor Nederlands."]
    else:
        notes = []
    return _finish(nlp, name or str(path), source, False, notes)


def load_package(name: str) -> Pipeline:
    """Load an installed pipeline package (``nl_core_news_sm``) after checking its spaCy version."""
    import spacy

    meta = _package_meta(name)
    if meta is None:
        raise NlpError(f"Pijplijn '{name}' is niet geïnstalleerd.")
    check_version(meta, name)
    try:
        nlp = spacy.load(name)
    except Exception as exc:  # noqa: BLE001
        raise NlpError(f"Pijplijn '{name}' kon niet geladen worden: {exc}") from None
    return _finish(nlp, name, "geïnstalleerd", False, [])


def load_fallback(notes: list[str] | None = None) -> Pipeline:
    """The shipped fallback; rebuilt from spacy-lookups-data or blank when the folder is missing."""
    import spacy

    notes = list(notes or [])
    if (FALLBACK_DIR / "meta.json").exists():
        try:
            pipeline = load_path(FALLBACK_DIR, FALLBACK, "meegeleverd")
            pipeline.fallback = True
            pipeline.notes = notes + pipeline.notes
            return pipeline
        except NlpError as exc:
            notes.append(str(exc))
    if importlib.util.find_spec("spacy_lookups_data") is not None:
        return _finish(build_fallback(), FALLBACK, "lookups-data", True, notes)
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    notes.append("Geen lemmatabel gevonden: lemma's zijn woorden in kleine letters.")
    return _finish(nlp, "blank_nl", "leeg", True, notes)


def _load(model: str | None) -> Pipeline:
    if model:
        if Path(model).expanduser().is_dir():
            return load_path(Path(model).expanduser(), model)
        if os.sep in model or model.startswith("."):
            raise NlpError(f"Pijplijn '{model}' bestaat niet (geen map).")
        if model == FALLBACK:
            return load_fallback()
        return load_package(model)
    notes = []
    meta = _package_meta(DEFAULT_MODEL)
    if meta is not None:
        try:
            return load_package(DEFAULT_MODEL)
        except NlpError as exc:
            notes.append(f"{exc} De meegeleverde terugval wordt gebruikt.")
    else:
        notes.append(f"{DEFAULT_MODEL} is niet geïnstalleerd; de meegeleverde terugval wordt gebruikt.")
    return load_fallback(notes)


@functools.lru_cache(maxsize=4)
def _cached(model: str | None) -> Pipeline:
    return _load(model)


def load(model: str | os.PathLike | None = None, cache: bool = True) -> Pipeline:
    """The pipeline to use: ``model`` (path or package), else ``$WERKPLAATS_NLP_MODEL``, else the default order.

    :raises NlpError: when a named pipeline cannot be loaded (Dutch message)
    """
    name = str(model) if model else (os.environ.get(ENV_MODEL) or None)
    return _cached(name) if cache else _load(name)


def for_project(project, model: str | os.PathLike | None = None) -> Pipeline:
    """The pipeline for ``project``: ``model``, else the one its lemmas were made with, else :func:`load`."""
    if model:
        return load(model)
    stored = project.settings.get(META_KEY)
    if stored:
        name = json.loads(stored).get("name")
        if name and name not in (DEFAULT_MODEL, FALLBACK, "blank_nl"):
            return load(name)
    return load()
