"""Media on a real S3 server over HTTP (moto on loopback): images public and stable, documents private."""

import os
import uuid
from http import HTTPStatus
from io import BytesIO
from pathlib import Path

import pytest
import requests
from django.core.management import call_command
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from cms.settings.base import s3_media_options
from tests import servers

pytestmark = [pytest.mark.s3, pytest.mark.django_db]


@pytest.fixture(scope="session")
def s3_endpoint():
    with servers.s3_server() as endpoint:
        yield endpoint


def local_media_files(*roots):
    return {str(path) for root in roots if os.path.isdir(root) for path in Path(root).rglob("*") if path.is_file()}


@pytest.fixture
def s3_media(settings, s3_endpoint, tmp_path):
    """Media switched to a fresh bucket exactly as the environment variables would switch it."""
    # Also watch the media folders a module might have captured before the switch.
    watched = [settings.MEDIA_ROOT, str(settings.BASE_DIR / "media")]
    before = local_media_files(*watched)
    bucket = f"ballerup-{uuid.uuid4().hex[:12]}"
    servers.create_bucket(s3_endpoint, bucket)
    options = s3_media_options(servers.s3_environment(s3_endpoint, bucket))
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "cms.storage.MediaStorage", "OPTIONS": options}}
    settings.MEDIA_ROOT = str(tmp_path / "media")
    os.makedirs(settings.MEDIA_ROOT)
    yield {"endpoint": s3_endpoint, "bucket": bucket, "keys": lambda: servers.bucket_keys(s3_endpoint, bucket)}
    assert os.listdir(settings.MEDIA_ROOT) == [], "media were written to local disk, not through the storage"
    assert local_media_files(*watched) == before, "media were written to a local media folder"


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("s3admin", "s3admin@example.dk", "pw")
    client.force_login(user)
    return client


def png_upload(name="prag.png", size=(320, 200)):
    from django.core.files.uploadedfile import SimpleUploadedFile

    buffer = BytesIO()
    PILImage.new("RGB", size, (0, 90, 160)).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def test_image_uploaded_through_the_admin_is_stored_in_the_bucket_and_its_renditions_are_served(
    s3_media, admin_client
):
    response = admin_client.post(
        "/admin/images/add/",
        {"title": "Rådhuset i Prag 10", "file": png_upload(), "collection": Collection.get_first_root_node().pk},
    )

    assert response.status_code == HTTPStatus.FOUND
    image = get_image_model().objects.get(title="Rådhuset i Prag 10")
    assert image.file.name in s3_media["keys"]()
    rendition = image.get_rendition("fill-120x80")
    assert rendition.file.name in s3_media["keys"]()
    assert "?" not in rendition.url, "a cached page must not hold an expiring URL"
    served = requests.get(rendition.url, timeout=10)  # anonymously, straight from the bucket
    assert served.status_code == HTTPStatus.OK
    assert served.headers["Content-Type"] == "image/png"
    assert PILImage.open(BytesIO(served.content)).size == (120, 80)


def upload_document(admin_client, collection, title):
    from django.core.files.uploadedfile import SimpleUploadedFile

    content = f"Regnskab for rejsen: {title}".encode()
    response = admin_client.post(
        "/admin/documents/add/",
        {
            "title": title,
            "file": SimpleUploadedFile("regnskab.txt", content, content_type="text/plain"),
            "collection": collection.pk,
        },
    )
    assert response.status_code == HTTPStatus.FOUND
    return get_document_model().objects.get(title=title), content


def test_document_in_a_private_collection_is_not_readable_anonymously(s3_media, admin_client, client):
    private = Collection.get_first_root_node().add_child(name="Fortroligt")
    CollectionViewRestriction.objects.create(collection=private, restriction_type=CollectionViewRestriction.LOGIN)
    document, content = upload_document(admin_client, private, "Udkast til regnskab")
    assert document.file.name in s3_media["keys"]()

    admin_client.logout()
    anonymous = client.get(document.url)
    assert anonymous.status_code == HTTPStatus.FOUND
    assert "/login/" in anonymous["Location"]
    # Nor straight from the bucket: the object itself is private.
    direct = requests.get(document.file.storage.url(document.file.name), timeout=10)
    assert direct.status_code == HTTPStatus.FORBIDDEN
    assert content not in direct.content


def test_document_is_streamed_through_the_serve_view_never_redirected_to_the_bucket(s3_media, admin_client, client):
    document, content = upload_document(admin_client, Collection.get_first_root_node(), "Program for rejsen")
    admin_client.logout()

    response = client.get(document.url)

    assert response.status_code == HTTPStatus.OK
    assert b"".join(response.streaming_content) == content
    direct = requests.get(document.file.storage.url(document.file.name), timeout=10)
    assert direct.status_code == HTTPStatus.FORBIDDEN


def test_seed_demo_writes_its_media_to_the_bucket_only(s3_media, demo_password):
    call_command("seed_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115

    keys = s3_media["keys"]()
    for image in get_image_model().objects.all():
        assert image.file.name in keys, f"seeded image {image.title} is not in the bucket"
    for document in get_document_model().objects.all():
        assert document.file.name in keys, f"seeded document {document.title} is not in the bucket"
    # The fixture's teardown then checks that MEDIA_ROOT stayed empty.
