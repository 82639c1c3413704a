"""People, places and organisations in running text, and the resolution of names.

find_entities(text, taken=)   -> the person, place and organisation details of a text
resolve_people(statements)    -> the statements with surnames replaced by full names

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
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import Detail, Kind, Statement
from ..text.lexicon import word_set
from ..text.tokens import tokens
from .numbers import ORDINALS, TEENS, TENS, UNITS
from .times import MONTHS, WEEKDAYS

__all__ = ["find_entities", "resolve_people"]


# country | demonyms | aliases -- one a line.
_COUNTRIES = """
Afghanistan|Afghan|
Albania|Albanian|
Algeria|Algerian|
Andorra|Andorran|
Angola|Angolan|
Antigua and Barbuda||
Argentina|Argentine,Argentinian|
Armenia|Armenian|
Australia|Australian|
Austria|Austrian|
Azerbaijan|Azerbaijani|
Bahamas|Bahamian|
Bahrain|Bahraini|
Bangladesh|Bangladeshi|
Barbados|Barbadian|
Belarus|Belarusian,Belarusan,Byelorussian|Belorussia
Belgium|Belgian|
Belize|Belizean|
Benin|Beninese|
Bhutan|Bhutanese|
Bolivia|Bolivian|
Bosnia and Herzegovina|Bosnian|Bosnia
Botswana||
Brazil|Brazilian|
Brunei||
Bulgaria|Bulgarian|
Burkina Faso||
Burundi|Burundian|
Cambodia|Cambodian|
Cameroon|Cameroonian|
Canada|Canadian|
Cape Verde||
Central African Republic||
Chad|Chadian|
Chile|Chilean|
China|Chinese|
Colombia|Colombian|
Comoros||
Congo|Congolese|Democratic Republic of the Congo,DRC
Costa Rica|Costa Rican|
Croatia|Croatian|
Cuba|Cuban|
Cyprus|Cypriot|
Czech Republic|Czech|Czechia
Denmark|Danish|
Djibouti||
Dominica||
Dominican Republic|Dominican|
Ecuador|Ecuadorian|
Egypt|Egyptian|
El Salvador|Salvadoran|
Equatorial Guinea||
Eritrea|Eritrean|
Estonia|Estonian|
Eswatini||Swaziland
Ethiopia|Ethiopian|
Fiji|Fijian|
Finland|Finnish|
France|French|
Gabon||
Gambia||
Georgia|Georgian|
Germany|German|
Ghana|Ghanaian|
Greece|Greek|
Grenada||
Guatemala|Guatemalan|
Guinea||
Guinea-Bissau||
Guyana||
Haiti|Haitian|
Honduras|Honduran|
Hungary|Hungarian|
Iceland|Icelandic|
India|Indian|
Indonesia|Indonesian|
Iran|Iranian|
Iraq|Iraqi|
Ireland|Irish|
Israel|Israeli|
Italy|Italian|
Ivory Coast|Ivorian|Côte d'Ivoire
Jamaica|Jamaican|
Japan|Japanese|
Jordan|Jordanian|
Kazakhstan|Kazakh,Kazakhstani|
Kenya|Kenyan|
Kiribati||
Kosovo|Kosovar|
Kuwait|Kuwaiti|
Kyrgyzstan|Kyrgyz|
Laos|Laotian|
Latvia|Latvian|
Lebanon|Lebanese|
Lesotho||
Liberia|Liberian|
Libya|Libyan|
Liechtenstein||
Lithuania|Lithuanian|
Luxembourg||
Madagascar|Malagasy|
Malawi|Malawian|
Malaysia|Malaysian|
Maldives||
Mali|Malian|
Malta|Maltese|
Marshall Islands||
Mauritania|Mauritanian|
Mauritius||
Mexico|Mexican|
Micronesia||
Moldova|Moldovan|
Monaco||
Mongolia|Mongolian|
Montenegro|Montenegrin|
Morocco|Moroccan|
Mozambique|Mozambican|
Myanmar||Burma
Namibia|Namibian|
Nauru||
Nepal|Nepalese,Nepali|
Netherlands|Dutch|Holland
New Zealand||
Nicaragua|Nicaraguan|
Niger||
Nigeria|Nigerian|
North Korea|North Korean|
North Macedonia|Macedonian|Macedonia
Norway|Norwegian|
Oman|Omani|
Pakistan|Pakistani|
Palau||
Palestine|Palestinian|
Panama|Panamanian|
Papua New Guinea||
Paraguay|Paraguayan|
Peru|Peruvian|
Philippines|Filipino,Philippine|
Poland|Polish|
Portugal|Portuguese|
Qatar|Qatari|
Romania|Romanian|
Russia|Russian|Russian Federation
Rwanda|Rwandan|
Saint Lucia||
Samoa|Samoan|
San Marino||
Saudi Arabia|Saudi|
Senegal|Senegalese|
Serbia|Serbian|
Seychelles||
Sierra Leone||
Singapore|Singaporean|
Slovakia|Slovak,Slovakian|
Slovenia|Slovenian,Slovene|
Solomon Islands||
Somalia|Somali|
South Africa|South African|
South Korea|South Korean|
South Sudan||
Spain|Spanish|
Sri Lanka|Sri Lankan|
Sudan|Sudanese|
Suriname||
Sweden|Swedish|
Switzerland|Swiss|
Syria|Syrian|
Taiwan|Taiwanese|
Tajikistan|Tajik|
Tanzania|Tanzanian|
Thailand|Thai|
Timor-Leste||East Timor
Togo||
Tonga||
Trinidad and Tobago||
Tunisia|Tunisian|
Turkey|Turkish|Türkiye
Turkmenistan|Turkmen|
Tuvalu||
Uganda|Ugandan|
Ukraine|Ukrainian|
United Arab Emirates|Emirati|UAE
United Kingdom|British|UK,U.K.,Britain,Great Britain
United States|American|US,U.S.,USA,U.S.A.,United States of America
Uruguay|Uruguayan|
Uzbekistan|Uzbek|
Vanuatu||
Vatican||Holy See
Venezuela|Venezuelan|
Vietnam|Vietnamese|
Yemen|Yemeni|
Zambia|Zambian|
Zimbabwe|Zimbabwean|
Europe|European|
Asia|Asian|
Africa|African|
North America|North American|
South America|South American|
Latin America|Latin American|
Middle East|Middle Eastern|
Soviet Union|Soviet|USSR
England|English|
Scotland|Scottish|
Wales|Welsh|
Northern Ireland||
Crimea|Crimean|
Chechnya|Chechen|
Hong Kong||
"""
_CITIES_AND_REGIONS = """
Minsk Moscow Kyiv|Kiev London Paris Berlin Washington Beijing Tokyo Rome Madrid Lisbon
Warsaw Vilnius Riga Tallinn Helsinki Stockholm Oslo Copenhagen Amsterdam Brussels Vienna
Prague Budapest Bratislava Bucharest Sofia Belgrade Zagreb Ljubljana Sarajevo Podgorica
Skopje Tirana Athens Ankara Istanbul Chisinau Tbilisi Yerevan Baku Astana Tashkent
Bishkek Dushanbe Ashgabat Tehran Baghdad Damascus Beirut Jerusalem Amman Riyadh Doha
Dubai Cairo Tripoli Tunis Algiers Rabat Nairobi Lagos Abuja Pretoria Johannesburg
Delhi Mumbai Islamabad Kabul Dhaka Bangkok Hanoi Jakarta Manila Seoul Pyongyang Taipei
Shanghai Canberra Sydney Ottawa Toronto Havana Caracas Brasilia Bogota Lima Santiago
Geneva Zurich Munich Frankfurt Hamburg Milan Barcelona Dublin Edinburgh Reykjavik
Kharkiv Odesa|Odessa Lviv Dnipro Kherson Mariupol Bakhmut Zaporizhzhia Donetsk Luhansk
Donbas|Donbass Sevastopol Mykolaiv Chernihiv Sumy Hrodna|Grodno Brest Gomel|Homel Vitebsk
Mogilev|Mahilyow Kaliningrad Belgorod Kursk Rostov Novosibirsk Siberia Murmansk Sochi
Volgograd Transnistria Abkhazia Gaza Kashmir Greenland Catalonia Balkans Caucasus
Scandinavia Baltics Arctic Antarctica Texas California Florida Brussels Strasbourg
Hague
"""
# Places of two or more words besides the countries above.
_MULTIWORD_PLACES = (
    "New York",
    "Los Angeles",
    "St Petersburg",
    "Saint Petersburg",
    "Eastern Europe",
    "Western Europe",
    "Central Europe",
    "Central Asia",
    "South Caucasus",
    "Black Sea",
    "Baltic Sea",
    "West Bank",
    "Gaza Strip",
    "Washington DC",
    "The Hague",
)
# Organisations by name: value for each spelling.
_KNOWN_ORGANISATIONS = {
    "Kremlin": "Kremlin",
    "European Union": "European Union",
    "EU": "European Union",
    "NATO": "NATO",
    "Nato": "NATO",
    "United Nations": "United Nations",
    "UN": "United Nations",
    "OSCE": "OSCE",
    "IMF": "IMF",
    "CSTO": "CSTO",
    "OPEC": "OPEC",
    "UNESCO": "UNESCO",
    "IAEA": "IAEA",
    "OECD": "OECD",
    "ASEAN": "ASEAN",
    "BRICS": "BRICS",
    "FSB": "FSB",
    "KGB": "KGB",
    "CIA": "CIA",
    "FBI": "FBI",
    "ISW": "ISW",
    "Pentagon": "Pentagon",
    "White House": "White House",
    "Downing Street": "Downing Street",
    "Reuters": "Reuters",
    "AFP": "AFP",
    "BBC": "BBC",
    "CNN": "CNN",
    "TASS": "TASS",
    "Interfax": "Interfax",
    "Belta": "Belta",
    "BelTA": "Belta",
    "Gazprom": "Gazprom",
    "Rosatom": "Rosatom",
    "Telegram": "Telegram",
    "Amnesty International": "Amnesty International",
    "Human Rights Watch": "Human Rights Watch",
    "State Duma": "State Duma",
    "Duma": "State Duma",
    "Verkhovna Rada": "Verkhovna Rada",
    "Bundestag": "Bundestag",
    "Congress": "Congress",
    "Wall Street Journal": "The Wall Street Journal",
    "New York Times": "The New York Times",
    "Washington Post": "The Washington Post",
    "Financial Times": "Financial Times",
    "Kyiv Independent": "The Kyiv Independent",
    "Moscow Times": "The Moscow Times",
    "Guardian": "The Guardian",
    "Economist": "The Economist",
    "Telegraph": "The Telegraph",
    "Week": "The Week",
    "Carnegie Endowment for International Peace": "Carnegie Endowment for International Peace",
}
# Known names that need a capitalised "The" before them ("The Week"; not "last week").
_NEEDS_THE = frozenset({"Week", "Guardian", "Economist", "Telegraph"})
ORGANISATION_WORDS = word_set(
    """Institute Institution Council Ministry Union Journal Times Endowment Index Agency
    Party Committee Commission Foundation Fund Bank Organisation Organization Association
    Corporation Company Group University College Office Department Parliament Assembly
    Court Service Services Centre Center Post News Press Alliance League Federation
    Movement Academy Board Authority Bureau Network Herald Tribune Telegraph Gazette Review
    Magazine Broadcasting Forces Army Navy Guard Police Society Trust Programme Program
    Forum Coalition Congress Senate Secretariat Inc Ltd Corp LLC Airlines Holdings
    Industries Observatory Watch Directorate Command Cabinet Government"""
)
_LOWERCASE_ORGANISATION_WORDS = frozenset({"index", "ministry", "party", "council", "agency"})
_CONNECTORS = frozenset({"of", "for", "on", "the", "&", "de"})
TITLES = word_set(
    """president vice-president prime minister chancellor premier leader spokesman
    spokeswoman spokesperson analyst scientist researcher professor prof director
    secretary secretary-general director-general general colonel lieutenant commander
    ambassador senator governor mayor king queen prince princess pope dr mr mrs ms miss
    sir lord lady journalist reporter correspondent economist expert official chief head
    founder ceo chairman chairwoman chair lawyer judge editor author writer activist
    dictator envoy diplomat historian politician lawmaker mp deputy adviser advisor aide
    captain sergeant officer patriarch archbishop bishop emperor tsar sheikh emir speaker
    candidate commentator columnist fellow strategist specialist scholar coach gen col
    lt sgt capt"""
)
REPORTING_VERBS = word_set(
    """said says told tells stated states wrote writes added adds noted notes argued argues
    explained explains claimed claims warned warns insisted insists stressed stresses
    announced announces declared declares asked asks replied replies confirmed confirms
    denied denies suggested believes thinks"""
)
# Verbs that show a sentence-initial lone capitalised word is a name ("Lukashenko had").
_VERBS_AFTER_NAME = REPORTING_VERBS | word_set(
    """has had have is was will would could can may might must should did does also
    flies flew visits visited meets met wants wanted plans planned arrived arrives signed
    signs called calls urged urges vowed vows accused accuses rejected rejects ordered
    orders travelled traveled travels hosted hosts"""
)
GIVEN_NAMES = word_set(
    """Vladimir Volodymyr Alexander Aleksandr Alexandr Oleksandr Alexei Alexey Aleksei Sergei
    Sergey Serhiy Dmitry Dmitri Dmytro Mikhail Ivan Nikolai Mykola Andrei Andrey Andriy
    Olena Elena Yelena Yulia Julia Svetlana Sviatlana Maria Anna Olga Natalia Tatiana
    Artyom Anatoly Pjotr Pyotr Peter Arkady Yauheni Yevgeny Evgeny Boris Viktor Victor Yuri
    Igor Oleg Pavel Valery Valeriy Maxim Kirill Roman Denis Ramzan Alyaksandr Vitali
    Vitaliy Vitaly Petro Leonid Joe Joseph John James Robert Michael William David Richard
    Thomas Charles Donald Emmanuel Olaf Angela Rishi Liz Kamala Antony Anthony Jens Ursula
    Recep Narendra Mark Paul George Jean Pierre Hans Karl Klaus Annalena Giorgia Mario
    Pedro Justin Jacinda Keir Theresa Tony Gordon Margaret Hillary Barack Ronald Bill
    Nicolas Mateusz Andrzej Viktor Xi Li Ali Mohammed Muhammad Ahmed Benjamin Naftali Yair
    Abdel Kim Shinzo Fumio Jair Luiz Lula Volodimir Mike Jake Lloyd Linda Samantha Josep
    Charles Jonathan Daniel Matthew Andrew Steven Stephen Christopher Catherine Elizabeth
    Sarah Emma Laura Anne Marie Sophie Kaja Gitanas Edgars Alar Sanna Petteri Magdalena
    Ulf Mette Frank Friedrich Wolfgang Rafael Luis Carlos Juan Jose Manuel Antonio"""
)
# Capitalised words that are never part of a name: function words that open sentences...
_FUNCTION_WORDS = word_set(
    """the a an as however but and or if in on at of for to from by with this that these
    those it its he she they we i you his her their our my your there here then thus
    therefore nevertheless nonetheless moreover furthermore meanwhile although though
    while when where what which who whom whose why how after before since until during
    according following despite because so yet also both either neither all some many
    most such no not nor each every any other another only even just still first last
    next into onto over under about above below between among through throughout without
    within against toward towards upon per via than now today yesterday tomorrow
    undoubtedly especially similarly indeed instead overall finally additionally hence
    otherwise perhaps maybe unlike like amid amidst besides click please yes is are was
    were be been has have had do does did will would can could should may might must
    shall let lets"""
)
# ...and common nouns and adjectives often capitalised.
_NOT_NAMES = _FUNCTION_WORDS | word_set(
    """war protests protest president government state city country
    republic kingdom empire revolution constitution god internet north south east west
    western eastern northern southern central international national federal global world
    date accession section chapter page figure table photo video source note update read
    more related similar posts share comments reply subscribe sign login menu home left
    right powered euro analysts that's it's there's what's here's mr mrs ms dr st"""
)
_NAME_SUFFIXES_NOT_NAMES = (
    "ts", "ers", "ions", "ies", "ism", "ity", "ment", "ness", "tion", "sion", "ance", "ence",
    "ship", "hood", "ing", "ed", "al", "ic", "ly", "ive", "ous", "ful", "less", "ern", "able",
    "ible", "ary",
)  # fmt: skip
_SENTENCE_BREAKS = frozenset({".", "!", "?", ":", ";", "“", '"', "‘", "(", "[", "|", "—", "–"})
_ABBREVIATED_TITLES = frozenset({"dr", "mr", "mrs", "ms", "prof", "gen", "col", "lt", "sgt", "st"})
_MAX_NAME_WORDS = 3
_MAX_KNOWN_WORDS = max(len(n.split()) for n in _KNOWN_ORGANISATIONS) + 1

