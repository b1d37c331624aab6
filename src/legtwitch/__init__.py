"""legtwitch: possible causes of leg twitching, triage and trigger tracking. Not a diagnosis."""

__version__ = "0.1.0"
__all__ = ["__version__"]
