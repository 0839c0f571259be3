"""Danish slugs: æ, ø and å are written ae, oe and aa in every slug, in both languages, however it is made."""
