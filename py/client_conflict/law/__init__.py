"""The engine's legal layer: which law applies, the sums it gives, its clocks and its routes.

Pure functions over typed inputs (``types``) and the data files of this package (``data``).
"""

from __future__ import annotations
