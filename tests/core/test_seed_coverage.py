"""The seed article's key facts (tests/data/seed_facts.yaml) and the packs that cover them."""

import importlib.util
from pathlib import Path

import yaml

from support import ROOT

SEED_FACTS = ROOT / "tests" / "data" / "seed_facts.yaml"
SHIPPED = ROOT / "questions" / "guard-troops-generated.yaml"


def _tool():
    spec = importlib.util.spec_from_file_location("seed_coverage", ROOT / "tools" / "seed_coverage.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pack_of(tmp_path: Path, keep) -> Path:
    """The shipped pack with only the questions `keep` accepts."""
    pack = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    pack["questions"] = [q for q in pack["questions"] if keep(q)]
    pack["article"]["file"] = str(ROOT / "seeds" / Path(pack["article"]["file"]).name)
    path = tmp_path / "part.yaml"
    path.write_text(yaml.safe_dump(pack, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_the_shipped_pack_covers_at_least_22_of_the_24_seed_facts():
    covered, missed = _tool().coverage(SEED_FACTS, SHIPPED)
    assert len(covered) + len(missed) == 24
    assert len(covered) >= 22, missed


def test_a_question_covers_a_fact_only_with_its_skill_and_its_passage(tmp_path):
    tool = _tool()
    facts = {f["id"]: f for f in yaml.safe_load(SEED_FACTS.read_text(encoding="utf-8"))["facts"]}
    lead = facts["troops-requested"]["evidence"]
    same_passage = _pack_of(tmp_path, lambda q: lead[:60] in q["evidence"])
    covered, _ = tool.coverage(SEED_FACTS, same_passage)
    assert "troops-requested" in covered
    assert "under-review" not in covered  # another passage

    other_skill = yaml.safe_load(same_passage.read_text(encoding="utf-8"))
    for q in other_skill["questions"]:
        q["skill"] = "context"
    same_passage.write_text(yaml.safe_dump(other_skill, allow_unicode=True, sort_keys=False), encoding="utf-8")
    covered, _ = tool.coverage(SEED_FACTS, same_passage)
    assert "troops-requested" not in covered
