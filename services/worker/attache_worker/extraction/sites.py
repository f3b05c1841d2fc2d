"""Names of structures and of features of the land: places, whatever the model tags them."""

from __future__ import annotations

from spacy.tokens import Span

_ROAD_WORDS = frozenset({"road", "street", "avenue", "boulevard", "highway", "motorway"})
# Last words of the names of structures and of features of the land. (Not 'palace' nor
# 'hospital': 'the Elysée Palace said', 'the hospital said' speak for who is inside.)
_SITE_WORDS = frozenset(
    {"dam", "airport", "bridge", "river", "strait", "canal", "stadium", "square", "airbase"}
    | {"refinery", "reactor", "prison", "mosque", "church", "cathedral", "shrine", "temple"}
    | {"crossing", "checkpoint", "island", "islands", "peninsula", "valley", "lake", "sea"}
    | {"gulf", "bay", "desert", "mountains", "heights", "plateau", "pipeline", "corridor"}
    | _ROAD_WORDS
)
# Of those, the ones hardly anyone's surname is: 'Sheikh Zayed Road' tagged a person is the
# road, while 'Frank Church' and 'Michael Bay' are people.
_NO_SURNAMES = frozenset(
    {"dam", "airport", "canal", "stadium", "square", "airbase", "refinery", "reactor", "mosque"}
    | {"crossing", "checkpoint", "islands", "peninsula", "strait", "heights", "pipeline"}
    | _ROAD_WORDS
)


# Arabic words for features of the land and for settlements, which open place names the way
# 'Mount' and 'Lake' do: Jabal al-Zawiya (mountain), Wadi Barada (valley), Ain Issa (spring),
# Bir al-Abd (well), Deir ez-Zor (monastery), Kafr Nabl (village), Tell Abyad (mound), Jisr
# al-Shughur (bridge), Khirbet Ghazaleh (ruin), Marj al-Sultan (meadow), Beit Hanoun (house).
# Transliterations vary ('Tal Abyad', 'Tel Aviv' for Tell; Maarat, Maaret or Maarrat al-Numan).
# None of them opens a person's name.
_OPENING_LAND_WORDS = frozenset(
    {"jabal", "jebel", "djebel", "jbel", "wadi", "ain", "ayn", "bir", "deir", "dayr", "kafr"}
    | {"kfar", "tell", "tall", "tal", "tel", "jisr", "khirbet", "khirbat", "marj", "beit", "bayt"}
    | {"maarat", "maaret", "maarrat"}
)


def opens_with_a_land_word(span: Span) -> bool:
    """'Jabal al-Zawiya', 'Ain Issa': a name that an Arabic word for a feature of the land or a
    settlement opens is a place's, though the model tagged a person."""
    first = span[0]
    return len(span) > 1 and first.text[:1].isupper() and first.lower_ in _OPENING_LAND_WORDS


def ends_in_a_site_word(span: Span) -> bool:
    last = span[-1]
    return len(span) > 1 and last.text[:1].isupper() and last.lower_ in _SITE_WORDS


def ends_in_a_place_word_no_one_bears(span: Span) -> bool:
    """'Sheikh Zayed Road', 'Tahrir Square': a site, though the model tagged a person."""
    return ends_in_a_site_word(span) and span[-1].lower_ in _NO_SURNAMES


def named_after(span: Span) -> bool:
    """'Hamid Karzai international airport', 'the King Fahd causeway': a name qualifying a
    structure's noun is that structure's name, though it is a person's."""
    root = span.root
    head = root.head
    return (
        root.dep_ in {"compound", "nmod"}
        and head.i >= span.end
        and head.lower_ in _SITE_WORDS
        and not any(t.is_punct for t in span.doc[span.end : head.i])
    )
