"""Realistic synthetic Vietnamese official-news articles, for benchmarks at any scale.

Each article is built from kg's own lexicons (ranks, post titles, units, organisations,
family names, places, role cues, directive and task verbs, event kinds) and a pool of
generic news sentences, in the constructions kg reads: a dateline, a rank-name-posts
chair of an event, attendees (some "nguyên", former), a report presented by an officer, a
directive with tasks, and a byline. Articles are about 4-6 KB, like the VNTC ones (5.5 KB on
average). The output is deterministic for a seed.

    python benchmarks/synth.py 10000 --out /tmp/syn-10k.jsonl [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from kg.lexicons import load

MIDDLE = ["Văn", "Thị", "Đức", "Hữu", "Minh", "Quốc", "Thanh", "Ngọc", "Xuân", "Công", "Đình", "Bá",
          "Trọng", "Mạnh", "Quang", "Huy", "Tiến", "Anh", "Hồng", "Kim"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Đạt", "Giang", "Hà", "Hải", "Hùng", "Hưng", "Khánh", "Khoa",
         "Lâm", "Long", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Quang", "Sơn", "Tài", "Thắng",
         "Thành", "Thiện", "Thịnh", "Toàn", "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Vũ", "Hòa", "Lực"]
TOPICS = ["sơ kết công tác Đảng, công tác chính trị 6 tháng đầu năm",
          "tổng kết công tác quân sự, quốc phòng năm", "triển khai nhiệm vụ huấn luyện năm",
          "rút kinh nghiệm diễn tập khu vực phòng thủ", "tổng kết công tác hậu cần, kỹ thuật",
          "sơ kết thực hiện nghị quyết về công tác cán bộ", "triển khai công tác bảo đảm an toàn giao thông",
          "tổng kết phong trào thi đua quyết thắng", "giao ban công tác phòng, chống tội phạm",
          "triển khai kế hoạch chuyển đổi số"]
FILLER = [
    ("Trong thời gian qua, các cơ quan, đơn vị đã bám sát nghị quyết, chỉ thị, kế hoạch và tình hình "
    "thực tiễn, triển khai toàn diện, chặt chẽ, có trọng tâm, trọng điểm."),
    ("Công tác giáo dục chính trị, tuyên truyền, phổ biến, giáo dục pháp luật được tiến hành nền nếp, "
    "tạo sự thống nhất cao về nhận thức và hành động."),
    ("Chất lượng huấn luyện, sẵn sàng chiến đấu được nâng lên; các đơn vị hoàn thành tốt nhiệm vụ "
    "thường xuyên và đột xuất."),
    "Công tác kiểm tra, giám sát được triển khai chặt chẽ, góp phần củng cố kỷ luật của Đảng.",
    ("Tình hình chính trị, tư tưởng trong toàn đơn vị ổn định; cán bộ, chiến sĩ có ý thức trách nhiệm, "
    "quyết tâm cao, sẵn sàng nhận và hoàn thành tốt mọi nhiệm vụ được giao."),
    "Hoạt động của các tổ chức quần chúng sáng tạo, hiệu quả, có nhiều mô hình, cách làm hay.",
    ("Bên cạnh những kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế, nguyên nhân và rút ra bài "
    "học kinh nghiệm trong lãnh đạo, chỉ đạo."),
    "Công tác bảo đảm hậu cần, kỹ thuật cho các nhiệm vụ được thực hiện kịp thời, đầy đủ, đúng quy định.",
    ("Các đại biểu đã tập trung thảo luận, phân tích làm rõ những kết quả đạt được và đề xuất nhiều "
    "giải pháp thiết thực."),
    "Đời sống vật chất, tinh thần của cán bộ, chiến sĩ tiếp tục được quan tâm, bảo đảm.",
    "Công tác dân vận, chính sách được quan tâm triển khai toàn diện, chất lượng.",
    "Việc thực hiện quy chế dân chủ ở cơ sở được duy trì nghiêm, phát huy trí tuệ tập thể.",
    ("Công tác phối hợp với các lực lượng trên địa bàn chặt chẽ, hiệu quả, góp phần giữ vững an ninh "
    "chính trị, trật tự an toàn xã hội."),
    "Nhiều tập thể, cá nhân có thành tích xuất sắc đã được khen thưởng kịp thời.",
]
TASKS = ["công tác giáo dục chính trị, giáo dục truyền thống cho cán bộ, chiến sĩ",
         "chất lượng huấn luyện, sẵn sàng chiến đấu", "công tác kiểm tra, giám sát của các cấp ủy",
         "cải cách hành chính và chuyển đổi số", "các chế độ, chính sách đối với bộ đội",
         "công tác xây dựng tổ chức đảng trong sạch, vững mạnh", "công tác bảo đảm an toàn tuyệt đối",
         "công tác phòng, chống dịch bệnh", "quy chế lãnh đạo các mặt công tác trọng yếu",
         "công tác tuyển quân năm tới"]
#: the post titles of army and Party news, used where the lexicon has them
COMMON_POSTS = ["Bí thư Đảng ủy", "Phó Bí thư Đảng ủy", "Chính ủy", "Phó Chính ủy", "Tư lệnh", "Phó Tư lệnh",
                "Chủ nhiệm Chính trị", "Phó Chủ nhiệm Chính trị", "Tham mưu trưởng", "Phó Tham mưu trưởng",
                "Chủ tịch", "Phó Chủ tịch", "Giám đốc", "Phó Giám đốc", "Ủy viên Ban Thường vụ", "Bí thư",
                "Phó Bí thư", "Chủ nhiệm Hậu cần", "Chủ nhiệm Kỹ thuật", "Chỉ huy trưởng", "Viện trưởng",
                "Hiệu trưởng", "Chánh Văn phòng", "Trưởng ban", "Phó Trưởng ban"]
ADDRESSEES = ["các cơ quan, đơn vị", "cấp ủy, chỉ huy các cấp", "các địa phương", "toàn lực lượng"]


class Lexicon:
    """The parts of the lexicons the generator draws from."""

    def __init__(self) -> None:
        ranks = load("ranks")
        self.ranks = [r["rank"] for r in ranks if int(r.get("order") or 0) >= -3]
        self.family = [r["name"] for r in load("family_names")]
        self.places = [r["place"] for r in load("places")]
        posts = load("posts")
        titles = {p["title"] for p in posts}
        self.posts_free = [t for t in COMMON_POSTS if t in titles] or sorted(titles)
        self.orgs = [o["name"] for o in load("organizations")
                     if o.get("standalone") == "yes" and not o["name"].isupper() and len(o["name"]) > 6]
        units = load("units")
        self.units_named = [u["word"] for u in units if u.get("needs_name") == "no" and not u["word"].isupper()]
        self.units_need = [u["word"] for u in units if u.get("needs_name") == "yes" and not u["word"].isupper()
                           and len(u["word"]) > 3]
        self.event_kinds = [e["phrase"] for e in load("event_kinds")]
        self.tasks = [t["verb"] for t in load("task_verbs") if t.get("opens_clause") == "yes"]


def person_name(rng: random.Random, lex: Lexicon) -> str:
    return f"{rng.choice(lex.family)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def organisation(rng: random.Random, lex: Lexicon) -> str:
    r = rng.random()
    if r < 0.45:
        return rng.choice(lex.orgs)
    if r < 0.7:
        word = rng.choice(lex.units_named)
        if word in ("Quân khu", "Quân đoàn"):
            return f"{word} {rng.randint(1, 9)}"
        if word.startswith(("Bộ Chỉ huy", "Ủy ban", "UBND", "Hội đồng", "Tòa án", "Viện")):
            return f"{word} tỉnh {rng.choice(lex.places)}"
        return word
    word = rng.choice(lex.units_need)
    if word in ("Sư đoàn", "Lữ đoàn", "Trung đoàn", "Tiểu đoàn", "Đại đội", "Hải đoàn", "Vùng"):
        return f"{word} {rng.randint(1, 400)}"
    return f"{word} {rng.choice(lex.places)}"


def article(i: int, rng: random.Random, lex: Lexicon) -> dict:
    """One synthetic article: ``{"id", "title", "published", "text"}``."""
    year, month, day = rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28)
    org = organisation(rng, lex)
    kind = rng.choice(lex.event_kinds)
    topic = rng.choice(TOPICS)
    people = [(rng.choice(lex.ranks), person_name(rng, lex)) for _ in range(rng.randint(3, 6))]
    (r0, n0), (r1, n1), (r2, n2) = people[:3]
    p0, p0b = rng.sample(lex.posts_free, 2)
    paras = [
        f"{rng.choice(lex.places)}, ngày {day}/{month}/{year}, {org} tổ chức {kind} {topic}.",
        f"{r0} {n0}, {p0}, {p0b} {org} chủ trì {kind}.",
    ]
    guests = []
    for r, n in people[1:]:
        status = "nguyên " if rng.random() < 0.15 else ""
        guests.append(f"{r} {n}, {status}{rng.choice(lex.posts_free)} {organisation(rng, lex)}")
    paras.append(f"Dự {kind} có {'; '.join(guests)}; cùng đại diện lãnh đạo các cơ quan, đơn vị.")
    paras.append(f"Báo cáo tại {kind} do {r1} {n1}, {rng.choice(lex.posts_free)} {org} trình bày khẳng "
                 f"định: {rng.choice(FILLER)}")
    for _ in range(rng.randint(5, 8)):
        paras.append(" ".join(rng.sample(FILLER, rng.randint(3, 5))))
    tasks = rng.sample(TASKS, rng.randint(2, 4))
    verbs = rng.sample(lex.tasks, len(tasks))
    first = f"{verbs[0]} {tasks[0]}"
    rest = " ".join(f"{v[:1].upper()}{v[1:]} {t}." for v, t in zip(verbs[1:], tasks[1:]))
    paras.append(f"Phát biểu chỉ đạo {kind}, {r0} {n0} yêu cầu {rng.choice(ADDRESSEES)} {first}. {rest}")
    paras.append(f"Cũng tại {kind}, {r2} {n2} đã trao tặng bằng khen cho các tập thể, cá nhân có "
                 f"thành tích xuất sắc. {rng.choice(FILLER)}")
    paras.append(f"Tin, ảnh: {person_name(rng, lex).upper()}")
    return {"id": f"syn-{i:07d}", "title": f"{kind[:1].upper()}{kind[1:]} {topic}",
            "published": f"{year:04d}-{month:02d}-{day:02d}", "text": "\n\n".join(paras)}


def generate(n: int, seed: int = 1) -> Iterator[dict]:
    """``n`` articles, deterministic for ``seed``."""
    lex = Lexicon()
    rng = random.Random(seed)
    for i in range(n):
        yield article(i, rng, lex)


def write_jsonl(n: int, out: str | Path, seed: int = 1) -> Path:
    """Write ``n`` articles to ``out`` as JSONL (reused if already there with that many lines)."""
    out = Path(out)
    if out.exists():
        with out.open("rb") as f:
            if sum(1 for _ in f) == n:
                return out
    tmp = out.with_suffix(out.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        for art in generate(n, seed):
            f.write(json.dumps(art, ensure_ascii=False) + "\n")
    tmp.replace(out)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="how many articles")
    ap.add_argument("--out", default="-", help="JSONL file (default: stdout)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    if args.out == "-":
        for art in generate(args.n, args.seed):
            sys.stdout.write(json.dumps(art, ensure_ascii=False) + "\n")
    else:
        write_jsonl(args.n, args.out, args.seed)
    print(f"{args.n} articles in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
