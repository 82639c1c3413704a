"""Tests for factdiff.extract.polarity: modals and hedges (MODALITY details)."""

import pytest

from factdiff.extract.polarity import find_polarity
from factdiff.models import Kind


def modalities(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """Return (span, certainty, qualifier, about) for each modality of ``text``."""
    return [
        (d.text, d.value, d.qualifier, d.about)
        for d in find_polarity(text)
        if d.kind is Kind.MODALITY
    ]


# --- modality -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin will fly to Belarus", [("will", "certain", "will", "fly")]),
        ("he might pressure his ally", [("might", "possible", "might", "pressure")]),
        (
            "Russia would likely have another go",
            [("would likely", "likely", "would likely", "have")],
        ),
        (
            "The offensive could likely come from the east",
            [("could likely", "possible", "could likely", "come")],
        ),
        (
            "The referendum will probably be delayed",
            [("will probably", "likely", "will probably", "delay")],
        ),
        (
            "The storm is likely to make landfall",
            [("is likely to", "likely", "is likely to", "make")],
        ),
        (
            "The bank is expected to cut rates",
            [("is expected to", "likely", "is expected to", "cut")],
        ),
        ("The minister is set to resign", [("is set to", "certain", "is set to", "resign")]),
        ("Putin is to visit Minsk", [("is to", "certain", "is to", "visit")]),
        ("The company plans to announce cuts", [("plans to", "likely", "plans to", "announce")]),
        ("The launch should take place in March", [("should", "likely", "should", "take")]),
        ("Forces may be preparing an offensive", [("may", "possible", "may", "prepare")]),
        ("Belarus cannot contribute much", [("cannot", "possible", "cannot", "contribute")]),
        ("NATO won't send troops", [("won't", "certain", "won't", "send")]),
        ("It must end", [("must", "certain", "must", "end")]),
        ("Possibly, the war ends", [("Possibly", "possible", "possibly", None)]),
        ("likely in early February", [("likely", "likely", "likely", None)]),
    ],
)
def test_modalities(text, expected):
    assert modalities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Putin flew to Belarus",
        "The meeting took place in May",
        "Will Smith arrived",
        "It is the will of the people",
        "Russia's military might is vast",
        "As expected, the talks failed",
        "The aim is to encircle Ukraine",
        "Russia's plans to attack",
        "The likely outcome is war",
        "An attack is unlikely",
    ],
)
def test_no_modality(text):
    assert modalities(text) == []
