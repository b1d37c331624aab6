"""One exception tree. Every message is a single plain sentence that says how to fix the input."""


class LegtwitchError(Exception):
    """Base of every error legtwitch raises on purpose."""


class KnowledgeBaseError(LegtwitchError):
    """The knowledge base files are invalid or inconsistent."""


class InputError(LegtwitchError):
    """The person's input (answers, findings, files) cannot be used as given."""
