"""Expected failures.  The CLI prints their message on one line and exits non-zero."""


class SitrepError(Exception):
    """Base of every failure a user can act on."""


class InputError(SitrepError):
    """An input could not be read or is not a report: names the input and the problem."""

    def __init__(self, source: str, problem: str):
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class StoreError(SitrepError):
    """The database could not be opened, migrated or written."""


class VocabularyError(SitrepError):
    """A data file (ontology, actors, gazetteer, campaigns) is malformed."""


class NotFoundError(SitrepError):
    """An event, campaign or other named thing does not exist."""
