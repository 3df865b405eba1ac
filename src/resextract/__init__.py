"""resextract: directive records from Russian resolution texts."""
__version__ = "0.1.0"
