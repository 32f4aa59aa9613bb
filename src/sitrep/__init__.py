"""sitrep: conflict-monitoring reports in, structured events out, monthly reports back."""

__version__ = "0.1.0"
