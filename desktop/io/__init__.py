"""Importers and exporters: files in, files out; io never calls desktop.services."""
