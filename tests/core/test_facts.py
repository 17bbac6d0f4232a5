"""The facts read from an article: who said what, sources, figures, hedges, loaded words,
the writer's voice and the kind of article; each at exact offsets."""

import json
from pathlib import Path

import pytest

from quiz.core.article import parse_article
from quiz.core.facts import read_facts
from quiz.core.facts.report import facts_json
from support import ROOT

ARTICLES = sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))


def facts(text, kind=None):
    found = read_facts(parse_article(text)).facts
    return [f for f in found if kind is None or f.kind == kind]


def speakers(text):
    return [(f.text, f.data["speaker"]["name"] or f.data["speaker"]["description"], f.data["speaker"]["named"])
            for f in facts(text, "quote")]


# ---------------------------------------------------------------- who said what


def test_a_surname_after_a_quote_is_the_full_name_given_before_with_its_role():
    text = "DHS spokeswoman Tricia McLaughlin spoke on Monday.\n“This is about carrying out the mandate,” McLaughlin said."
    (quote,) = facts(text, "quote")
    assert quote.text == "This is about carrying out the mandate"
    assert quote.data["speaker"]["name"] == "Tricia McLaughlin"
    assert quote.data["direct"] is True


def test_said_before_the_name_after_a_quote():
    assert speakers("“We will not stop the work now,” said Maria Lopez, a nurse.") == [
        ("We will not stop the work now", "Maria Lopez", True)
    ]


def test_an_unnamed_source_keeps_the_articles_own_description():
    (quote,) = facts("A U.S. official, who spoke on condition of anonymity, confirmed the request on Tuesday.", "quote")
    assert quote.data["speaker"]["named"] is False
    assert quote.data["speaker"]["description"] == "A U.S. official"


def test_a_whole_noun_phrase_is_the_speaker():
    (quote,) = facts("Three people familiar with the plan said the talks would resume in March.", "quote")
    assert quote.data["speaker"]["description"] == "Three people familiar with the plan"
    assert quote.text == "the talks would resume in March"


def test_he_said_goes_to_the_person_last_in_view():
    text = ("Bruce Bennett, a Korea expert at the RAND Corporation, spoke to reporters on Monday. "
            "He said the North does not need nuclear weapons for its defense.")
    (quote,) = facts(text, "quote")
    assert quote.data["speaker"]["name"] == "Bruce Bennett"


def test_she_said_after_a_quotation_is_its_speaker_not_someone_the_quotation_names():
    text = ("Longtime teacher Gloria Banks said many students rely on the school for more than lessons. "
            "“We have kids who come here for breakfast, for the clothes closet, for the counselor,” she said.")
    assert [s[1] for s in speakers(text)] == ["Gloria Banks", "Gloria Banks"]


def test_what_a_participle_cites_is_not_its_speaker():
    text = ("Crestline reported a net loss of $212 million for 2023, its first annual loss in more than a decade, "
            "citing \"an exceptionally active storm season.\"")
    assert "an exceptionally active storm season" not in [s[1] for s in speakers(text)]
    assert ("an exceptionally active storm season.", "Crestline", True) in speakers(text)


def test_a_name_in_a_speakers_relative_clause_is_not_a_second_speaker():
    text = ("\"Scale matters more than ever in this line of business,\" said Arjun Mehta, an analyst at Sterling Bay "
            "Securities who covers both companies and rates Crestline \"hold.\"")
    assert speakers(text)[0][1] == "Arjun Mehta"


def test_a_noun_a_past_participle_describes_is_not_a_speaker():
    text = ("His campaign told us the 40 percent figure compares violent crimes reported to the Harmon County "
            "Sheriff's Office in 2016 with those reported in 2023.")
    assert [s[1] for s in speakers(text)] == ["His campaign"]


@pytest.mark.parametrize("opening, body", [
    ("AUSTIN, Texas, Feb. 27, 2024 /PRNewswire/ -- Norvale Energy Systems, Inc., a leading provider of batteries,",
     "Norvale Energy Systems"),
    ("CEDAR RAPIDS, Iowa — September 9, 2024 — The Bright Pages Foundation, the region's leading literacy charity,",
     "Bright Pages Foundation"),
])
def test_a_datelines_city_is_not_the_body_that_announces(opening, body):
    (said,) = speakers(f"{opening} today announced a new programme for readers in the three counties.")
    assert said[1] == body


