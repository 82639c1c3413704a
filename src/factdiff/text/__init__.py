"""Text as every stage reads it: tokens, and the word lists the readers know.

tokens.py   tokens and spans of a sentence, and the single-spaced text the readers see
lexicon.py  the word lists and word tables, each kept in one data file under lists/
"""
