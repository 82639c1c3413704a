"""The word classes that tell names from other words: data in text/lists/entities-*.txt.

PERSON_TITLES                -> titles and roles of people, lowercase ("president", "analyst")
ABBREVIATED_TITLES           -> titles written with a full stop, lowercase ("mr", "dr")
GIVEN_NAMES                  -> common given names ("Vladimir")
REPORTING_VERBS              -> verbs of saying ("said", "told")
VERBS_AFTER_NAME             -> verbs showing a lone word opening a sentence is a name ("had")
FUNCTION_WORDS               -> function words, lowercase: never part of a name
NOT_NAMES                    -> function words, and common nouns and adjectives often capitalised
NOT_NAME_ENDINGS             -> endings of lowercase words that are no names ("tion", "ism")
ORGANISATION_WORDS           -> words making a capitalised span an organisation ("Institute")
LOWERCASE_ORGANISATION_WORDS -> the organisation words that end a name in lowercase ("index")
CONNECTORS                   -> words and marks joining a name's capitalised words ("of", "&")
ARTICLES                     -> "a", "an", "the"
NUMBER_WORDS                 -> the number words of extract/numbers ("three", "third")
CALENDAR_WORDS               -> weekday and month names, capitalised ("Friday", "Dec")

Person titles are named so because split.py's abbreviations before a name ("Dr.") are
another list.
"""

from __future__ import annotations

from ...text.lexicon import words
from ...values import MONTHS, WEEKDAYS
from ..numerals import ORDINALS, TEENS, TENS, UNITS

__all__ = [
    "ABBREVIATED_TITLES",
    "ARTICLES",
    "CALENDAR_WORDS",
    "CONNECTORS",
    "FUNCTION_WORDS",
    "GIVEN_NAMES",
    "LOWERCASE_ORGANISATION_WORDS",
    "NOT_NAMES",
    "NOT_NAME_ENDINGS",
    "NUMBER_WORDS",
    "ORGANISATION_WORDS",
    "PERSON_TITLES",
    "REPORTING_VERBS",
    "VERBS_AFTER_NAME",
]

PERSON_TITLES = words("entities-person-titles")
ABBREVIATED_TITLES = words("entities-abbreviated-titles")
GIVEN_NAMES = words("entities-given-names")
REPORTING_VERBS = words("entities-reporting-verbs")
VERBS_AFTER_NAME = REPORTING_VERBS | words("entities-verbs-after-name")
# Capitalised words that are never part of a name: function words that open sentences,
FUNCTION_WORDS = words("entities-function-words")
# and common nouns and adjectives often capitalised.
NOT_NAMES = FUNCTION_WORDS | words("entities-not-names")
NOT_NAME_ENDINGS = tuple(sorted(words("entities-not-name-endings")))  # for str.endswith
ORGANISATION_WORDS = words("entities-organisation-words")
LOWERCASE_ORGANISATION_WORDS = words("entities-organisation-words-lowercase")
CONNECTORS = words("entities-name-connectors")
ARTICLES = words("entities-articles")
# Built from the tables of extract/numbers and extract/times, not lists of their own.
NUMBER_WORDS = frozenset(UNITS) | set(TEENS) | set(TENS) | set(ORDINALS)
CALENDAR_WORDS = frozenset(WEEKDAYS) | {month.capitalize() for month in MONTHS}