def test_a_role_the_parser_splits_at_a_hyphen_is_one_role():
    (quote,) = facts("\"2023 was a breakthrough year for Norvale,\" said Jordan Pryce, co-founder and Chief Executive Officer.",
                     "quote")
    assert quote.data["speaker"]["description"] == "co-founder and Chief Executive Officer"


def test_the_name_after_a_spokesmans_for_phrase_is_the_spokesmans():
    text = "A spokesman for the premier, Gareth Oduya, said the government stood by the claim."
    (quote,) = facts(text, "quote")
    assert quote.data["speaker"]["name"] == "Gareth Oduya"
    assert quote.data["speaker"]["description"] == "spokesman for the premier"


@pytest.mark.parametrize("sentence", [
    "Karen Ostrowski, a spokeswoman for the department, declined to say whether a postponement was under discussion.",
    "Martin Lepik, the defence minister, refused to confirm how many systems Estonia had asked for.",
])
def test_what_someone_declined_to_say_is_not_their_claim(sentence):
    assert speakers(sentence) == []


def test_a_quote_with_no_verb_continues_the_speaker_before_it():
    text = "“The first part is long enough,” Lopez said. “The second part has no tag at all.”"
    assert [s[1] for s in speakers(text)] == ["Lopez", "Lopez"]


def test_according_to_puts_the_source_behind_the_clause():
    (quote,) = facts("The company lost $3 million last year, according to the Associated Press.", "quote")
    assert quote.data["speaker"]["name"] == "Associated Press"
    assert quote.text.startswith("The company lost")


def test_two_named_speakers_are_named_together():
    (quote,) = facts("Drs. Ulrike Wieland and Alexander Kreuter wrote that the results were clear.", "quote")
    assert quote.data["speaker"]["name"] == "Ulrike Wieland and Alexander Kreuter"


def test_a_label_before_a_quote_names_its_speaker():
    text = "Take it from those who know:\nSecretary of State Marco Rubio: “The program today looks nothing like it did a week ago.”"
    quote = facts(text, "quote")[-1]
    assert quote.data["speaker"]["name"] == "Marco Rubio"


def test_a_word_in_quotation_marks_is_not_a_quote():
    assert facts("He called it an “invasion” again.", "quote") == []


def test_a_verb_with_other_senses_is_no_attribution_without_a_clause():
    assert facts("Iodine is added to only 10 per cent of the salt sold in shops.", "quote") == []


def test_a_negated_verb_reports_nothing():
    assert facts("The official did not explain why the request went through the Pentagon.", "quote") == []


# ---------------------------------------------------------------- sources


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Mayor Ann Lee said the bridge would reopen in May.", "named-person"),
        ("The Defense Ministry said the drills would continue next week.", "named-organisation"),
        ("A senior official said the drills would continue next week.", "unnamed"),
        ("Experts say the drills will continue for many more weeks.", "vague"),
        ("A new report says the drills will continue for many more weeks.", "document"),
    ],
)
def test_sources_have_their_kind(text, kind):
    assert [f.data["source_kind"] for f in facts(text, "source")] == [kind]


def test_a_passive_with_no_agent_hides_its_source():
    (source,) = facts("The company has been accused of hiding losses from investors.", "source")
    assert source.data["source_kind"] == "passive"


def test_anonymity_is_recorded_with_the_unnamed_source():
    (source,) = facts("A U.S. official, who spoke on condition of anonymity, confirmed the request.", "source")
    assert source.data["anonymity"].startswith("spoke on condition of anonymity")


# ---------------------------------------------------------------- numbers


