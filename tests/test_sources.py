"""Reading files: every encoding the bulletins come in, and every kind of bad input."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from loaders.sources import SourceError, decode, iter_paths, read_source

SIMPLIFIED = (
    "7月30日，三门峡经济开发区召开2025年上半年述职评议暨工作总结大会。会议全面复盘总结上半年工作成效，"
    "分析研判当前形势，安排部署下半年重点任务，动员全区上下进一步坚定信心、鼓足干劲、加压奋进，全力冲刺三季度，"
    "确保实现“全年红”，为经济开发区高质量发展积蓄强劲动能。经济开发区党工委书记周童出席会议并讲话，"
    "党工委副书记、管委会主任宋黎静主持，区党工委、管委会班子成员，全区副科级以上干部参加。"
)
TRADITIONAL = (
    "7月30日，三門峽經濟開發區召開2025年上半年述職評議暨工作總結大會。會議全面復盤總結上半年工作成效，"
    "分析研判當前形勢，安排部署下半年重點任務，動員全區上下進一步堅定信心、鼓足幹勁、加壓奮進，全力衝刺三季度，"
    "確保實現「全年紅」，為經濟開發區高質量發展積蓄強勁動能。經濟開發區黨工委書記周童出席會議並講話，"
    "黨工委副書記、管委會主任宋黎靜主持，區黨工委、管委會班子成員，全區副科級以上幹部參加。"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


@pytest.mark.parametrize("text", [SIMPLIFIED, TRADITIONAL], ids=["simplified", "traditional"])
@pytest.mark.parametrize("encoding,expected", [
    ("utf-8", "utf-8"), ("gb18030", "gb18030"), ("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be"),
])
def test_long_bulletin_text_decodes_in_each_encoding(tmp_path, text, encoding, expected):
    raw = read_source(write(tmp_path, "b.txt", text.encode(encoding)))
    assert raw.text == text
    assert raw.encoding == expected


def test_traditional_big5_is_not_mistaken_for_gbk(tmp_path):
    raw = read_source(write(tmp_path, "b.txt", TRADITIONAL.encode("cp950")))
    assert raw.encoding == "big5"
    assert raw.text == TRADITIONAL


@pytest.mark.parametrize("text", ["經濟", "開發區召開會議", "霍嘯", "經濟開發區黨工委書記周童出席會議"])
def test_short_traditional_text_in_big5_and_gbk(text):
    assert decode(text.encode("cp950")) == (text, "big5")
    assert decode(text.encode("gb18030")) == (text, "gb18030")


@pytest.mark.parametrize("text", ["经济", "开发区召开会议", "霍啸", "宋黎静主持召开第4次主任办公会"])
def test_short_simplified_text_in_gbk_and_utf16(text):
    assert decode(text.encode("gb18030")) == (text, "gb18030")
    assert decode(text.encode("utf-16-le")) == (text, "utf-16-le")


@pytest.mark.parametrize("bom,encoding,label", [
    (b"\xef\xbb\xbf", "utf-8", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be", "utf-16-be"),
])
def test_byte_order_marks_are_honoured_and_removed(tmp_path, bom, encoding, label):
    raw = read_source(write(tmp_path, "b.txt", bom + SIMPLIFIED.encode(encoding)))
    assert raw.text == SIMPLIFIED
    assert raw.encoding == label
    assert not raw.text.startswith("\ufeff")


def test_utf8_with_one_broken_byte_stays_utf8(tmp_path):
    data = SIMPLIFIED.encode() + b"\xff" + SIMPLIFIED.encode()
    raw = read_source(write(tmp_path, "b.txt", data))
    assert raw.encoding.startswith("utf-8")
    assert "\ufffd" in raw.text and "周童" in raw.text


def test_sha256_is_of_the_bytes(tmp_path):
    data = SIMPLIFIED.encode("gb18030")
    assert read_source(write(tmp_path, "b.txt", data)).sha256 == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("data,words", [
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"PK\x03\x04" + b"\x00" * 40, "ZIP"),
    (bytes(range(256)) * 8, "binary"),
    (b"\x00\x01\x02\x03" * 100, "binary"),
])
def test_binary_files_are_refused_with_a_reason(tmp_path, data, words):
    p = write(tmp_path, "x.txt", data)
    with pytest.raises(SourceError) as e:
        read_source(p)
    assert words in e.value.reason
    assert e.value.path == str(p)


def test_random_high_bytes_are_undecodable(tmp_path):
    data = bytes([0x81, 0x30, 0xFF, 0x80, 0xFE, 0x7F, 0xC0, 0x20]) * 50
    with pytest.raises(SourceError) as e:
        read_source(write(tmp_path, "x.txt", data))
    assert "binary" in e.value.reason or "undecodable" in e.value.reason


@pytest.mark.parametrize("data,why", [(b"", "0 bytes"), (b"  \n\r\n\t ", "whitespace"),
                                      ("\u3000\u3000\n".encode(), "whitespace"),
                                      (b"\xef\xbb\xbf\n", "whitespace")])
def test_empty_files(tmp_path, data, why):
    with pytest.raises(SourceError) as e:
        read_source(write(tmp_path, "e.txt", data))
    assert "empty" in e.value.reason and why in e.value.reason


def test_missing_path_and_directory(tmp_path):
    with pytest.raises(SourceError) as e:
        read_source(tmp_path / "nope.txt")
    assert "no such file" in e.value.reason
    with pytest.raises(SourceError) as e:
        read_source(tmp_path)
    assert "directory" in e.value.reason
    assert str(tmp_path) in str(e.value)


def test_iter_paths_expands_folders_and_keeps_missing(tmp_path):
    (tmp_path / "sub").mkdir()
    write(tmp_path, "b.txt", b"x")
    write(tmp_path / "sub", "a.txt", b"x")
    write(tmp_path, "image.png", b"x")
    write(tmp_path, ".hidden.txt", b"x")
    missing = tmp_path / "missing.txt"
    got = iter_paths([tmp_path, missing, tmp_path / "b.txt"])
    assert got == [tmp_path / "b.txt", tmp_path / "sub" / "a.txt", missing]


def test_seeds_read_as_utf8():
    seeds = sorted(Path(__file__).resolve().parents[1].joinpath("seeds").glob("*.txt"))
    assert len(seeds) >= 5
    for p in seeds:
        raw = read_source(p)
        assert raw.encoding == "utf-8"
        assert len(raw.text) > 1000
