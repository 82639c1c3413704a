"""People, places and organisations in running text, and the resolution of names.

find_entities(text, taken=, analysis=) -> the person, place and organisation details of a text
resolve_people(statements)    -> the statements with surnames replaced by full names
PLACES, DEMONYMS              -> the gazetteer: spellings and demonyms -> their place
PERSON_TITLES                 -> titles and roles of people ("president", "analyst")

Places come from a compact gazetteer (countries, major cities, regions); a
demonym ("Russian", "Belarusians") is its country, with qualifier "demonym".
Aliases take the canonical name: "US" -> "United States", "Kiev" -> "Kyiv".

Organisations are known names ("the Kremlin", "NATO", "The Wall Street Journal"),
capitalised spans holding an organisation word ("Finnish Institute of International
Affairs", "Belarus Defence Ministry", "Global Fire Power index"), and acronyms
defined in parentheses, which take the value of the name they abbreviate.

People are two or three capitalised words after a title or role ("President
Vladimir Putin", "political scientist Yauheni Preiherman"), before ", a/an <role>"
or a reporting verb (said, told, ...), or starting with a common given name; and a
lone capitalised word mid-sentence that is no known place, organisation or common
word ("Lukashenko"). Titles never belong to the name.

The modules, one job each:

gazetteer      -> the known places, demonyms and organisations, as data
vocabulary     -> the word classes that tell names from other words, as data
reading        -> the tokens of a text as the finders read them
organisations  -> organisations and multi-word places in capitalised spans
people         -> the runs of name-like words that name a person
finder         -> find_entities: the finders combined, each token read once
resolve        -> resolve_people: surnames resolved to full names
"""

from __future__ import annotations

from .finder import find_entities
from .gazetteer import DEMONYMS, PLACES
from .resolve import resolve_people
from .vocabulary import ABBREVIATED_TITLES, PERSON_TITLES

__all__ = [
    "ABBREVIATED_TITLES",
    "DEMONYMS",
    "PERSON_TITLES",
    "PLACES",
    "find_entities",
    "resolve_people",
]
