"""Annotate segments in batches and cache their lemmas in the project.

Each segment becomes a row in ``nlp_segments``: the lower-case lemmas of its
word tokens (punctuation and spaces left out) joined by single spaces, their
character offsets in the segment, and the word index where each sentence
starts. Everything later (lemma search, keyword matching, the model) works
from these rows, without running spaCy again.
"""

from __future__ import annotations

import json
from array import array
from dataclasses import dataclass
from typing import Callable, Iterable

from ..store import Project
from .load import META_KEY, Pipeline, for_project

BATCH = 2000  # segments read, processed and stored together


@dataclass
class Annotation:
    """The lemma data of one text."""

    lemmas: list[str]
    offsets: list[tuple[int, int]]  # (start, end) per word token, relative to the text
    sents: list[int]  # word index of each sentence start

    def encode(self) -> tuple[str, bytes, bytes]:
        flat = array("I")
        for start, end in self.offsets:
            flat.append(start)
            flat.append(end)
        return " ".join(self.lemmas), flat.tobytes(), array("I", self.sents).tobytes()


def decode(lemmas: str, offsets: bytes, sents: bytes | None = None) -> Annotation:
    """The inverse of :meth:`Annotation.encode` (for rows of ``nlp_segments``)."""
    flat = array("I")
    flat.frombytes(offsets)
    pairs = list(zip(flat[0::2], flat[1::2]))
    starts = array("I")
    if sents:
        starts.frombytes(sents)
    return Annotation(lemmas.split(" ") if lemmas else [], pairs, list(starts) or [0])


class Annotator:
    """Turns spaCy docs into :class:`Annotation` s fast (``Doc.to_array``, cached strings)."""

    def __init__(self, pipeline: Pipeline) -> None:
        from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LEMMA, LENGTH, LOWER, SENT_START

        self.pipeline = pipeline
        self.nlp = pipeline.nlp
        self.attrs = [LEMMA, LOWER, IDX, LENGTH, IS_PUNCT, IS_SPACE, SENT_START]
        self._strings: dict[int, str] = {0: ""}

    def _string(self, key: int) -> str:
        text = self._strings.get(key)
        if text is None:
            text = self.nlp.vocab.strings[key].lower()
            text = "_".join(text.split()) if " " in text or "\t" in text or "\n" in text else text
            self._strings[key] = text
        return text

    def from_doc(self, doc) -> Annotation:
        lemmas, offsets, sents = [], [], []
        if not len(doc):
            return Annotation([], [], [0])
        string = self._string
        new_sentence = True
        for lemma, lower, idx, length, punct, space, sent_start in doc.to_array(self.attrs).tolist():
            if sent_start == 1:
                new_sentence = True
            if punct or space:
                continue
            if new_sentence:
                sents.append(len(lemmas))
                new_sentence = False
            lemmas.append(string(lemma) or string(lower))
            offsets.append((idx, idx + length))
        return Annotation(lemmas, offsets, sents or [0])

    def __call__(self, text: str) -> Annotation:
        return self.from_doc(self.nlp(text))

    def many(self, texts: Iterable[str], batch_size: int = 1000) -> Iterable[Annotation]:
        for doc in self.nlp.pipe(texts, batch_size=batch_size):
            yield self.from_doc(doc)

    def lemmatise(self, texts: list[str]) -> list[list[str]]:
        """Lemma lists of short texts (keywords, queries)."""
        return [a.lemmas for a in self.many(texts)]


def pipeline_record(pipeline: Pipeline) -> str:
    return json.dumps({"name": pipeline.name, "id": pipeline.id}, ensure_ascii=False)


def stored_pipeline_id(project: Project) -> str | None:
    value = project.settings.get(META_KEY)
    return json.loads(value).get("id") if value else None


def annotate(project: Project, pipeline: Pipeline | None = None, *, model: str | None = None, force: bool = False,
             batch: int = BATCH, progress: Callable[[int, int], None] | None = None) -> dict:
    """Store lemmas for every segment that has none; return counts.

    When the project was annotated with another pipeline (or ``force``), all
    lemmas are made again: lemmas of one project must come from one pipeline,
    or a search for a lemma would miss half of its forms.

    :param progress: called as ``progress(done, total)`` after each batch
    """
    pipeline = pipeline or for_project(project, model)
    stored = stored_pipeline_id(project)
    redo = force or (stored is not None and stored != pipeline.id)
    if redo:
        project.nlp.clear_annotations()
    done, total = project.nlp.annotation_counts()
    before = done
    annotator = Annotator(pipeline)
    for rows in project.nlp.unannotated_segments(batch):
        annotations = annotator.many((text for _, text in rows), batch_size=1000)
        done += project.nlp.store_annotations(
            ((seg_id, *a.encode()) for (seg_id, _), a in zip(rows, annotations)))
        if progress:
            progress(done, total)
    if stored != pipeline.id:
        with project.atomic():
            project.settings.set(META_KEY, pipeline_record(pipeline))
    return {"new": done - before, "annotated": done, "segments": total, "redone": redo, "pipeline": pipeline.id}


def ensure_annotated(project: Project, pipeline: Pipeline | None = None) -> Pipeline:
    """Annotate what is missing (cheap when nothing is); return the pipeline used."""
    pipeline = pipeline or for_project(project)
    done, total = project.nlp.annotation_counts()
    if done < total or stored_pipeline_id(project) != pipeline.id:
        annotate(project, pipeline)
    return pipeline
