"""The medspaCy pipeline, built once per process: spacy.blank("en") via medspacy.load(), a
sentencizer, target rules generated from the knowledge base, and lay ConText rules.

spaCy and medspaCy are imported here only, inside functions, so `legtwitch --help` stays fast.
"""

from __future__ import annotations

import threading
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from legtwitch.knowledge.base import KnowledgeBase
from legtwitch.nlp.blank import blank_with_medspacy_tokenizer, silence_logs, skip_pattern_validation
from legtwitch.nlp.deferred import defer_unused
from legtwitch.nlp.everyday_amounts import patterns as amount_patterns
from legtwitch.nlp.lexicon import lay
from legtwitch.nlp.match_order import cheap_order, keep_written_order
from legtwitch.nlp.phrases import (
    NEGATION_SLOT,
    compile_phrase,
    deletions,
    fuzzy_keys,
    rule_shapes,
    single_word,
)
from legtwitch.nlp.shards import install as install_shards
from legtwitch.nlp.values import patterns as value_patterns
from legtwitch.nlp.vocabulary import reader_slots, target_specs

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher
    from spacy.tokens import Doc

_LOCK = threading.Lock()
_CACHE: dict[str, Any] = {}
_MIN_MISSPELT = 7  # letters: a misspelling of an 8-letter word can be one letter shorter
_SENTENCE_ENDS = [".", "!", "?", "\n", "\n\n", "\n\n\n", "...", "…", ";"]


@dataclass(frozen=True)
class Pipeline:
    nlp: Language
    clause_breaks: Matcher
    deny_previous: Matcher  # "I don't have either of those" (ALL) / "I don't have it" (NEAREST)
    fuzzy: dict[str, list[Any]]  # deletion key -> target rules of 8+ letter words (misspellings)

    def __call__(self, text: str) -> Doc:
        """Run the pipeline, splitting sentences into clauses before ConText sees them."""
        doc = self.nlp.make_doc(text)
        for name, proc in self.nlp.pipeline:
            doc = proc(doc)
            if name == "sentencizer":
                self._split_clauses(doc)
            elif name == "medspacy_target_matcher":
                self._misspellings(doc)
        return doc

    def _misspellings(self, doc: Doc) -> None:
        """Targets for one-letter misspellings (twiching, fasiculations) of words of 8+ letters
        that the matchers missed; first letters must agree. A dictionary of deletions keeps this
        a few lookups per token, where spaCy's FUZZY predicate compares every pattern."""
        taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        added = []
        for tok in doc:
            low = tok.lower_
            if tok.i in taken or len(low) < _MIN_MISSPELT or not low.isalpha():
                continue
            rules = {
                _meaning(r): r
                for key in deletions(low)
                for r in self.fuzzy.get(key, ())
                if r.literal[0] == low[0]
            }
            if len(rules) == 1:  # one meaning only; ambiguous misspellings are left alone
                (rule,) = rules.values()
                span = doc[tok.i : tok.i + 1]
                span.label_ = rule.category
                span._.target_rule = rule
                added.append(span)
        if added:
            doc.ents = tuple(sorted([*doc.ents, *added], key=lambda e: e.start))

    def _split_clauses(self, doc: Doc) -> None:
        for _, start, end in self.clause_breaks(doc):
            first = next((t for t in doc[start:end] if not t.is_punct), None)
            if first is not None and first.i > 0:
                first.is_sent_start = True
        for tok in doc[1:]:
            if tok.like_num and doc[tok.i - 1].text == ",":  # "no pain, 5 coffees a day"
                tok.is_sent_start = True


def _meaning(rule: Any) -> tuple[Any, ...]:
    meta = rule.metadata or {}
    return (rule.category, tuple(meta.get("findings") or ()), meta.get("condition"))


def pipeline(kb: KnowledgeBase) -> Pipeline:
    """The pipeline for this knowledge base (cached by its version)."""
    with _LOCK:
        nlp = _CACHE.get(kb.version)
        if nlp is None:
            nlp = _build(kb)
            _CACHE.clear()
            _CACHE[kb.version] = nlp
        return nlp


