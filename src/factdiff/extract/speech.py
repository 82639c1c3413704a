"""Who said what: quotations, the sources claims come from, and who "he" is.

find_quotes(text, taken=)         -> QUOTE details: the quoted words, speaker, verb, audience,
                                     the speaker's role
find_attributions(text, taken=)   -> ATTRIBUTION details: who a claim comes from (and their
                                     role), and to whom
find_speech(text, taken=)         -> both, reading the sentence once
resolve_speakers(statements)      -> the statements with "he told ..." resolved to a name

Quotes
    Straight ("...") and curly (“...”) double quotes, and single quotes (‘...’ or '...')
    when nested in a double quote or clearly paired: an opening mark at the start of a
    word and a closing mark after one, so that apostrophes ("don’t", "Putin’s",
    "Belarus’ border") are never read as quotes. A quote inside another is part of the
    outer one's words. A mark left unpaired (a quote running over two sentences, a
    stray closing mark) makes no quote. The span runs from the opening to the closing
    mark; the value is the quoted words with whitespace collapsed and a trailing comma
    or period dropped.

Attributions
    A cue names the source of a claim: a reporting verb with its subject ("Moshes
    told", "Ukraine has also warned", "said Moshes" after a quote), "according to X",
    "citing X", "X had made a statement", "considered by X as". The subject is a name
    (a person, organisation or place read by ``entities.find_entities``), a pronoun
    (kept lowercase, for ``resolve_speakers``), or a noun phrase whose head is a source
    word ("analysts", "the defence minister", "a spokesperson for the Kremlin", "the
    club's manager", "his agent"): a title of ``entities.TITLES``, a role
    (``_ROLE_NOUNS``: "manager", "coach", "agent", "mother" ...) or another source
    word; after a lowercase possessive, any lowercase noun for a person by its ending
    ("the team's physiotherapist": -er, -or, -ist, -ian). A possessive pronoun before
    the head is skipped ("according to his agent" -> "agent", "told her lawyer" ->
    "lawyer"; "her" only before a source word). An appositive between subject and verb
    is skipped ("Preiherman, director of ..., told"). A passive ("is said to") is no
    cue; nor is a verb whose subject is no source ("That said, ...", "military analysts
    also see" has no reporting verb), nor "added to" ("the decision added to fears").
    Verbs that report speech only next to a quote ("called it “a dark day”", "the
    soldier recalled") count only when they give a quote its speaker. Verbs that also
    mean something else ("found", "ruled", "maintained", "concluded") report a claim
    only before "that", a clause with a pronoun subject ("maintained she was
    innocent") or "his innocence", or after a subject that makes findings or rulings
    (``_CLAUSE_VERBS``: "the jury found him guilty", "the court ruled", "a study by X
    found"): not "police found a body", "the junta ruled the country".

    The sides and bodies of a court case are sources ("the defence argued", "the
    prosecution said", "the judge ruled that", "the jury found", "the lawsuit alleged");
    "argued", "ruled", "claimed", "insisted", "maintained", "alleged", "testified" are
    cues.

    A study is a source through its author: "a study by Imperial College London found",
    "according to a study by the University of Oxford", "a report by Amnesty
    International said", "research from the University of Leeds suggests", "a survey
    conducted by Ipsos", "the study, led by researchers at the University of Oslo,
    found" -> the author's name. So are researchers through the place they work at:
    "researchers at the Karolinska Institute found" -> "Karolinska Institute", with
    "researchers" as the role (``about``), since other reports name the institute ("a
    study by the Karolinska Institute", "according to the Karolinska Institute"). The
    author must be a capitalised name; without one the phrase is kept as written ("a
    new study" -> "new study", "researchers at the university"), and a judge must take
    it for an unnamed source. The span starts at the study ("A study by Imperial
    College London found").

    An inverted cue ("…, said X") names X only when X ends its clause: the sentence
    or clause ends after it, or a comma, a dash, a subordinate clause ("after the vote
    was counted", "when", "adding that") or a phrase of time or place holding no verb
    ("on Tuesday", "in a statement", "of the Red Cross", "last week") follows. X
    followed by a verb is the subject of a reported clause without "that": "said the
    dam would be closed", "said the dam on the Tua river would be decommissioned",
    "said the ministry 20 people died" have no inverted source.

    The detail's span runs from the source to the cue ("the ISW said", "according to
    the ISW", "he told"): a report highlights who said it, and two attributions differ
    by their sources. Its value is the source, its qualifier the cue's lemma ("say",
    "tell", "warn", "according to", "cite", "state"), its audience whom the words were
    told to ("told reporters" -> "reporters"), and ``about`` the source's role (below).

Values
    A name read by ``find_entities`` takes that module's value ("the ISW" -> "ISW",
    "the US Institute for the Study of War (ISW)" -> "US Institute for the Study of War",
    "The Wall Street Journal" keeps its canonical "The"); other phrases are kept as
    written without a leading "the", "a" or "an" ("the defence minister" -> "defence
    minister"), possessives included ("Gaza's health ministry", "Ukraine's General
    Staff"). Titles before a person's name are left out of the value ("political
    scientist Yauheni Preiherman" -> "Yauheni Preiherman"). A lowercase possessive
    before a role is no name but stays in the value, which then ends in the role ("the
    city's mayor" -> "city's mayor", "the club's medical director" -> "club's medical
    director"); as for any source named only by its role ("according to the regional
    governor"), ``about`` stays empty: the value is the role, and a judge folding out
    lowercase possessive words sees "mayor" in it.

Roles
    A person's role goes in the ``about`` of the QUOTE and ATTRIBUTION details the person
    is the source of, lowercase and without a leading article, so that a source named by
    its role ("according to the regional governor") can be matched with the person. It
    is read from the titles before the name ("regional governor Yaroslav Yanushkevych",
    "said Finance Minister Lena Hoff", "Kremlin spokesman Dmitry Peskov" ->
    "kremlin spokesman"), else from a phrase headed by a title in apposition before the
    name ("the regional governor, Oleh Marchenko, said"; after the verb: "said the
    parliamentary speaker, Tomas Lind, after the vote" -> "Tomas Lind", role
    "parliamentary speaker") or after it ("Arkady Moshes, a policy analyst, said" ->
    "policy analyst"; "according to X, the Kremlin spokesman"). A title here is one of
    ``entities.TITLES`` or a role noun ("the club's manager, Erik Berg," -> "club's
    manager"). An appositive is a role only when its first noun phrase ends in a title
    and it holds no verb ("Amina Yusuf, 54," has none). The name after a role and a
    comma is a person read by ``find_entities`` or two or three capitalised words, and
    ends at a comma or the end of the clause ("said the official, Reuters reported" has
    none). Forms of address are no role ("Dr. Sara Lind"). When a role is read before
    the name, the attribution's span starts at it ("regional governor Yaroslav
    Yanushkevych said", "said the parliamentary speaker, Tomas Lind").

    A name's possessive in a role keeps its capital ("Ana Ribeiro, Portugal's
    environment minister, said" -> "Portugal's environment minister"; so does
    "Portugal's environment minister Ana Ribeiro"): it says whose minister, and a judge
    that folds out only lowercase possessives ("the club's manager") keeps "Portugal",
    so that the person agrees with "Portugal's environment minister" and differs from
    "Spain's". After a cue, a name's possessive opens a phrase rather than naming the
    source ("according to Gaza's health ministry" -> "Gaza's health ministry").

Speakers of quotes
    A quote's speaker (and its role, in ``about``) is the source of the cue right after
    it ("“…,” he told") or right before it ("Moshes said: “…”"); else of the nearest
    cue before it in the sentence ("According to Arkady Moshes, ... are “calculated”"),
    else after it.

``taken`` holds spans of other details: a cue word or quote mark lying inside one is not
read. Quotes and attributions may overlap each other and any other detail.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import Detail, Kind, Statement
from ..text.lexicon import word_set
from ..text.tokens import tokens as scan
from .entities import TITLES, find_entities
from .polarity import AUXILIARIES, MODALS
from .times import WEEKDAYS

__all__ = ["find_attributions", "find_quotes", "find_speech", "resolve_speakers"]


def _forms(table: str) -> dict[str, str]:
    """Return form -> lemma from lines "lemma: form form ..."."""
    return {
        form: lemma.strip()
        for line in table.strip().splitlines()
        for lemma, forms in [line.split(":")]
        for form in forms.split()
    }


# Reporting verbs, by lemma. Forms that are also common nouns ("claims", "reports",
# "states", "notes") are left out: a noun before them would read as their subject.
_CUE_VERBS = _forms(
    """
    say: say says said
    tell: tell tells told
    state: stated
    warn: warn warns warned
    claim: claimed
    announce: announce announces announced
    add: adds added
    note: noted
    argue: argue argues argued
    insist: insist insists insisted
    suggest: suggest suggests suggested
    report: reported
    confirm: confirm confirms confirmed
    deny: deny denies denied
    admit: admit admits admitted
    acknowledge: acknowledge acknowledges acknowledged
    explain: explains explained
    write: writes wrote
    tweet: tweeted
    declare: declares declared
    stress: stressed
    assert: asserts asserted
    allege: alleges alleged
    predict: predict predicts predicted
    forecast: forecasts
    vow: vow vows vowed
    pledge: pledged
    promise: promised
    accuse: accuse accuses accused
    expect: expects
    testify: testify testifies testified
    find: finds found
    rule: ruled
    maintain: maintains maintained
    conclude: concludes concluded
    """
)
# Reporting verbs that report a claim only before "that" (or a clause) or after a subject
# that makes findings or rulings: "the jury found him guilty", "the court ruled", not
# "police found a body", "the junta ruled the country", "the council maintained roads".
_FINDERS = word_set(
    """study studies report reports research survey surveys analysis review paper poll
    polls investigation inquiry audit assessment findings researchers researcher
    scientists scientist academics jury juries court courts judge judges justices
    tribunal panel coroner"""
)
_CLAUSE_VERBS = {
    "find": _FINDERS,
    "conclude": _FINDERS,
    "rule": word_set("court courts judge judges justices jury tribunal panel"),
    "maintain": frozenset(),
}
# A study, and the people who made it, through which a named author is the source: "a
# study by Imperial College London", "researchers at the Karolinska Institute".
_STUDIES = word_set(
    """study studies report research survey analysis review paper poll investigation
    inquiry audit assessment"""
)
_RESEARCHERS = word_set("researchers researcher scientists scientist academics team")
_AUTHOR_PREPOSITIONS = word_set("by from at")
_AUTHOR_PARTICIPLES = word_set("led conducted produced published")  # "a study led by X"
# Verbs that report words only when they give a quote its speaker.
_QUOTE_ONLY_VERBS = _forms(
    """
    call: called calls
    describe: described describes
    recall: recalled
    chant: chanted
    shout: shouted
    exclaim: exclaimed
    reply: replied
    """
)
# Passive verbs whose agent ("by X") is the source when "as" or a quote follows.
_AGENT_VERBS = _forms(
    """
    consider: considered
    describe: described
    call: called
    see: seen
    regard: regarded
    view: viewed
    label: labelled labeled
    dub: dubbed
    brand: branded
    """
)
# People named by what they do or who they are to someone: roles, like the titles of
# ``entities.TITLES``, before a name ("club manager Erik Berg"), in apposition to it
# ("the club's manager, Erik Berg,") and as a source by themselves ("his agent said").
_ROLE_NOUNS = word_set(
    """manager boss coach doctor nurse teacher headteacher engineer pilot farmer worker
    employee attorney coroner sheriff inspector auditor supervisor superintendent
    physician surgeon consultant agent owner landlord organiser organizer resident
    witness neighbour neighbor survivor victim relative mother father brother sister son
    daughter wife husband widow"""
)
_ROLES = TITLES | _ROLE_NOUNS
_ROLE_PLURALS = word_set(
    """managers bosses coaches nurses teachers engineers pilots farmers workers employees
    attorneys inspectors auditors physicians surgeons consultants agents landlords
    neighbours neighbors survivors victims relatives family families parents"""
)
# Endings of a noun for a person ("manager", "director", "economist", "physician"): after
# a lowercase possessive ("the club's manager") such a noun heads a source.
_PERSON_ENDINGS = ("er", "or", "ist", "ian")
# Head nouns of a phrase that can be a source ("military analysts", "the ministry").
_SOURCE_WORDS = word_set(
    """official officials analyst analysts expert experts source sources observer observers
    diplomat diplomats ministry ministries spokesperson spokesman spokeswoman spokespeople
    government governments authorities authority military army media report reports
    statement critics critic resident residents witness witnesses intelligence commander
    commanders leader leaders officer officers researcher researchers scientist scientists
    monitor monitors journalist journalists reporter reporters agency agencies office embassy
    aide aides adviser advisers advisor advisors lawmaker lawmakers prosecutor prosecutors
    police investigators investigator representative representatives people citizens
    activists opposition administration department service council newspaper outlet
    website broadcaster study survey poll staff owner owners company firm manufacturer
    regulator executive executives organisers organizers union forecasters economists
    economist doctor doctors medics rescuers campaigners group groups team club court
    regime side airline hospital operator coalition alliance institute committee
    commission parliament board bank fund index network channel television insiders
    insider minister ministers president premier chancellor research analysis review
    paper investigation inquiry audit findings academics defence defense prosecution
    jury juries judges justices tribunal panel lawsuit indictment complaint plaintiff
    plaintiffs defendant defendants claimant claimants lawyers"""
)
_SOURCE_NOUNS = _SOURCE_WORDS | _ROLE_NOUNS | _ROLE_PLURALS
_PRONOUNS = word_set("he she they it we")
_OBJECT_PRONOUNS = word_set("him her them us me you")
_POSSESSIVE_PRONOUNS = word_set("his her their its our my your")
_DETERMINERS = word_set("the a an")
# Titles that are only forms of address: no role ("Dr. Sara Lind").
_HONORIFICS = word_set("mr mrs ms miss mx dr sir dame lord lady")
_FUNCTION_WORDS = word_set(
    """the a an this that these those it its he she they we i you his her their our my
    your him them us me and or but nor so if as of in on at by for with to from into onto
    over under about above below between among through without within against than then
    there here what which who whom whose when where why how all some any each every no not
    both either neither other another such only also more most less much many few very
    too just even still yet ever never again however though although while because since
    after before until unless whether especially"""
)
_POSTMODIFIER_PREPOSITIONS = word_set("of for to at from in")
_CLAUSE_MARKS = frozenset(".;:!?")
_QUOTE_MARKS = frozenset("\"“”‘’'")
_CLOSING_MARKS = frozenset("\"”’'")
_MAX_APPOSITIVE = 30  # tokens between the two commas around an appositive
_MAX_MODIFIERS = 3
_MAX_ROLE_WORDS = 8  # words of a role before a comma and the name ("the mayor of X, Y")
_NAME_ENDS = frozenset({",", *_CLAUSE_MARKS, *_QUOTE_MARKS, "—", "–", "(", ")"})
# What may follow the source of an inverted cue ("…, said the minister after the vote"):
# words that open a clause of their own, and words that open a phrase of place or time.
_SUBORDINATORS = word_set(
    """after when while as before because since until although though adding who whose
    whom which where"""
)
_PHRASE_OPENERS = word_set(
    """on in at of from during following yesterday today tonight earlier later last this
    next"""
)
_WEEKDAYS = frozenset(day.lower() for day in WEEKDAYS)
_MAX_INVERTED_TAIL = 12  # tokens of such a phrase searched for a verb
_CLAUSE_SUBJECTS = word_set("he she they we i")

_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d+(?:[.,]\d+)*|[^\w\s]")
_DOUBLE_MARK_RE = re.compile(r"[\"“”]")
_SINGLE_MARK_RE = re.compile(r"[‘’']")
_SPACE_RE = re.compile(r"\s+")
_TAIL_GAP_RE = re.compile(r"[\s,.!?—–-]*")
_HEAD_GAP_RE = re.compile(r"[\s,:—–-]*")


# --- quotes ---------------------------------------------------------------------------------


def _opens(text: str, at: int) -> bool:
    """Return whether a mark at ``at`` can open a quote: at a word's start, before a word."""
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return (before.isspace() or before in '([{—–-:/“‘"') and not after.isspace()


