"""Command-line interface: one module per group of subcommands, imported lazily."""
