"""The Jinja2 setup the HTML, PDF and Markdown renderers share.

TEMPLATES_DIR                            -> where the report templates are
environment()                            -> the one Jinja2 environment
render_template(name, view, medium=)     -> a template rendered for a ReportView
template_globals(view, medium=)          -> the one dict of globals a template gets
markdown_escape(text)                    -> untrusted text escaped for Markdown
visible(value)                           -> invisible format characters shown as [U+202E]

Templates only loop and branch: every string they show is computed by the view model.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import jinja2
from markupsafe import Markup

from factdiff.errors import OutputError
from factdiff.render.records import ReportView
from factdiff.text.tokens import INVISIBLE

__all__ = [
    "TEMPLATES_DIR",
    "environment",
    "markdown_escape",
    "render_template",
    "template_globals",
    "visible",
]

# The templates ship inside the package (the checkout's top-level templates/ is a link to
# them), so an installed factdiff renders every format wherever it runs.
TEMPLATES_DIR = Path(__file__).resolve().parents[1] / "templates"


def markdown_escape(text: str) -> str:
    r"""Return untrusted text escaped for Markdown, on one line (runs of spaces kept as one).

    >>> markdown_escape("<script>*hi*</script> [x](y) a_b")
    '\\<script\\>\\*hi\\*\\</script\\> \\[x\\](y) a\\_b'
    >>> markdown_escape("# not a heading"), markdown_escape("1. not a list"), markdown_escape("3.5")
    ('\\# not a heading', '1\\. not a list', '3.5')
    """
    text = _MD_SPECIAL.sub(r"\\\g<0>", _SPACES.sub(" ", str(text)))
    if text[:1] in ("#", "+", "-", "="):
        return "\\" + text
    return _MD_NUMBERED.sub(r"\g<1>\\\g<2>", text)


_MD_SPECIAL = re.compile(r"[\\`*_\[\]<>|&~]")
_MD_NUMBERED = re.compile(r"^(\d+)([.)])(?=\s|$)")
_SPACES = re.compile(r"\s+")


@cache
def environment() -> jinja2.Environment:
    """Return the Jinja2 environment shared by the HTML, PDF and Markdown renderers."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        autoescape=jinja2.select_autoescape(
            enabled_extensions=("html", "htm", "html.j2"), default_for_string=True
        ),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=visible,
    )
    env.filters["md"] = markdown_escape
    return env


def visible(value: object) -> object:
    """Return a value about to be displayed with each invisible format character shown as
    ``[U+202E]``: a right-to-left override must not make "eerht" read as "three".

    >>> visible("\u202eeerht\u202c years"), visible(3)
    ('[U+202E]eerht[U+202C] years', 3)
    """
    if not isinstance(value, str) or not INVISIBLE.search(value):
        return value
    shown = INVISIBLE.sub(lambda m: f"[U+{ord(m[0]):04X}]", value)
    return Markup(shown) if isinstance(value, Markup) else shown


def template_globals(view: ReportView, *, medium: str) -> dict[str, object]:
    """Return the one dict of globals a report template gets."""
    return {"report": view, "medium": medium, "generator": view.generator}


def render_template(name: str, view: ReportView, *, medium: str) -> str:
    """Return the template ``name`` rendered for ``view``; ``OutputError`` when it fails."""
    try:
        return environment().get_template(name).render(template_globals(view, medium=medium))
    except (jinja2.TemplateError, OSError) as error:
        raise OutputError(f"cannot render template {name}: {error}") from error
