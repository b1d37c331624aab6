"""The knowledge base: validated files merged, indexed by id and cross-checked."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from legtwitch.errors import KnowledgeBaseError
from legtwitch.knowledge.loader import default_data_dir, load_files
from legtwitch.knowledge.schema import (
    Condition,
    Expr,
    Finding,
    KnowledgeBaseFile,
    Policy,
    Question,
    TriageRule,
)
from legtwitch.knowledge.sourced import Source, Sourced, SourcedProbability


@dataclass(frozen=True)
class SourcedUse:
    """Where a sourced number is used, for the census and the checks."""

    where: str
    number: Sourced


class KnowledgeBase:
    """Everything legtwitch knows, indexed. Build with `KnowledgeBase.load()`."""

    def __init__(self, files: Iterable[KnowledgeBaseFile], digest: str = "") -> None:
        files = list(files)
        versions = [f.version for f in files if f.version]
        policies = [f.policy for f in files if f.policy is not None]
        if len(versions) != 1:
            raise KnowledgeBaseError("Exactly one knowledge-base file must give 'version'.")
        if len(policies) != 1:
            raise KnowledgeBaseError("Exactly one knowledge-base file must give 'policy'.")
        self.version = f"{versions[0]}+{digest}" if digest else versions[0]
        self.policy: Policy = policies[0]
        self.sources: dict[str, Source] = _index(
            "source", (s for f in files for s in f.sources), "key"
        )
        self.findings: dict[str, Finding] = _index(
            "finding", (x for f in files for x in f.findings), "id"
        )
        self.conditions: dict[str, Condition] = _index(
            "condition", (x for f in files for x in f.conditions), "id"
        )
        self.triage_rules: dict[str, TriageRule] = _index(
            "triage rule", (x for f in files for x in f.triage_rules), "id"
        )
        self.questions: dict[str, Question] = _index(
            "question", (x for f in files for x in f.questions), "id"
        )
        self.prevalence: dict[str, SourcedProbability] = {}
        for f in files:
            for fid, p in f.prevalence.items():
                if fid in self.prevalence:
                    raise KnowledgeBaseError(f"Duplicate prevalence for '{fid}'.")
                self.prevalence[fid] = p
        self._check()

    @classmethod
    def load(cls, directory: Path | None = None) -> KnowledgeBase:
        files, digest = load_files(directory or default_data_dir())
        return cls(files, digest)

    # --- lookups ------------------------------------------------------------------------------
    def finding(self, finding_id: str) -> Finding:
        try:
            return self.findings[finding_id]
        except KeyError:
            raise KnowledgeBaseError(f"Unknown finding id '{finding_id}'.") from None

    def question(self, question_id: str) -> Question:
        try:
            return self.questions[question_id]
        except KeyError:
            raise KnowledgeBaseError(f"Unknown question id '{question_id}'.") from None

    def sourced_numbers(self) -> Iterator[SourcedUse]:
        """Every number in the knowledge base, with where it is used."""
        for f in self.findings.values():
            if f.leak is not None:
                yield SourcedUse(f"finding {f.id} leak", f.leak)
        for c in self.conditions.values():
            yield SourcedUse(f"condition {c.id} prior", c.prior)
            for fid, p in c.links.items():
                yield SourcedUse(f"condition {c.id} link {fid}", p)
            for fid, mod in c.modifiers.items():
                if mod.present is not None:
                    yield SourcedUse(f"condition {c.id} modifier {fid} present", mod.present)
                if mod.absent is not None:
                    yield SourcedUse(f"condition {c.id} modifier {fid} absent", mod.absent)
        for fid, p in self.prevalence.items():
            yield SourcedUse(f"risk factor {fid} prevalence", p)
        for level, t in self.policy.triage_thresholds.items():
            yield SourcedUse(f"policy triage threshold {level}", t)
        yield SourcedUse("policy interview stop", self.policy.interview_stop_change_probability)
        yield SourcedUse("policy interview rank margin", self.policy.interview_rank_margin)
        yield SourcedUse("policy triage weight", self.policy.triage_weight)

    # --- checks -------------------------------------------------------------------------------
    def _check(self) -> None:
        problems: list[str] = []
        for use in self.sourced_numbers():
            if use.number.source is not None and use.number.source not in self.sources:
                problems.append(f"{use.where} cites unknown source '{use.number.source}'")
        for rule in self.triage_rules.values():
            if rule.source not in self.sources:
                problems.append(f"triage rule {rule.id} cites unknown source '{rule.source}'")
            problems.extend(self._check_expr(rule.when, f"triage rule {rule.id}"))
        for c in self.conditions.values():
            if not c.links:
                problems.append(f"condition {c.id} links to no finding")
            for fid in c.links:
                f = self.findings.get(fid)
                if f is None:
                    problems.append(f"condition {c.id} links to unknown finding '{fid}'")
                elif f.role != "symptom":
                    problems.append(f"condition {c.id} links to risk factor '{fid}'; use modifiers")
            for fid in c.modifiers:
                f = self.findings.get(fid)
                if f is None:
                    problems.append(f"condition {c.id} modifier names unknown finding '{fid}'")
                elif f.role != "risk_factor":
                    problems.append(f"condition {c.id} modifier names symptom '{fid}'; use links")
        for fid, f in self.findings.items():
            if f.role == "risk_factor" and fid not in self.prevalence:
                problems.append(f"risk factor {fid} has no prevalence")
        for fid in self.prevalence:
            f = self.findings.get(fid)
            if f is None or f.role != "risk_factor":
                problems.append(f"prevalence given for '{fid}', which is not a risk factor")
        reachable: set[str] = set()
        for q in self.questions.values():
            for fid in q.findings_set():
                if fid not in self.findings:
                    problems.append(f"question {q.id} sets unknown finding '{fid}'")
            reachable.update(q.findings_set())
            if q.ask_if is not None:
                problems.extend(self._check_expr(q.ask_if, f"question {q.id} ask_if"))
        for fid in self.findings:
            if fid not in reachable:
                problems.append(f"finding {fid} is set by no question")
        if problems:
            shown = "; ".join(problems[:5])
            more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
            raise KnowledgeBaseError(f"Knowledge base is inconsistent: {shown}{more}.")

    def _check_expr(self, expr: Expr, where: str) -> list[str]:
        if isinstance(expr, str):
            return [] if expr in self.findings else [f"{where} names unknown finding '{expr}'"]
        if len(expr) != 1:
            return [f"{where}: each condition needs exactly one of all/any/not"]
        ((op, arg),) = expr.items()
        if op == "not":
            return self._check_expr(arg, where)
        if op not in ("all", "any") or not isinstance(arg, list) or not arg:
            return [f"{where}: '{op}' must be all/any with a non-empty list, or not"]
        out: list[str] = []
        for item in arg:
            out.extend(self._check_expr(item, where))
        return out


def _index(kind: str, items: Iterable[Any], key: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in items:
        k = getattr(item, key)
        if k in out:
            raise KnowledgeBaseError(f"Duplicate {kind} id '{k}' in the knowledge base.")
        out[k] = item
    return out


def evaluate(expr: Expr, present: AbstractSet[str]) -> bool:
    """True when `expr` holds, given the ids of the findings that are present."""
    if isinstance(expr, str):
        return expr in present
    ((op, arg),) = expr.items()
    if op == "not":
        return not evaluate(arg, present)
    if op == "all":
        return all(evaluate(x, present) for x in arg)
    return any(evaluate(x, present) for x in arg)


__all__ = ["Condition", "KnowledgeBase", "Question", "Source", "TriageRule", "evaluate"]
