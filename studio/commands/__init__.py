"""One module per subcommand of `vitrina`: its arguments and what it runs."""
