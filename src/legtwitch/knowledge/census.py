"""A census of the knowledge base: what it holds and where its numbers come from."""

from __future__ import annotations

import re
from collections import Counter

from legtwitch.knowledge.base import KnowledgeBase

_BRACKETED = re.compile(r"\[([a-z][a-z0-9_]*)\]")


def census_lines(kb: KnowledgeBase) -> list[str]:
    uses = list(kb.sourced_numbers())
    sourced = [u for u in uses if u.number.source is not None]
    estimates = [u for u in uses if u.number.estimate is not None]
    unverified = [
        u for u in sourced if u.number.source and not kb.sources[u.number.source].verified
    ]
    cited = Counter(u.number.source for u in sourced)
    cited.update(r.source for r in kb.triage_rules.values())
    # Estimates name the sources they were derived from as [key].
    texts = [u.number.estimate or "" for u in uses] + [u.number.note or "" for u in uses]
    texts += [r.note or "" for r in kb.triage_rules.values()]
    cited.update(k for t in texts for k in _BRACKETED.findall(t) if k in kb.sources)
    derived = sum(
        1
        for u in estimates
        if any(k in kb.sources for k in _BRACKETED.findall(u.number.estimate or ""))
    )
    unused = sorted(k for k in kb.sources if k not in cited)
    red_flags = sum(1 for r in kb.triage_rules.values() if r.red_flag)
    symptoms = sum(1 for f in kb.findings.values() if f.role == "symptom")
    lines = [
        f"Knowledge base {kb.version}: valid.",
        f"  {len(kb.conditions)} conditions, {len(kb.findings)} findings "
        f"({symptoms} symptoms, {len(kb.findings) - symptoms} risk factors), "
        f"{len(kb.questions)} questions, {len(kb.triage_rules)} triage rules "
        f"({red_flags} red flags), {len(kb.sources)} sources.",
        f"  {len(uses)} numbers: {len(sourced)} cite a source, {len(estimates)} are estimates "
        "with a stated reason.",
        f"  {derived} of the estimates name the sources they were derived from as [key].",
        f"  {len(unverified)} of the sourced numbers cite a source marked unverified "
        "(to be checked against the original).",
    ]
    if unused:
        lines.append(f"  Sources not cited anywhere: {', '.join(unused)}.")
    return lines
