"""Looking at records: HTML review pages, Label Studio and brat round trips, and the SPEC §5 scorer."""
