"""The base model every table inherits; bound to the deferred database."""
from peewee import Model

from models.db import database


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False
