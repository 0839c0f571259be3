"""The reports demo: committees, budgets, their members, the report index and trip reports in every state."""
