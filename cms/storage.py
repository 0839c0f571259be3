"""Media in an S3-compatible bucket: images public with stable URLs, documents private."""

import posixpath

from storages.backends.s3 import S3Storage

# Wagtail stores documents under this prefix (AbstractDocument.file upload_to).
DOCUMENTS_PREFIX = "documents/"


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
