"""Apple Health import: the real sample, fuller generated exports, idempotency, hostile files."""

from __future__ import annotations

import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from bench.apple_health_export import HEADER, write_export

from legtwitch.domain.diary import ExposureKind
from legtwitch.errors import InputError
from legtwitch.services import transfer
from legtwitch.storage import open_database

REPO = Path(__file__).parents[2]
REAL_SAMPLE = (
    REPO.parent
    / "shared"
    / "fixtures"
    / "health_exports"
    / "apple_tdda_applehealthdata"
    / "export6s3sample.xml"
)
EMPTY = {"episodes": 0, "exposures": 0, "assessments": 0}


def test_real_sample_counts_every_record_type_and_keeps_steps(database_url: str) -> None:
    if not REAL_SAMPLE.is_file():
        pytest.skip(f"the shared sample {REAL_SAMPLE} is not beside the repository")
    with open_database(database_url) as db:
        report = transfer.import_apple_health(db, REAL_SAMPLE)
        assert report.details == {
            "ActivitySummary": 2,
            "HKQuantityTypeIdentifierDistanceWalkingRunning": 5,
            "HKQuantityTypeIdentifierStepCount": 10,
            "Workout": 1,
        }
        stored = list(db.diary.iter_exposures())
    steps = [x for x in stored if x.kind is ExposureKind.STEPS]
    [workout] = [x for x in stored if x.kind is ExposureKind.EXERCISE]
    assert report.added == len(stored) == len(steps) + 1
    assert all(x.amount and x.amount > 0 for x in steps)
    assert (workout.detail, round(workout.amount or 0, 2)) == ("other", 31.74)


@pytest.mark.parametrize("as_zip", [False, True], ids=["xml", "zip"])
def test_generated_export_keeps_sleep_caffeine_water_workouts_and_daily_steps(
    database_url: str, tmp_path: Path, as_zip: bool
) -> None:
    path = tmp_path / ("export.zip" if as_zip else "export.xml")
    expected = write_export(path, date(2026, 3, 1), 6, filler=12, as_zip=as_zip)
    with open_database(database_url) as db:
        report = transfer.import_path(db, path)
        assert report.added == expected.kept
        assert sum(report.details.values()) == expected.records
        assert report.skipped == {"HKCategoryTypeIdentifierSleepAnalysis (in bed or awake)": 12}
        stored = list(db.diary.iter_exposures())
    by_kind: dict[ExposureKind, list[float]] = {}
    for x in stored:
        by_kind.setdefault(x.kind, []).append(x.amount or 0)
    assert len(by_kind[ExposureKind.SLEEP]) == expected.sleep
    assert sum(by_kind[ExposureKind.CAFFEINE]) == pytest.approx(95 * expected.caffeine)
    assert sum(by_kind[ExposureKind.FLUIDS]) == pytest.approx(0.25 * expected.water)
    assert by_kind[ExposureKind.EXERCISE] == [42.5] * expected.workouts
    steps = {x.at.date(): x.amount for x in stored if x.kind is ExposureKind.STEPS}
    assert steps == expected.steps_by_day
    sleep = [x for x in stored if x.kind is ExposureKind.SLEEP]
    assert {x.detail for x in sleep} == {"asleep_core", "asleep_deep", "asleep_r_e_m"}
    assert all(x.end is not None and x.end > x.at for x in sleep)


def test_importing_the_same_export_twice_adds_nothing(database_url: str, tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    expected = write_export(path, date(2026, 2, 1), 4, filler=5, as_zip=True)
    with open_database(database_url) as db:
        first = transfer.import_apple_health(db, path)
        second = transfer.import_apple_health(db, path)
        assert (first.added, second.added, second.already_present) == (
            expected.kept,
            0,
            expected.kept,
        )
        assert db.diary.counts()["exposures"] == expected.kept


def _health(body: str, doctype: str = "") -> str:
    head = '<?xml version="1.0" encoding="UTF-8"?>\n'
    return f'{head}{doctype}<HealthData locale="en_GB">\n{body}</HealthData>\n'


BILLION_LAUGHS = _health(
    "<Record type='&lol9;' sourceName='x' startDate='2026-01-01 00:00:00 +0000' "
    "endDate='2026-01-01 00:00:00 +0000'/>\n",
    '<!DOCTYPE HealthData [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
        for i in range(1, 10)
    )
    + "]>\n",
)
EXTERNAL = _health(
    "<Record type='&xxe;' sourceName='x' startDate='2026-01-01 00:00:00 +0000' "
    "endDate='2026-01-01 00:00:00 +0000'/>\n",
    '<!DOCTYPE HealthData [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n',
)
PARAMETER = _health(
    "", '<!DOCTYPE HealthData [ <!ENTITY % p SYSTEM "http://example.invalid/x.dtd"> %p; ]>\n'
)


