"""Declarative tables: the named, ordered rules and word lists each stage applies.

`patterns` serves the segmenter and the header, `actions`, `addressees` and `references` the
stages of the same name. Code that walks the tables lives in `resextract.stages`.
"""
