"""FollowTheMoney entities collected by id, and our ids as FtM ids."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from followthemoney import model
from followthemoney.proxy import EntityProxy
from followthemoney.types import registry


def ftm_id(row_id: str) -> str:
    """Our id as an FtM id, which may not contain "_": ``entity_1f2e`` -> ``entity-1f2e``."""
    return row_id.replace("_", "-")


class Entities:
    """FtM entities by id: adding to an id that exists merges the values."""

    def __init__(self) -> None:
        self.by_id: dict[str, EntityProxy] = {}

    def add(self, schema: str, row_id: str, **properties: Any) -> str:
        """Add (or merge into) the entity for our id ``row_id``; references are our ids too."""
        proxy = model.make_entity(schema)
        proxy.id = entity_id = ftm_id(row_id)
        for prop, values in properties.items():
            reference = proxy.schema.properties[prop].type == registry.entity
            for value in values if isinstance(values, list | tuple) else [values]:
                if value is not None and value != "":
                    proxy.add(prop, ftm_id(str(value)) if reference else value)
        if entity_id in self.by_id:
            self.by_id[entity_id].merge(proxy)
        else:
            self.by_id[entity_id] = proxy
        return row_id

    def lines(self) -> Iterable[str]:
        """One JSON object per entity, by id, values sorted: the same entities give the same bytes."""
        for entity_id in sorted(self.by_id):
            proxy = self.by_id[entity_id]
            props = {prop: sorted(proxy.get(prop)) for prop in sorted(proxy.properties)}
            data = {"id": entity_id, "schema": proxy.schema.name, "properties": props}
            yield json.dumps(data, ensure_ascii=False, sort_keys=True)
