"""Deferred imports: medspaCy's unused nltk/scipy.stats are not run, yet stay fully usable.

Each check runs in a fresh interpreter, because this test process may already have imported
nltk or scipy through other tests.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap


def _fresh(code: str) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def test_building_the_pipeline_does_not_run_nltk_or_scipy_stats() -> None:
    seen = _fresh(
        """
        import json, sys
        from legtwitch.knowledge.base import KnowledgeBase
        from legtwitch.nlp import extract
        from legtwitch.nlp.deferred import is_loaded
        found = extract("my left calf keeps twitching, no weakness", KnowledgeBase.load())
        before = {"nltk": is_loaded("nltk"), "scipy.stats": "scipy.stats" in sys.modules,
                  "requests": is_loaded("requests"), "langcodes": is_loaded("langcodes"),
                  "findings": sorted(f.id for f in found.findings)}
        import nltk  # what QuickUMLS does: the real nltk, loaded on first use
        from nltk.corpus import stopwords
        before["after_use"] = is_loaded("nltk")
        before["version"] = nltk.__version__
        before["reader"] = type(stopwords).__name__
        import langcodes, requests  # what spaCy's download and language matching do
        before["lc"] = langcodes.tag_is_valid("en")
        before["session"] = type(requests.Session()).__name__
        print(json.dumps(before))
        """
    )
    assert seen["nltk"] is False
    assert seen["scipy.stats"] is False
    assert seen["requests"] is False and seen["langcodes"] is False
    assert "site_calf" in seen["findings"]  # type: ignore[operator]
    assert seen["after_use"] is True
    assert seen["version"]
    assert seen["reader"] == "LazyCorpusLoader"
    assert seen["lc"] is True and seen["session"] == "Session"


def test_a_deferred_module_loads_on_first_attribute_not_on_import() -> None:
    seen = _fresh(
        """
        import json, sys
        from legtwitch.nlp.deferred import defer, is_loaded
        first = defer("colorsys")
        again = defer("colorsys")
        import colorsys
        imported = is_loaded("colorsys")
        hsv = colorsys.rgb_to_hsv(1.0, 0.0, 0.0)
        print(json.dumps({"first": first, "again": again, "imported": imported,
                          "hsv": hsv, "loaded": is_loaded("colorsys"),
                          "json": defer("json"), "missing": defer("no_such_module_here")}))
        """
    )
    assert seen == {
        "first": True,
        "again": False,  # already registered
        "imported": False,
        "hsv": [0.0, 1.0, 1.0],
        "loaded": True,
        "json": False,  # already imported: left alone
        "missing": False,
    }
