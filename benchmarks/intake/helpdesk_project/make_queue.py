"""Create the helpdesk queue that reads a local mail directory (run with manage.py shell)."""

import os

from helpdesk.models import Queue

Queue.objects.update_or_create(
    slug="helpline",
    defaults={
        "title": "Helpline",
        "email_address": "helpline@casebook.invalid",
        "allow_email_submission": True,
        "email_box_type": "local",
        "email_box_local_dir": os.environ["HELPDESK_MAIL_DIR"],
        "email_box_interval": 0,
        "logging_type": "none",
    },
)
