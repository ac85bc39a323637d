"""A django-oauth-toolkit server for tok's device flow tests.

Listens on 127.0.0.1 on a free port and prints its base URL on the first
line of stdout; exits when stdin closes (the test that started it is done).
One user (alice / any-password, signed in through Django's login page) and
one public client, tok-device, with the device authorization grant. The
toolkit's own pages take the user code and the approval.
"""

import os
import socket
import sys
import tempfile
import threading

from wsgiref.simple_server import WSGIServer, WSGIRequestHandler, make_server
from socketserver import ThreadingMixIn

HERE = os.path.dirname(os.path.abspath(__file__))
sock = socket.socket()
sock.bind(("127.0.0.1", 0))
PORT = sock.getsockname()[1]
sock.close()
BASE = f"http://127.0.0.1:{PORT}"
DB = os.path.join(tempfile.mkdtemp(prefix="tok-dot-"), "db.sqlite3")

import django  # noqa: E402
from django.conf import settings  # noqa: E402

settings.configure(
    DEBUG=False,
    SECRET_KEY="tok-test-only-not-a-secret",
    ALLOWED_HOSTS=["127.0.0.1"],
    ROOT_URLCONF=__name__,
    INSTALLED_APPS=[
        "django.contrib.auth",
        "django.contrib.contenttypes",
        "django.contrib.sessions",
        "oauth2_provider",
    ],
    MIDDLEWARE=[
        "django.contrib.sessions.middleware.SessionMiddleware",
        "django.middleware.csrf.CsrfViewMiddleware",
        "django.contrib.auth.middleware.AuthenticationMiddleware",
    ],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": DB}},
    TEMPLATES=[
        {
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "DIRS": [os.path.join(HERE, "templates")],
            "APP_DIRS": True,
            "OPTIONS": {"context_processors": ["django.template.context_processors.request"]},
        }
    ],
    LOGIN_URL="/accounts/login/",
    PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
    USE_TZ=True,
    OAUTH2_PROVIDER={
        "OAUTH_DEVICE_VERIFICATION_URI": f"{BASE}/o/device/",
        "OAUTH_DEVICE_VERIFICATION_URI_COMPLETE": f"{BASE}/o/device/?user_code={{user_code}}",
        "DEVICE_FLOW_INTERVAL": 1,
        "SCOPES": {"read": "Read", "write": "Write"},
    },
)
django.setup()

from django.contrib.auth import views as auth_views  # noqa: E402
from django.urls import include, path  # noqa: E402

urlpatterns = [
    path("o/", include("oauth2_provider.urls", namespace="oauth2_provider")),
    path("accounts/login/", auth_views.LoginView.as_view()),
]

from django.core.management import call_command  # noqa: E402

call_command("migrate", verbosity=0)

from django.contrib.auth.models import User  # noqa: E402
from oauth2_provider.models import Application  # noqa: E402

User.objects.create_user("alice", password="any-password")
Application.objects.create(
    name="tok",
    client_id="tok-device",
    client_type=Application.CLIENT_PUBLIC,
    authorization_grant_type=Application.GRANT_DEVICE_CODE,
)

from django.core.wsgi import get_wsgi_application  # noqa: E402


class Server(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class Quiet(WSGIRequestHandler):
    def log_message(self, *args):
        pass


httpd = make_server("127.0.0.1", PORT, get_wsgi_application(), server_class=Server, handler_class=Quiet)
threading.Thread(target=httpd.serve_forever, daemon=True).start()
print(BASE, flush=True)
sys.stdin.read()
