"""Log filters."""

import logging


class NoTracebackForRefusals(logging.Filter):
    """Requests refused as bad (400, django.security's suspicious operations) log one line:
    their traceback only says that a visitor typed something odd."""

    def filter(self, record):
        status = getattr(record, "status_code", None)
        if record.name.startswith("django.security") or status == 400:
            record.exc_info = None
            record.exc_text = None
            record.msg = " ".join(record.getMessage().split())  # a path may hold a newline
            record.args = ()
        return True
