"""Hypothesis strategies shared by several test modules."""

from hypothesis import strategies as st

# Words of dates, times and date lines, mixed at random: what the date readers must
# survive ("since in last Friday 2022 mid- of").
_DATE_WORDS = st.sampled_from(
    "since in the last next this past ago a ten 10 2019 2022 19 Dec. December June May Friday "
    "Monday early mid- late summer winter autumn fall of , . year years month months week days "
    "today yesterday recent earlier later day before after 24 hours | By Published: 10:32 GMT "
    "19.12.2022 2022-12-19 0000 9999 and".split()
)
# Any short text, or a run of date words.
DATE_TEXTS = st.one_of(st.text(max_size=80), st.lists(_DATE_WORDS, max_size=14).map(" ".join))
