"""Looking at records: the short text forms every view shares (format), HTML review pages,
Label Studio and brat round trips, and the SPEC §5 scorer."""
