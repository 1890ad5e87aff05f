"""The Jobs tab."""
