"""One invented sentence per general rule of events and directives added on branch `events`
(names, units and wording are made up; the rules are those of shared/notes/annotation.md)."""

from helpers import extract


def _roles(r: dict) -> set:
    names = {p["id"]: p["name"] for p in r["persons"]}
    return {(names[x["person"]], x["role"]) for e in r["events"] for x in e["participants"]}


def test_stressing_a_point_at_an_event_is_a_speech_and_an_instruction_is_a_directive():
    r = extract("Hội nghị tổng kết diễn ra sáng nay. Bộ trưởng Trần Văn Phúc nhấn mạnh tình hình đã ổn định.")
    assert ("Trần Văn Phúc", "speaker") in _roles(r)
    r = extract("Hội nghị tổng kết diễn ra sáng nay. Bộ trưởng Trần Văn Phúc nhấn mạnh các đơn vị phải giữ vững an ninh.")
    assert ("Trần Văn Phúc", "speaker") not in _roles(r)
    assert len(r["directives"]) == 1