@pytest.mark.parametrize(
    "text", [BILLION_LAUGHS, EXTERNAL, PARAMETER], ids=["bomb", "external", "parameter"]
)
def test_entity_tricks_are_refused_and_nothing_is_written(
    database_url: str, tmp_path: Path, text: str
) -> None:
    path = tmp_path / "export.xml"
    # Real records first, so a lenient parser would have written something before the trick.
    path.write_text(
        text.replace(
            '<HealthData locale="en_GB">\n', '<HealthData locale="en_GB">\n' + _caffeine()
        ),
        encoding="utf-8",
    )
    with open_database(database_url) as db:
        with pytest.raises(InputError, match="entities") as info:
            transfer.import_apple_health(db, path)
        assert "\n" not in str(info.value)
        assert db.diary.counts() == EMPTY


def _caffeine() -> str:
    return (
        ' <Record type="HKQuantityTypeIdentifierDietaryCaffeine" sourceName="p" unit="mg" '
        'value="80" '
        'startDate="2026-01-01 08:00:00 +0100" endDate="2026-01-01 08:00:00 +0100"/>\n'
    )


@pytest.mark.parametrize("keep", [0.5, 0.999])
def test_truncated_exports_write_nothing(database_url: str, tmp_path: Path, keep: float) -> None:
    full = tmp_path / "full.xml"
    write_export(full, date(2026, 1, 1), 5, filler=4)
    data = full.read_bytes()
    cut = tmp_path / "export.xml"
    cut.write_bytes(data[: int(len(data) * keep)])
    with open_database(database_url) as db:
        with pytest.raises(InputError, match="not a complete Apple Health export"):
            transfer.import_apple_health(db, cut)
        assert db.diary.counts() == EMPTY


def test_damaged_zip_and_wrong_files_are_explained(tmp_path: Path) -> None:
    good = tmp_path / "good.zip"
    write_export(good, date(2026, 1, 1), 3, filler=3, as_zip=True)
    cut = tmp_path / "cut.zip"
    cut.write_bytes(good.read_bytes()[:-100])
    other_zip = tmp_path / "other.zip"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("notes.txt", "hello")
    not_health = tmp_path / "feed.xml"
    not_health.write_text("<rss><channel/></rss>", encoding="utf-8")
    with open_database(f"sqlite:///{tmp_path / 'd.sqlite3'}") as db:
        for path, message in (
            (cut, "damaged zip"),
            (other_zip, "no export.xml"),
            (not_health, "not an Apple Health"),
        ):
            with pytest.raises(InputError, match=message):
                transfer.import_apple_health(db, path)
        assert db.diary.counts() == EMPTY


def test_unusable_records_are_counted_not_fatal(tmp_path: Path) -> None:
    future = (datetime.now(UTC) + timedelta(days=30)).strftime("%Y-%m-%d %H:%M:%S +0000")
    body = _caffeine() + (
        f' <Record type="HKQuantityTypeIdentifierDietaryCaffeine" sourceName="p" unit="mg" '
        'value="80" '
        f'startDate="{future}" endDate="{future}"/>\n'
        ' <Record type="HKQuantityTypeIdentifierDietaryWater" sourceName="p" unit="bucket" '
        'value="3" '
        'startDate="2026-01-01 08:00:00 +0100" endDate="2026-01-01 08:00:00 +0100"/>\n'
    )
    path = tmp_path / "export.xml"
    path.write_text(
        HEADER.replace("{export_date}", "2026-01-02 00:00:00 +0000") + body + "</HealthData>\n",
        encoding="utf-8",
    )
    with open_database(f"sqlite:///{tmp_path / 'd.sqlite3'}") as db:
        report = transfer.import_apple_health(db, path)
    assert report.added == 1
    assert report.skipped == {
        "HKQuantityTypeIdentifierDietaryCaffeine (unusable values)": 1,
        "HKQuantityTypeIdentifierDietaryWater (unusable values)": 1,
    }


def test_records_inside_correlations_are_not_counted_twice(tmp_path: Path) -> None:
    caffeine = _caffeine()
    food = (
        ' <Correlation type="HKCorrelationTypeIdentifierFood" sourceName="p" '
        'startDate="2026-01-01 08:00:00 +0100" endDate="2026-01-01 08:00:00 +0100">\n'
        '  <MetadataEntry key="HKFoodType" value="Coffee"/>\n'
        f"{caffeine} </Correlation>\n"
    )
    path = tmp_path / "export.xml"
    path.write_text(
        HEADER.replace("{export_date}", "2026-01-02 00:00:00 +0000") + caffeine + food
        + caffeine.replace("80", "40") + "</HealthData>\n",
        encoding="utf-8",
    )  # fmt: skip
    with open_database(f"sqlite:///{tmp_path / 'd.sqlite3'}") as db:
        report = transfer.import_apple_health(db, path)
        amounts = sorted(x.amount or 0 for x in db.diary.iter_exposures())
    assert report.details == {"Correlation": 1, "HKQuantityTypeIdentifierDietaryCaffeine": 2}
    assert amounts == [40.0, 80.0]
