"""Defer importing modules that medspaCy and spaCy pull in but our pipeline never runs.

medspaCy 1.3.1 imports its QuickUMLS component whenever the package is imported
(`medspacy.util` does `from quickumls import spacy_component`), and QuickUMLS imports nltk at
module level, which in turn imports scipy.stats: about 0.8 s of a 2.4 s pipeline load, for code
we never call (QuickUMLS needs a UMLS licence and index; legtwitch does not use it). QuickUMLS
touches nltk only inside `QuickUMLS.__init__` (stop words). spaCy's command-line tools import
requests, and spacy.util imports langcodes, in the same way (about 0.1 s more).

`defer` registers such a module with the standard library's `importlib.util.LazyLoader`: the
module object exists at once, and the real module runs on the first attribute access. One
exception: the `import` statement itself reads `module.__spec__` (to see whether the module is
still initialising), which would trigger the load at once, so reading `__spec__` alone does not.
Nothing is replaced or stubbed; anything in the process that uses nltk gets the real nltk, loaded
on first use (tests/nlp/test_deferred.py checks both).
"""

from __future__ import annotations

import importlib.util
import sys
import types
from typing import Any

# Imported with `import name` at module level by medspaCy or spaCy, used only inside functions
# the reader never calls: nltk by QuickUMLS (stop words for UMLS matching), requests by spaCy's
# `download`/`validate` commands (model downloads: nothing is downloaded at run time), langcodes
# by spaCy's language-name matching (we ask for "en" directly).
DEFERRED = ("nltk", "requests", "langcodes")


# The standard library's lazy module class (private in importlib.util), taken from a real one.
_LAZY_TYPES: dict[str, type[types.ModuleType]] = {}


class _DeferredModule(types.ModuleType):
    """Serves `__spec__` without loading; any other attribute hands the module back to
    importlib's lazy module class, which runs the real module and returns the attribute."""

    def __getattribute__(self, attr: str) -> Any:
        if attr == "__spec__":
            return super().__getattribute__(attr)
        object.__setattr__(self, "__class__", _LAZY_TYPES[super().__getattribute__("__name__")])
        return getattr(self, attr)


def defer(name: str) -> bool:
    """Make `import name` lazy in this process; False if already imported or not installed."""
    if name in sys.modules:
        return False
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        return False
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    _LAZY_TYPES[name] = type(module)
    module.__class__ = _DeferredModule
    return True


def is_loaded(name: str) -> bool:
    """Whether the module's code has run (a deferred module not yet used has not)."""
    module = sys.modules.get(name)
    if module is None:
        return False
    return not isinstance(module, (_DeferredModule, *_LAZY_TYPES.values()))


def defer_unused() -> None:
    for name in DEFERRED:
        defer(name)
