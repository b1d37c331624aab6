"""The real `legtwitch` entry point in a subprocess: log, diary, edit, export, import, errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from bench.apple_health_export import write_export

from cli_helpers import run_cli

run = run_cli


def test_log_show_edit_delete_export_import(env: dict[str, str], tmp_path: Path) -> None:
    out = run(
        env,
        "log",
        "twitch",
        "--site",
        "left-calf",
        "--kind",
        "fasciculation",
        "--intensity",
        "3",
        "--at",
        "yesterday 23:30",
    )
    assert out.returncode == 0, out.stderr
    assert "Logged fasciculation, left calf, intensity 3 at" in out.stdout and "23:30" in out.stdout
    twitch_id = out.stdout.rsplit("(id ", 1)[1][:8]
    for args in (
        ("log", "coffee", "2"),
        ("log", "sleep", "7h30m", "--at", "30h ago"),  # ends 22.5 h ago at any hour
        ("log", "exercise", "running", "45 min", "-i", "6", "--at", "2h ago"),
        ("log", "fluids", "500ml"),
        ("log", "medicine", "magnesium", "300mg"),
        ("log", "tag", "flight"),
    ):
        assert run(env, *args).returncode == 0
    shown = run(env, "diary", "--days", "3")
    assert shown.returncode == 0
    for text in (
        "caffeine 192 mg (2 × coffee)",
        "sleep 7.5 h",
        "exercise 45 min (running)",
        "fluids 0.5 l",
        twitch_id,
        "not a diagnosis",
    ):
        assert text in shown.stdout, text
    edited = run(env, "diary", "edit", twitch_id, "--intensity", "5", "--note", "after coffee")
    assert edited.returncode == 0 and "intensity 5" in edited.stdout
    assert run(env, "diary", "delete", twitch_id).returncode == 0
    assert twitch_id not in run(env, "diary").stdout

    exported = tmp_path / "out.json"
    assert run(env, "export", "--format", "json", "--output", str(exported)).returncode == 0
    fresh = {**env, "LEGTWITCH_DATABASE_URL": f"sqlite:///{tmp_path / 'fresh.sqlite3'}"}
    first = run(fresh, "import", str(exported))
    assert first.returncode == 0 and "6 new entries, 0 already present" in first.stdout
    assert "0 new entries, 6 already present" in run(fresh, "import", str(exported)).stdout


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("log", "sleep", "30h"), "Sleep of 30 h in one entry is impossible"),
        (("log", "caffeine", "--", "-50mg"), "A negative amount of caffeine"),
        (("log", "twitch", "--at", "2099-01-01 10:00"), "is in the future"),
        (("log", "twitch", "--intensity", "11"), "outside 0–10"),
        (("log", "fluids", "2 gallons"), "Unknown unit 'gallons' for fluids"),
        (("log", "coffee", "--drink", "mocha"), "Unknown drink 'mocha'"),
        (
            ("diary", "edit", "zzzzzz", "--note", "x"),
            "No diary entry has an id starting with 'zzzzzz'",
        ),
        (("import", "nothing-here.json"), "does not exist"),
        (("export", "--format", "xlsx", "--output", "x.xlsx"), "Unknown export format 'xlsx'"),
    ],
)
def test_bad_input_is_one_sentence_and_exit_2(
    env: dict[str, str], args: tuple[str, ...], message: str
) -> None:
    out = run(env, *args)
    assert out.returncode == 2
    assert out.stderr.startswith("Error: ") and message in out.stderr
    assert out.stderr.count("\n") == 1 and "Traceback" not in out.stderr
    assert out.stdout == ""


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_import_apple_health_and_daily_sheet(env: dict[str, str], tmp_path: Path) -> None:
    export = tmp_path / "export.zip"
    expected = write_export(
        export, __import__("datetime").date(2026, 4, 1), 3, filler=4, as_zip=True
    )
    out = run(env, "import", "apple-health", str(export))
    assert out.returncode == 0, out.stderr
    assert f"{expected.kept} new entries" in out.stdout
    assert "HKQuantityTypeIdentifierHeartRate: 12" in out.stdout
    assert "skipped HKCategoryTypeIdentifierSleepAnalysis (in bed or awake): 6" in out.stdout
    sheet = Path(__file__).parents[1] / "fixtures" / "diary" / "daily.csv"
    daily = run(env, "import", str(sheet))
    assert daily.returncode == 0 and "Ignored unknown columns: mood" in daily.stdout
    bomb = tmp_path / "bomb.xml"
    bomb.write_text(
        '<?xml version="1.0"?><!DOCTYPE HealthData [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
        "<HealthData>&b;</HealthData>",
        encoding="utf-8",
    )
    refused = run(env, "import", "apple-health", str(bomb))
    assert refused.returncode == 2 and "refuses" in refused.stderr


def test_help_does_not_load_the_database_stack() -> None:
    code = (
        "import sys, legtwitch.cli as c; c._register(); "
        "heavy = [m for m in ('sqlalchemy', 'alembic', 'psycopg', 'pydantic_settings', 'yaml') "
        "if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_default_database_lives_in_the_users_data_directory(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEGTWITCH_")}
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    out = run(env, "log", "tag", "first-entry")
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "xdg" / "legtwitch" / "diary.sqlite3").is_file()
