"""The graph's schema as the API shows it: the event roles, the lists they give the
person and event profiles (the web page builds its sections from this)."""
from __future__ import annotations

from fastapi import APIRouter

from api.models import EventRoleInfo, GraphSchema
from loaders.schema import EVENT_ROLES

router = APIRouter(tags=["schema"])

_SCHEMA = GraphSchema(event_roles=[
    EventRoleInfo(relation=r.relation, person_field=r.person_field, event_field=r.event_field,
                  label_zh=r.label_zh, qualifier=r.qualifier, meaning=r.meaning)
    for r in EVENT_ROLES])


@router.get("/schema", response_model=GraphSchema)
def schema() -> GraphSchema:
    """The ways a person takes part in an event (loaders/schema.py EVENT_ROLES): for each, the
    relationship type, the list of `GET /persons/{id}` and of `GET /events/{id}` that holds
    it, and its Chinese name. Static: it changes only with the code."""
    return _SCHEMA
