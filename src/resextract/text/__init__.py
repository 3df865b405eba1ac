"""Text layer: reading files, physical lines, quotes, cue prefilters, dates and morphology.

Nothing here knows about directives; every stage asks these modules the same questions
(where are the quotes, is this word an infinitive) and gets the same answer.
"""
