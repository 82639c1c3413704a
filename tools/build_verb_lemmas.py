"""Write ``src/factdiff/text/lists/verb-lemmas.txt``: each English verb's inflected forms.

Run ``python -m tools.build_verb_lemmas`` after ``pip install lemminflect`` (not needed at
run time). The table is lemminflect's verb dictionary (built from the Automatically
Generated Inflection Database), one line per lemma: "lemma: form form ...", forms that
differ from the lemma only. factdiff reads it through ``text.morphology.verb_lemma``:
stored as data it loads in milliseconds, where lemminflect takes a third of a second.
"""

from __future__ import annotations

from pathlib import Path

from lemminflect import Lemmatizer

# Modals are left out: "would" is not a form of "will" to a reader of claims ("would send
# troops" and "will send troops" commit to different things).
MODALS = frozenset({"will", "shall", "can", "may", "must"})
TARGET = Path(__file__).resolve().parents[1] / "src/factdiff/text/lists/verb-lemmas.txt"
HEADER = (
    "# Each English verb and its inflected forms (lemma: forms), from lemminflect's verb\n"
    "# dictionary (Automatically Generated Inflection Database); written by\n"
    "# python -m tools.build_verb_lemmas. Read by text/morphology.py (verb_lemma).\n"
)


def main() -> None:
    forms: dict[str, set[str]] = {}
    for form, lemmas in Lemmatizer()._getLemmaDict().items():
        lemma = lemmas.get("VERB", (None,))[0]
        if lemma and lemma not in MODALS and form != lemma and form.isalpha() and lemma.isalpha():
            forms.setdefault(lemma, set()).add(form)
    lines = [f"{lemma}: {' '.join(sorted(found))}" for lemma, found in sorted(forms.items())]
    TARGET.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} verbs to {TARGET}")


if __name__ == "__main__":
    main()