def _build(kb: KnowledgeBase, *, written_order: bool = False) -> Pipeline:
    """`written_order`: add the target rules as written (slower; the reference for a test)."""
    with warnings.catch_warnings():
        # pysbd (pulled in by medspaCy) has invalid escape sequences that warn when compiled.
        warnings.simplefilter("ignore", SyntaxWarning)
        warnings.simplefilter("ignore", DeprecationWarning)
        silence_logs()
        defer_unused()  # nltk: imported by medspaCy's QuickUMLS, never run here (deferred.py)
        import medspacy
        from medspacy.context import ConTextRule
        from medspacy.target_matcher import TargetRule

    nlp = medspacy.load(
        blank_with_medspacy_tokenizer(),
        medspacy_enable=["medspacy_target_matcher", "medspacy_context"],
        load_rules=False,
    )
    nlp.add_pipe("sentencizer", first=True, config={"punct_chars": _SENTENCE_ENDS})

    tokens: dict[str, list[str]] = {}

    def tokenize(text: str) -> list[str]:
        # a slot's words are tokenized once, not once per phrase that uses the slot
        if text not in tokens:
            tokens[text] = [t.text for t in nlp.tokenizer(text)]
        return tokens[text]

    slots = reader_slots(kb)
    targets: list[Any] = []
    for spec in target_specs(kb):
        meta = {
            "findings": spec.findings,
            "condition": spec.condition,
            "negation_inside": NEGATION_SLOT in spec.phrase,
        }
        for literal, pattern in rule_shapes(spec.phrase, tokenize, slots):
            targets.append(TargetRule(literal, spec.label, pattern=pattern, metadata=meta))
    fuzzy: dict[str, list[Any]] = {}
    for rule in targets:
        if rule.pattern is None and single_word(rule.literal) == rule.literal:
            for key in fuzzy_keys(rule.literal):
                fuzzy.setdefault(key, []).append(rule)
    for label, regexes in {**value_patterns(), **amount_patterns()}.items():
        for regex in regexes:
            targets.append(TargetRule(label.lower(), label, pattern=regex, metadata={}))
    # medspaCy turns each literal rule into a Doc with `nlp(text)`, running every pipe on it
    # (the matchers with the rules added so far); only the tokens are needed.
    for name in ("medspacy_target_matcher", "medspacy_context"):
        skip_pattern_validation(nlp.get_pipe(name))
    target_matcher = nlp.get_pipe("medspacy_target_matcher")
    if not written_order:
        install_shards(target_matcher)  # nlp/shards.py
    with nlp.select_pipes(disable=nlp.pipe_names):
        target_matcher.add(targets if written_order else cheap_order(targets))
    if not written_order:
        keep_written_order(target_matcher, targets)  # nlp/match_order.py

    context = nlp.get_pipe("medspacy_context")
    # medspaCy 1.3.1 passes this flag to the graph as "prune on modifier overlap", which drops a
    # trigger that merely touches a target ("what if it spreads": "spreads" is a target). Keep
    # them; the reader ignores only triggers that lie wholly inside a target ("can't" in
    # "can't climb stairs").
    context.prune_on_target_overlap = False
    rules: list[Any] = []
    for rule in lay().context:
        for phrase in rule.phrases:
            for literal, pattern in rule_shapes(phrase, tokenize, slots):
                rules.append(
                    ConTextRule(
                        literal,
                        rule.category,
                        pattern=pattern,
                        direction=rule.direction,
                        max_scope=rule.max_scope,
                    )
                )
    with nlp.select_pipes(disable=nlp.pipe_names):
        context.add(rules)
    from spacy.matcher import Matcher

    # validated once by tests/nlp/test_round5_a.py, like the target matcher's (nlp/shards.py):
    # spaCy's per-pattern check costs about 0.1 s of build here
    breaks = Matcher(nlp.vocab, validate=False)
    for phrase in lay().clause_breaks:
        breaks.add("BREAK", compile_phrase(phrase, tokenize, slots))
    deny = Matcher(nlp.vocab, validate=False)
    back = lay().deny_previous
    keyed = (
        ("ALL", back.all),
        ("NEAREST", back.nearest),
        ("SET_ASIDE", back.nearest_set_aside),
        ("BY_WRITER", back.by_writer),
    )
    for key, phrases in keyed:
        for phrase in phrases:
            deny.add(key, compile_phrase(phrase, tokenize, slots))
    return Pipeline(nlp, breaks, deny, fuzzy)
