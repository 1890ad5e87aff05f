"""The Contracts tab."""
