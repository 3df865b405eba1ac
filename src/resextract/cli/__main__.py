"""`python -m resextract.cli`: the same as the `resextract` command."""
from .app import main

main()
