"""The quotation-mark finder on hostile input: properties that hold for any text, and linear time."""
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.marks import APOSTROPHES, CLOSERS, INNER_SPACE, find_quote_spans

MARKS = "«»“”‹›‘’\"'"
mark_soup = st.text(alphabet=MARKS + "<> \n\u00a0\u202fab.", max_size=80)
words_and_marks = st.lists(
    st.sampled_from([*MARKS, " ", "\n", "\n\n", "\u00a0", "Il a dit", "non", "a-t-il ajouté.", "l’État", "l'école", "<b>", "<<", ">>"]),
    max_size=40,
).map("".join)
any_text = st.text(max_size=200)


def texts(text: str) -> list[str]:
    return [span.text(text) for span in find_quote_spans(text) if span.depth == 0]


def check_spans(text: str) -> None:
    spans = find_quote_spans(text)
    for span in spans:
        assert 0 <= span.open_at < span.start <= span.end <= span.close_at <= len(text)
        if span.mark == "‘’":  # two apostrophes, as one mark
            assert set(text[span.open_at : span.open_at + 2]) <= set(APOSTROPHES)
            assert not span.closed or set(text[span.close_at - 2 : span.close_at]) <= set(APOSTROPHES)
            continue
        typed = span.mark == "«" and text.startswith("<<", span.open_at)  # << >> typed for « »
        assert typed or text[span.open_at] == span.mark
        typed_closer = span.mark == "«" and text[span.close_at - 2 : span.close_at] == ">>"
        if span.closed and not typed_closer:
            closer = text[span.close_at - 1]
            # “texte“ and « texte« close too, and » … «, » … » or ” … ” (marks typed the wrong way round), " … » or " … ”,
            # and a curly mark closed by another one (“ … ", “ … », « … ", « … ”) or by two apostrophes (“ … ’’)
            mixed = (("»", "«"), ('"', "»"), ('"', "”"), ("“", '"'), ("«", '"'), ("“", "»"), ("«", "”"))
            two_apostrophes = span.mark in "“«" and set(text[span.close_at - 2 : span.close_at]) <= set(APOSTROPHES)
            assert closer == span.mark in '"“«»”\'' or CLOSERS.get(closer) == span.mark or (span.mark, closer) in mixed or two_apostrophes
        quoted = span.text(text)
        assert not quoted.startswith(tuple(INNER_SPACE)) and not quoted.endswith(tuple(INNER_SPACE + "\n"))
        assert span.depth >= 0 and span.paragraphs >= 1
    assert [s.open_at for s in spans] == sorted(s.open_at for s in spans)
    for i, outer in enumerate(spans):
        for inner in spans[i + 1 :]:
            disjoint = inner.open_at >= outer.close_at
            nested = outer.open_at <= inner.open_at and inner.close_at <= outer.close_at
            assert disjoint or nested, (outer, inner)
            if nested and not disjoint:
                assert inner.depth > outer.depth


@settings(max_examples=1500, deadline=None)
@given(mark_soup)
def test_spans_are_sound_on_mark_soup(text):
    check_spans(text)


@settings(max_examples=500, deadline=None)
@given(words_and_marks)
def test_spans_are_sound_on_words_and_marks(text):
    check_spans(text)


@settings(max_examples=500, deadline=None)
@given(any_text)
def test_spans_are_sound_on_any_text(text):
    check_spans(text)


def test_unbalanced_marks_are_closed_at_the_paragraph_end():
    text = "« Bonjour, a dit Jean.\n\nIl a dit » non » et « oui."
    spans = find_quote_spans(text)
    assert [(s.text(text), s.closed) for s in spans] == [("Bonjour, a dit Jean.", False), ("oui.", False)]


