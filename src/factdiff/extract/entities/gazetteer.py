"""The gazetteer: known places and organisations, each spelling with the name it stands for.

PLACES              -> each spelling of a country, region or city -> its name ("US" -> "United States")
DEMONYMS            -> each demonym -> its place ("Russian", "Belarusians" -> "Belarus")
KNOWN_ORGANISATIONS -> each spelling of a known organisation -> its name ("EU" -> "European Union")
NEEDS_THE           -> the known names read only after a capitalised "The" ("The Week")
MAX_PLACE_WORDS     -> the most words a place's spelling has
MAX_KNOWN_WORDS     -> the most words a known organisation's spelling has

The names are data, in text/lists/: entities-countries.txt (countries, continents and
regions), entities-cities-and-regions.txt, entities-demonyms.txt, entities-organisations.txt
and entities-organisations-after-the.txt.
"""

from __future__ import annotations

from ...text.lexicon import table, words

__all__ = [
    "DEMONYMS",
    "KNOWN_ORGANISATIONS",
    "MAX_KNOWN_WORDS",
    "MAX_PLACE_WORDS",
    "NEEDS_THE",
    "PLACES",
]


def _spellings(*list_names: str) -> dict[str, str]:
    """Return spelling -> name from the lines "name" (its own spelling) or "spelling: name".

    >>> _spellings("entities-countries")["US"], _spellings("entities-countries")["Belarus"]
    ('United States', 'Belarus')
    """
    return {
        spelling: " ".join(name) or spelling
        for list_name in list_names
        for spelling, name in table(list_name).items()
    }


def _demonyms() -> dict[str, str]:
    """Return each demonym -> its place, with the plural of those naming people too.

    A demonym ending in -an or -i is also a noun for the people ("Belarusians",
    "Israelis"), and its plural adds "s". ``text.morphology.plural`` is not used: it
    lowercases, and these are proper adjectives.
    """
    found: dict[str, str] = {}
    for demonym, place in _spellings("entities-demonyms").items():
        found[demonym] = place
        if demonym.endswith(("an", "i")):
            found[demonym + "s"] = place
    return found


PLACES = _spellings("entities-countries", "entities-cities-and-regions")
DEMONYMS = _demonyms()
KNOWN_ORGANISATIONS = _spellings("entities-organisations")
NEEDS_THE = words("entities-organisations-after-the")
MAX_PLACE_WORDS = max(len(name.split()) for name in PLACES)
MAX_KNOWN_WORDS = max(len(name.split()) for name in KNOWN_ORGANISATIONS)
