"""Qt widgets only. Calls desktop.services; never writes the database itself."""
