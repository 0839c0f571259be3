"""Demo content for Ballerup International, built in code (no fixtures) and safe to run again."""
