import pytest

from quiz.core.article import parse_article
from quiz.core.facts import extract_numbers, extract_quotes


def numbers(text):
    return [(f.data["value"], f.data["counts"], f.data["qualifier"]) for f in extract_numbers(parse_article(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DHS asked for 20,000 National Guard troops to help.", [(20000, "National Guard troops", "exact")]),
        ("ICE has about 20,000 staff nationwide.", [(20000, "staff", "about")]),
        ("It has just 7,700 employees, including a little over 6,000 officers.",
         [(7700, "employees", "just"), (6000, "officers", "a little over")]),
        ("Roughly 10,000 troops are already there.", [(10000, "troops", "roughly")]),
        ("Congress approved $156 billion in aid.", [(156e9, "", "exact")]),
        ("Turnout rose 12.5% this year.", [(12.5, "", "exact")]),
        ("The law passed in 2019 with 60 votes.", [(60, "votes", "exact")]),
    ],
)
def test_numbers_have_value_what_they_count_and_qualifier(text, expected):
    assert numbers(text) == expected


def test_number_span_is_exact():
    article = parse_article("ICE has about 20,000 staff nationwide.")
    (fact,) = extract_numbers(article)
    assert article.text[fact.start : fact.end] == fact.text == "about 20,000 staff"


def quotes(text):
    return [(f.data["words"], f.data["speaker"], f.data["role"]) for f in extract_quotes(parse_article(text))]


def test_speaker_after_quote_resolves_to_full_name_and_role():
    text = (
        "DHS spokeswoman Tricia McLaughlin spoke on Monday.\n"
        "“This is about carrying out the mandate,” McLaughlin said."
    )
    assert quotes(text) == [("This is about carrying out the mandate", "Tricia McLaughlin", "DHS spokeswoman")]


def test_said_before_name_is_resolved():
    assert quotes("“We will not stop the work now,” said Maria Lopez.") == [
        ("We will not stop the work now", "Maria Lopez", "")
    ]


def test_speaker_before_quote_is_resolved():
    assert quotes("Mayor Ann Lee said: “The bridge will reopen in May.”") == [
        ("The bridge will reopen in May.", "Ann Lee", "Mayor")
    ]


def test_unattributed_quote_takes_the_paragraphs_earlier_speaker():
    text = "“The first part is long enough,” Lopez said. “The second part has no tag.”"
    assert [q[1] for q in quotes(text)] == ["Lopez", "Lopez"]


def test_scare_quotes_are_not_direct_quotes():
    assert quotes("He called it an “invasion” again.") == []


# ---------------------------------------------------------------- more number cases

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials counted three ships and twelve planes.", [(3, "ships", "exact"), (12, "planes", "exact")]),
        ("It starts at 3 a.m. with 40 workers.", [(40, "workers", "exact")]),
        ("Patients were between 32 and 77 years old.", [(32, "", "exact"), (77, "years old", "exact")]),
        ("The RTOG 9402 trial enrolled 289 patients.", [(289, "patients", "exact")]),
        ("It happened on June 24, 2026, when 80 members arrived.", [(80, "members", "exact")]),
        ("Nearly 11 agreed and 16 declined.", [(11, "", "nearly"), (16, "", "exact")]),
    ],
)
def test_numbers_skip_times_dates_and_codes(text, expected):
    assert numbers(text) == expected


def test_a_figure_at_one_end_of_a_range_is_marked():
    (low, high) = extract_numbers(parse_article("They were between 32 and 77 years old."))
    assert low.data["in_range"] and high.data["in_range"]


# ---------------------------------------------------------------- comparisons

from quiz.core.facts import extract_facts  # noqa: E402


def facts_of(text, kind):
    return [f for f in extract_facts(parse_article(text)) if f.kind == kind]


def test_a_comparison_checks_the_articles_own_arithmetic():
    text = "The unit has just 7,700 employees. The addition of 20,000 troops would more than triple that capacity."
    (fact,) = facts_of(text, "comparison")
    assert (fact.data["base"], fact.data["added"], fact.data["ratio"], fact.data["holds"]) == (7700, 20000, 3.6, True)


def test_a_comparison_that_does_not_hold_is_flagged():
    text = "The team has 10,000 staff. The addition of 5,000 staff would double it."
    (fact,) = facts_of(text, "comparison")
    assert fact.data["ratio"] == 1.5 and fact.data["holds"] is False


def test_a_total_with_an_additional_amount_gives_the_base():
    text = "Congress delivered $8 billion, more than doubling typical funding, thanks to an additional $4.5 billion."
    (fact,) = facts_of(text, "comparison")
    assert fact.data["base"] == 3.5e9 and fact.data["holds"] is True


# ---------------------------------------------------------------- paraphrases

def test_reported_speech_is_a_paraphrase_with_its_speaker():
    (fact,) = facts_of("DHS spokeswoman Tricia McLaughlin said the troops would support the push.", "quote")
    assert fact.data["direct"] is False
    assert (fact.data["speaker"], fact.data["role"]) == ("Tricia McLaughlin", "DHS spokeswoman")
    assert fact.data["words"] == "the troops would support the push"


def test_a_pronoun_subject_gives_no_paraphrase():
    assert facts_of("He said the plan would fail.", "quote") == []


def test_a_single_name_resolves_to_the_full_name_used_earlier():
    text = "Korea expert Bruce Bennett spoke to VOA.\nBennett added that the North lacks credibility."
    (fact,) = facts_of(text, "quote")
    assert fact.data["speaker"] == "Bruce Bennett"