def numbers(text):
    return [(f.data["value"], f.data["counts"], f.data["qualifier"]) for f in facts(text, "number")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DHS asked for 20,000 National Guard troops to help.", [(20000, "National Guard troops", None)]),
        ("ICE has about 20,000 staff nationwide.", [(20000, "staff", "about")]),
        ("More than 80 percent of the lesions cleared.", [(80, "lesions", "more than")]),
        ("Unemployment rose to 5.2 percent in March.", [(5.2, "Unemployment", None)]),
        ("Homicides are down 18% this year.", [(18, "Homicides", None)]),
        ("The plan provides $4.5 billion in funding for schools.", [(4_500_000_000, "funding for schools", None)]),
    ],
)
def test_a_figure_has_its_value_what_it_counts_and_its_qualifier(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize(
    ("text", "meaning"),
    [("At least 126 people died.", "at least"), ("Nearly 50 people died.", "a little less than"),
     ("Up to 40 people died.", "at most"), ("About 40 people died.", "approximately")],
)
def test_a_qualifier_has_its_exact_meaning(text, meaning):
    assert facts(text, "number")[0].data["meaning"] == meaning


def test_years_times_and_codes_are_not_figures():
    assert numbers("The RTOG 9402 trial began in 2019 at 9 a.m. with 289 patients.") == [(289, "patients", None)]


def test_a_figure_in_a_statement_has_the_statements_source():
    (number,) = facts("Officials said 40 people were hurt in the blast.", "number")
    assert number.data["source"]["description"] == "Officials"


def test_a_figure_with_no_statement_is_the_writers():
    (number,) = facts("The blast hurt 40 people on Tuesday.", "number")
    assert number.data["source"] is None


def test_a_percent_or_count_written_in_words_is_a_figure():
    found = facts("Sixty-two percent of the parents agreed. Forty percent of teachers did not. Twenty-one pupils wrote in.",
                  "number")
    assert [(n.data["value"], n.data["unit"], n.data["counts"]) for n in found] == [
        (62, "percent", "parents"), (40, "percent", "teachers"), (21, "", "pupils")]


def test_a_count_in_words_a_word_or_two_before_its_noun_is_a_figure():
    assert numbers("A total of fourteen major utility companies have signed, and seven new members joined. "
                   "Two of the others did not.") == [(14, "major utility companies", None), (7, "new members", None)]


def test_a_figure_a_forecast_gives_is_a_forecast():
    (number,) = facts("The new bridge will cost $40 million by 2030.", "number")
    assert number.data["time"] == "forecast"


def test_an_analysts_price_target_is_a_forecast_not_a_goal():
    (price,) = facts("Analysts at Hale Securities set a price target of $48 on the shares.", "number")
    assert price.data["time"] == "forecast"


def test_a_goal_sets_its_figure_but_a_count_of_goals_is_a_count():
    goal, made = facts("The city set a goal of 300,000 new homes. A year ago I made you three promises.", "number")
    assert (goal.data["time"], made.data["time"]) == ("target", "count")


def test_the_articles_own_arithmetic_is_checked():
    text = "The unit has just 7,700 employees. The addition of 20,000 troops would more than triple that capacity."
    (comparison,) = facts(text, "comparison")
    assert (comparison.data["ratio"], comparison.data["holds"]) == (3.6, True)


def test_a_change_in_points_is_not_a_change_in_percent():
    changes = facts("The jobless rate fell by 3 percentage points since 2019.", "change")
    assert [(c.data["change_kind"], c.data["direction"], c.data["baseline"]) for c in changes] == [("points", "down", "since 2019")]


# ---------------------------------------------------------------- uncertainty


def hedges(text):
    return [(f.data["cue"], f.data["meaning"]) for f in facts(text, "uncertainty") if f.data["uncertainty_kind"] == "hedge"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The virus may have spread to the north of the country.", [("may have", "possible")]),
        ("The storm is expected to reach the coast by Friday night.", [("is expected to", "expected")]),
        ("The minister apparently left the meeting early.", [("apparently", "appears")]),
        ("The bridge is believed to be unsafe for heavy trucks.", [("is believed to", "hearsay")]),
        ("Officials urged those who may have been exposed to call a doctor.", []),
        ("The rescuers could not reach the village before dark.", []),
        ("A family might discuss these bills at the kitchen table during dinner.", []),
        ("My parents left Poland in the 1980s, maybe in search of a new life.", []),
        ("Back then we probably shared at least one meal a week with our cousins.", []),
        ("The flood might have reached the lower town overnight.", [("might have", "possible")]),
        ("There was a doctor here who said somebody had to learn it, and it might as well be you.", []),
    ],
)
def test_hedges_with_their_meaning_and_what_is_not_one(text, expected):
    assert hedges(text) == expected


