"""Tests of the shared template setup: Markdown escaping."""

import re

from factdiff.render.templating import markdown_escape


def test_markdown_escape_neutralises_markup():
    escaped = markdown_escape("<b>*x*</b> [a](b) `c` _d_ | e\nf & g")
    assert escaped == r"\<b\>\*x\*\</b\> \[a\](b) \`c\` \_d\_ \| e f \& g"
    assert re.search(r"(?<!\\)[<>*\[\]`_|&]", escaped) is None
