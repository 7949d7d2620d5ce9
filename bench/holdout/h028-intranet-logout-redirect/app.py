"""Intranet single sign-out endpoint (Django, single-module deployment)."""
import django
from django.conf import settings

if not settings.configured:
    settings.configure(
        DEBUG=False,
        SECRET_KEY="unused-in-tests-overridden-by-env-in-prod",
        ROOT_URLCONF=__name__,
        ALLOWED_HOSTS=["intranet.corp.example", "testserver"],
        MIDDLEWARE=["django.middleware.common.CommonMiddleware"],
        INSTALLED_APPS=[],
        SSO_COOKIE="corp_sso",
    )
    django.setup()

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse  # noqa: E402
from django.urls import path  # noqa: E402
from django.views.decorators.http import require_http_methods  # noqa: E402

DEFAULT_AFTER_LOGOUT = "/"


def _after_logout_target(request: HttpRequest) -> str:
    """Where to send the browser once the SSO cookie is gone."""
    return request.GET.get("return_to") or request.POST.get("return_to") or DEFAULT_AFTER_LOGOUT


@require_http_methods(["GET", "POST"])
def logout_view(request: HttpRequest) -> HttpResponse:
    target = _after_logout_target(request)
    response = HttpResponseRedirect(target)
    response.delete_cookie(settings.SSO_COOKIE, path="/", domain=None, samesite="Lax")
    return response


def whoami(request: HttpRequest) -> JsonResponse:
    user = request.COOKIES.get(settings.SSO_COOKIE)
    return JsonResponse({"authenticated": bool(user), "user": user})


urlpatterns = [
    path("sso/logout/", logout_view, name="logout"),
    path("sso/whoami/", whoami, name="whoami"),
]
