"""Who said what: quotations, the sources claims come from, and who "he" is.

find_quotes(text, taken=, analysis=)       -> QUOTE details: the quoted words, speaker,
                                              verb, audience, the speaker's role
find_attributions(text, taken=, analysis=) -> ATTRIBUTION details: who a claim comes from
                                              (and their role), and to whom
find_speech(text, taken=, analysis=)       -> both, reading the sentence once
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
    club's manager", "his agent"): a title of ``entities.PERSON_TITLES``, a role (the list
    speech-role-nouns: "manager", "coach", "agent", "mother" ...) or another source
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
    (the lists of speech-clause-verbs: "the jury found him guilty", "the court ruled", "a
    study by X found"): not "police found a body", "the junta ruled the country".

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
    ``entities.PERSON_TITLES`` or a role noun ("the club's manager, Erik Berg," -> "club's
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
read. Quotes and attributions may overlap each other and any other detail. ``analysis``
is the sentence read once for every extractor (``extract.analysis``): its tokens and
names are used rather than read again.

The package reads a sentence in steps, a module each:

    words       the word lists (text/lists/speech-*.txt), marks and limits
    quotes      where the quotes lie
    sentence    the tokens, quotes and names of a sentence, and readers of single tokens
    roles       a person's role, from titles or an appositive
    phrases     noun phrases read backwards from a verb or a comma
    authors     the named author of a study, or the employer of researchers
    names       the source or audience of a cue, before or after it
    cues        the cues with their sources
    details     the QUOTE and ATTRIBUTION details, and which cue gives a quote its speaker
    resolution  who "he" is, across statements
"""

from __future__ import annotations

from .details import find_attributions, find_quotes, find_speech
from .resolution import resolve_speakers

__all__ = ["find_attributions", "find_quotes", "find_speech", "resolve_speakers"]