def test_two_speakers_before_a_quote_name_no_one():
    text = "Drs. Wieland and Kreuter concluded, “vaccination will lead to a reduction in cases.”"
    assert [f.data["speaker"] for f in facts_of(text, "quote")] == [None]


# ---------------------------------------------------------------- sources

@pytest.mark.parametrize(
    ("text", "who", "kind"),
    [
        ("A U.S. official confirmed the request on Monday.", "A U.S. official", "anonymous"),
        ("Two people familiar with the talks said no deal was near.", "Two people", "anonymous"),
        ("The deal is off, according to the Associated Press.", "the Associated Press", "second-hand"),
        ("The BBC reported that the team left on Monday.", "The BBC", "second-hand"),
        ("A new mid-year report confirms that crime fell.", "A new mid-year report", "document"),
        ("Research shows that sleep matters for memory.", "Research", "document"),
        ("The Ministry of Health (MOH) announced a new case on Friday.", "The Ministry of Health (MOH)", "organisation"),
    ],
)
def test_sources_have_their_kind(text, who, kind):
    sources = facts_of(text, "source")
    assert [(s.data["who"], s.data["source_kind"]) for s in sources] == [(who, kind)]


def test_anonymity_is_recorded_with_the_source():
    (source,) = facts_of("The U.S. official, who spoke on condition of anonymity, did not explain why.", "source")
    assert source.data["anonymity"] == "spoke on condition of anonymity"


def test_a_named_spokeswoman_is_not_anonymous():
    sources = facts_of("The DHS spokeswoman Tricia McLaughlin said the plan would work.", "source")
    assert [s.data["source_kind"] for s in sources] == ["named"]


# ---------------------------------------------------------------- uncertainty

@pytest.mark.parametrize(
    ("text", "kind", "field", "value"),
    [
        ("It’s unclear whether the troops would stay or leave.", "unclear", "clause", "whether the troops would stay or leave"),
        ("The official did not explain why the request went to the Pentagon.", "unexplained", "clause",
         "why the request went to the Pentagon"),
        ("If approved, the troops would assist ICE far from the border.", "conditional", "condition", "If approved"),
        ("He confirmed the request, which is now being reviewed by the Department of Defense.", "pending", "by",
         "the Department of Defense"),
        ("North Korea expelled the team, apparently because of their reports.", "hedge", "cue", "apparently"),
        ("The repetition could have contributed to their knowledge.", "hedge", "cue", "could have"),
    ],
)
def test_uncertainty_kinds(text, kind, field, value):
    facts = [f for f in facts_of(text, "uncertainty") if f.data["uncertainty_kind"] == kind]
    assert [f.data[field] for f in facts] == [value]


def test_uncertainty_inside_a_quote_is_the_speakers_not_the_articles():
    assert facts_of("“It’s unclear whether we will stay,” the mayor said.", "uncertainty") == []


# ---------------------------------------------------------------- judgement, positions and loaded words

def test_a_prediction_in_the_writers_voice():
    (fact,) = facts_of("DHS asked for troops, a move that could massively expand deportations.", "prediction")
    assert fact.text == "a move that could massively expand deportations"


def test_an_attributed_prediction_is_not_the_writers():
    assert facts_of("The mayor said the bridge could reopen in May.", "prediction") == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The addition of troops would mark a major escalation in the crackdown.", "a major escalation"),
        ("The scale of the request is significant.", "is significant"),
        ("The Department is playing a crucial role in the response.", "a crucial role"),
    ],
)
def test_the_writers_judgements(text, phrase):
    (fact,) = facts_of(text, "assessment")
    assert fact.data["phrase"] == phrase


def test_statistically_significant_is_not_a_judgement():
    assert facts_of("The differences were statistically significant.", "assessment") == []


def test_a_stance_in_a_quote_is_a_position():
    text = "“DHS will use every tool because the safety of citizens comes first,” McLaughlin said."
    (fact,) = facts_of(text, "position")
    assert fact.data["speaker"] == "McLaughlin"


def test_a_charged_term_in_a_quote_with_the_articles_neutral_wording():
    text = (
        "The plan targets undocumented immigrants.\n"
        "“We will deport criminal illegal aliens,” Tricia McLaughlin said."
    )
    (fact,) = facts_of(text, "loaded")
    assert (fact.data["term"], fact.data["owner"], fact.data["neutral"]) == (
        "criminal illegal aliens", "Tricia McLaughlin", "undocumented immigrants")


def test_a_scare_quoted_word_belongs_to_the_person_it_is_given_to():
    (fact,) = facts_of("President Trump has repeatedly called illegal immigration an “invasion” of the country.", "loaded")
    assert (fact.data["term"], fact.data["owner"]) == ("invasion", "President Trump")


# ---------------------------------------------------------------- context

@pytest.mark.parametrize(
    ("text", "kind", "field", "value"),
    [
        ("Under the Posse Comitatus Act, federal troops can’t make arrests.", "law", "name", "Posse Comitatus Act"),
        ("It went to the Pentagon instead of state governors, who typically control the Guard.", "typical", "who",
         "state governors"),
        ("This goes beyond previous deployments, where units stayed at the border.", "earlier", "np", "previous deployments"),
        ("In New Mexico, federal judges have dismissed charges against migrants.", "ruling", "opposite", "upheld"),
    ],
)
def test_context_kinds(text, kind, field, value):
    facts = [f for f in facts_of(text, "context") if f.data["context_kind"] == kind]
    assert [f.data[field] for f in facts] == [value]