@pytest.mark.parametrize(
    "text, quoted",
    [
        (
            'Le ministre estime que "nous perdons un\ngrand acteur, populaire au meilleur sens du\nterme". Il est parti.',
            ["nous perdons un\ngrand acteur, populaire au meilleur sens du\nterme"],
        ),
        (
            "Pierre Lenoir : « Je serai franc. Ces films me dépassent.\nJ'en reste ému\n. »\n\nAnne Roy : « Oui. »",
            ["Je serai franc. Ces films me dépassent.\nJ'en reste ému\n.", "Oui."],
        ),
    ],
    ids=["wrapped_in_a_sentence", "closed_past_a_wrapped_line"],
)
def test_a_line_wrapped_inside_a_sentence_ends_no_paragraph(text, quoted):
    assert texts(text) == quoted


@pytest.mark.parametrize(
    "text, quoted",
    [
        ("« Il est parti.\nJean a dit : « non »", ["Il est parti.", "non"]),
        ("Il a dit : « Nous partons demain. \r\nle lendemain, Paul a ajouté : « Rien ne change ».", ["Nous partons demain.", "Rien ne change"]),
        (
            "Le maire évoque un « nouveau départ\npour la ville. Le préfet a déclaré : « Nous verrons bien », selon Jean.",
            ["nouveau départ", "Nous verrons bien"],
        ),
    ],
    ids=["after_a_full_stop", "after_a_full_stop_and_spaces", "a_stray_mark_before_a_new_quote"],
)
def test_an_unclosed_quote_ends_at_its_paragraph_not_over_the_next_quote(text, quoted):
    assert texts(text) == quoted


def test_thousands_of_nested_marks():
    text = "Il a dit " + "« " * 5000 + "oui" + " »" * 5000 + "."
    spans = find_quote_spans(text)
    assert len(spans) == 5000 and all(s.closed for s in spans)
    assert max(s.depth for s in spans) == 4999
    assert spans[-1].text(text) == "oui"


def test_a_quote_may_contain_markup():
    text = "Il a déclaré : « Je dis <b>non</b> & <script>alert(1)</script> »."
    [span] = find_quote_spans(text)
    assert span.text(text) == "Je dis <b>non</b> & <script>alert(1)</script>"


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "«" * n + '"' * n,  # straight quotes over a pile of open «
        lambda n: "“" * n + "»" * n,  # closers of a mark that is not open
        lambda n: "“" * n + " " * n,  # many quotes left open, closed over the same spaces
        lambda n: "« " * n + "x" + " »" * n,
        lambda n: "«\n" * n,
    ],
    ids=["straight", "foreign-closers", "unclosed-spaces", "nested", "paragraphs"],
)
def test_linear_time_on_adversarial_input(make):
    started = time.perf_counter()
    find_quote_spans(make(50_000))  # quadratic was minutes here, linear is a fraction of a second
    assert time.perf_counter() - started < 10  # generous for a loaded CI machine; quadratic is 100 times more


def test_an_opening_curly_quote_in_closing_position_closes_the_quote():
    text = "“Comparer des agents à une milice est inacceptable“, a-t-elle ajouté. Elle parle de “dégoût”."
    assert texts(text) == ["Comparer des agents à une milice est inacceptable", "dégoût"]


def test_an_opening_guillemet_in_closing_position_closes_the_quote():
    text = (
        "« Le public a répondu présent cette année« , a dit la directrice. "
        "« Le contrôle se fera à l’entrée du théâtre« .\n\n"
        "« On a été [« roulés dans la farine » – ndlr] comme toujours », dit un délégué."
    )
    assert texts(text) == [
        "Le public a répondu présent cette année",
        "Le contrôle se fera à l’entrée du théâtre",
        "On a été [« roulés dans la farine » – ndlr] comme toujours",
    ]


def test_a_straight_quote_closed_by_a_guillemet():
    text = 'La CFDT a réagi : " Le dialogue est rompu » a déclaré sa secrétaire. « Nous verrons », dit-elle.'
    assert texts(text) == ["Le dialogue est rompu", "Nous verrons"]


def test_a_mark_inside_a_word_is_a_typing_slip():
    text = 'Il a quitté l"hôpital lundi. « Je vais mieux », a-t-il dit.'
    assert texts(text) == ["Je vais mieux"]


def test_two_apostrophes_make_a_quotation_mark():
    text = "Sept camions ont été saisis pour ‘’manœuvres frauduleuses’’, a précisé le chef. ’’Cela suffit’’, a-t-il dit."
    assert texts(text) == ["manœuvres frauduleuses", "Cela suffit"]


