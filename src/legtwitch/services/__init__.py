"""The composition layer used by the CLI and (later) the web app."""
