"""The site's URLs plus the trivial view `make bench` measures the pages against (bench settings only)."""

from django.http import HttpResponse
from django.urls import path

from cms.urls import urlpatterns as site_urlpatterns


def trivial(request):
    """The least a Django view can do on this server: the ceiling for any page it renders."""
    return HttpResponse("ok\n", content_type="text/plain")


urlpatterns = [path("bench/trivial/", trivial), *site_urlpatterns]