def test_what_is_unclear():
    (fact,) = [f for f in facts("It’s unclear whether the troops would stay under state control.", "uncertainty")
               if f.data["uncertainty_kind"] == "unclear"]
    assert fact.data["clause"].startswith("whether the troops")


# ---------------------------------------------------------------- language and the writer's voice


def test_a_speech_verb_that_judges_the_speaker():
    (loaded,) = [f for f in facts("The mayor boasted that the city had never been safer.", "loaded")
                 if f.data["loaded_kind"] == "speech-verb"]
    assert loaded.data["word"] == "boasted" and loaded.data["neutral"] == "said"


def test_a_charged_word_in_a_quote_is_the_speakers_not_the_writers():
    text = "“They want to slash the budget,” said the mayor of the city."
    assert [f for f in facts(text, "loaded") if f.data["loaded_kind"] == "charged"] == []
    named = "“This draconian plan will close our school,” said Mayor Ann Cole on Monday."
    (loaded,) = [f for f in facts(named, "loaded") if f.data["loaded_kind"] == "charged"]
    assert loaded.data["word"] == "draconian" and loaded.data["speaker"]["name"] == "Ann Cole"


@pytest.mark.parametrize(("text", "loaded"), [
    ("Prices soared in March after the storm.", ["soared"]),
    ("Sales plunged 20% last year at the store.", ["plunged"]),
    ("The small plane soared over the hills before it landed.", []),
    ("The car plunged into the river after the crash.", []),
    ("The old roof is collapsing after weeks of rain.", []),
    ("The new budget plays a crucial role in the town's plans.", []),
])
def test_a_loaded_verb_of_change_only_where_it_speaks_of_a_figure(text, loaded):
    assert [f.data["word"] for f in facts(text, "loaded") if f.data["loaded_kind"] == "charged"] == loaded


def test_a_scare_quote_belongs_to_the_person_it_is_given_to():
    text = "President Trump has ramped up enforcement, repeatedly calling illegal immigration an “invasion” in speeches."
    (loaded,) = [f for f in facts(text, "loaded") if f.data["loaded_kind"] == "scare-quote"]
    assert loaded.data["word"] == "invasion" and loaded.data["owner"]["name"] == "Trump"


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("The council should act before the winter comes to the city.", "recommend"),
        ("The scale of the request is significant for the whole country.", "judge"),
        ("The new rules will push prices higher across the region.", "predict"),
    ],
)
def test_the_writers_own_sentences_judge_predict_or_recommend(text, mode):
    (opinion,) = facts(text, "opinion")
    assert opinion.data["mode"] == mode


def test_an_attributed_judgement_is_not_the_writers():
    assert facts("The mayor said the scale of the request is significant for the whole country.", "opinion") == []


# ---------------------------------------------------------------- kinds, offsets, odd input


@pytest.mark.parametrize(
    ("name", "kind"),
    [("07-whitehouse-ebola-response-fact-sheet", "press-release"), ("16-wikinews-interview-the-onion-editors", "interview"),
     ("19-speech-hoyer-americans-will-judge", "speech"), ("05-nci-video-end-of-life-decisions", "study"),
     ("14-wikinews-ottawa-document-on-street", "news")],
)
def test_the_kind_of_article_is_recognised(name, kind):
    path = ROOT / "tests" / "data" / "articles" / f"{name}.txt"
    assert read_facts(parse_article(path.read_text(encoding="utf-8"))).kind.kind == kind


