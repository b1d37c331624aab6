"""The reader against the labelled lay sentences, on the real knowledge base and pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp import extract
from legtwitch.nlp.evaluation import got, load_items, score

HERE = Path(__file__).parent
SETS = [
    "labelled.yaml",
    "heldout.yaml",
    "heldout2.yaml",
    "heldout3.yaml",
    "heldout4.yaml",
    "heldout5.yaml",
    "bank_a.yaml",
    "bank_b.yaml",
    "nearmiss.yaml",
    # written blind, measured once before and after round 5 (4 breaches), opened for round 6,
    # which fixed the general fault behind each breach (tests/nlp/test_round6_a.py)
    "heldout7.yaml",
    # written blind, measured once after rounds 5 and 6 (4 breaches), opened for round 7, which
    # fixed the general fault behind each breach and corrected two labels to the older sets'
    # convention (tests/nlp/test_round7.py)
    "heldout8.yaml",
    # round 7B: near misses 2 (no red flag stated anywhere; 62 breaches before its fixes, tuned on)
    "nearmiss2.yaml",
    # round 7C: near misses 3 (no red flag stated anywhere; 27 breaches before its fixes, tuned on)
    "nearmiss3.yaml",
    # written blind while round 7 ran, measured blind (6 breaches), opened for round 8A, which fixed
    # the general fault behind each breach: the lead's labelling conventions (stroke episode),
    # advice before a condition, stairs breathlessness, slang (tests/nlp/test_round8a.py)
    "heldout9.yaml",
    # round 7C's development bank C: its 11 breaches were a clash of labelling conventions, settled
    # by the lead in round 8A (docs/nlp.md, "Labelling conventions"); tuned on
    "bank_c.yaml",
    # written blind while rounds 8A-8D ran, measured blind (rules and model 0.957 / 0.840, 4
    # breaches), opened for round 9A, which fixed the general fault behind each breach (a stroke
    # episode's hand, a lifelong difficulty, exertion, "muddled about" a thing) and read the
    # texts written for someone else under the lead's convention 5 (tests/nlp/test_round9a.py)
    "heldout10.yaml",
    # written blind during session 6, measured blind (rules and model 0.896 / 0.843, 9 breaches),
    # opened for round 10A, which fixed the general fault behind each breach (a line or an or-list
    # answered "no", a break word cut from its verb, "warned me about", "no memory of", a fainting
    # goat, winded by a blow, a climb anyone stops on, the twitch story's "keep", swelling above
    # the calf; tests/nlp/test_round10a.py)
    "heldout11.yaml",
    # written blind during session 7, measured blind (rules and model 0.901 / 0.798, 8 breaches),
    # opened for round 11A, which fixed the general fault behind each breach and false positive (a
    # check inside a phrase's gap, a clinician's question or checklist, "I'm not" after what
    # someone else said, childhood, another sense of the words: "not fit", "passed out leaflets",
    # news "hard to swallow"; puffy ankles after a shift; tests/nlp/test_round11a.py)
    "heldout12.yaml",
    # written blind during session 7, measured blind twice (0.881 / 0.802 and, after rounds
    # 11A-11C, 0.882 / 0.811; 10 breaches), opened for round 12A in session 8, which fixed nine
    # breaches by class (figures of speech, ordinary causes, "report any", a counterfactual
    # question, someone else's lost words, "a seat that isn't there", an addressed friend;
    # tests/nlp/test_round12a.py); the tenth was a label, relabelled by the lead (convention 14)
    "heldout13.yaml",
]
# Written blind; measured blind, then the general faults it showed were fixed (docs/nlp.md): "never
# had a fit" in round 4, and in round 5 a denial by the writer after what someone else said ("my
# wife reckons I choke on drinks but I really don't"), its last known breach. It is now a plain set
# of the hard-rule test (it was a strict expected failure until then).
BLIND = "heldout6.yaml"
# The newest blind sets, kept for measuring (written blind, measured before anyone opens them).
# Each is a strict expected failure of the hard-rule test while it has known breaches (the mark is
# strict: once the reader stops breaching the rule there, the test fails until the mark goes), and
# the red-flag model never learns from them (tests/nlp/test_red_flag_model.py). Empty between sets
# being opened and the next ones being added by the lead. Held-out 11: written blind during
# session 6, measured blind at its end (rules and model 0.896 / 0.843, 9 breaches); opened in
# round 10A. Held-out 12 and 13: written blind during session 7 (rounds 10A-10C ran meanwhile),
# measured blind at its end (rules and model 0.901 / 0.798 with 8 breaches and 0.881 / 0.802 with
# 10; the session's start reader 0.900 / 0.789 with 8 and 0.889 / 0.793 with 9). Round 11A
# opened held-out 12 (now in SETS); held-out 13 stays blind for measuring it. Held-out 14:
# written blind during session 8 (rounds 11A-11C ran meanwhile), measured blind at its start and
# end (0.919 / 0.752 -> 0.922 / 0.785, 5 breaches both times).
# Round 12A opened held-out 13 (now in SETS); held-out 14 stays blind for measuring it.
NEWEST_BLIND: tuple[str, ...] = ("heldout14.yaml",)
NEWEST_BLIND_BREACHES = "known breaches on a newest blind set, measured, not opened"
_NEWEST = [
    pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=NEWEST_BLIND_BREACHES))
    for name in NEWEST_BLIND
]


def _red(kb: KnowledgeBase) -> set[str]:
    return {fid for fid, f in kb.findings.items() if f.group == "red_flag"}


def test_labelled_set_is_big_enough_and_uses_real_ids(real_kb: KnowledgeBase) -> None:
    items, _ = load_items(HERE / "labelled.yaml")
    assert len(items) >= 150
    for name in [*SETS, BLIND]:
        for item in load_items(HERE / name)[0]:
            assert set(item.expected) <= set(real_kb.findings), item.text


@pytest.mark.parametrize(
    "name",
    [*SETS, BLIND, *_NEWEST],
)
def test_no_red_flag_is_ever_turned_present_unless_stated(
    name: str, real_kb: KnowledgeBase
) -> None:
    """Hard rule: a negated, a relative's or a hypothetical red flag never becomes present."""
    items, today = load_items(HERE / name)
    red = _red(real_kb)
    wrong = []
    for item in items:
        found = got(extract(item.text, real_kb, today))
        for fid in red:
            if found.get(fid) == "present" and item.expected.get(fid) != "present":
                wrong.append((item.text, fid))
    assert wrong == []


