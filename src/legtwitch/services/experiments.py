"""Self-experiment services: start (design + store), today's arm, status, result, stop."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from legtwitch.diary.experiment import (
    Adherence,
    DayArm,
    ExperimentDesign,
    adherence,
    design_experiment,
)
from legtwitch.diary.experiment_analysis import ExperimentResult, analyse_experiment
from legtwitch.diary.policy import load_policy
from legtwitch.errors import InputError
from legtwitch.services.insights import load_table
from legtwitch.storage import Database
from legtwitch.storage.experiments import StoredExperiment


@dataclass(frozen=True)
class Running:
    id: str
    design: ExperimentDesign


def current(db: Database) -> Running | None:
    stored = db.experiments.latest_open()
    if stored is None:
        return None
    return Running(stored.id, ExperimentDesign.from_dict(json.loads(stored.design_json)))


def _require(db: Database) -> Running:
    running = current(db)
    if running is None:
        raise InputError(
            "No experiment is running; start one with `legtwitch experiment start caffeine`."
        )
    return running


def start(
    db: Database,
    factor: str,
    weeks: int | None,
    *,
    today: date,
    now: datetime,
    seed: int | None = None,
) -> Running:
    """Design a randomised schedule starting today and store it."""
    running = current(db)
    if running is not None and today <= running.design.end:
        raise InputError(
            f"An experiment on {running.design.factor} runs until "
            f"{running.design.end.isoformat()}; stop it first with `legtwitch experiment stop`."
        )
    if running is not None:
        db.experiments.stop(running.id, now)  # finished: a new one replaces it
    design = design_experiment(factor.strip().lower(), today, weeks, seed=seed)
    new = Running(str(uuid.uuid4()), design)
    payload = json.dumps(design.to_dict(), sort_keys=True, separators=(",", ":"))
    db.experiments.add(StoredExperiment(new.id, design.factor, now, None, payload))
    return new


def stop(db: Database, now: datetime) -> Running:
    running = _require(db)
    db.experiments.stop(running.id, now)
    return running


def instruction(design: ExperimentDesign, arm: DayArm) -> str:
    spec = load_policy().experiment.factors[design.factor]
    what = spec.on_instruction if arm.block.arm == "on" else spec.off_instruction
    week = arm.block.index + 1
    text = (
        f"Experiment on {design.factor}, block {week} of {len(design.arms)}: today is an "
        f"{arm.block.arm.upper()} day ({what})."
    )
    if arm.washout:
        text += " Washout day: follow the schedule; it is not analysed."
    return text


def today_reminder(db: Database, today: date) -> str | None:
    """The line `legtwitch diary` shows while an experiment runs."""
    running = current(db)
    if running is None:
        return None
    arm = running.design.arm_on(today)
    if arm is None:
        if today > running.design.end:
            return "Your experiment has ended: see `legtwitch experiment result`."
        return None
    return instruction(running.design, arm)


@dataclass(frozen=True)
class Status:
    design: ExperimentDesign
    today: DayArm | None
    adherence: Adherence


def status(db: Database, today: date) -> Status:
    running = _require(db)
    table = load_table(db)
    return Status(
        running.design, running.design.arm_on(today), adherence(running.design, table, today)
    )


def result(db: Database, today: date) -> ExperimentResult:
    running = _require(db)
    return analyse_experiment(running.design, load_table(db), today)