@pytest.mark.parametrize(("sentence", "sample"), [
    ("Researchers enrolled 50 patients with malignant glioma into a randomized trial.", ("50", "patients", "with malignant glioma")),
    ("All 156 men in the trial were smokers and had heart disease.", ("156", "men", "who were smokers and had heart disease")),
    ("A survey of 1,709 schoolchildren - aged 8–10 years, from 88 schools - was carried out last year.",
     ("1,709", "schoolchildren", "aged 8–10 years")),
    ("The researchers tested the diet on 40 volunteers with type 2 diabetes at two clinics.", ("40", "volunteers", "with type 2 diabetes")),
    ("The study of 300 students found no link.", ("300", "students", "")),
    ("A study in mice found that the drug slowed tumour growth.", ("", "mice", "")),
])
def test_who_a_study_studied_is_read_where_the_article_says_it(sentence, sample):
    (found,) = facts(sentence, "sample")
    assert (found.data["count"], found.data["who"], found.data["trait"]) == sample


def test_a_number_of_people_outside_a_study_is_no_sample():
    assert facts("More than 500 people attended the meeting in the town hall on Friday.", "sample") == []
    assert facts('"We enrolled 50 patients with asthma," said Dr. Lee, who led the study.', "sample") == []


REPORT_ON_GOVERNMENT = """School lunches to carry less sugar

Monday, March 3, 2014

The Obama Administration will propose new limits on sugar in school lunches, according to The Washington Post. The Administration is expected to publish the rules next week, two officials familiar with the plan said.

"We want children to eat better," White House spokesman Jay Carney told reporters on Friday.

Critics said the rules would cost schools more than $1 billion a year. Parents in Ohio said they had not been asked.
"""
STATEMENT = """Detention of aid workers in the north

Press Statement

Jane Doe, Department Spokesperson

July 13, 2022

Reports indicate that at least 40 aid workers have been held since June, according to several sources. Officials in the region said the workers were taken from their offices at night. Witnesses said some were beaten.

The United States condemns these detentions. We call on the authorities to release every worker at once.
"""
OFFICIALS_OP_ED = """Why I believe in public libraries

By Sam Lee, Deputy Secretary of Culture

I grew up in a small town where the library was the only warm place in winter. I spent every afternoon there, and I read everything I could find.

Today our Administration is proud to fund libraries in every state, and I think that is wonderful. Libraries are the best schools a country has. I hope every reader will visit one this month.

Every town deserves a library that is open in the evening. We should fund them, and I will keep saying so.
"""


def test_a_publisher_named_as_the_source_makes_its_text_a_release():
    text = ("Help for flood victims\n\nThe Department has sent 40 engineers to the flooded towns of the north. "
            "They will repair bridges and roads in the next two weeks, and more teams will follow in May.")
    assert read_facts(parse_article(text)).kind.kind == "news"
    assert read_facts(parse_article(text, source="U.S. Department of State")).kind.kind == "press-release"
    assert read_facts(parse_article(text, source="Reuters")).kind.kind == "news"


REPORT_WITH_FACT_SHEETS = """Town meeting on new bins

Fact sheets were handed out at the door.

About 200 residents came to the meeting on Tuesday. "The bins are too small," said resident Joe Park.

Mayor Ann Cole said the town would decide in May.
"""


@pytest.mark.parametrize(("text", "kind"), [(REPORT_ON_GOVERNMENT, "news"), (STATEMENT, "press-release"),
                                            (OFFICIALS_OP_ED, "opinion"), (REPORT_WITH_FACT_SHEETS, "news")],
                         ids=["report", "statement", "op-ed", "fact-sheets-mentioned"])
def test_who_speaks_decides_the_kind_not_who_is_mentioned(text, kind):
    """A report that quotes the White House is news; a statement headed as one is the
    publisher's own, however many unnamed reports it cites; an official writing as "I" is
    an op-ed."""
    assert read_facts(parse_article(text)).kind.kind == kind


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem[:20])
def test_every_span_is_exactly_its_text_in_the_article(path):
    article = parse_article(path.read_text(encoding="utf-8"))
    data = facts_json(article, read_facts(article))
    text = article.text
    assert data["facts"]
    for fact in data["facts"]:
        assert text[fact["start"] : fact["end"]] == fact["text"]
        for key, span in fact.items():
            if key.endswith("_span") and span is not None:
                assert 0 <= span[0] <= span[1] <= len(text)
    json.dumps(data)  # all of it is plain JSON