def test_straight_single_quotes_quote_wire_copy_but_apostrophes_open_nothing():
    text = (
        "Le festival a répondu 'à toutes nos attentes'. 'Je l'attendais depuis quinze ans', a dit la directrice, "
        "qui n'a pas oublié les années '80 ni l' autre édition."
    )
    assert texts(text) == ["à toutes nos attentes", "Je l'attendais depuis quinze ans"]


def test_curly_single_quotes_quote_when_a_closing_one_follows_but_apostrophes_close_nothing():
    text = (
        "Le maire juge la saison ‘très difficile’. ‘Je dois l’admettre, c’est dur’, a-t-il dit. "
        "Un ‘ égaré et l’ autre n’ouvrent rien."
    )
    assert texts(text) == ["très difficile", "Je dois l’admettre, c’est dur"]


def test_an_apostrophe_inside_a_nested_single_quote_does_not_close_it():
    text = "« Il m’a dit ‘c’est fini’ », raconte-t-elle."
    assert [span.text(text) for span in find_quote_spans(text)] == ["Il m’a dit ‘c’est fini’", "c’est fini"]


def test_a_quote_after_a_lone_straight_apostrophe_stays_top_level():
    spans = find_quote_spans("L'usine a fermé 'hier. « Je refuse », a dit Paul.")
    assert [(span.depth, span.mark) for span in spans] == [(0, "«")]


def test_any_two_apostrophes_make_a_quotation_mark():
    text = "‘'Si on change de ministre, rien ne changera'' a déclaré le ministre."
    assert texts(text) == ["Si on change de ministre, rien ne changera"]


def test_two_apostrophes_in_closing_position_close_an_open_curly_quote():
    text = "Il se demande “demain’’ si le vote tiendra.\n\n“Nous irons jusqu’au bout’’, a lancé le maire. “Oui”, dit-il."
    assert texts(text) == ["demain", "Nous irons jusqu’au bout", "Oui"]


def test_two_apostrophes_open_a_quote_after_a_space_a_comma_or_a_colon():
    text = (
        "Elle a été interpellée. ‘’ Je me suis trompée de lit’’, se défendait-elle. Le directeur a fait savoir que,’’ "
        "c’est à l’État de payer’’. Et de se demander :’’ qui gardera la porte ?’’."
    )
    assert texts(text) == ["Je me suis trompée de lit", "c’est à l’État de payer", "qui gardera la porte ?"]


def test_reversed_guillemets_make_a_quote_and_an_empty_pair_makes_none():
    text = "Une coupure aux » conséquences graves «\n\nElle parle de « » et d'une « vraie crise »."
    assert texts(text) == ["conséquences graves", "vraie crise"]


def test_a_stray_closing_guillemet_does_not_open_a_quote():
    text = "Il a dit » non » et « oui » ensuite."
    assert texts(text) == ["oui"]


def test_a_paragraph_opened_with_a_closing_guillemet():
    text = "Intro.\n\n» Le plan est un outil de gestion », a expliqué Awa Fall.\n\n» stray. Puis « vrai » et fin."
    assert texts(text) == ["Le plan est un outil de gestion", "vrai"]


def test_a_closing_guillemet_glued_to_the_capital_opening_a_sentence_opens_a_quote():
    text = "Les prix restent gelés. »Dans le secteur du gaz, rien ne bougera », annonce Luc Ateba. Il a dit » non » hier."
    assert texts(text) == ["Dans le secteur du gaz, rien ne bougera"]


def test_a_paragraph_opened_with_a_closing_curly_quote():
    text = "Intro.\n\n” Les renforts sont sur place. Rien n’est joué.”, a dit le ministre.\n\nIl parle d’une ” trêve ” ici."
    assert texts(text) == ["Les renforts sont sur place. Rien n’est joué."]


