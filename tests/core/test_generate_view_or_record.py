"""View or record: on any prose text, of any genre, with no quotation and no figure of its
own needed, which sentence gives a view someone could dispute and which a fact a record
could settle; and a list, a table or a poem still gets the clear "nothing to ask"."""

import random
import re
from pathlib import Path

import pytest

from quiz.core.article import parse_article
from quiz.core.errors import QuizError
from quiz.core.facts import read_facts
from quiz.core.generate import SURE, candidates, opinion, view_or_record
from quiz.core.generate.common import Context
from quiz.core.service import generate_from_article

# Invented texts of genres with few quotations and few figures: an explainer of a political
# phrase, an essay, a how-to, a history piece, a glossary entry, a tribute with no quotations,
# a learner's vocabulary lesson on an idiom.
PROSE = Path(__file__).parent / "prose"
GENRES = sorted(p.stem for p in PROSE.glob("*.txt"))


def read(text):
    article = parse_article(text)
    return Context(article, read_facts(article), random.Random(1))


def offered(text):
    return [c for c in view_or_record.view_or_record(read(text)) if c.worth >= SURE]


def test_every_genre_of_prose_is_written():
    assert GENRES == ["essay", "explainer", "glossary", "history", "howto", "tribute", "vocabulary"]
    for genre in GENRES:
        assert len((PROSE / f"{genre}.txt").read_text(encoding="utf-8").split()) >= 300
        assert "“" not in (PROSE / f"{genre}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("genre", GENRES)
def test_any_prose_text_gets_a_sure_view_or_record_question_and_a_pack(genre):
    text = (PROSE / f"{genre}.txt").read_text(encoding="utf-8")
    (first, *_) = offered(text)
    question = first.question
    assert question.skill == "fact-vs-opinion" and question.evidence in text
    word = re.search(r"“(\w+)” judges", question.explanation).group(1)
    # The view lies in a word that only judges, in the writer's own sentence.
    assert word.lower() in view_or_record.ONLY_JUDGE and word in question.evidence
    assert generate_from_article(parse_article(text)).pack.questions


def test_the_wrong_sentences_state_a_date_and_judge_nothing():
    text = (PROSE / "history.txt").read_text(encoding="utf-8")
    (first, *_) = offered(text)
    question = first.question
    assert question.prompt == ("Which of these sentences gives a view someone could dispute, not a fact a record could "
                               "settle?")
    assert question.answer == "Yet the bridge itself was a remarkable achievement."
    wrong = [c for c in question.choices if c != question.answer]
    assert len(wrong) == 3
    for choice in wrong:
        year = re.search(r"\b1\d{3}\b", choice).group(0)
        assert question.feedback[choice] == (f"It states a date (“{year}”) and judges nothing: a record could show "
                                             "whether it is true.")
        assert year in question.explanation
    # "The council made foolish promises ... treated badly": a view, but beside facts; the view stated outright first.
    assert "foolish" not in " ".join(wrong)


def test_a_text_with_no_dates_is_asked_of_its_judging_sentence_alone():
    text = (PROSE / "essay.txt").read_text(encoding="utf-8")
    (first, *_) = offered(text)
    question = first.question
    assert question.prompt == ("The writer writes: “A handwritten letter is also a wonderful thing to receive.” "
                               "What kind of statement is this?")
    assert question.answer == "A view: readers could disagree, and no record could settle it"
    assert set(question.choices) == {question.answer, "A fact: it says what something is, so a record could confirm it",
                                     "A fact: the writer checked it, or it would not have been printed",
                                     "Someone else's view, which the writer reports"}
    assert "“wonderful” judges" in question.explanation


DATED = """The town council voted in 2021 to move the old steam engine to a new museum, and work began in 2023.

The engine pulled trains on the valley line from 1880 until 1961, when the line closed.

"We thank every town that asked for the engine," said Mayor Ruth Bolt to the crowd on Monday. "This was a hard choice. In \
the end, the new museum is a wonderful home for the old engine. It opens to visitors next spring."

The move was widely seen as foolish by the people of the valley.

The museum was built in 1994 on the site of the old goods yard.
"""


def test_a_view_the_text_quotes_or_reports_of_others_is_not_the_writers():
    # The middle sentence of a quotation carries no mark of its own, and "seen as foolish" is
    # the valley's view: neither is the writer's.
    assert offered(DATED) == []
    own = DATED.replace('"', "").replace("widely seen as foolish by the people of the valley", "a foolish one")
    assert [c.question.answer for c in offered(own)] == ["The move was a foolish one.",
                                                        "In the end, the new museum is a wonderful home for the old engine."]


NOT_PROSE = {
    "list": "Our club year\n\n- The hall was booked in 1990.\n- The club was founded in 1971.\n"
            "- The first show was held in 1972.\n- The summer fair was wonderful.\n- The new roof was built in 2004.\n"
            "- The old piano was sold in 2010.",
    "table": "Year | Event | Note\n1990 | The hall was booked in 1990. | -\n1971 | The club was founded in 1971. | -\n"
             "1972 | The first show was held in 1972. | -\n- | The summer fair was wonderful. | -",
    "poem": "The river ran below the hill.\nThe bridge was built in 1891.\n"
            "The mill was closed in 1902.\nThe evening light was wonderful.\n"
            "And quiet fell on the water then,\nThe bells were rung in 1919.\n"
            "The orchard was a lovely place.\nThe trees were planted in 1930.",
}


@pytest.mark.parametrize("form", sorted(NOT_PROSE))
def test_a_list_a_table_or_a_poem_still_gets_nothing_to_ask(form):
    text = NOT_PROSE[form]
    assert not opinion.reads_as_prose(text)
    assert [c for c in candidates(read(text)) if c.question.template == "view-or-record"] == []
    # Its sentences in one paragraph would be asked: the lines alone tell it from prose.
    assert list(view_or_record.view_or_record(read(" ".join(re.findall(r"[A-Z][^.|\n]*\.", text)))))
    with pytest.raises(QuizError, match="nothing in this article to ask about"):
        generate_from_article(parse_article(text))


def test_paragraphs_of_prose_read_as_prose():
    for genre in GENRES:
        assert opinion.reads_as_prose((PROSE / f"{genre}.txt").read_text(encoding="utf-8"))


def test_a_decade_is_named_whole_as_what_a_record_could_check():
    assert opinion._checkable_part("In the 1850s it was used for adventurers.") == "a figure or a date (“1850s”)"


ADVISED = """The term "lame duck"

A lame duck is an official who stays in office after a successor has been chosen. The phrase began on the London Stock Exchange in the 1760s, where it meant a trader who had failed to pay his debts.

American newspapers first used the phrase for defeated members of Congress in the 1830s.

The Twentieth Amendment, ratified in 1933, moved the start of a new Congress from March to January.

Reporters should use the label with care, for a lame duck can still sign laws.

Newspapers have used the phrase for presidents in a second term since the 1950s.
"""


def test_what_the_writer_says_ought_to_be_done_is_a_view_beside_dated_facts():
    (first, *_) = offered(ADVISED)
    assert first.question.answer == "Reporters should use the label with care, for a lame duck can still sign laws."
    assert first.question.explanation.startswith("“should” says what ought to be done: it gives the writer's own view")
    # A how-to's "you should" instructs the reader: it is asked of no one as a view.
    assert offered(ADVISED.replace("Reporters should use", "You should use")) == []


NAMED = """The old mill school

The school in the old mill opened in 1902 and closed in 1968.

Its first head teacher was Ann Wise, who taught there for many years.

The school lost a claim of unfair dismissal brought by its cook in the courts.

The building was sold to a bakery in 1971 and became a museum in 1999.
"""


def test_a_name_or_a_term_of_law_is_no_judgement():
    assert offered(NAMED) == []
    judged = NAMED.replace("in the courts.", "in the courts. The new museum is a delightful place.")
    assert [c.question.answer for c in offered(judged)] == ["The new museum is a delightful place."]


def test_a_view_that_may_carry_on_someone_elses_words_is_not_the_writers():
    text = NAMED.replace("in the courts.", "in the courts.\n\nThe mayor said the museum was too small. The new rooms are "
                                            "a delightful place.")
    assert offered(text) == []
    assert offered(text.replace("too small. The new", "too small.\n\nThe new"))


# A speech by an official, and a local report: real texts judge less by words that only judge
# than by advice ("we must") and by words that rate ("significant", "bold"), which also have uses
# a record settles ("statistically significant", "a major road").
SPEECH = """Remarks by the Mayor at the Opening of the Harbour Bridge

Thank you all for coming. My fellow citizens, I am glad to stand with you today on this windy morning.

The old ferry carried our grandparents across this water for fifty years. It stopped running in 1998. The bridge took four years to build, and two thousand people worked on it.

We must keep this bridge open to everyone, rich and poor alike. The tolls should stay low for the families who use it every day.

I thank the workers, the engineers and the families who waited. God bless you all, and God bless this city.
"""
REPORT = """Council approves new bus plan

The city council voted on Tuesday to approve a new plan for the bus service. The plan was first put forward by the transport office in March.

The council met for three hours. Eleven members voted for the plan and two voted against it. The service carries 40,000 passengers a week.

The cost of the plan is significant. Buses will be diverted along a major road while the depot is rebuilt.

The council launched a bold reform of the night service last year. The night buses carry 2,000 passengers a week.
"""


def test_what_a_speaker_says_we_must_do_is_the_speakers_view():
    ctx = read(SPEECH)
    assert ctx.kind.kind == "speech"
    asked = list(view_or_record.view_or_record(ctx))
    assert [c.question.answer for c in asked] == ["We must keep this bridge open to everyone, rich and poor alike.",
                                                  "The tolls should stay low for the families who use it every day."]
    assert all(c.worth >= SURE for c in asked)
    assert asked[0].question.explanation.startswith("“must” says what ought to be done")
    # In a report, "must" states a rule a record settles ("the form must be returned"): no view.
    rule = REPORT.replace("The cost of the plan is significant.", "Each form must be returned to the office.")
    assert [c.question.answer for c in view_or_record.view_or_record(read(rule))] == [
        "The council launched a bold reform of the night service last year."]


def test_a_rating_word_judges_stated_outright_and_is_a_draft_before_an_effort():
    asked = list(view_or_record.view_or_record(read(REPORT)))
    assert [(c.question.answer, c.worth >= SURE) for c in asked] == [
        ("The cost of the plan is significant.", True),
        ("The council launched a bold reform of the night service last year.", False)]
    assert asked[1].worth >= 0.45
    assert "“bold” judges" in asked[1].question.explanation
    for wrong in (c for c in asked[1].question.choices if c != asked[1].question.answer):
        assert re.search(r"\d|three|two|March|Tuesday", wrong)


@pytest.mark.parametrize("sentence", [
    "The differences between the groups were statistically significant.",
    "Buses will be diverted along a major road while the depot is rebuilt.",
    "Swipe a key card at the gate to enter the depot.",
    "It is important to note the depot opens at six.",
    "Restoring the night buses is critical to saving jobs.",
])
def test_a_rating_word_a_record_settles_is_no_view(sentence):
    text = REPORT.replace("The cost of the plan is significant.", sentence).replace("bold reform", "reform")
    assert list(view_or_record.view_or_record(read(text))) == []


RELEASE = """FOR IMMEDIATE RELEASE

City Police Department Reports Fall in Crime

The City Police Department today released its crime figures for the first half of the year.

Car thefts across the city are down 20%. Burglaries of homes are down 13%.

In the harbour district, crime fell further. Burglaries of homes are down 56%. Thefts from shops are down 51%.

Residents now enjoy the decisive end of a crime wave.

For more information, contact the press office at the City Police Department.
"""


def test_a_releases_figures_are_the_records_beside_its_own_rating_once_each():
    ctx = read(RELEASE)
    assert ctx.kind.kind == "press-release"
    (asked,) = view_or_record.view_or_record(ctx)
    question = asked.question
    assert question.answer == "Residents now enjoy the decisive end of a crime wave." and asked.worth < SURE
    wrong = sorted(c for c in question.choices if c != question.answer)
    # Two sentences that differ only in their figures would puzzle side by side: one of them.
    assert wrong == ["Burglaries of homes are down 13%.", "Car thefts across the city are down 20%.",
                     "Thefts from shops are down 51%."]
    assert "a record could check the rest of it, but not the judgement in “decisive”" in question.explanation


def test_a_speech_asks_once_whether_what_ought_to_be_done_is_a_view():
    asked = [q.template for q in generate_from_article(parse_article(SPEECH)).pack.questions]
    # "Which sentence says what should be done?" and "is 'the tolls should stay low' a view?" are one lesson.
    assert "recommendation" in asked and "view-or-record" not in asked


def test_a_short_judgement_is_asked_too():
    text = (PROSE / "vocabulary.txt").read_text(encoding="utf-8").replace(
        "Under the weather is a useful expression to know.", "The expression is useful.")
    assert [c.question.prompt for c in offered(text)] == [
        "The writer writes: “The expression is useful.” What kind of statement is this?"]


TRIBUTE = """Remembering Margaret Hale

Margaret Hale taught at Elm Street School for thirty-one years. She was born in 1931 and died last week at the age of ninety-two.

She came to the school in 1955, when it had four classrooms and a coal stove. She taught reading to the youngest children.

Margaret was truly kind to every child who came through her door. She retired in 1986 and moved to a cottage by the river.

She leaves two sons and five grandchildren.
"""


def test_a_quality_raised_by_truly_is_a_view_beside_dated_facts():
    (asked,) = [c for c in view_or_record.view_or_record(read(TRIBUTE)) if c.worth >= SURE]
    assert asked.question.answer == "Margaret was truly kind to every child who came through her door."
    assert asked.question.explanation.startswith("“truly kind” judges")
    # "very" may size a measure a record settles ("very cold"); "truly" weighs.
    plain = TRIBUTE.replace("truly kind", "very busy")
    assert list(view_or_record.view_or_record(read(plain))) == []


def test_a_judging_sentence_that_also_tells_what_happened_is_not_called_beyond_any_record():
    text = (PROSE / "history.txt").read_text(encoding="utf-8")
    (_, second) = offered(text)
    assert second.question.answer.startswith("The council made foolish promises, the first engineer was treated badly, and")
    assert "a record could check the rest of it, but not the judgement in “foolish”" in second.question.explanation
    assert "no record could settle it" not in second.question.explanation


@pytest.mark.parametrize("sentence", ["The injuries of the driver were serious.", "The winds on the coast were strong.",
                                      "The operation on the driver was successful."])
def test_a_grade_a_record_keeps_is_no_view(sentence):
    text = REPORT.replace("The cost of the plan is significant.", sentence).replace("bold reform", "reform")
    assert list(view_or_record.view_or_record(read(text))) == []


def test_what_a_thing_is_said_to_confirm_is_the_writers_own_claim():
    # "The long delay has confirmed that ...": a delay says nothing; the writer does.
    text = REPORT.replace("The cost of the plan is significant.",
                          "The long delay has confirmed that the old depot was a foolish choice.").replace("bold reform", "reform")
    assert [c.question.answer for c in view_or_record.view_or_record(read(text))] == [
        "The long delay has confirmed that the old depot was a foolish choice."]


def test_a_fact_sheets_heading_run_into_a_sentence_is_no_choice():
    text = RELEASE.replace("Thefts from shops are down 51%.", "Shop crime: The police recorded 51 thefts from shops in March.")
    (asked,) = view_or_record.view_or_record(read(text))
    assert not any(c.startswith("Shop crime") for c in asked.question.choices)


# Invented interviews: a shop owner's spoken answers, a scientist's.
TEXTS = Path(__file__).parent / "texts"


def test_a_guests_view_is_asked_among_the_same_guests_records():
    text = (TEXTS / "bakery-owner-interview.txt").read_text(encoding="utf-8")
    (asked,) = offered(text)
    question = asked.question
    assert question.prompt == ("Which of these sentences from Tomas Berg's answers in the interview gives a view someone "
                               "could dispute, not a fact a record could settle?")
    assert question.answer == "The market hall is a wonderful idea."
    wrong = [c for c in question.choices if c != question.answer]
    # Each wrong choice is Berg's own, states a count or a year, and plans or guesses nothing.
    assert len(wrong) >= 2 and all(w in text and re.search(r"\d", w) for w in wrong)
    assert not any(re.search(r"\b(?:will|probably|think)\b", w) for w in wrong)
    assert "“wonderful” judges: it gives Tomas Berg's own view" in question.explanation


def test_a_guests_view_with_too_few_records_is_asked_alone_naming_the_guest():
    text = (TEXTS / "scientist-interview.txt").read_text(encoding="utf-8")
    (asked,) = offered(text)
    question = asked.question
    assert question.prompt == ("In the interview, Lucia Moreno answers: “The response has been shamefully slow.” "
                               "What kind of statement is this?")
    assert question.answer.startswith("A view")
    assert "A fact: the interviewer checked it, or it would not have been printed" in question.choices
    # "shamefully" judges as an adverb: no feedback says "whether it is “shamefully”".
    assert all("is “shamefully”" not in words for words in question.feedback.values())
    assert "No check could settle whether “shamefully” fits" in question.feedback[
        "A fact: the interviewer checked it, or it would not have been printed"]


INTERVIEW = """Q&A: A café owner on the new bike lane

Mia Holt runs a café on Harbour Road. She spoke with our reporter about the new bike lane.

Q: How is business?

Holt: We served 310 customers last Saturday. We opened the café in 2015 with four tables. Our rent rose by 12 percent in 2022.

Q: What do you think of the bike lane?

Holt: Every rider wants a safe route, and the new lane is excellent. However, there have been several crashes that should worry the council.

Q: Anything else?

Holt: The lane is a wonderful addition to the street.
"""


def test_a_guests_judgement_joined_to_another_claim_or_a_should_is_not_asked():
    # "Every rider wants a safe route, and the new lane is excellent": the first half is no record;
    # "crashes that should worry the council" is no advice. Only the plain judgement is asked.
    assert [c.question.answer for c in offered(INTERVIEW)] == ["The lane is a wonderful addition to the street."]
    plain = INTERVIEW.replace("The lane is a wonderful addition to the street.", "We close at six on Sundays.")
    assert offered(plain) == []


def test_a_feeling_that_opens_a_sentence_on_a_fact_is_not_asked_as_a_view_alone():
    """"Unfortunately, the parcels are not reaching the villages": the opening word is the
    guest's regret, and what follows is a claim a record could settle."""
    text = ("Q&A: The aid director on the floods\n\n"
            "Ana Silva runs the Red Valley aid office. She spoke with our reporter.\n\n"
            "Q: Are the parcels getting through?\n\n"
            "Ana Silva: Unfortunately, the parcels are not reaching the mountain villages.\n\n"
            "Q: What happens next?\n\n"
            "Ana Silva: We are asking the army for trucks.\n")
    assert not [c for c in offered(text) if c.question.template == "view-or-record"]


@pytest.mark.parametrize("sentence, named", [
    ("A bus ticket cost 50 cents in the first year.", "a sum of money (“50 cents”)"),
    ("Entry to the museum was 18 euros for adults.", "a sum of money (“18 euros”)"),
    ("The fare rose to $2 in 1990.", "a sum of money (“$2”)"),
    ("The city spent $4 million on the line.", "a sum of money (“$4 million”)"),  # a budget, no price
    ("About 40 percent of the town took the bus.", "a percentage (“40 percent”)"),
    ("Ridership fell 12 percentage points in a year.", "a change in percentage points (“12 percentage points”)"),
    ("The line carried 300 riders a day.", "a count (“300”)"),
    ("The line opened in 1851.", "a date (“1851”)"),
])
def test_a_figure_keeps_its_unit_and_is_named_for_its_kind(sentence, named):
    assert view_or_record._checked_by(view_or_record._anchor(sentence)) == named


def test_an_instruction_to_the_public_in_a_release_is_no_view_to_dispute():
    recall = RELEASE.replace("Residents now enjoy the decisive end of a crime wave.",
                             "Residents who have bought the affected locks should not use them.")
    assert not [c for c in view_or_record.view_or_record(read(recall)) if "should not use them" in c.question.answer]
    urged = RELEASE.replace("Residents now enjoy the decisive end of a crime wave.",
                            "The council should not cut the police budget again.")
    assert [c for c in view_or_record.view_or_record(read(urged)) if "should not cut" in c.question.answer]
