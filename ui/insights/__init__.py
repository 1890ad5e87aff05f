"""The Insights tab."""
