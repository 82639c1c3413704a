"""The discrepancy table a reviewer works through: its sheets and columns, one place.

FINDINGS_SHEET, UNIQUE_SHEET   -> the names of the two sheets (the xlsx), or of the two CSV parts
ID, REVIEW, REVIEWER, COMMENT  -> the columns a reviewer fills in and the review reads back
PAIR_WITH                      -> the column of the unique statements' sheet that pairs one by hand
REVIEW_VERDICTS                -> what the review column may say
"""

from __future__ import annotations

FINDINGS_SHEET = "Findings"
UNIQUE_SHEET = "Only in one source"

ID = "id"
REVIEW = "review"
REVIEWER = "reviewer"
COMMENT = "comment"
PAIR_WITH = "pair with"

# What a reviewer may say of a finding; an empty cell means not reviewed.
REVIEW_VERDICTS = ("confirmed", "dismissed", "unsure")
