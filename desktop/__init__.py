"""Freelance Desk: the application — start-up, CLI, services, import/export, secrets."""
from importlib.metadata import PackageNotFoundError, version

APP_NAME = "Freelance Desk"
APP_ID = "freelance-desk"
ORG_NAME = "FreelanceDesk"

try:
    __version__ = version("freelance-desk")
except PackageNotFoundError:  # running from a source tree or a frozen build
    __version__ = "0.1.0"

# The one clock: importing it installs it as the models' source of default timestamps.
from desktop import clock as _clock  # noqa: E402,F401
