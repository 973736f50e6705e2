"""`kg lexicon --candidates`: new post titles found in the slots where known titles are written."""

from kg.candidates import find_candidates, sentence_candidates
from kg.cli import main
from kg.model import Article

TEXT = """Hội nghị ngân hàng khu vực
Sáng 5/3, ông Lê Văn Ba, Đặc phái viên Ngân hàng Nhà nước, đã làm việc với Thủ lĩnh Mỹ George Bush.
Đặc phái viên Ngân hàng Nhà nước Lê Văn Ba cho biết năm nay tín dụng tăng.
Đại tá Trần Văn Cường - Tùy viên quân sự Bộ Chỉ huy Quân sự tỉnh Nghệ An phát biểu.
Bà Nguyễn Thị Đào, Giám đốc Sở Tài chính, và ông Phạm Văn Hùng, Phó Chủ tịch UBND tỉnh Nghệ An cùng dự.
"""


def test_titles_in_the_slots_of_known_ones():
    found = {c.title: c for c in find_candidates([Article("a", TEXT)])}
    assert set(found) == {"Đặc phái viên", "Thủ lĩnh", "Tùy viên quân sự"}
    assert found["Đặc phái viên"].count == 2
    assert found["Đặc phái viên"].patterns == {"A", "B"}
    assert found["Thủ lĩnh"].patterns == {"C"}
    assert found["Tùy viên quân sự"].example.startswith("Đại tá Trần Văn Cường - Tùy viên quân sự")


def test_known_titles_verbs_and_places_are_not_candidates():
    assert sentence_candidates("Bà Nguyễn Thị Đào, Giám đốc Sở Tài chính tỉnh Nghệ An, phát biểu.") == []
    assert sentence_candidates("Trên đường Trần Hưng Đạo, cách cổng Bộ Công an 100 mét.") == []
    assert sentence_candidates("Anh Bình thuộc phía Công ty Lâm Việt Nguyễn Văn Ba.") == []


def test_cli_prints_candidates_sorted_by_count(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    code = main(["lexicon", "--candidates", str(tmp_path)])
    out, err = capsys.readouterr()
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "count\ttitle\tslots\texample"
    assert lines[1].split("\t")[:3] == ["2", "Đặc phái viên", "AB"]
    assert {line.split("\t")[1] for line in lines[2:]} == {"Thủ lĩnh", "Tùy viên quân sự"}
    code = main(["lexicon", "--candidates", str(tmp_path), "--min-count", "2"])
    assert code == 0 and len(capsys.readouterr()[0].splitlines()) == 2


def test_cli_lexicon_name_is_optional_only_with_candidates(capsys):
    assert main(["lexicon"]) == 2
    assert main(["lexicon", "ranks", "extra"]) == 2
    assert main(["lexicon", "--candidates"]) == 2
    assert main(["lexicon", "ranks"]) == 0
    assert capsys.readouterr()[0].startswith("rank\t")


def test_doctests():
    import doctest

    import kg.candidates

    assert doctest.testmod(kg.candidates).failed == 0
