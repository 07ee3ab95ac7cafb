import json

from wsislens.model import submission_json_schema
from wsislens.paths import SCHEMA_PATH


def test_checked_in_json_schema_is_up_to_date():
    # Regenerate with `make schema` after changing wsislens/model.py or the vocabularies.
    assert json.loads(SCHEMA_PATH.read_text(encoding="utf-8")) == submission_json_schema()


def test_schema_forbids_unknown_keys_and_names_required_fields():
    schema = submission_json_schema()
    assert schema["additionalProperties"] is False
    assert schema["required"] == ["schema_version", "id", "status", "entity", "source"]
    relation = schema["$defs"]["Relation"]
    assert relation["additionalProperties"] is False
    assert relation["properties"]["type"]["enum"] == [
        "partner",
        "member_of",
        "co_organised",
        "hosted_by",
        "funded_by",
        "contributed_to",
        "led",
    ]


def test_strongest_basis_orders_stated_then_inferred_then_declined():
    from wsislens.model import strongest_basis

    assert strongest_basis(["negated", "inferred", "negated"]) == "inferred"
    assert strongest_basis(["inferred", "stated"]) == "stated"
    assert strongest_basis(["negated"]) == "negated"
