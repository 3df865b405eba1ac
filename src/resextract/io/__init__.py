"""Batch input and output: discovering files, running them on an engine (local pool or Dask),
progress, and atomic writing of the JSON Lines, CSV and Parquet outputs."""
