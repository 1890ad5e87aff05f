"""The Settings dialog: Security (encryption) and Backups pages."""
