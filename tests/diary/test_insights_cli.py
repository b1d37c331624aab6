"""`legtwitch insights` and `legtwitch experiment` via the real entry point (SQLite, PostgreSQL)."""

from __future__ import annotations

import csv
import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from cli_helpers import run_cli
from legtwitch.diary.simulation import Effect, SimSpec, simulate_counts, simulate_exposures

run = run_cli


def _daily_sheet(path: Path, days: int) -> None:
    """A daily spreadsheet ending yesterday, with short sleep planted at 2× twitches."""
    import numpy as np

    spec = SimSpec(days=days, effects=(Effect("sleep_hours", 0, 2.0, cut=7.0),), nb_alpha=0.1)
    g = np.random.default_rng(21)
    exposures = simulate_exposures(spec, g)
    counts = simulate_counts(spec, exposures, g)
    first = date.today() - timedelta(days=days + 1)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["date", "twitches", *exposures])
        for t in range(days):
            day = first + timedelta(days=t)
            writer.writerow([day.isoformat(), counts[t], *(exposures[c][t] for c in exposures)])


def test_insights_json_text_and_charts(env: dict[str, str], tmp_path: Path) -> None:
    sheet = tmp_path / "daily.csv"
    _daily_sheet(sheet, 120)
    assert run(env, "import", str(sheet)).returncode == 0
    out = run(env, "insights", "--format", "json", "--chart", str(tmp_path / "effects.svg"))
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["days"] == 120
    keys = {
        "factor",
        "lag_days",
        "rate_ratio",
        "ci_low",
        "ci_high",
        "p_value",
        "q_value",
        "flagged",
        "message",
    }
    assert doc["factors"] and all(keys <= set(f) for f in doc["factors"])
    short = next(f for f in doc["factors"] if f["factor"] == "short_sleep" and f["lag_days"] == 0)
    assert short["flagged"] and short["ci_low"] <= 2.0 <= short["ci_high"]
    assert any(n["factor"] == "high_caffeine" for n in doc["not_enough_data"]) or any(
        f["factor"] == "high_caffeine" for f in doc["factors"]
    )
    assert "not proof of cause" in doc["notes"][0]
    assert (tmp_path / "effects.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert (tmp_path / "effects-timeline.svg").is_file()
    text = run(env, "insights")
    assert text.returncode == 0
    assert "Possible links" in text.stdout and "less than 7 h of sleep" in text.stdout
    assert "not a diagnosis" in text.stdout


def test_insights_on_an_empty_diary_says_what_is_missing(env: dict[str, str]) -> None:
    out = run(env, "insights", "--format", "json")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["days"] == 0 and doc["factors"] == []
    assert doc["not_enough_data"][0]["message"].startswith("not enough data yet: log 21 more days")


def test_bad_chart_name_is_one_sentence(env: dict[str, str], tmp_path: Path) -> None:
    out = run(env, "insights", "--chart", str(tmp_path / "chart.pdf"))
    assert out.returncode == 2
    assert out.stderr.strip() == (
        "Error: Cannot write a chart to 'chart.pdf': use a file ending in .svg or .png."
    )


def test_experiment_start_status_diary_result_stop(env: dict[str, str]) -> None:
    started = run(env, "experiment", "start", "caffeine", "--weeks", "6", "--seed", "7")
    assert started.returncode == 0, started.stderr
    assert "6 blocks of 7 days" in started.stdout and "(seed 7)" in started.stdout
    arms = [line.split()[-1] for line in started.stdout.splitlines() if line.startswith("  block ")]
    assert sorted(arms) == ["OFF"] * 3 + ["ON"] * 3
    first_arm = arms[0]
    status = run(env, "experiment", "status")
    assert status.returncode == 0
    assert f"block 1 of 6: today is an {first_arm} day" in status.stdout
    assert "Washout day" in status.stdout
    assert run(env, "log", "coffee", "1").returncode == 0
    diary = run(env, "diary")
    assert f"today is an {first_arm} day" in diary.stdout
    again = run(env, "experiment", "start", "caffeine")
    assert again.returncode == 2 and "stop it first" in again.stderr
    result = run(env, "experiment", "result")
    assert result.returncode == 0 and "Not enough data yet" in result.stdout
    assert run(env, "experiment", "stop").returncode == 0
    gone = run(env, "experiment", "status")
    assert gone.returncode == 2
    assert gone.stderr.strip().startswith("Error: No experiment is running")
    assert "today is an" not in run(env, "diary").stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("experiment", "start", "tea"), "No self-experiment is defined for 'tea'"),
        (("experiment", "start", "caffeine", "--weeks", "3"), "use an even number of weeks"),
    ],
)
def test_experiment_input_errors(env: dict[str, str], args: tuple[str, ...], message: str) -> None:
    out = run(env, *args)
    assert out.returncode == 2
    assert message in out.stderr and "Traceback" not in out.stderr
