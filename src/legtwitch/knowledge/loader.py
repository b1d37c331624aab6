"""Read the knowledge base's YAML files into validated schema objects."""

from __future__ import annotations

import hashlib
from pathlib import Path

import yaml
from pydantic import ValidationError

from legtwitch.errors import KnowledgeBaseError
from legtwitch.knowledge.schema import KnowledgeBaseFile


def default_data_dir() -> Path:
    """The knowledge base shipped inside the package."""
    return Path(__file__).parent / "data"


def load_files(directory: Path) -> tuple[list[KnowledgeBaseFile], str]:
    """Parse every *.yaml file in `directory`; return them and a content digest."""
    paths = sorted(directory.glob("*.yaml"))
    if not paths:
        raise KnowledgeBaseError(f"No knowledge-base files (*.yaml) found in {directory}.")
    digest = hashlib.sha256()
    files: list[KnowledgeBaseFile] = []
    for path in paths:
        raw = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + raw)
        try:
            # libyaml's safe loader (PyYAML's CSafeLoader) when built in: several times faster.
            data = yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
        except yaml.YAMLError as exc:
            raise KnowledgeBaseError(f"{path.name} is not valid YAML: {exc}") from None
        try:
            files.append(KnowledgeBaseFile.model_validate(data))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise KnowledgeBaseError(
                f"{path.name}: {where}: {first['msg']} ({exc.error_count()} problem(s) in all)."
            ) from None
    return files, digest.hexdigest()[:12]
