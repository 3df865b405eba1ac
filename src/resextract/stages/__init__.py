"""The extraction stages, in the order a document flows through them:

segmenter → header → actions / addressees (persons) → deadlines → references → directives.
`directives` (the extractor) calls the others and assembles the pydantic records.
"""
