"""A reviewer's verdicts on a comparison: read from a file, applied to the comparison."""
