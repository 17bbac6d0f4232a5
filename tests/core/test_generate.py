from quiz.core.generate import generate_pack
from quiz.core.packs import dump_pack, parse_pack


def test_seed_pack_has_choice_and_truefalse_questions(seed_text):
    pack = generate_pack(seed_text)
    assert {q.type for q in pack.questions} >= {"choice", "truefalse"}
    assert len(pack.questions) >= 8


def test_every_evidence_is_a_verbatim_span_of_the_article(seed_text):
    for question in generate_pack(seed_text).questions:
        assert question.evidence in seed_text, question.id


def test_choice_answers_are_among_the_choices_and_distractors_differ(seed_text):
    for question in generate_pack(seed_text).questions:
        if question.type == "choice":
            assert question.answer in question.choices
            assert len(set(question.choices)) == len(question.choices)
            assert question.choices.count(question.answer) == 1


def test_figure_answers_appear_in_their_evidence(seed_text):
    for question in generate_pack(seed_text).questions:
        if question.skill == "numbers" and question.type == "choice":
            assert question.answer in question.evidence


def test_every_question_is_explained(seed_text):
    assert all(q.explanation.strip() for q in generate_pack(seed_text).questions)


def test_the_same_seed_gives_the_same_pack_and_another_seed_shuffles(seed_text):
    assert generate_pack(seed_text, seed=3) == generate_pack(seed_text, seed=3)
    orders = {tuple(q.choices for q in generate_pack(seed_text, seed=s).questions) for s in range(5)}
    assert len(orders) > 1


def test_question_ids_are_unique(seed_text):
    ids = [q.id for q in generate_pack(seed_text).questions]
    assert len(ids) == len(set(ids))


def test_generated_pack_loads_back_as_written(seed_text, tmp_path):
    pack = generate_pack(seed_text, title="Seed quiz")
    loaded = parse_pack(dump_pack(pack), tmp_path / "pack.yaml")
    assert [q.id for q in loaded.questions] == [q.id for q in pack.questions]
    assert [q.answer for q in loaded.questions] == [q.answer for q in pack.questions]
    assert all(seed_text[q.evidence_start : q.evidence_end] == q.evidence for q in loaded.questions)


def test_max_questions_is_respected(seed_text):
    assert len(generate_pack(seed_text, max_questions=3).questions) == 3


def test_an_article_with_nothing_to_ask_gives_no_questions():
    assert generate_pack("Nothing happened today.").questions == ()
