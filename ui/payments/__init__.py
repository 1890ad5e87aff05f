"""The Payments tab."""
