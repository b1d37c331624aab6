"""`legtwitch experiment start|status|result|stop`: a randomised self-experiment on one factor."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer

from legtwitch.cli import app
from legtwitch.cli.output import NOT_A_DIAGNOSIS, local, now, settings

experiment_app = typer.Typer(
    help="Test a suspected trigger fairly: randomised on/off weeks. Not a diagnosis.",
    no_args_is_help=True,
)
app.add_typer(experiment_app, name="experiment")


def _today() -> date:
    return local(now(), settings().tz()).date()


@experiment_app.command()
def start(
    factor: Annotated[str, typer.Argument(help="What to test: caffeine, alcohol or exercise.")],
    weeks: Annotated[
        int | None, typer.Option("--weeks", help="Length in weeks (even; default 6).")
    ] = None,
    seed: Annotated[
        int | None, typer.Option("--seed", help="Random seed (to repeat a schedule exactly).")
    ] = None,
) -> None:
    """Draw and store a randomised on/off schedule starting today."""
    from legtwitch.services import diary, experiments

    with diary.open_diary(settings()) as db:
        running = experiments.start(db, factor, weeks, today=_today(), now=now(), seed=seed)
    design = running.design
    typer.echo(
        f"Experiment on {design.factor}: {len(design.arms)} blocks of {design.block_days} days, "
        f"{design.start.isoformat()} to {design.end.isoformat()} (seed {design.seed})."
    )
    for block in design.blocks():
        typer.echo(
            f"  block {block.index + 1}: {block.start.isoformat()} to {block.end.isoformat()}  "
            f"{block.arm.upper()}"
        )
    typer.echo(
        f"The first {design.washout_days} days of each block are a washout and not analysed. "
        "`legtwitch diary` reminds you of today's arm; log your twitches and "
        f"{design.factor} every day."
    )
    typer.echo(NOT_A_DIAGNOSIS)


@experiment_app.command()
def status() -> None:
    """Today's arm and how well the schedule has been followed so far."""
    from legtwitch.services import diary, experiments

    with diary.open_diary(settings()) as db:
        st = experiments.status(db, _today())
    if st.today is not None:
        typer.echo(experiments.instruction(st.design, st.today))
    else:
        typer.echo(f"The experiment on {st.design.factor} ran until {st.design.end.isoformat()}.")
    adh = st.adherence
    share = adh.share
    followed = "no analysed day logged yet" if share is None else f"{share:.0%} of them followed"
    typer.echo(
        f"Analysed days so far with {st.design.factor} logged: {adh.days_checked} "
        f"({followed}); recorded without an amount or not recorded: {adh.days_unrecorded}."
    )
    typer.echo(NOT_A_DIAGNOSIS)


@experiment_app.command()
def result() -> None:
    """The experiment's estimate, interval and verdict (complete on/off pairs only)."""
    from legtwitch.services import diary, experiments

    with diary.open_diary(settings()) as db:
        res = experiments.result(db, _today())
    typer.echo(res.message[:1].upper() + res.message[1:])
    if res.rate_ratio is not None:
        typer.echo(f"Analysed days: {res.days_on} on, {res.days_off} off.")
    if res.randomisation_p is not None and res.smallest_possible_p is not None:
        typer.echo(
            f"Randomisation test p = {res.randomisation_p:.2f} two-sided (the smallest possible "
            f"with this many blocks is {res.smallest_possible_p:.2f})."
        )
    typer.echo("One person's experiment, not proof for others. " + NOT_A_DIAGNOSIS)


@experiment_app.command()
def stop() -> None:
    """Stop the running experiment (its schedule stays stored)."""
    from legtwitch.services import diary, experiments

    with diary.open_diary(settings()) as db:
        stopped = experiments.stop(db, now())
    typer.echo(f"Stopped the experiment on {stopped.design.factor}. {NOT_A_DIAGNOSIS}")
