"""`legtwitch assess` through the real entry point, on the real knowledge base."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENIGN = {
    "answers": {"age": 29, "sex": "male", "red_flags_urgent": [], "weakness_screen": []},
    "findings": {
        "fasciculation": "present",
        "site_calf": "present",
        "high_caffeine": "present",
        "short_sleep": "present",
        "muscle_pain": "absent",
    },
}
EMERGENCY = {
    "answers": {"age": 45, "sex": "female"},
    "findings": {
        "back_pain": "present",
        "saddle_numbness": "present",
        "bladder_bowel_change": "present",
    },
}


def legtwitch(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "legtwitch", *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
    )


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_answers_json_gives_one_json_object(tmp_path: Path) -> None:
    out = legtwitch(
        "assess",
        "--answers",
        str(write(tmp_path, "a.json", json.dumps(BENIGN))),
        "--format",
        "json",
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["triage"]["level"] == "self_care"
    probs = [c["probability"] for c in result["causes"]]
    assert probs == sorted(probs, reverse=True)
    assert {"id", "name", "probability", "for", "against"} <= set(result["causes"][0])
    assert {f["id"] for f in result["findings"]} >= {"fasciculation", "age_under_40", "sex_female"}
    assert result["questions_asked"] == ["age", "sex", "red_flags_urgent", "weakness_screen"]
    assert result["knowledge_base_version"]
    assert "not a diagnosis" in result["not_a_diagnosis"]
    top3 = {c["id"] for c in result["causes"][:3]}
    assert top3 & {"caffeine_stimulants", "sleep_deprivation", "benign_fasciculation"}


def test_emergency_banner_comes_first_in_the_table(tmp_path: Path) -> None:
    path = write(tmp_path, "a.yaml", json.dumps(EMERGENCY))  # JSON is valid YAML
    out = legtwitch("assess", "--answers", str(path))
    assert out.returncode == 0, out.stderr
    first_lines = out.stdout.strip().splitlines()[:3]
    assert any("EMERGENCY" in line for line in first_lines)
    assert out.stdout.index("EMERGENCY") < out.stdout.index("Possible causes")
    assert "not a diagnosis" in out.stdout.replace("\n", " ")


def test_batch_keeps_ids_and_survives_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "good", **BENIGN}),
        json.dumps({"id": "unknown", "answers": {"no_such_question": "yes"}}),
        "{not json",
        json.dumps({"id": "old", "answers": {"age": 400}}),
        json.dumps({"id": "emergency", **EMERGENCY}),
    ]
    out = legtwitch("assess", "--batch", str(write(tmp_path, "b.jsonl", "\n".join(lines) + "\n")))
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["good", "unknown", 3, "old", "emergency"]
    assert rows[0]["triage"]["level"] == "self_care"
    assert "no_such_question" in rows[1]["error"]
    assert "not valid JSON" in rows[2]["error"]
    assert "400" in rows[3]["error"]
    assert rows[4]["triage"]["level"] == "emergency"


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (
            json.dumps({"findings": {"no_such_finding": "present"}}),
            "a.json",
            "Unknown finding id 'no_such_finding'",
        ),
        (json.dumps({"answers": {"age": 400}}), "a.json", "between 16 and 110"),
        ("{broken", "a.json", "is not valid JSON"),
        ("a: [b", "a.yaml", "is not valid YAML"),
        (json.dumps(["a list"]), "a.json", "must hold a mapping"),
        (json.dumps({"fasciculation": "sometimes"}), "a.json", "present, absent or unknown"),
    ],
)
def test_bad_answers_get_one_sentence_and_exit_2(
    tmp_path: Path, content: str, name: str, message: str
) -> None:
    out = legtwitch("assess", "--answers", str(write(tmp_path, name, content)))
    assert out.returncode == 2
    assert out.stdout == ""
    assert "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert message in out.stderr


def test_missing_file(tmp_path: Path) -> None:
    out = legtwitch("assess", "--answers", str(tmp_path / "nope.json"))
    assert out.returncode == 2 and "does not exist" in out.stderr


def test_interactive_interview_in_the_terminal() -> None:
    # Age, sex (2 = male), no red flags, no weakness, then "don't know" to everything else.
    replies = "34\n2\n0\n0\n" + "?\n" * 40
    out = legtwitch("assess", stdin=replies)
    assert out.returncode == 0, out.stderr
    assert "Question 1" in out.stderr and "Why we ask" in out.stderr
    assert "Possible causes" in out.stdout
    banner = out.stdout.strip().splitlines()[0]
    assert any(
        word in out.stdout.split("Possible causes")[0]
        for word in ("SELF-CARE", "ROUTINE", "DOCTOR", "HELP", "EMERGENCY")
    )
    assert banner


def test_interactive_reasks_after_an_impossible_age() -> None:
    out = legtwitch("assess", "--format", "json", stdin="400\n34\n2\n0\n0\n" + "?\n" * 40)
    assert out.returncode == 0, out.stderr
    assert "400 is not possible" in out.stderr
    result = json.loads(out.stdout)
    assert {"id": "age_under_40", "status": "present"}.items() <= next(
        f for f in result["findings"] if f["id"] == "age_under_40"
    ).items()


def test_kb_check_prints_a_census() -> None:
    out = legtwitch("kb", "check")
    assert out.returncode == 0, out.stderr
    assert "valid" in out.stdout and "numbers" in out.stdout and "estimates" in out.stdout


def test_python_api_gives_the_same_result_as_the_cli(tmp_path: Path) -> None:
    import legtwitch

    out = legtwitch_cli_json(tmp_path, BENIGN)
    api = legtwitch.assessment_to_dict(
        legtwitch.assess(answers=BENIGN["answers"], findings=BENIGN["findings"]),
        legtwitch.KnowledgeBase.load(),
    )
    assert api == out


def legtwitch_cli_json(tmp_path: Path, doc: dict[str, object]) -> object:
    path = write(tmp_path, "api.json", json.dumps(doc))
    out = legtwitch("assess", "--answers", str(path), "--format", "json")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_save_keeps_the_assessment_in_the_diary(tmp_path: Path) -> None:
    import os

    env = {**os.environ, "LEGTWITCH_DATA_DIR": str(tmp_path / "data")}
    env.pop("LEGTWITCH_DATABASE_URL", None)
    path = write(tmp_path, "a.json", json.dumps(EMERGENCY))

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "legtwitch", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )

    out = run("assess", "--answers", str(path), "--format", "json", "--save")
    assert out.returncode == 0, out.stderr
    assert "Saved in your diary" in out.stderr
    shown = json.loads(out.stdout)
    export = tmp_path / "diary.json"
    done = run("export", "--format", "json", "--output", str(export))
    assert done.returncode == 0, done.stderr
    saved = json.loads(export.read_text(encoding="utf-8"))["assessments"]
    assert len(saved) == 1
    assert saved[0]["knowledge_base_version"] == shown["knowledge_base_version"]
    assert saved[0]["payload"]["triage"]["level"] == "emergency"
    refused = run("assess", "--batch", str(path), "--save")
    assert refused.returncode == 2 and "cannot be used with --batch" in refused.stderr
