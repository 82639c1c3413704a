"""Units of measure: kept here for old imports; they live in ``factdiff.values.units``.

measure, dimension, UNITS, BASE_UNITS, Unit -> see factdiff.values.units
"""

from .values.units import BASE_UNITS, UNITS, Unit, dimension, measure

__all__ = ["BASE_UNITS", "UNITS", "Unit", "dimension", "measure"]
