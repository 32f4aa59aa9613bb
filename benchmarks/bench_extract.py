"""Extraction speed: documents per second on the bundled examples, and one very long document.

Run:  .venv/bin/python benchmarks/bench_extract.py
Prints its figures; asserts nothing (timings belong in benchmarks, not tests).
"""

from __future__ import annotations

import time
from pathlib import Path

from sitrep.extract import extract
from sitrep.extract.nlp import load_pipeline
from sitrep.ingest import read
from sitrep.model import Document
from sitrep.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    settings = Settings.from_env()
    started = time.perf_counter()
    load_pipeline(settings.spacy_model)
    print(f"spaCy pipeline load: {time.perf_counter() - started:.2f} s")

    documents = [d for d in read(ROOT / "examples" / "reports") if isinstance(d, Document)]
    extract(documents[0], settings)  # warm caches (gazetteer, vocabularies)
    started = time.perf_counter()
    events = sum(len(extract(d, settings).events) for d in documents)
    elapsed = time.perf_counter() - started
    words = sum(len(d.text.split()) for d in documents)
    print(f"examples: {len(documents)} documents, {words} words, {events} events in {elapsed:.2f} s "
          f"({len(documents) / elapsed:.1f} documents/s, {words / elapsed:,.0f} words/s)")

    paragraph = " ".join(d.text for d in documents[:10])
    long_text = "\n\n".join([paragraph] * 40)
    long_document = Document.from_text(long_text, published=documents[0].published)
    started = time.perf_counter()
    result = extract(long_document, settings)
    elapsed = time.perf_counter() - started
    print(f"one long document: {len(long_text.split()):,} words, {len(result.events)} events in {elapsed:.2f} s")

    run_on = " ".join(["word"] * 10_000)
    started = time.perf_counter()
    extract(Document.from_text(run_on, published=documents[0].published), settings)
    print(f"one 10,000-token sentence: {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
