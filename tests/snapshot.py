"""Loading the serialized demo into a test's transaction quickly.

Django's `deserialize_db_from_string` saves each object on its own: an UPDATE, then an INSERT, for
each of the demo's rows, in every test that asks for the demo. Here the rows of each model that the
database does not hold yet go in with a few multi-row INSERTs; objects with many-to-many values, and
rows the database already has (what the migrations created: the first home page, the locales, …), are
saved Django's way, which updates those and writes the relations.
"""

from django.core import serializers
from django.db import connections, transaction


def load_snapshot(data, using="default"):
    """Write the objects of a `serialize_db_to_string` snapshot into the database, as they were."""
    connection = connections[using]
    by_model = {}
    for deserialized in serializers.deserialize("json", data, using=using):
        by_model.setdefault(type(deserialized.object), []).append(deserialized)
    with transaction.atomic(using=using), connection.constraint_checks_disabled():
        for model, objects in by_model.items():
            manager = model._base_manager.using(using)
            stored = set(manager.filter(pk__in=[d.object.pk for d in objects]).values_list("pk", flat=True))
            new = [d.object for d in objects if d.object.pk not in stored and not any(d.m2m_data.values())]
            fields = model._meta.local_concrete_fields
            size = connection.ops.bulk_batch_size(fields, new) or 1
            for start in range(0, len(new), size):
                manager._insert(new[start : start + size], fields=fields, raw=True)
            for deserialized in objects:
                if deserialized.object.pk in stored or any(deserialized.m2m_data.values()):
                    deserialized.save(using=using)
