"""The words and marks the speech readers look for: word lists from ``text/lists/speech-*``.

CUE_VERBS, QUOTE_ONLY_VERBS, AGENT_VERBS -> a reporting verb's form -> its lemma
CLAUSE_VERBS                             -> lemma -> the subjects after which it reports
                                            a claim without a clause ("the court ruled")
STUDIES, RESEARCHERS, AUTHOR_*           -> the words of "a study led by X", "researchers at X"
ROLES, ROLE_NOUNS, SOURCE_NOUNS, ...     -> the heads of a source's noun phrase
PRONOUNS, OBJECT_PRONOUNS, ...           -> the pronouns a source or a clause may be
*_MARKS, NAME_ENDS, *_RE, MAX_*          -> the marks, patterns and limits of the readers

The lists are data, one file each under ``text/lists/`` (named in each comment below), so
that a word is added in one place; the marks, patterns and limits stay here.
"""

from __future__ import annotations

import re

from ...text.lexicon import forms, table, words
from ..entities import ABBREVIATED_TITLES, PERSON_TITLES

# Reporting verbs, by form: speech-cue-verbs ("said" -> "say").
CUE_VERBS = forms("speech-cue-verbs")
# Verbs that report a claim only before "that" (or a clause) or after a subject that
# makes findings or rulings: "the jury found him guilty", "the court ruled", not "police
# found a body", "the junta ruled the country", "the council maintained roads". Each
# lemma of speech-clause-verbs names the lists of its subjects (speech-finders, ...).
CLAUSE_VERBS = {
    lemma: frozenset().union(*(words(f"speech-{name}") for name in names))
    for lemma, names in table("speech-clause-verbs").items()
}
# A study, and the people who made it, through which a named author is the source: "a
# study by Imperial College London", "researchers at the Karolinska Institute".
STUDIES = words("speech-studies")
RESEARCHERS = words("speech-researchers")
AUTHOR_PREPOSITIONS = words("speech-author-prepositions")
AUTHOR_PARTICIPLES = words("speech-author-participles")  # "a study led by X"
# Verbs that report words only when they give a quote its speaker.
QUOTE_ONLY_VERBS = forms("speech-quote-only-verbs")
# Passive verbs whose agent ("by X") is the source when "as" or a quote follows.
AGENT_VERBS = forms("speech-agent-verbs")
# "made a statement", "issued the statement": a cue with the lemma "state".
STATEMENT_VERBS = words("speech-statement-verbs")
STATEMENT_ARTICLES = words("speech-statement-articles")
# People named by what they do or who they are to someone: roles, like the titles of
# ``entities.PERSON_TITLES``, before a name ("club manager Erik Berg"), in apposition to it
# ("the club's manager, Erik Berg,") and as a source by themselves ("his agent said").
ROLE_NOUNS = words("speech-role-nouns")
ROLES = PERSON_TITLES | ABBREVIATED_TITLES | ROLE_NOUNS
ROLE_PLURALS = words("speech-role-plurals")
# Endings of a noun for a person ("manager", "director", "economist", "physician"): after
# a lowercase possessive ("the club's manager") such a noun heads a source.
PERSON_ENDINGS = tuple(sorted(words("speech-person-endings")))
# Head nouns of a phrase that can be a source ("military analysts", "the ministry").
SOURCE_WORDS = words("speech-source-words")
SOURCE_NOUNS = SOURCE_WORDS | ROLE_NOUNS | ROLE_PLURALS
# "officials in Kyiv", "the mayor of Selvik": a source word's phrase goes on after these,
# but not after the press ("told reporters in Minsk").
SOURCE_PREPOSITIONS = words("speech-source-prepositions")
PRESS = words("speech-press")
PRONOUNS = words("speech-pronouns")
PERSON_PRONOUNS = words("speech-person-pronouns")
OBJECT_PRONOUNS = words("speech-object-pronouns")
POSSESSIVE_PRONOUNS = words("speech-possessive-pronouns")
ARTICLES = words("speech-articles")
# Titles that are only forms of address: no role ("Dr. Sara Lind").
HONORIFICS = words("speech-honorifics")
FUNCTION_WORDS = words("speech-function-words")
POSTMODIFIER_PREPOSITIONS = words("speech-postmodifier-prepositions")
# Small words inside a capitalised name: "Bank of England".
NAME_CONNECTORS = words("speech-name-connectors")
# What may stand between a subject and its verb: "has also warned", "has long maintained".
ADVERBS = words("speech-adverbs")
LOWERCASE_ADVERBS = words("speech-lowercase-adverbs")
PASSIVE_AUXILIARIES = words("speech-passive-auxiliaries")  # "is said to": no cue
# What may follow the source of an inverted cue ("…, said the minister after the vote"):
# words that open a clause of their own, and words that open a phrase of place or time.
SUBORDINATORS = words("speech-subordinators")
PHRASE_OPENERS = words("speech-phrase-openers")
WEEKDAYS = words("weekdays")
CLAUSE_SUBJECTS = words("speech-clause-subjects")
# Words before a name that make it a less likely "he" than a name before a verb.
GOVERNING_PREPOSITIONS = words("speech-governing-prepositions")

CLAUSE_MARKS = frozenset(".;:!?")
QUOTE_MARKS = frozenset("\"“”‘’'")
CLOSING_MARKS = frozenset("\"”’'")
NAME_ENDS = frozenset({",", *CLAUSE_MARKS, *QUOTE_MARKS, "—", "–", "(", ")"})
MAX_APPOSITIVE = 30  # tokens between the two commas around an appositive
MAX_MODIFIERS = 3
MAX_ROLE_WORDS = 8  # words of a role before a comma and the name ("the mayor of X, Y")
MAX_INVERTED_TAIL = 12  # tokens of a phrase after an inverted source searched for a verb

SPACE_RE = re.compile(r"\s+")
# A US party label set off after a name: "Michael McCaul, R-Texas, said", "D-Calif."
PARTY_LABEL_RE = re.compile(r"[RDI]-[A-Z][A-Za-z.]*")
TAIL_GAP_RE = re.compile(r"[\s,.!?—–-]*")  # between a quote and the cue after it
HEAD_GAP_RE = re.compile(r"[\s,:—–-]*")  # between a cue and the quote after it
