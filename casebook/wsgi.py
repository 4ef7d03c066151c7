import os

from django.conf import settings
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "casebook.settings")
application = get_wsgi_application()
if settings.SECRET_KEY_EPHEMERAL:
    raise RuntimeError("SECRET_KEY must be set to serve Casebook")