@pytest.mark.parametrize(
    "text",
    [
        "THE MAYOR SAID THE BRIDGE WOULD REOPEN IN MAY AND THAT NOTHING ELSE WOULD CHANGE",
        "the council met on tuesday and the mayor said the bridge would reopen and nobody asked why and then",
        "- apples\n- 3 pears\n- bread, milk and eggs\n- 12 candles",
        "REPORTER: What happened?\nMAYOR: The bridge fell.\nREPORTER: When?\nMAYOR: At 9.",
        "“ ” \" \" “unclosed quote without an end\n” stray closing mark",
        "",
    ],
)
def test_odd_text_gives_fewer_facts_never_a_traceback(text):
    facts(text)


def test_who_said_what_is_right_for_at_least_90_percent_of_the_answer_key():
    import importlib.util

    spec = importlib.util.spec_from_file_location("attribution_score", ROOT / "tools" / "attribution_score.py")
    scoring = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scoring)
    score = scoring.score_all()
    assert score.total >= 180
    assert score.rate >= 0.9, "\n".join(score.misses)


def test_the_seed_article_is_read_with_its_first_line_as_text(tmp_path: Path):
    article = parse_article((ROOT / "seeds" / "000_94daa0f9409ebe00.txt").read_text(encoding="utf-8"))
    data = facts_json(article, read_facts(article))
    assert data["article"]["sha256"] == article.sha256
    assert any(f["kind"] == "quote" and f["speaker"]["name"] == "Tricia McLaughlin" for f in data["facts"])


def test_a_judging_adverb_is_a_judgement_and_half_a_hyphenated_word_is_no_plain_word():
    article = parse_article("Crash\n\nThe old bridge was closed tragically when its middle span fell during the re-entry "
                            "of the train.")
    (judged,) = [f for f in read_facts(article).facts if f.kind == "opinion"]
    assert judged.data["cues"] == ["tragically"]
    assert "entry" not in judged.data["_plain_words"] and "train" in judged.data["_plain_words"]


STATEMENTS = ROOT / "tests" / "data" / "statements"


@pytest.mark.parametrize(("name", "kind"), [
    ("charity-we-after-its-name", "press-release"), ("government-condemns", "press-release"),
    ("company-quotes-only-its-own-people", "press-release"), ("company-media-contact", "press-release"),
    ("readout-of-a-call", "press-release"), ("rebuttal-of-reports", "press-release"),
    ("department-announces-with-end-mark", "press-release"),
    ("department-announces-today-quoting-its-officials", "press-release"),
    ("ministry-condemns-without-we", "press-release"), ("company-product-announcement", "press-release"),
    ("charity-winter-appeal", "press-release"), ("ministry-fact-sheet-bullets", "press-release"),
    ("city-statement-on-decision", "press-release"),
    ("news-department-grants-at-a-news-conference", "news"),
    ("news-wire-quotes-ministry-statement", "wire"), ("news-ministry-rejects-reports", "news"),
    ("news-company-plant-quotes-executives", "news"),
    ("news-local-exhibit-ends-for-more-information", "news"),
])
def test_a_statement_is_known_by_its_publishers_voice_without_a_heading(name, kind):
    """None of these invented statements is headed "Press release": a body that names itself
    and says "we", a government that condemns, a company that quotes only its own people or
    ends with a media contact, a readout of an official's call, a rebuttal of reports about
    the publisher. A wire story that quotes a ministry's statement, or a business story that
    quotes a company's executives and says so as a reporter does, stays news."""
    text = (STATEMENTS / f"{name}.txt").read_text(encoding="utf-8")
    assert len(text.split()) >= 300
    assert read_facts(parse_article(text)).kind.kind == kind


def test_she_after_a_quotation_is_not_a_thing_the_quotation_names():
    # "local government" ends like a person's noun ("-ent"), but no "she" points back to it.
    text = ("Council approves parking charges\n\nCllr Helen Garside, cabinet member for transport, said the decision was "
            "hard. “Nobody comes into local government wanting to charge people to park,” she told the meeting.")
    quote = next(f for f in facts(text, "source") if f.text.startswith("Nobody"))
    assert quote.data["speaker"]["name"] == "Cllr Helen Garside"