def test_a_quote_ended_in_the_next_paragraph_without_reopening_mark():
    text = "Elle raconte. « Je fermais l’étal.\n\nJ’ai seulement sauvé mon vélo », confie-t-elle. Puis « fin »."
    spans = [span for span in find_quote_spans(text) if span.depth == 0]
    assert [(span.text(text), span.paragraphs, span.closed) for span in spans] == [
        ("Je fermais l’étal.\n\nJ’ai seulement sauvé mon vélo", 2, True),
        ("fin", 1, True),
    ]


@pytest.mark.parametrize("text, expected", [
    pytest.param(
        'L\'épidémie est circonscrite à Gao", a-t-il indiqué. Il a ajouté que "des médicaments ont été envoyés".',
        ["des médicaments ont été envoyés"],
        id="straight",
    ),
    pytest.param(
        "Les résultats seront communiqués ultérieurement’’, indique l’armée. Elle parle d’un ‘’drame national’’.",
        ["drame national"],
        id="double-apostrophes",
    ),
])
def test_a_closing_mark_whose_opening_was_lost_opens_nothing(text, expected):
    assert texts(text) == expected


def test_ascii_guillemets_typed_as_double_angle_brackets():
    text = "<<Cette année nous revenons à la formule>>, a rassuré Paul Kaboré. >> Lire aussi : le programme"
    assert [span.text(text) for span in find_quote_spans(text)] == ["Cette année nous revenons à la formule"]


def test_line_breaks_just_inside_the_marks_stay_inside_the_quote():
    text = (
        "Le ministre a annoncé une «\nconférence sur les salaires\n» et des «\nmesures pour les heures\n». "
        "Tout cela est «\ndu concret pour tous\n», a-t-il ajouté."
    )
    spans = find_quote_spans(text)
    assert [span.text(text) for span in spans] == ["conférence sur les salaires", "mesures pour les heures", "du concret pour tous"]
    assert all(span.closed and span.paragraphs == 1 for span in spans)
    check_spans(text)


def test_a_straight_quote_closed_curly_or_in_the_next_paragraph():
    text = (
        "Il a parlé au journal. \"Nous devons être honnêtes.\nLeur engagement est vital\", a souligné le ministre.\n\n"
        "\"Il faut vivre avec le virus” a déclaré la ministre. La décision est \"réversible\", précise-t-elle."
    )
    assert texts(text) == ["Nous devons être honnêtes.\nLeur engagement est vital", "Il faut vivre avec le virus", "réversible"]


def test_a_stray_closed_at_its_wrapped_line_still_holds_the_quote_opened_inside_it():
    check_spans("‹b“\nb“.‹")
    text = "Un « nouveau “départ\npour la” ville. Le préfet a déclaré : « Nous verrons »"
    spans = find_quote_spans(text)
    check_spans(text)
    assert spans[-1].text(text) == "Nous verrons"


def test_a_stray_over_a_wrapped_line_does_not_swallow_a_quote_opened_after_the_break():
    text = (
        "Le « plan\nvélo est lancé. “Nous doublerons les pistes cyclables”, a déclaré la maire, Anne Roux. "
        "L'opposition a répondu : « Ce n'est pas assez. »"
    )
    check_spans(text)
    assert "Nous doublerons les pistes cyclables" in [span.text(text) for span in find_quote_spans(text)]


@pytest.mark.parametrize("text, quoted", [
    # sloppy copy closes a curly opening mark with another one: the pair still ends there
    ("“Ça ne ferait qu'empirer\", estime un passant. \"Honnêtement, oui\", ajoute une voisine.",
     ["Ça ne ferait qu'empirer", "Honnêtement, oui"]),
    ("“Nous pouvons émettre un satisfecit », a déclaré le président. « J'attends les preuves », a-t-il ajouté.",
     ["Nous pouvons émettre un satisfecit", "J'attends les preuves"]),
    # a quote inside a quote still nests
    ("« Il a dit “ non ” et il est parti », raconte Paul Morel.", ["Il a dit “ non ” et il est parti", "non"]),
])
def test_a_curly_mark_closed_by_another_mark_does_not_swallow_the_quotes_after_it(text, quoted):
    assert [span.text(text) for span in find_quote_spans(text)] == quoted
