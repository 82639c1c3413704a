"""The exceptions factdiff raises on purpose; ``cli.main`` turns each into one line and an exit code."""


class FactdiffError(Exception):
    """Base of every error factdiff reports to its user."""

    exit_code = 1


class InputError(FactdiffError):
    """An input article cannot be read or compared."""

    exit_code = 3


class OutputError(FactdiffError):
    """A report cannot be rendered or written."""

    exit_code = 4
