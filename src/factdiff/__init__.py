"""factdiff: compare news articles fact by fact.

``factdiff.compare(paths)`` reads two or more articles and returns a ``Comparison``:
the findings (statements from several sources that report the same fact, each an
agreement or a discrepancy with the details compared) and what each source alone says.
``factdiff.read_facts(path)`` returns one article with every detail read from it.
``factdiff.render`` turns a comparison into a PDF, HTML, JSON or Markdown report.
``factdiff.read_review(paths)`` reads a reviewer's verdicts (a filled-in table or a JSON
review) and ``factdiff.apply_review(comparison, review)`` applies them before rendering.
"""

from ._version import __version__
from .compare import compare, compare_articles, read_facts
from .errors import FactdiffError, InputError, OutputError
from .models import (
    Article,
    Comparison,
    Detail,
    DetailComparison,
    Finding,
    Kind,
    Mention,
    Reference,
    Review,
    ReviewEntry,
    ReviewPair,
    SetAside,
    Source,
    Statement,
    Status,
    Verdict,
)
from .read import parse_article, read_article
from .review import apply_review, read_review

__all__ = [
    "Article",
    "Comparison",
    "Detail",
    "DetailComparison",
    "FactdiffError",
    "Finding",
    "InputError",
    "Kind",
    "Mention",
    "OutputError",
    "Reference",
    "Review",
    "ReviewEntry",
    "ReviewPair",
    "SetAside",
    "Source",
    "Statement",
    "Status",
    "Verdict",
    "__version__",
    "apply_review",
    "compare",
    "compare_articles",
    "parse_article",
    "read_article",
    "read_facts",
    "read_review",
]