_TOKEN_RE = re.compile(
    r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’\-][^\W\d_]+)*(?:['’]s\b)?|\d[\d,.]*|[^\w\s]"
)
_POSSESSIVE_RE = re.compile(r"['’]s\Z")
_ACRONYM_RE = re.compile(r"[A-Z][A-Z.&]{1,7}")


def _build_places() -> tuple[dict[str, str], dict[str, str]]:
    """Return the gazetteer: place spellings -> place, and demonyms -> place."""
    places: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for line in _COUNTRIES.strip().splitlines():
        name, demonym_list, alias_list = line.split("|")
        places[name] = name
        for alias in filter(None, alias_list.split(",")):
            places[alias] = name
        for demonym in filter(None, demonym_list.split(",")):
            demonyms[demonym] = name
            if demonym.endswith(("an", "i")):
                demonyms[demonym + "s"] = name  # "Belarusians", "Israelis"
    for spellings in _CITIES_AND_REGIONS.split():
        canonical, *aliases = spellings.split("|")
        places[canonical] = canonical
        places.update(dict.fromkeys(aliases, canonical))
    places.update({name: name for name in _MULTIWORD_PLACES})
    places["Washington DC"] = "Washington"
    places["Saint Petersburg"] = "St Petersburg"
    return places, demonyms


PLACES, DEMONYMS = _build_places()
_MAX_PLACE_WORDS = max(len(name.split()) for name in PLACES)
_NUMBER_WORDS = frozenset(UNITS) | set(TEENS) | set(TENS) | set(ORDINALS)
_CALENDAR_WORDS = frozenset(WEEKDAYS) | {m.capitalize() for m in MONTHS}


@dataclass(frozen=True, slots=True)
class _Token:
    """A word or mark of the text: ``core`` is the word without a possessive ending."""

    text: str
    start: int
    end: int
    core: str
    core_end: int
    possessive: bool
    blocked: bool

    @property
    def is_word(self) -> bool:
        """Return whether this is a free word token."""
        return not self.blocked and self.text[0].isalpha()

    @property
    def is_capitalised(self) -> bool:
        """Return whether this is a free word starting with a capital letter."""
        return self.is_word and self.text[0].isupper()


class _Collector:
    """The details found so far in one text, and which of its tokens they cover."""

    def __init__(self, text: str, tokens: list[_Token]) -> None:
        self.text = text
        self.tokens = tokens
        self.used = [False] * len(tokens)
        self.details: list[Detail] = []

    def add(
        self, kind: Kind, first: int, last: int, value: str, qualifier: str | None = None
    ) -> None:
        """Record a detail covering tokens ``first`` to ``last``."""
        start, end = self.tokens[first].start, self.tokens[last].core_end
        self.details.append(Detail(kind, self.text[start:end], start, end, value, None, qualifier))
        for i in range(first, last + 1):
            self.used[i] = True

    def add_part(self, kind: Kind, start: int, end: int, value: str, qualifier: str) -> None:
        """Record a detail covering part of one token."""
        self.details.append(Detail(kind, self.text[start:end], start, end, value, None, qualifier))

    def add_acronym(self, last: int, kind: Kind | None = None, value: str = "") -> None:
        """Read "(ACRONYM)" after token ``last`` as another mention of the name before it.

        With no ``kind``, the name before is a capitalised run whose initials give the
        acronym, and it becomes an organisation too.
        """
        tokens, at = self.tokens, last + 1
        if (
            last < 0
            or at + 2 >= len(tokens)
            or tokens[at].text != "("
            or tokens[at + 2].text != ")"
        ):
            return
        acronym = tokens[at + 1]
        if acronym.blocked or self.used[at + 1] or not _ACRONYM_RE.fullmatch(acronym.core):
            return
        if kind is None:
            first = last
            while first > 0 and tokens[first - 1].is_capitalised and not self.used[first - 1]:
                first -= 1
            words = [t.core for t in tokens[first : last + 1] if t.is_capitalised]
            if len(words) < 2 or self.used[last] or "".join(w[0] for w in words) != acronym.core:
                return
            kind, value = Kind.ORGANISATION, " ".join(t.core for t in tokens[first : last + 1])
            self.add(kind, first, last, value)
        self.add(kind, at + 1, at + 1, value)


def find_entities(text: str, *, taken: Sequence[tuple[int, int]] = ()) -> list[Detail]:
    """Return the people, places and organisations in ``text``, outside the ``taken`` spans.

    >>> [(d.kind.value, d.value) for d in find_entities("Russian President Vladimir Putin met")]
    [('place', 'Russia'), ('person', 'Vladimir Putin')]
    """
    tokens = _tokenise(text, taken)
    found = _Collector(text, tokens)
    for kind, first, last, value in _organisations(tokens):
        found.add(kind, first, last, value)
        found.add_acronym(last, kind, value)
    title_case = _is_title_case(tokens)
    for first, last in _name_chunks(tokens, found.used):
        if _is_person(tokens, first, last, title_case):
            found.add(Kind.PERSON, first, last, " ".join(t.core for t in tokens[first : last + 1]))
    for index, token in enumerate(tokens):
        if found.used[index] or token.blocked:
            continue
        core = token.core
        if token.text == "(":
            found.add_acronym(index - 1)
        elif not token.is_word:
            continue
        elif core in DEMONYMS and token.is_capitalised:
            found.add(Kind.PLACE, index, index, DEMONYMS[core], "demonym")
        elif core in PLACES and token.is_capitalised:
            found.add(Kind.PLACE, index, index, PLACES[core])
        elif core in _KNOWN_ORGANISATIONS and core not in _NEEDS_THE:
            found.add(Kind.ORGANISATION, index, index, _KNOWN_ORGANISATIONS[core])
        elif "-" in core:
            offset = token.start
            for part in core.split("-"):
                if part in DEMONYMS:
                    end = offset + len(part)
                    found.add_part(Kind.PLACE, offset, end, DEMONYMS[part], "demonym")
                offset += len(part) + 1
    return sorted(found.details, key=lambda d: (d.start, d.end))


def resolve_people(statements: Sequence[Statement]) -> tuple[Statement, ...]:
    """Return the statements with each person named by the longest full name ending with it.

    A name stays as written when two full names that do not contain each other both
    end with it (two people share the surname).
    """
    names = {d.value for s in statements for d in s.details if d.kind is Kind.PERSON}
    full_names = [n for n in names if isinstance(n, str) and " " in n]
    resolved: list[Statement] = []
    for statement in statements:
        details = tuple(
            dataclasses.replace(d, value=_full_name(d.value, full_names))
            if d.kind is Kind.PERSON and isinstance(d.value, str)
            else d
            for d in statement.details
        )
        if details == statement.details:
            resolved.append(statement)
        else:
            resolved.append(dataclasses.replace(statement, details=details))
    return tuple(resolved)


def _full_name(name: str, full_names: Sequence[str]) -> str:
    """Return the longest of ``full_names`` ending with ``name``, unless it is ambiguous.

    >>> _full_name("Putin", ["Vladimir Putin", "Alexander Lukashenko"])
    'Vladimir Putin'
    >>> _full_name("Smith", ["John Smith", "Jane Smith"])
    'Smith'
    """
    candidates = sorted((n for n in full_names if n.endswith(" " + name)), key=len, reverse=True)
    if not candidates:
        return name
    longest = candidates[0]
    if all(longest == c or longest.endswith(" " + c) for c in candidates):
        return longest
    return name


def _tokenise(text: str, taken: Sequence[tuple[int, int]]) -> list[_Token]:
    """Return the tokens of ``text``, marking those inside a taken span as blocked."""
    found = []
    for match, blocked in tokens(_TOKEN_RE, text, taken):
        word = match.group()
        possessive = _POSSESSIVE_RE.search(word) is not None and len(word) > 2
        core = word[:-2] if possessive else word
        found.append(
            _Token(
                word,
                match.start(),
                match.end(),
                core,
                match.start() + len(core),
                possessive,
                blocked,
            )
        )
    return found


def _is_sentence_initial(tokens: list[_Token], index: int) -> bool:
    """Return whether the token at ``index`` opens the text, a sentence or a quotation."""
    at = index - 1
    while at >= 0 and tokens[at].text in ("“", '"', "‘", "'", "(", "["):
        at -= 1
    if at < 0:
        return True
    if tokens[index - 1].text in _SENTENCE_BREAKS:
        return True
    return tokens[at].text in _SENTENCE_BREAKS


def _is_title_case(tokens: list[_Token]) -> bool:
    """Return whether most long words are capitalised, as in a headline."""
    long_words = [t for t in tokens if t.is_word and len(t.core) > 3]
    capitals = sum(1 for t in long_words if t.text[0].isupper())
    return len(long_words) >= 4 and capitals >= 0.6 * len(long_words)


def _lookup(tokens: list[_Token], index: int, table: dict[str, str], limit: int) -> int:
    """Return the number of tokens from ``index`` forming the longest name in ``table``."""
    parts: list[str] = []
    best = 0
    for size in range(1, limit + 1):
        at = index + size - 1
        if at >= len(tokens) or not tokens[at].is_word:
            break
        if size > 1 and (tokens[at - 1].possessive or tokens[at].start - tokens[at - 1].end != 1):
            break
        parts.append(tokens[at].core)
        if " ".join(parts) in table:
            best = size
    return best


def _organisations(tokens: list[_Token]) -> list[tuple[Kind, int, int, str]]:
    """Return the organisations (and multi-word places) as (kind, first, last, value)."""
    found: list[tuple[Kind, int, int, str]] = []
    index = 0
    block_end = 0  # tokens before this belong to a block already read without success
    while index < len(tokens):
        if not tokens[index].is_capitalised:
            index += 1
            continue
        if index >= block_end:
            block_end = _capitalised_block(tokens, index)
            span = _organisation_in_block(tokens, index, block_end)
            if span is not None:
                found.append((Kind.ORGANISATION, *span))
                index, block_end = span[1] + 1, 0
                continue
        known = _known_at(tokens, index)
        if known is not None:
            found.append(known)
            index = known[2] + 1
            continue
        index += 1
    return found


def _known_at(tokens: list[_Token], index: int) -> tuple[Kind, int, int, str] | None:
    """Return the known organisation or multi-word place starting at ``index``."""
    size = _lookup(tokens, index, _KNOWN_ORGANISATIONS, _MAX_KNOWN_WORDS)
    place_size = _lookup(tokens, index, PLACES, _MAX_PLACE_WORDS)
    if place_size >= max(size, 2):
        name = " ".join(t.core for t in tokens[index : index + place_size])
        return Kind.PLACE, index, index + place_size - 1, PLACES[name]
    if size == 0:
        return None
    name = " ".join(t.core for t in tokens[index : index + size])
    first = index
    the = index > 0 and tokens[index - 1].core.lower() == "the" and tokens[index - 1].is_word
    if name in _NEEDS_THE and not (the and tokens[index - 1].text == "The"):
        return None
    if the and _KNOWN_ORGANISATIONS[name].startswith("The "):
        first = index - 1
    if size == 1 and name not in _NEEDS_THE:
        return None  # single words are read in the last pass, after people
    return Kind.ORGANISATION, first, index + size - 1, _KNOWN_ORGANISATIONS[name]


def _capitalised_block(tokens: list[_Token], index: int) -> int:
    """Return the index after the capitalised words (and connectors) starting at ``index``."""
    end = index + 1
    while end < len(tokens):
        if tokens[end - 1].possessive or tokens[end].start - tokens[end - 1].end > 1:
            break
        if tokens[end].is_capitalised:
            end += 1
            continue
        # connectors count only when more capitalised words follow
        ahead = end
        while ahead < len(tokens) and tokens[ahead].text in _CONNECTORS and ahead - end < 2:
            ahead += 1
        if ahead > end and ahead < len(tokens) and tokens[ahead].is_capitalised:
            end = ahead
            continue
        break
    return end


def _organisation_in_block(
    tokens: list[_Token], start: int, end: int
) -> tuple[int, int, str] | None:
    """Return (first, last, value) of an organisation named by the block, if it is one."""
    while start < end and (
        tokens[start].core.lower() in _FUNCTION_WORDS
        or tokens[start].core.lower() in _NUMBER_WORDS
        or tokens[start].text in _CONNECTORS
    ):
        start += 1
    if start >= end:
        return None
    heads = [i for i in range(start, end) if tokens[i].core in ORGANISATION_WORDS]
    last: int | None = None
    if heads:
        # "President of the European Union": the title is no part of the name.
        titles = [i for i in range(start, heads[0]) if tokens[i].core.lower() in TITLES]
        if titles:
            start = titles[-1] + 1
            while start < heads[0] and tokens[start].text in _CONNECTORS:
                start += 1
        last = heads[-1]
        # "EU Council President Charles Michel": stop at the organisation word, then take
        # only "of/for/on ..." phrases after it.
        probe = last + 1
        while probe < end and tokens[probe].text in _CONNECTORS:
            tail = probe
            while tail < end and tokens[tail].text in _CONNECTORS:
                tail += 1
            while tail < end and tokens[tail].is_capitalised and tokens[tail].text != "The":
                tail += 1
            if tail == probe or not tokens[tail - 1].is_capitalised:
                break
            last, probe = tail - 1, tail
    elif end < len(tokens) and tokens[end].core in _LOWERCASE_ORGANISATION_WORDS:
        capitals = sum(1 for t in tokens[start:end] if t.is_capitalised)
        if capitals >= 2 and tokens[end].start - tokens[end - 1].end == 1:
            last = end
    if last is None:
        return None
    words = [t.core for t in tokens[start : last + 1]]
    name = " ".join(words)
    if name in PLACES:
        return None  # "Soviet Union"
    if start > 0 and tokens[start - 1].text == "The" and name in _KNOWN_ORGANISATIONS:
        start -= 1
    return start, last, _KNOWN_ORGANISATIONS.get(name, name)


def _is_name_word(token: _Token) -> bool:
    """Return whether a token may be part of a person's name."""
    core = token.core
    if not token.is_capitalised or core in PLACES or core in DEMONYMS:
        return False
    if core in _KNOWN_ORGANISATIONS or core in ORGANISATION_WORDS or core in _CALENDAR_WORDS:
        return False
    low = core.lower()
    if low in _NOT_NAMES or low in TITLES or low in _NUMBER_WORDS:
        return False
    return not (len(core) > 1 and core.isupper())


def _name_chunks(tokens: list[_Token], used: list[bool]) -> list[tuple[int, int]]:
    """Return the runs of name-like words as (first, last) token indexes."""
    chunks = []
    index = 0
    while index < len(tokens):
        if used[index] or not _is_name_word(tokens[index]):
            index += 1
            continue
        last = index
        while (
            last + 1 < len(tokens)
            and not used[last + 1]
            and not tokens[last].possessive
            and tokens[last + 1].start - tokens[last].end == 1
            and _is_name_word(tokens[last + 1])
        ):
            last += 1
        if last - index < _MAX_NAME_WORDS:
            chunks.append((index, last))
        index = last + 1
    return chunks


def _is_person(tokens: list[_Token], first: int, last: int, title_case: bool) -> bool:
    """Return whether the name-like words from ``first`` to ``last`` name a person."""
    if _has_title_before(tokens, first) or _has_role_after(tokens, last):
        return True
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    verb_after = after is not None and after.is_word and after.core in REPORTING_VERBS
    if verb_after and not tokens[last].possessive:
        return True
    if last > first:
        return tokens[first].core in GIVEN_NAMES
    word = tokens[first]
    if title_case or len(word.core) < 3 or "-" in word.core or not word.core[1:].islower():
        return False
    if word.core.lower().endswith(_NAME_SUFFIXES_NOT_NAMES):
        return False
    if first > 0 and tokens[first - 1].text in ("@", "#"):
        return False
    if not _is_sentence_initial(tokens, first):
        return True
    if word.possessive:
        return True
    return (
        after is not None
        and after.is_word
        and (
            after.core in _VERBS_AFTER_NAME or (after.core.endswith("ed") and after.core.islower())
        )
    )


def _has_title_before(tokens: list[_Token], first: int) -> bool:
    """Return whether a title or role comes just before a name ("President of Ukraine X")."""
    at = first - 1
    if at >= 1 and tokens[at].text == "." and tokens[at - 1].core.lower() in _ABBREVIATED_TITLES:
        return True
    if at >= 0 and tokens[at].text == ",":
        at -= 1
    # "President of Belarus, Alexander Lukashenko": skip "of <place>" after the title.
    place_end = at
    while at >= 0 and place_end - at < _MAX_PLACE_WORDS and tokens[at].core in PLACES:
        at -= 1
    if place_end > at and at >= 1 and tokens[at].text == "of":
        at -= 1
    elif place_end != first - 1 and tokens[first - 1].text == ",":
        return False
    return at >= 0 and tokens[at].is_word and tokens[at].core.lower() in TITLES


def _has_role_after(tokens: list[_Token], last: int) -> bool:
    """Return whether ", a/an <role>" or ", <role>" follows a name."""
    at = last + 1
    if at >= len(tokens) or tokens[at].text != ",":
        return False
    at += 1
    if at < len(tokens) and tokens[at].core.lower() in ("a", "an", "the"):
        at += 1
    return any(t.is_word and t.core.lower() in TITLES for t in tokens[at : at + 3] if not t.blocked)
