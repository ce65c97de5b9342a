"""Command-line commands, one module per area; ``nashr.cli`` registers them."""
