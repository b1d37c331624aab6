"""Plain-language sentences for trigger results and data shortfalls."""

from __future__ import annotations

from legtwitch.diary.panel import Family

ASSOCIATION_NOTE = (
    "These are associations in one person's diary, not proof of cause: something else that "
    "changes on the same days could explain them. A self-experiment "
    "(`legtwitch experiment start ...`) is a fairer test. This is not a diagnosis."
)


def times(x: float) -> str:
    """1.8×, 0.85×: one decimal from 1 up, two below 1."""
    return f"{x:.1f}×" if x >= 1.0 else f"{x:.2f}×"


def exposure_phrase(fam: Family, lag: int) -> str:
    when = fam.when[lag]
    if fam.kind == "dose":
        return f"for each extra {fam.unit} {when}"
    if fam.kind == "threshold":
        return f"when you had {fam.label} {when}"
    return f"when you {fam.label} {when}"


def effect_sentence(fam: Family, lag: int, rr: float, lo: float, hi: float, flagged: bool) -> str:
    body = (
        f"{exposure_phrase(fam, lag)}, you logged about {times(rr)} as many twitches "
        f"(likely between {times(lo)} and {times(hi)})"
    )
    if flagged:
        return f"Possible link: {body}."
    return f"No clear link: {body}."


def shortfall(label: str, more_with: int, more_without: int) -> str:
    if more_with and more_with == more_without:
        need = f"log {more_with} more days with and without {label}"
    elif more_with and more_without:
        need = f"log {more_with} more days with and {more_without} more days without {label}"
    elif more_with:
        need = f"log {more_with} more days with {label}"
    else:
        need = f"log {more_without} more days without {label}"
    return f"not enough data yet: {need}."


def spread_shortfall(label: str, more_days: int) -> str:
    return f"not enough data yet: log {more_days} more days with your {label} recorded."


def too_few_days(more_days: int) -> str:
    return (
        f"not enough data yet: log {more_days} more days (days with and without twitches both "
        "count) before any factor is tested."
    )


def constant(label: str) -> str:
    return (
        f"{label} was the same on every recorded day, so its link with twitches cannot be "
        "estimated: it needs days with different amounts (or try a self-experiment)."
    )


def collinear(label: str, other: str) -> str:
    return (
        f"{label} and {other} always changed together in your diary, so their effects cannot be "
        f"told apart: log some days with one but not the other. Only {other} is tested."
    )


def unstable(label: str) -> str:
    return (
        f"{label} could not be estimated reliably yet (it may go together with another factor or "
        "with the day of the week); keep logging."
    )


def budget(label: str, more_days: int) -> str:
    return (
        f"not enough data yet: log {more_days} more days to test {label} alongside the other "
        "factors."
    )


def lags_pending(label: str, more_days: int) -> str:
    return f"delays of 1–2 days for {label} are not tested yet: log about {more_days} more days."


NO_TWITCHES = (
    "no twitches are recorded yet, so there is nothing to relate your exposures to; log "
    "twitch episodes (or days without any) as they happen."
)
UNSTABLE_DIARY = (
    "the twitch counts could not be modelled reliably yet (for example almost no twitches); "
    "keep logging."
)
