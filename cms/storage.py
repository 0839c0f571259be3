"""Media in an S3-compatible bucket: images public with stable URLs, documents private."""

import posixpath

from botocore.exceptions import BotoCoreError, ClientError
from storages.backends.s3 import S3Storage

# Wagtail stores documents under this prefix (AbstractDocument.file upload_to).
DOCUMENTS_PREFIX = "documents/"


class MediaStorageUnavailable(OSError):
    """The media bucket could not be reached or refused the request (cms.middleware turns it into a message)."""


# A refused or timed-out connection, a dropped one, or the server's own 5xx / throttling answer.
UNAVAILABLE_ERRORS = (BotoCoreError, ClientError)


def _unavailable(operation, name, error):
    return MediaStorageUnavailable(f"Media storage unavailable ({operation} {name}): {error}")


class MediaStorage(S3Storage):
    """One bucket for all media; each object's ACL says whether the public may read it directly.

    Images (originals and renditions) are public-read with unsigned URLs, so a page can be cached
    without holding a link that expires. Documents are private: visitors get them only through
    Wagtail's serve view (WAGTAILDOCS_SERVE_METHOD = "serve_view"), which checks the collection's
    view restrictions and streams the object with the app's own credentials.
    """

    def get_default_settings(self):
        return {**super().get_default_settings(), "object_acls": True}

    def is_private(self, name):
        """Whether `name` (a key, including the storage's location) is a document."""
        prefix = posixpath.join(self.location, DOCUMENTS_PREFIX) if self.location else DOCUMENTS_PREFIX
        return name.startswith(prefix)

    def get_object_parameters(self, name):
        params = super().get_object_parameters(name)
        if self.is_private(name):
            params.setdefault("CacheControl", "private, no-store")
            if self.object_acls:
                params["ACL"] = "private"
        else:
            # Image file names are never reused (file_overwrite is off), so a day's caching is safe.
            params.setdefault("CacheControl", "public, max-age=86400")
            if self.object_acls:
                params["ACL"] = "public-read"
        return params

    # Reads and writes that fail because the bucket is down raise one exception of our own, so a view
    # can say so; URLs of images are computed without asking the bucket and keep working.
    def _save(self, name, content):
        try:
            return super()._save(name, content)
        except UNAVAILABLE_ERRORS as error:
            raise _unavailable("save", name, error) from error

    def _open(self, name, mode="rb"):
        try:
            return super()._open(name, mode)
        except UNAVAILABLE_ERRORS as error:
            if isinstance(error, ClientError) and error.response.get("Error", {}).get("Code") in ("404", "NoSuchKey"):
                raise
            raise _unavailable("open", name, error) from error

    def exists(self, name):
        try:
            return super().exists(name)
        except UNAVAILABLE_ERRORS as error:
            raise _unavailable("check", name, error) from error
