"""Logging to a rotating file under the home, so a rep can send the details of a problem."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from moovdesk.paths import Home

LOG_NAME = "moovdesk.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(home: Home, level: int = logging.INFO) -> Path:
    """Send the `moovdesk` loggers to `logs/moovdesk.log` (1 MB, 5 files kept)."""
    log_file = home.logs / LOG_NAME
    logger = logging.getLogger("moovdesk")
    if not any(getattr(h, "baseFilename", None) == str(log_file) for h in logger.handlers):
        home.logs.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter(_FORMAT))
        logger.addHandler(handler)
    logger.setLevel(level)
    return log_file


def log_exception(home: Home, error: BaseException) -> Path:
    """Write `error` with its traceback to the log; returns the log file's path."""
    try:
        log_file = setup_logging(home)
    except OSError:
        return Path("(no log: the data folder cannot be written)")
    logging.getLogger("moovdesk").error("unhandled error", exc_info=error)
    return log_file
