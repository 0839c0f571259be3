"""The pieces of `make bench`: the servers it starts, the load it sends, and how it reports."""
