"""Self-experiments: a randomised on/off block schedule, today's arm, and adherence from the diary.

The schedule is a run of blocks of `block_days` (policy); blocks come in pairs and each pair is
on→off or off→on by a fair coin from a seeded generator, so the design is balanced (equal on and
off blocks) and can be rebuilt exactly from (factor, start, weeks, seed). The first `washout_days`
of every block are followed but not analysed, so that the previous block's arm has worn off.
"""

from __future__ import annotations

import random
import secrets
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from legtwitch.diary.daily import DailyTable
from legtwitch.diary.policy import AnalysisPolicy, load_policy
from legtwitch.errors import InputError

ON, OFF = "on", "off"


@dataclass(frozen=True, slots=True)
class Block:
    index: int
    arm: str
    start: date
    end: date  # inclusive
    analysed_from: date  # first day after the washout


@dataclass(frozen=True, slots=True)
class DayArm:
    day: date
    block: Block
    washout: bool


@dataclass(frozen=True, slots=True)
class ExperimentDesign:
    factor: str  # a key of policy.experiment.factors, e.g. "caffeine"
    start: date
    block_days: int
    washout_days: int
    seed: int
    arms: tuple[str, ...]

    @property
    def end(self) -> date:
        return self.start + timedelta(days=self.block_days * len(self.arms) - 1)

    def blocks(self) -> list[Block]:
        out = []
        for i, arm in enumerate(self.arms):
            first = self.start + timedelta(days=i * self.block_days)
            out.append(
                Block(
                    i,
                    arm,
                    first,
                    first + timedelta(days=self.block_days - 1),
                    first + timedelta(days=self.washout_days),
                )
            )
        return out

    def arm_on(self, day: date) -> DayArm | None:
        if not self.start <= day <= self.end:
            return None
        block = self.blocks()[(day - self.start).days // self.block_days]
        return DayArm(day, block, day < block.analysed_from)

    def to_dict(self) -> dict[str, Any]:
        return {
            "factor": self.factor,
            "start": self.start.isoformat(),
            "block_days": self.block_days,
            "washout_days": self.washout_days,
            "seed": self.seed,
            "arms": list(self.arms),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ExperimentDesign:
        return cls(
            str(data["factor"]),
            date.fromisoformat(str(data["start"])),
            int(data["block_days"]),
            int(data["washout_days"]),
            int(data["seed"]),
            tuple(str(a) for a in data["arms"]),
        )


def design_experiment(
    factor: str,
    start: date,
    weeks: int | None = None,
    *,
    seed: int | None = None,
    policy: AnalysisPolicy | None = None,
) -> ExperimentDesign:
    """A balanced randomised schedule; the same seed always gives the same schedule."""
    pol = (policy or load_policy()).experiment
    if factor not in pol.factors:
        known = ", ".join(sorted(pol.factors))
        raise InputError(f"No self-experiment is defined for '{factor}'; choose one of: {known}.")
    weeks = pol.default_weeks if weeks is None else weeks
    block_days = int(pol.block_days.value)
    n_blocks = weeks * 7 // block_days
    if weeks < 1 or n_blocks < 2 or n_blocks % 2 or n_blocks * block_days != weeks * 7:
        raise InputError(
            f"--weeks {weeks} does not split into pairs of {block_days}-day blocks; use an even "
            "number of weeks, at least 2 (for example --weeks 6)."
        )
    seed = secrets.randbelow(2**31) if seed is None else seed
    rng = random.Random(seed)
    arms: list[str] = []
    for _ in range(n_blocks // 2):
        arms.extend((ON, OFF) if rng.random() < 0.5 else (OFF, ON))
    return ExperimentDesign(
        factor, start, block_days, int(pol.washout_days.value), seed, tuple(arms)
    )


@dataclass(frozen=True, slots=True)
class Adherence:
    days_checked: int  # analysed days so far that were recorded with the factor's amount
    days_followed: int
    days_unrecorded: int

    @property
    def share(self) -> float | None:
        return self.days_followed / self.days_checked if self.days_checked else None


def adherence(
    design: ExperimentDesign, table: DailyTable, until: date, policy: AnalysisPolicy | None = None
) -> Adherence:
    """How many analysed days (up to `until`) followed their arm, judged from logged amounts."""
    spec = (policy or load_policy()).experiment.factors[design.factor]
    rows = {r.day: r for r in table.rows}
    checked = followed = unrecorded = 0
    day = design.start
    while day <= min(until, design.end):
        arm = design.arm_on(day)
        row = rows.get(day)
        if arm is not None and not arm.washout:
            value = row.values.get(spec.column) if row is not None and row.tracked else None
            if value is None:
                unrecorded += 1
            else:
                checked += 1
                ok = (
                    value >= spec.on_min.value
                    if arm.block.arm == ON
                    else value <= spec.off_max.value
                )
                followed += int(ok)
        day += timedelta(days=1)
    return Adherence(checked, followed, unrecorded)