def _closes(text: str, at: int) -> bool:
    """Return whether a mark at ``at`` can close a quote: after a word, before no letter."""
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _double_quotes(text: str, taken: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the (start, end) of each outermost double-quoted stretch of ``text``."""
    found: list[tuple[int, int]] = []
    opened: int | None = None
    opener = ""
    depth = 0
    for match, blocked in scan(_DOUBLE_MARK_RE, text, taken):
        if blocked:
            continue
        mark, at = match.group(), match.start()
        if opened is None:
            if mark == "“" or (mark == '"' and (_opens(text, at) or not _closes(text, at))):
                opened, opener, depth = at, mark, 1
        elif opener == '"':
            if mark == '"':
                found.append((opened, at + 1))
                opened = None
        elif mark == "“":
            depth += 1
        elif mark == "”":
            depth -= 1
            if depth == 0:
                found.append((opened, at + 1))
                opened = None
    return found


def _single_quotes(
    text: str, taken: Sequence[tuple[int, int]], doubles: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Return the single-quoted stretches of ``text`` outside the double quotes."""
    found: list[tuple[int, int]] = []
    opened: int | None = None
    region = 0  # index of the first double quote not yet passed
    for match, blocked in scan(_SINGLE_MARK_RE, text, taken):
        at = match.start()
        while region < len(doubles) and doubles[region][1] <= at:
            region += 1
            opened = None  # a single quote never spans a double one
        if blocked or (region < len(doubles) and doubles[region][0] <= at):
            continue
        mark = match.group()
        before = text[at - 1] if at > 0 else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        if before.isalpha() and after.isalpha():
            continue  # an apostrophe: "don’t", "Putin's"
        if opened is None:
            if mark != "’" and _opens(text, at) and after.isalpha():
                opened = at
        elif mark != "‘" and _closes(text, at):
            found.append((opened, at + 1))
            opened = None
    return found


def _quote_spans(text: str, taken: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the (start, end) of every outermost quote of ``text``, in order."""
    doubles = _double_quotes(text, taken)
    return sorted(doubles + _single_quotes(text, taken, doubles))


def _quoted_words(text: str, start: int, end: int) -> str:
    """Return the words between the marks at ``start`` and ``end - 1``.

    >>> _quoted_words('"We will win ,"', 0, 15)
    'We will win'
    """
    words = _SPACE_RE.sub(" ", text[start + 1 : end - 1]).strip()
    return words.rstrip(",.").rstrip()


# --- tokens and names -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Tok:
    """A word or mark of the sentence."""

    text: str
    low: str
    start: int
    end: int
    blocked: bool
    quoted: bool

    @property
    def is_word(self) -> bool:
        """Return whether this is a word (letters or digits)."""
        return self.text[0].isalnum()

    @property
    def possessive(self) -> bool:
        """Return whether this word ends in a possessive "'s"."""
        return len(self.low) > 2 and self.low.endswith("'s")

    @property
    def is_content(self) -> bool:
        """Return whether this word can be part of a noun phrase."""
        if not self.is_word or self.quoted:
            return False
        if self.text.isupper() and len(self.text) > 1:
            return True  # an acronym: "WHO", "US"
        return (
            self.low not in _FUNCTION_WORDS
            and self.low not in AUXILIARIES
            and self.low not in _CUE_VERBS
        )

    @property
    def is_capitalised(self) -> bool:
        """Return whether this is a content word starting with a capital."""
        return self.is_content and self.text[0].isupper()


@dataclass(frozen=True, slots=True)
class _Name:
    """A source or audience read from the sentence: tokens ``first`` to ``last``."""

    first: int
    last: int
    value: str
    # where the phrase begins with the titles before a name ("political scientist X")
    reach: int = -1
    # the person's role, lowercase: "political scientist", "director of the council"
    role: str | None = None
    # named as the author of a study, or the employer of researchers: the phrase from
    # ``reach`` ("a study by", "researchers at") is part of the attribution's span
    through: bool = False


@dataclass(frozen=True, slots=True)
class _Cue:
    """A reporting cue with its source: tokens ``first`` to ``last`` are the cue words."""

    first: int
    last: int
    lemma: str
    source: _Name
    audience: _Name | None = None
    quote_only: bool = False


class _Sentence:
    """A sentence's tokens, its quotes and names, and readers of noun phrases over them."""

    def __init__(self, text: str, taken: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.quotes = _quote_spans(text, taken)
        self.quote_ends = [end for _, end in self.quotes]
        quote_starts = [s for s, _ in self.quotes]
        toks = []
        for match, blocked in scan(_TOKEN_RE, text, taken):
            at = bisect.bisect_right(quote_starts, match.start()) - 1
            quoted = at >= 0 and match.start() < self.quotes[at][1]
            word = match.group()
            toks.append(_Tok(word, word.lower().replace("’", "'"), *match.span(), blocked, quoted))
        self.toks = toks
        self.entity_at: dict[int, tuple[int, Detail]] = {}  # first token -> (last, entity)
        self.entity_ending: dict[int, tuple[int, Detail]] = {}  # last token -> (first, entity)
        starts = [t.start for t in toks]
        for entity in find_entities(text):
            first = bisect.bisect_left(starts, entity.start)
            last = bisect.bisect_left(starts, entity.end) - 1
            if first > last or first >= len(toks) or toks[first].start != entity.start:
                continue
            self.entity_at.setdefault(first, (last, entity))
            if toks[last].end == entity.end:
                self.entity_ending[last] = (first, entity)

    def after_quote(self, index: int) -> bool:
        """Return whether token ``index`` follows a quote's end with only commas between."""
        start = self.toks[index].start
        at = bisect.bisect_right(self.quote_ends, start) - 1
        return at >= 0 and _TAIL_GAP_RE.fullmatch(self.text[self.quotes[at][1] : start]) is not None

    def clause_at(self, at: int) -> bool:
        """Return whether a clause reported by a verb starts at token ``at``: "that", or
        a subject pronoun before a word ("maintained he was innocent"), or "his
        innocence" (what "maintained" and "protested" report without a clause).

        >>> sentence = _Sentence("She maintained that he maintained his innocence.", ())
        >>> sentence.clause_at(2), sentence.clause_at(5), sentence.clause_at(1)
        (True, True, False)
        """
        toks = self.toks
        if at + 1 >= len(toks):
            return False
        low, following = toks[at].low, toks[at + 1]
        if low == "that":
            return True
        if low in _CLAUSE_SUBJECTS and following.is_word:
            return True
        return low in _POSSESSIVE_PRONOUNS and following.low == "innocence"

    def ends_inverted(self, at: int) -> bool:
        """Return whether the source of an inverted cue ("…, said X") may end before ``at``.

        It may when the clause ends there, or a comma, a dash or a subordinate clause
        ("after", "when", "adding") follows, or a phrase of place or time holding no verb
        ("on Tuesday", "in a statement", "of the Red Cross", "last week"); it may not
        when a verb follows, for then X is the subject of a reported clause ("said the
        dam would be closed", "said the dam on the Tua river would be closed").

        >>> _Sentence("It ended, said the minister on Tuesday.", ()).ends_inverted(6)
        True
        >>> _Sentence("It ended, said the dam on the river would close.", ()).ends_inverted(6)
        False
        """
        toks = self.toks
        if at >= len(toks) or toks[at].text in _NAME_ENDS:
            return True
        word = toks[at]
        if word.low in _SUBORDINATORS or (_is_adverb(word) and word.low.endswith("ly")):
            return True
        if word.low not in _PHRASE_OPENERS and word.low not in _WEEKDAYS:
            return False
        end = min(len(toks), at + _MAX_INVERTED_TAIL)
        for index in range(at + 1, end):
            tok = toks[index]
            if tok.text in _NAME_ENDS or tok.low in _SUBORDINATORS:
                return True
            if tok.low in AUXILIARIES or tok.low in _CUE_VERBS:
                return False  # "said the dam on the river would"
            if (
                tok.text.islower()
                and tok.low.endswith("ed")
                and toks[index - 1].low not in _DETERMINERS
                and toks[index - 1].low not in _POSTMODIFIER_PREPOSITIONS
            ):
                return False  # "said the dam on the river collapsed"
        return True

    def phrase(self, first: int, last: int) -> str:
        """Return the text of tokens ``first`` to ``last`` without a leading article."""
        while first < last and self.toks[first].low in _DETERMINERS:
            first += 1
        return _SPACE_RE.sub(" ", self.text[self.toks[first].start : self.toks[last].end])

    def _entity_name(self, first: int, last: int, entity: Detail) -> _Name:
        """Return the name an entity gives, reaching back over titles before a person."""
        reach = first
        if entity.kind is Kind.PERSON:
            while reach > 0 and first - reach < _MAX_MODIFIERS:
                before = self.toks[reach - 1]
                title = before.low in _ROLES or before.low.rstrip(".") in _ROLES
                if title or (
                    before.is_content and reach < first and self.toks[reach].low in _ROLES
                ):
                    reach -= 1
                elif before.text == "." and reach >= 2 and self.toks[reach - 2].low in _ROLES:
                    reach -= 2
                elif reach - 1 in self.entity_ending and self.toks[reach].low in _ROLES:
                    reach = self.entity_ending[reach - 1][0]  # "Russian President X"
                elif before.possessive and reach < first:
                    reach -= 1  # "Portugal's environment minister X"
                    break
                else:
                    break
        role = self.role(reach, first - 1) if reach < first else None
        if reach > 0 and self.toks[reach - 1].low in _DETERMINERS:
            reach -= 1
        return _Name(first, last, str(entity.value), reach, role)

    def role(self, first: int, last: int) -> str | None:
        """Return tokens ``first`` to ``last`` as a role: lowercase, without an article,
        a form of address or a full stop ("the Finance Minister" -> "finance minister").

        A capitalised possessive keeps its capital ("Portugal's environment minister"):
        it names whose the role is, where a lowercase one ("the club's manager") does not.
        """
        toks = self.toks
        while first <= last and (
            toks[first].low in _DETERMINERS
            or toks[first].low.rstrip(".") in _HONORIFICS
            or not toks[first].is_word
        ):
            first += 1
        while last >= first and not toks[last].is_word:
            last -= 1
        if first > last:
            return None
        start = toks[first].start
        chars = list(self.text[start : toks[last].end].lower())
        for tok in toks[first : last + 1]:
            if tok.possessive and tok.text[0].isupper():
                chars[tok.start - start : tok.end - start] = tok.text
        return _SPACE_RE.sub(" ", "".join(chars))

    def appositive_role(self, first: int, last: int) -> str | None:
        """Return the role an appositive of tokens ``first`` to ``last`` gives, if it is one.

        An appositive is a role when its first noun phrase ends in a title and it holds no
        verb: "a policy analyst", "director of the Minsk Dialogue Council", not "54" nor
        "analysts say".
        """
        toks = self.toks
        words = toks[first : last + 1]
        if not words or any(
            t.low in AUXILIARIES or t.low in _CUE_VERBS or t.text in _QUOTE_MARKS for t in words
        ):
            return None
        at = first
        while at <= last and (toks[at].low in _DETERMINERS or toks[at].possessive):
            at += 1
        head = at
        while head + 1 <= last and toks[head + 1].is_content:
            head += 1
        if at > last or not toks[head].is_content or toks[head].low not in _ROLES:
            return None
        return self.role(first, last)

    def role_before(self, name: _Name, comma: int) -> _Name:
        """Return ``name`` with the role a phrase before it and ``comma`` gives, if it is one.

        "the regional governor, Oleh Marchenko, said": the role is "regional governor", and
        the name's phrase reaches back over it.
        """
        base = self._base_before(comma - 1)
        if name.role is not None or base is None or base[1] < 0:
            return name
        phrase, head = base
        if self.toks[head].low not in _ROLES:
            return name
        role = self.role(phrase.first, phrase.last)
        return dataclasses.replace(name, reach=min(phrase.reach, phrase.first), role=role)

    def role_after(self, last: int) -> str | None:
        """Return the role an appositive right after token ``last`` gives ("X, the envoy,")."""
        toks = self.toks
        comma = last + 1
        if comma >= len(toks) or toks[comma].text != ",":
            return None
        end = comma + 1
        while (
            end < len(toks)
            and end - comma <= _MAX_APPOSITIVE
            and toks[end].text != ","
            and toks[end].text not in _CLAUSE_MARKS
            and toks[end].text not in _QUOTE_MARKS
        ):
            end += 1
        return self.appositive_role(comma + 1, end - 1)

    def name_before(self, last: int, *, relaxed: bool = False) -> _Name | None:
        """Return the source whose phrase ends at token ``last``, reading backwards.

        A noun phrase must have a source word for its head ("analysts", "the
        minister") unless ``relaxed`` or the phrase follows a quote ("“…,” the
        striking nurses chanted").
        """
        author = self.author_before(last)
        if author is not None:
            return author  # "a study by Imperial College London", "researchers at X"
        base = self._base_before(last)
        if base is None:
            return None
        name, head = base
        first = name.first
        while first > 0 and self.toks[first - 1].low in _DETERMINERS:
            first -= 1
        if first > 0 and self.toks[first - 1].low == "no":
            return None  # "No group has claimed": nobody
        relaxed = relaxed or self.after_quote(first)
        if first >= 2 and self.toks[first - 1].low in _POSTMODIFIER_PREPOSITIONS:
            outer = self._base_before(first - 2)
            if outer is not None and outer[1] >= 0 and self._is_source_head(outer[1]):
                start = outer[0].first
                return _Name(start, last, self.phrase(start, last), reach=start)
            if not relaxed:
                return None  # "troops in Belarus said": the name is no subject
        if head < 0 or relaxed or self._is_source_head(head):
            return name
        return None

    def _proper_name(self, first: int) -> _Name | None:
        """Return the capitalised name from token ``first`` ("the University of Oxford",
        "Imperial College London"), with an entity's value when the name is one entity.

        Capitals before a source word are no name: "Swedish researchers".

        >>> sentence = _Sentence("A study by Imperial College London found it.", ())
        >>> sentence._proper_name(3).value, sentence._proper_name(1)
        ('Imperial College London', None)
        """
        toks = self.toks
        if first >= len(toks) or not (toks[first].is_capitalised or first in self.entity_at):
            return None
        last = self._name_run(first)
        if first in self.entity_at:
            end, entity = self.entity_at[first]
            if end >= last:
                last, value = end, str(entity.value)
            else:
                value = self.phrase(first, last)
        else:
            value = self.phrase(first, last)
        if last + 1 < len(toks) and toks[last + 1].low in _SOURCE_NOUNS | _RESEARCHERS:
            return None
        return _Name(first, last, value)

    def author_after(self, at: int, *, depth: int = 0) -> _Name | None:
        """Return the named author of a study or employer of researchers from token ``at``.

        ``at`` is the preposition after the study or the researchers ("by", "from",
        "at"), or a participle before "by" ("led by", "carried out by"). The author is a
        capitalised name, or a name after researchers ("by researchers at X"), who then
        are the role. The name's ``reach`` is left for the caller to set.
        """
        toks = self.toks
        if at < len(toks) and toks[at].low in _AUTHOR_PARTICIPLES:
            at += 1
        elif at + 1 < len(toks) and toks[at].low == "carried" and toks[at + 1].low == "out":
            at += 2
        if at + 1 >= len(toks) or toks[at].low not in _AUTHOR_PREPOSITIONS:
            return None
        first = at + 1
        while first < len(toks) and toks[first].low in _DETERMINERS and first not in self.entity_at:
            first += 1
        name = self._proper_name(first)
        if name is not None:
            return dataclasses.replace(name, through=True)
        if depth == 0 and first < len(toks) and toks[first].low in _RESEARCHERS:
            inner = self.author_after(first + 1, depth=1)
            if inner is not None:
                return dataclasses.replace(inner, role=inner.role or toks[first].low)
        return None

    def author_before(self, last: int) -> _Name | None:
        """Return the named author ending at ``last`` of a study or researchers before it.

        Reading backwards: a capitalised name ("Imperial College London"), a preposition
        ("by", "from", "at", "led by") and a study ("a new study", "research") or
        researchers ("scientists", "a team"); a study may come before the researchers
        ("a study by researchers at X"). The value is the name, the role the researchers,
        and ``reach`` the start of the study's phrase.

        >>> sentence = _Sentence("A study by researchers at the University of Oslo found it.", ())
        >>> name = sentence.author_before(8)
        >>> name.value, name.role, name.reach
        ('University of Oslo', 'researchers', 0)
        """
        toks = self.toks
        if last < 0 or last >= len(toks) or not toks[last].is_capitalised:
            return None
        first = last
        while first > 0 and last - first < 6:
            if toks[first - 1].is_capitalised:
                first -= 1
            elif (
                first >= 2
                and toks[first - 1].low in ("of", "for", "and", "de")
                and toks[first - 2].is_capitalised
            ):
                first -= 2
            else:
                break
        name = self._proper_name(first)
        if name is None or name.last != last:
            return None
        studied = self._studied_before(first)
        if studied is None:
            return None
        reach, role = studied
        return dataclasses.replace(name, reach=reach, role=role, through=True)

    def _studied_before(self, first: int) -> tuple[int, str | None] | None:
        """Return where the study or researchers before a name at ``first`` start, and
        the researchers as a role: "a study by" -> (the index of "a", None)."""
        reach, role = -1, None
        for kinds in (_STUDIES | _RESEARCHERS, _STUDIES):  # "a study by researchers at X"
            head = self._author_head(first)
            if head is None or self.toks[head].low not in kinds:
                break
            base = self._base_before(head)
            if base is None:
                break
            name = base[0]
            reach, first = min(name.reach, name.first), name.first
            if self.toks[head].low in _STUDIES:
                break
            role = self.role(name.first, head)
        return None if reach < 0 else (reach, role)

    def _author_head(self, first: int) -> int | None:
        """Return the noun before the preposition that introduces an author at ``first``
        ("study" in "a study led by the"), or None."""
        toks = self.toks
        while first > 0 and toks[first - 1].low in _DETERMINERS:
            first -= 1
        head = first - 2
        if head < 0 or toks[first - 1].low not in _AUTHOR_PREPOSITIONS:
            return None
        if toks[first - 1].low == "by" and toks[head].low in _AUTHOR_PARTICIPLES:
            head -= 1  # "led by"
        elif toks[first - 1].low == "by" and toks[head].low == "out" and head >= 2:
            head -= 2 if toks[head - 1].low == "carried" else 0  # "carried out by"
        return head if head >= 0 else None

    def _base_before(self, last: int) -> tuple[_Name, int] | None:
        """Return the name or noun phrase ending at ``last`` and its head (-1 for a name)."""
        if last < 0 or last >= len(self.toks):
            return None
        tok = self.toks[last]
        if last in self.entity_ending:
            first, entity = self.entity_ending[last]
            if first < last or tok.low not in _SOURCE_NOUNS:  # "General Staff" is no person
                return self._entity_name(first, last, entity), -1
        if tok.low in _PRONOUNS:
            return _Name(last, last, tok.low, reach=last), -1
        if not tok.is_content or tok.possessive:
            return None
        first = last
        # a name's words ("Amina Yusuf"), unless the head is a common noun ("Analysts")
        name_run = tok.text[0].isupper() and tok.low not in _SOURCE_NOUNS
        while first > 0 and last - first < _MAX_MODIFIERS:
            before = self.toks[first - 1]
            opening = first == 1 or self.toks[first - 2].text in _CLAUSE_MARKS
            if first - 1 in self.entity_ending:
                first = self.entity_ending[first - 1][0]
            elif not before.is_content:
                break
            elif (
                before.text[0].islower()
                or before.possessive
                or before.text.isupper()
                or not opening
                or name_run
                or self.toks[first].text[0].islower()
            ):
                first -= 1  # a capital opening the sentence only before a small letter
            else:
                break
        reach = first - 1 if first > 0 and self.toks[first - 1].low in _DETERMINERS else first
        return _Name(first, last, self.phrase(first, last), reach=reach), last

    def _is_source_head(self, head: int) -> bool:
        """Return whether the noun at ``head`` can head a source ("analysts", "Treasury")."""
        tok = self.toks[head]
        low = tok.low.removesuffix("'s")
        if low in _SOURCE_NOUNS or low in _ROLES or low.rstrip("s") in _ROLES:
            return True
        before = self.toks[head - 1] if head > 0 else None
        if (
            before is not None
            and before.possessive
            and before.text.islower()
            and tok.text.islower()
            and low.endswith(_PERSON_ENDINGS)
        ):
            return True  # "the team's physiotherapist"
        if tok.text.isupper() and len(tok.text) > 1:
            return True  # an acronym: "the BLS", "the WHO"
        return head > 0 and tok.text[0].isupper() and self.toks[head - 1].text not in _CLAUSE_MARKS

    def _name_run(self, first: int) -> int:
        """Return the last token of the capitalised name from ``first`` ("Bank of England").

        Small connectors count when a capitalised word follows them.
        """
        toks = self.toks
        last = first
        while last + 1 < len(toks) and last - first < 6:
            if toks[last + 1].is_capitalised:
                last += 1
            elif (
                last + 2 < len(toks)
                and toks[last + 1].low in ("of", "for", "and", "de")
                and toks[last + 2].is_capitalised
            ):
                last += 2
            else:
                break
        return last

    def _named_after_role(self, at: int, reach: int) -> _Name | None:
        """Return the person named after a role and a comma from token ``at``, if one is.

        "said the parliamentary speaker, Tomas Lind, after the vote": the role is an
        appositive (``appositive_role``), the name a person read by ``find_entities``
        (or two or three capitalised words) that ends the clause or is followed by a comma.
        """
        toks = self.toks
        comma = at
        while comma < len(toks) and toks[comma].text != ",":
            tok = toks[comma]
            if comma - at >= _MAX_ROLE_WORDS or not (
                tok.is_content or tok.low in _POSTMODIFIER_PREPOSITIONS or tok.low in _DETERMINERS
            ):
                return None
            comma += 1
        if comma == at or comma + 1 >= len(toks):
            return None
        if comma + 1 in self.entity_at:
            last, entity = self.entity_at[comma + 1]
            if entity.kind is not Kind.PERSON:
                return None
            value = str(entity.value)
        else:
            start = comma + 1
            if toks[start].low in _HONORIFICS:
                start += 2 if start + 1 < len(toks) and toks[start + 1].text == "." else 1
            if start >= len(toks):
                return None
            last = self._name_run(start)
            words = toks[start : last + 1]
            if not 2 <= len(words) <= _MAX_MODIFIERS or not all(
                t.is_capitalised and t.low.rstrip(".") not in _HONORIFICS for t in words
            ):
                return None  # two or three capitalised words: "Tomas Lind"
            value = self.phrase(start, last)
        if last + 1 < len(toks) and toks[last + 1].text not in _NAME_ENDS:
            return None  # "the minister, John Smith and others"
        role = self.appositive_role(at, comma - 1)
        if role is None:
            return None
        return _Name(comma + 1, last, value, reach=reach, role=role)

    def _person_at(self, at: int) -> bool:
        """Return whether a person's name starts at token ``at``; a lone source word read
        as one after a title is none ("Ukraine's General Staff")."""
        if at not in self.entity_at:
            return False
        end, entity = self.entity_at[at]
        return entity.kind is Kind.PERSON and (end > at or self.toks[at].low not in _SOURCE_NOUNS)

    def _possessive_pronoun(self, at: int) -> bool:
        """Return whether token ``at`` is a possessive pronoun before a noun ("his agent").

        "her" is one only before a source word: "told her lawyer", not "told her Monday".
        """
        tok, following = self.toks[at], self.toks[at + 1]
        if tok.low not in _POSSESSIVE_PRONOUNS or not following.is_content:
            return False
        return tok.low != "her" or (following.text.islower() and self._is_source_head(at + 1))

    def name_after(self, first: int, *, titles: bool = False) -> _Name | None:
        """Return the name or noun phrase starting at token ``first``, reading forwards.

        With ``titles``, words before a name are skipped as its title ("said opposition
        leader Maria Costa", "said Dr. Sara Lind"), and so is a role in apposition before
        it ("said the parliamentary speaker, Tomas Lind,"). A possessive pronoun before a
        noun is skipped ("his agent" -> "agent").
        """
        toks = self.toks
        at = first
        while at < len(toks) and toks[at].low in _DETERMINERS and at not in self.entity_at:
            at += 1
        if at + 1 < len(toks) and self._possessive_pronoun(at):
            at += 1  # "according to his agent", "told her lawyer"
        if at >= len(toks) or toks[at].quoted:
            return None
        head = at
        while head < len(toks) and head - at < _MAX_MODIFIERS and toks[head].is_content:
            if toks[head].low in _STUDIES or toks[head].low in _RESEARCHERS:
                author = self.author_after(head + 1)  # "a study by the University of Oxford"
                if author is not None and toks[head].low in _RESEARCHERS:
                    author = dataclasses.replace(author, role=self.role(at, head))
                if author is not None:
                    return dataclasses.replace(author, reach=first)
                break
            head += 1
        role = None
        if titles:
            probe = at
            while probe < len(toks) and probe - at <= 4:
                if probe in self.entity_at:
                    end = self.entity_at[probe][0]
                    if self._person_at(probe):
                        break
                    probe = end + 1  # an organisation in a title: "Kremlin spokesman"
                elif toks[probe].is_content or toks[probe].text == ".":
                    probe += 1
                else:
                    break
            if self._person_at(probe) and any(t.low.rstrip(".") in _ROLES for t in toks[at:probe]):
                role = self.role(at, probe - 1)
                at = probe
        # a name's possessive opens a phrase: "Gaza's health ministry" is no "Gaza"
        owner = toks[at].possessive and self.entity_at.get(at, (-1,))[0] == at
        if titles and role is None and (at not in self.entity_at or owner):
            named = self._named_after_role(at, first)
            if named is not None:
                return named  # "said the parliamentary speaker, Tomas Lind, after"
        if at in self.entity_at and not owner:
            last, entity = self.entity_at[at]
            if entity.kind is Kind.PERSON and role is None:
                role = self.role_after(last)  # "according to X, the Kremlin spokesman"
            return _Name(at, last, str(entity.value), reach=first, role=role)
        if toks[at].low in _PRONOUNS or toks[at].low in _OBJECT_PRONOUNS:
            return _Name(at, at, toks[at].low, reach=first)
        if toks[at].is_capitalised and not owner:
            last = self._name_run(at)
        else:
            last = at
            while (
                last < len(toks)
                and last - at < 4
                and toks[last].is_content
                and not toks[last].text[0].isdecimal()  # "said the ministry 20 people died"
            ):
                last += 1
            if last == at:
                return None
            last -= 1
        if (
            last + 2 < len(toks)
            and toks[last + 1].low in ("of", "for", "in")
            and self._is_source_head(last)
            and toks[last].low not in ("reporters", "journalists")
        ):
            inner = self.name_after(last + 2)
            if inner is not None and (
                toks[last + 1].low != "in" or toks[inner.first].text[0].isupper()
            ):
                last = inner.last  # "officials in Kyiv", not "the ministry in a statement"
        return _Name(at, last, self.phrase(at, last), reach=first)


# --- cues -----------------------------------------------------------------------------------


def _is_adverb(tok: _Tok) -> bool:
    """Return whether a word may sit between a subject and its verb ("also", "repeatedly")."""
    return tok.is_word and (
        tok.low
        in ("also", "not", "never", "again", "already", "once", "later", "then", "now", "always")
        or (tok.low in ("long", "still") and tok.text.islower())  # "has long maintained"
        or (tok.low.endswith("ly") and len(tok.low) > 4 and tok.text.islower())
    )


def _cues(sentence: _Sentence) -> list[_Cue]:
    """Return every cue of the sentence with its source, in order."""
    toks = sentence.toks
    found: list[_Cue] = []
    index = 0
    while index < len(toks):
        tok = toks[index]
        cue = None
        if not tok.blocked and not tok.quoted and tok.is_word:
            cue = _cue_at(sentence, index)
        if cue is not None:
            found.append(cue)
            index = max(cue.last, cue.source.last if cue.source.first > cue.last else 0) + 1
        else:
            index += 1
    return found


def _cue_at(sentence: _Sentence, index: int) -> _Cue | None:
    """Return the cue whose key word is at ``index``, with its source, if there is one."""
    toks = sentence.toks
    low = toks[index].low
    after = toks[index + 1].low if index + 1 < len(toks) else ""
    if low == "according" and after == "to":
        source = sentence.name_after(index + 2, titles=True)
        return None if source is None else _Cue(index, index + 1, "according to", source)
    if low == "citing" and toks[index].text.islower():
        source = sentence.name_after(index + 1)
        return None if source is None else _Cue(index, index, "cite", source)
    if low in _AGENT_VERBS and after == "by":
        source = sentence.name_after(index + 2)
        if source is None or source.last + 1 >= len(toks):
            return None
        following = toks[source.last + 1]
        if following.low != "as" and following.text not in _QUOTE_MARKS:
            return None
        return _Cue(index, index + 1, _AGENT_VERBS[low], source)
    if low in ("made", "issued") and after in ("a", "the") and index + 2 < len(toks):
        if toks[index + 2].low == "statement":
            return _verb_cue(sentence, index, index + 2, "state")
        return None
    if not toks[index].text.islower():
        return None
    if low in _CUE_VERBS:
        return _verb_cue(sentence, index, index, _CUE_VERBS[low])
    if low in _QUOTE_ONLY_VERBS:
        cue = _verb_cue(sentence, index, index, _QUOTE_ONLY_VERBS[low], relaxed=True)
        return None if cue is None else dataclasses.replace(cue, quote_only=True)
    return None


def _verb_cue(
    sentence: _Sentence, key: int, last: int, lemma: str, *, relaxed: bool = False
) -> _Cue | None:
    """Return the cue of a reporting verb from ``key`` to ``last``, with subject and audience.

    ``relaxed`` accepts any noun phrase as the subject (a verb that needs a quote).
    """
    toks = sentence.toks
    first = key
    while first > 0 and (toks[first - 1].low in AUXILIARIES or _is_adverb(toks[first - 1])):
        first -= 1
        if toks[first].low in ("is", "are", "was", "were", "be", "been", "being"):
            return None  # a passive: "is said to", "was told"
        if toks[first].low in MODALS:
            return None  # not said, only foreseen: "might announce", "will say"
    if lemma == "add" and last + 1 < len(toks) and toks[last + 1].low == "to":
        return None  # "the decision added to fears"
    clause = sentence.clause_at(last + 1)
    if last + 1 < len(toks) and toks[last + 1].low == "that":
        last += 1
    source = _subject(sentence, first - 1, relaxed=relaxed)
    if (
        source is None
        and first > 0
        and toks[first - 1].text in {",", *_CLOSING_MARKS}
        and toks[last].low != "that"
    ):
        source = sentence.name_after(last + 1, titles=True)  # "“…,” said Moshes"
        if source is not None and not sentence.ends_inverted(source.last + 1):
            return None  # "…, said the dam would be closed": the dam is no source
    if source is None:
        return None
    if (
        lemma in _CLAUSE_VERBS
        and not clause
        and not source.through
        and toks[source.last].low not in _CLAUSE_VERBS[lemma]
    ):
        return None  # "police found a body", "the junta ruled the country"
    audience = None
    if lemma == "tell" and source.first < first:
        audience = sentence.name_after(last + 1)
    elif lemma == "say" and last + 1 < len(toks) and toks[last + 1].low == "to":
        audience = sentence.name_after(last + 2)
    return _Cue(first, last, lemma, source, audience)


def _subject(sentence: _Sentence, last: int, *, relaxed: bool = False) -> _Name | None:
    """Return the subject of a verb whose group starts after token ``last``."""
    toks = sentence.toks
    if last < 0:
        return None
    if toks[last].text == ",":
        comma = last - 1
        while (
            comma >= 0
            and last - comma <= _MAX_APPOSITIVE
            and toks[comma].text != ","
            and toks[comma].text not in _CLAUSE_MARKS
            and toks[comma].text not in _QUOTE_MARKS
        ):
            comma -= 1
        if comma < 0 or comma >= last - 1 or toks[comma].text != ",":
            return None
        # a name in apposition: "the regional governor, Oleh Marchenko, said"
        if comma + 1 in sentence.entity_at:
            end, entity = sentence.entity_at[comma + 1]
            if end == last - 1 and entity.kind in (Kind.PERSON, Kind.ORGANISATION):
                name = sentence.name_before(end)
                return None if name is None else sentence.role_before(name, comma)
        if all(t.is_capitalised for t in toks[comma + 1 : last]) and last - comma <= 4:
            name = _Name(comma + 1, last - 1, sentence.phrase(comma + 1, last - 1))
            return sentence.role_before(name, comma)
        if _is_appositive(toks[comma + 1]):
            name = sentence.name_before(comma - 1, relaxed=relaxed)
            if name is not None and name.role is None and comma - 1 in sentence.entity_ending:
                # "Arkady Moshes, a policy analyst, said"
                role = sentence.appositive_role(comma + 1, last - 1)
                name = dataclasses.replace(name, role=role)
            if name is not None and not name.through and toks[name.last].low in _STUDIES:
                author = sentence.author_after(comma + 1)  # "The study, led by X, found"
                if author is not None and author.last == last - 1:
                    return dataclasses.replace(author, reach=min(name.first, name.reach))
            return name
        return None
    if toks[last].low == "who" and last >= 2 and toks[last - 1].text == ",":
        return sentence.name_before(last - 2, relaxed=relaxed)
    return sentence.name_before(last, relaxed=relaxed)


def _is_appositive(tok: _Tok) -> bool:
    """Return whether an appositive may start with ``tok`` ("director of", "a", "54",
    "Portugal's environment minister")."""
    return tok.text[0].isdecimal() or (
        tok.is_word
        and (
            tok.text[0].islower() or tok.low in _ROLES or tok.low in _DETERMINERS or tok.possessive
        )
    )


# --- quotes and their speakers --------------------------------------------------------------


def _reach(sentence: _Sentence, cue: _Cue) -> tuple[int, int]:
    """Return the character span of a cue with its source, titles and audience."""
    toks = sentence.toks
    first = min(cue.first, cue.source.reach if cue.source.reach >= 0 else cue.source.first)
    last = max(cue.last, cue.source.last, cue.audience.last if cue.audience else -1)
    return toks[first].start, toks[last].end


def _speakers(sentence: _Sentence, cues: list[_Cue]) -> list[_Cue | None]:
    """Return for each quote of the sentence the cue that gives its speaker, or None."""
    reaches = [_reach(sentence, cue) for cue in cues]
    by_start = sorted(range(len(cues)), key=lambda i: reaches[i][0])
    starts = [reaches[i][0] for i in by_start]
    by_end = sorted(range(len(cues)), key=lambda i: reaches[i][1])
    ends = [reaches[i][1] for i in by_end]
    text = sentence.text
    found: list[_Cue | None] = []
    for start, end in sentence.quotes:
        after = bisect.bisect_left(starts, end)
        before = bisect.bisect_right(ends, start) - 1
        following = by_start[after] if after < len(by_start) else None
        preceding = by_end[before] if before >= 0 else None
        if following is not None and _TAIL_GAP_RE.fullmatch(text[end : reaches[following][0]]):
            found.append(cues[following])
        elif (
            preceding is not None and _HEAD_GAP_RE.fullmatch(text[reaches[preceding][1] : start])
        ) or (preceding is not None and not cues[preceding].quote_only):
            found.append(cues[preceding])
        elif preceding is not None and _follows_in_clause(text, reaches[preceding][1], start):
            found.append(cues[preceding])  # "described the defeat as “unacceptable”"
        elif following is not None and not cues[following].quote_only:
            found.append(cues[following])
        else:
            found.append(None)
    return found


def _follows_in_clause(text: str, start: int, end: int) -> bool:
    """Return whether ``text[start:end]`` holds no clause break (a quote-only verb's object)."""
    gap = text[start:end]
    return len(gap) <= 80 and not any(mark in gap for mark in ".;!?")


def _read(text: str, taken: Sequence[tuple[int, int]]) -> tuple[_Sentence, list[_Cue], list]:
    """Return the sentence read, its cues and each quote's speaking cue."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a string: {text!r}")
    sentence = _Sentence(text, taken)
    cues = _cues(sentence)
    speakers = _speakers(sentence, cues)
    used = {id(cue) for cue in speakers if cue is not None}
    cues = [cue for cue in cues if not cue.quote_only or id(cue) in used]
    return sentence, cues, speakers


def find_quotes(text: str, *, taken: Sequence[tuple[int, int]] = ()) -> list[Detail]:
    """Return the quotes of a sentence with their words, speaker, verb and audience.

    >>> [(d.text, d.value, d.speaker, d.qualifier, d.audience)
    ...  for d in find_quotes('"It is high," Moshes told reporters.')]
    [('"It is high,"', 'It is high', 'Moshes', 'tell', 'reporters')]
    """
    sentence, _, speakers = _read(text, taken)
    return _quote_details(sentence, speakers)


def _quote_details(sentence: _Sentence, speakers: list) -> list[Detail]:
    """Return the QUOTE details of a sentence read, given each quote's speaking cue."""
    text = sentence.text
    details = []
    for (start, end), cue in zip(sentence.quotes, speakers, strict=True):
        words = _quoted_words(text, start, end)
        if not words:
            continue
        details.append(
            Detail(
                Kind.QUOTE,
                text[start:end],
                start,
                end,
                words,
                qualifier=cue.lemma if cue else None,
                about=cue.source.role if cue else None,
                speaker=cue.source.value if cue else None,
                audience=cue.audience.value if cue and cue.audience else None,
            )
        )
    return details


def find_attributions(text: str, *, taken: Sequence[tuple[int, int]] = ()) -> list[Detail]:
    """Return who each claim of a sentence comes from: a detail per cue, from source to cue.

    >>> [(d.text, d.value, d.qualifier)
    ...  for d in find_attributions("Troops crossed, according to the ISW.")]
    [('according to the ISW', 'ISW', 'according to')]
    """
    sentence, cues, _ = _read(text, taken)
    return _attribution_details(sentence, cues)


def find_speech(text: str, *, taken: Sequence[tuple[int, int]] = ()) -> list[Detail]:
    """Return what ``find_quotes`` and ``find_attributions`` return, reading the sentence once."""
    sentence, cues, speakers = _read(text, taken)
    return _quote_details(sentence, speakers) + _attribution_details(sentence, cues)


def _attribution_details(sentence: _Sentence, cues: list[_Cue]) -> list[Detail]:
    """Return the ATTRIBUTION details of a sentence read, given its cues."""
    text, toks = sentence.text, sentence.toks
    details = []
    for cue in cues:
        source = cue.source
        wide = (source.role or source.through) and source.reach >= 0
        first = min(cue.first, source.reach if wide else source.first)
        if first == source.first and first > 0 and toks[first - 1].low in _DETERMINERS:
            first -= 1  # "the ISW said"
        start, end = toks[first].start, toks[max(cue.last, cue.source.last)].end
        details.append(
            Detail(
                Kind.ATTRIBUTION,
                text[start:end],
                start,
                end,
                cue.source.value,
                qualifier=cue.lemma,
                about=cue.source.role,
                audience=cue.audience.value if cue.audience else None,
            )
        )
    return details


# --- resolution -----------------------------------------------------------------------------

_LOOK_BACK = 3  # statements before a pronoun searched for the person meant
_PERSON_PRONOUNS = word_set("he she")
_PREPOSITIONS = word_set("with to by for from against of on at about than like between among")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


class _Latest:
    """The last person and the last group named so far, preferring those not after a preposition."""

    def __init__(self) -> None:
        self.names: dict[tuple[bool, bool], str] = {}  # (person, governed) -> name

    def add(self, name: str, *, person: bool, governed: bool) -> None:
        """Record a name, later than every name recorded before."""
        self.names[(person, governed)] = name

    def pick(self, *, person: bool) -> str | None:
        """Return the last person (or group) named, one not after a preposition first."""
        return self.names.get((person, False)) or self.names.get((person, True))


def resolve_speakers(statements: Sequence[Statement]) -> list[Statement]:
    """Return the statements with pronoun speakers and sources replaced by the name meant.

    A "he" or "she" takes the last person named before it in the same article: in its
    own sentence first (outside quotes, preferring one not named after a preposition:
    "his meeting with Putin ..., he said" is not Putin), else in the three sentences
    before, a person detail or the speaker of a quote or attribution. "they", "it" and
    "we" take the last organisation or other named source ("analysts") the same way.
    A surname speaker takes the full name its article gives it ("Lukashenko" ->
    "Alexander Lukashenko") when only one full name ends with it. Statements of one
    source must be consecutive and ordered by index.
    """
    statements = list(statements)
    surnames: dict[str, dict[str, set[str]]] = {}
    for statement in statements:
        if not isinstance(statement, Statement):
            raise TypeError(f"statements must be Statement objects: {statement!r}")
        known = surnames.setdefault(statement.source, {})
        for detail in statement.details:
            if detail.kind is Kind.PERSON and isinstance(detail.value, str):
                words = detail.value.split()
                for at in range(1, len(words)):
                    known.setdefault(" ".join(words[at:]), set()).add(detail.value)
    resolved: list[Statement] = []
    history: list[_Latest] = []
    previous: Statement | None = None
    seen: set[str] = set()
    for statement in statements:
        if previous is None or statement.source != previous.source:
            if statement.source in seen:
                raise ValueError(f"statements of source {statement.source!r} are not consecutive")
            seen.add(statement.source)
            history = []
        elif statement.index <= previous.index:
            raise ValueError(
                f"statements of {statement.source!r} out of order: "
                f"index {statement.index} after {previous.index}"
            )
        previous = statement
        new, latest = _resolve_statement(
            statement, history[-_LOOK_BACK:], surnames[statement.source]
        )
        resolved.append(new)
        history.append(latest)
    return resolved


def _resolve_statement(
    statement: Statement, history: list[_Latest], surnames: dict[str, set[str]]
) -> tuple[Statement, _Latest]:
    """Return the statement with its pronoun speakers resolved, and the names it leaves."""
    quotes = sorted((d.start, d.end) for d in statement.details if d.kind is Kind.QUOTE)
    quote_starts = [start for start, _ in quotes]
    people = {d.value for d in statement.details if d.kind is Kind.PERSON}
    full_names = {
        d.text: d.value
        for d in statement.details
        if d.kind is Kind.PERSON and isinstance(d.value, str)
    }
    latest = _Latest()
    details = list(statement.details)
    for position in sorted(range(len(details)), key=lambda i: details[i].start):
        detail = details[position]
        if detail.kind in (Kind.PERSON, Kind.ORGANISATION):
            at = bisect.bisect_right(quote_starts, detail.start) - 1
            if at < 0 or detail.start >= quotes[at][1]:  # not in quoted words
                latest.add(
                    str(detail.value),
                    person=detail.kind is Kind.PERSON,
                    governed=_governed(statement, detail.start),
                )
            continue
        if detail.kind is Kind.QUOTE:
            name = detail.speaker
        elif detail.kind is Kind.ATTRIBUTION:
            name = detail.value
        else:
            continue
        if not isinstance(name, str):
            continue
        if name.lower() in _PRONOUNS:
            person = name.lower() in _PERSON_PRONOUNS
            meant = next(
                (n for s in (latest, *reversed(history)) if (n := s.pick(person=person))),
                None,
            )
        else:
            meant = full_names.get(name)
            if meant is None and len(surnames.get(name, ())) == 1:
                (meant,) = surnames[name]
        if meant is not None and meant != name:
            field = "speaker" if detail.kind is Kind.QUOTE else "value"
            details[position] = dataclasses.replace(detail, **{field: meant})
            name = meant
        if name.lower() not in _PRONOUNS:
            latest.add(name, person=name in people or name in full_names, governed=False)
    if details != list(statement.details):
        statement = dataclasses.replace(statement, details=tuple(details))
    return statement, latest


def _governed(statement: Statement, at: int) -> bool:
    """Return whether the word before offset ``at`` of a statement is a preposition."""
    offset = at - statement.start
    before = _WORD_RE.findall(statement.text[max(0, offset - 20) : offset])
    return bool(before) and before[-1].lower() in _PREPOSITIONS
