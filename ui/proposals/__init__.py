"""The Proposals tab."""
