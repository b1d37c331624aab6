"""Running the real `legtwitch` command from tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

LEGTWITCH = Path(sys.executable).with_name("legtwitch")


def run_cli(
    env: dict[str, str], *args: str, timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LEGTWITCH), *args], env=env, capture_output=True, text=True, timeout=timeout
    )