def test_stated_red_flags_per_sentence(real_kb: KnowledgeBase) -> None:
    """Each red flag the development set states present is read as present."""
    items, today = load_items(HERE / "labelled.yaml")
    red = _red(real_kb)
    missed = []
    for item in items:
        found = got(extract(item.text, real_kb, today))
        for fid, status in item.expected.items():
            if fid in red and status == "present" and found.get(fid) != "present":
                missed.append((item.text, fid))
    assert missed == []


def test_development_set_meets_the_targets(real_kb: KnowledgeBase) -> None:
    items, today = load_items(HERE / "labelled.yaml")
    report = score(items, lambda t: extract(t, real_kb, today), real_kb)
    assert report.red_flags.precision >= 0.95
    assert report.red_flags.recall >= 0.90
    assert report.all.precision >= 0.9 and report.all.recall >= 0.9
    assert report.answers_right == report.answers_total


def test_heldout9_meets_the_red_flag_targets(real_kb: KnowledgeBase) -> None:
    """Held-out 9, opened in rounds 8A (breaches, precision) and 8B (recall): 0.916 / 0.798 blind,
    with the model; tuned on since, so optimistic."""
    items, today = load_items(HERE / "heldout9.yaml")
    report = score(items, lambda t: extract(t, real_kb, today), real_kb)
    assert report.red_flags.precision >= 0.95
    assert report.red_flags.recall >= 0.90


def test_heldout10_meets_the_red_flag_targets(real_kb: KnowledgeBase) -> None:
    """Held-out 10, opened in round 9A: 0.957 / 0.840 blind with the model, 4 breaches; tuned on
    since and the model learns from it, so optimistic."""
    items, today = load_items(HERE / "heldout10.yaml")
    report = score(items, lambda t: extract(t, real_kb, today), real_kb)
    assert report.red_flags.precision >= 0.95
    assert report.red_flags.recall >= 0.90


def test_bank_a_meets_the_targets(real_kb: KnowledgeBase) -> None:
    """Round 5's development bank A (eight red flags in many registers; tuned on, so optimistic)."""
    items, today = load_items(HERE / "bank_a.yaml")
    report = score(items, lambda t: extract(t, real_kb, today), real_kb)
    assert report.red_flags.precision >= 0.95
    assert report.red_flags.recall >= 0.90


def test_bank_b_meets_the_red_flag_targets(real_kb: KnowledgeBase) -> None:
    """Round 5's development bank B (seven red flags in many registers; tuned on)."""
    items, today = load_items(HERE / "bank_b.yaml")
    report = score(items, lambda t: extract(t, real_kb, today), real_kb)
    assert report.red_flags.precision >= 0.95
    assert report.red_flags.recall >= 0.90


def test_near_misses_keep_red_flag_precision(real_kb: KnowledgeBase) -> None:
    """Round 6's development set of near misses (figures of speech, ordinary events, others' red
    flags, worries, ended or checked and fine, read about, unusual denials; tuned on)."""
    items, today = load_items(HERE / "nearmiss.yaml")
    report = score(items, lambda t: extract(t, real_kb, today), real_kb)
    assert report.red_flags.precision >= 0.95
