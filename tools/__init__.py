"""Developer tools run from the checkout's root (``python -m tools.<name>``), not installed.

fit_alignment -> fit the alignment blend on the labelled sets and store it as JSON
"""
