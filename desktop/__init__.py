"""Freelance Desk: the application — start-up, CLI, services, import/export, secrets."""

APP_NAME = "Freelance Desk"
APP_ID = "freelance-desk"
ORG_NAME = "FreelanceDesk"


def __getattr__(name: str) -> str:
    """``__version__``, looked up when first asked for, with the package-metadata reader the
    keyring loads anyway (keyring.compat.py312: the importlib_metadata backport before Python
    3.12): the standard library's importlib.metadata was ~15 ms more before the first paint."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import sys
    from types import ModuleType

    metadata: ModuleType
    if sys.version_info >= (3, 12):
        import importlib.metadata as metadata
    else:
        try:
            import importlib_metadata as metadata
        except ImportError:
            import importlib.metadata as metadata
    try:
        found = metadata.version("freelance-desk")
    except metadata.PackageNotFoundError:  # running from a source tree or a frozen build
        found = "0.1.0"
    globals()["__version__"] = found
    return found


# The one clock: importing it installs it as the models' source of default timestamps.
from desktop import clock as _clock  # noqa: E402,F401
