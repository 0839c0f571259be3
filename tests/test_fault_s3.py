"""The media bucket down mid-run (moto's S3 server stopped): public pages still render, an upload in the
admin fails with a clear Danish message and saves nothing, and uploads work again once S3 is back."""

from http import HTTPStatus
from io import BytesIO

import pytest
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from cms.backup import storage_files
from cms.settings.base import s3_media_options
from tests import servers
from tests.cache_helpers import anonymous, cached_paths
from tests.workflows.admin import login

pytestmark = [pytest.mark.s3]
BUCKET = "ballerup-media-outage"
DANISH_MESSAGE = "Filen kunne ikke gemmes"


@pytest.fixture(scope="module")
def moto():
    with servers.controlled_s3_server() as server:
        yield server


@pytest.fixture
def s3_site(seeded, moto, settings):
    """The seeded demo with its media moved into a fresh bucket (as a restore would put them)."""
    if moto.process.poll() is not None:
        moto.start()
    servers.create_bucket(moto.endpoint, BUCKET)
    local = FileSystemStorage(location=settings.MEDIA_ROOT)
    options = s3_media_options(servers.s3_environment(moto.endpoint, BUCKET))
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "cms.storage.MediaStorage", "OPTIONS": options}}
    for name in storage_files(local):
        with local.open(name, "rb") as file:
            default_storage.save(name, file)
    settings.PAGE_CACHE_ENABLED = False  # every page is rendered, not answered from the page cache
    yield moto
    if moto.process.poll() is not None:
        moto.start()


def png_upload(name="udveksling.png"):
    buffer = BytesIO()
    PILImage.new("RGB", (320, 200), (0, 90, 160)).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def upload_image(client, title):
    return client.post(
        "/admin/images/add/",
        {"title": title, "file": png_upload(), "collection": Collection.get_first_root_node().pk},
        follow=True,
    )


def test_public_pages_render_while_the_bucket_is_down(s3_site, client):
    paths = [path for path in cached_paths() if not path.startswith("/open-data/")][:40]
    for path in paths:  # renditions made and recorded while S3 answers
        assert anonymous(client).get(path).status_code == HTTPStatus.OK, path

    s3_site.stop()

    for path in paths:
        response = anonymous(client).get(path)
        assert response.status_code == HTTPStatus.OK, path


def test_an_upload_while_the_bucket_is_down_says_so_in_danish_saves_nothing_and_works_once_it_is_back(s3_site, client):
    login(client, "admin")
    images, documents = get_image_model().objects.count(), get_document_model().objects.count()
    s3_site.stop()

    image = upload_image(client, "Udveksling under nedbrud")
    document = client.post(
        "/admin/documents/add/",
        {
            "title": "Regnskab under nedbrud",
            "file": SimpleUploadedFile("regnskab.txt", b"Regnskab", content_type="text/plain"),
            "collection": Collection.get_first_root_node().pk,
        },
        follow=True,
    )

    for response in (image, document):
        assert response.status_code == HTTPStatus.OK
        assert DANISH_MESSAGE in response.content.decode()
    assert get_image_model().objects.count() == images
    assert get_document_model().objects.count() == documents

    s3_site.start()  # back, empty: the bucket is made again
    servers.create_bucket(s3_site.endpoint, BUCKET)
    upload_image(client, "Udveksling efter nedbrud")
    uploaded = get_image_model().objects.get(title="Udveksling efter nedbrud")
    assert uploaded.file.name in servers.bucket_keys(s3_site.endpoint, BUCKET)
