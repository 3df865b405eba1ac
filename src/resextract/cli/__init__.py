"""The `resextract` command line: a thin layer over the pipeline and the engines."""
from .app import app, main

__all__ = ["app", "main"]
