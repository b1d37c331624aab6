"""`legtwitch parse` and `legtwitch assess --text` through the real entry point."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "legtwitch", *args], capture_output=True, text=True, check=False
    )


def test_parse_json_lists_findings_with_spans() -> None:
    r = run("parse", "--text", "34M, my left calf twitches, no weakness", "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    got = {f["id"]: f["status"] for f in data["findings"]}
    assert got["weakness"] == "absent" and got["fasciculation"] == "present"
    assert {a["question"]: a["value"] for a in data["answers"]} == {"age": 34, "sex": "male"}


def test_parse_table_and_empty_text() -> None:
    r = run("parse", "--text", "calf cramps at night")
    assert r.returncode == 0 and "We understood" in r.stdout and "not a diagnosis" in r.stdout
    r = run("parse", "--text", " ")
    assert r.returncode == 2 and r.stderr.startswith("Error: ") and "Traceback" not in r.stderr


def test_parse_survives_bytes_that_are_not_utf8() -> None:
    r = subprocess.run(
        [sys.executable, "-m", "legtwitch", "parse", "--text", b"my calf \xff\xfe twitches"],
        capture_output=True,
        check=False,
    )
    assert r.returncode == 0 and b"Traceback" not in r.stderr, r.stderr
    r = subprocess.run(
        [sys.executable, "-m", "legtwitch", "parse", "--text", bytes(range(128, 256))],
        capture_output=True,
        check=False,
    )
    assert b"Traceback" not in r.stderr and (r.returncode == 0 or r.stderr.startswith(b"Error: "))


def test_assess_batch_reads_text_and_answers_override_it(tmp_path: Path) -> None:
    batch = tmp_path / "b.jsonl"
    lines = [
        {"id": "a", "text": "my calves twitch, no weakness, 34M", "answers": {"age": 50}},
        {"id": "b", "text": "xyzzy"},
    ]
    batch.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    r = run("assess", "--batch", str(batch))
    assert r.returncode == 0, r.stderr
    out = [json.loads(line) for line in r.stdout.splitlines()]
    a = out[0]
    assert a["id"] == "a" and "triage" in a
    findings = {f["id"]: f["status"] for f in a["findings"]}
    assert findings["weakness"] == "absent" and findings["age_under_40"] == "absent"
    assert out[1]["text"]["message"]


def test_a_finding_read_both_ways_shows_both_places() -> None:
    text = "my calf has twitched for 3 weeks, it started 2 days ago"
    r = run("parse", "--text", text)
    assert r.returncode == 0, r.stderr
    out = " ".join(r.stdout.split())
    assert "Read both ways: has been going on for more than 2 weeks" in out
    assert "yes from 'for 3 weeks', no from '2 days ago'" in out
    assert "the interview will ask" in out
