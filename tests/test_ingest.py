"""Ingest: every kind of source, and every way an input can fail, against real files and a real HTTP server."""

from __future__ import annotations

import codecs
import io
import threading
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from sitrep.errors import InputError
from sitrep.ingest import read
from sitrep.model import Document, content_id
from sitrep.settings import Settings

DATA = Path(__file__).parent / "data" / "ingest"
FAST = Settings(fetch_timeout_s=0.5, fetch_max_bytes=20_000)


def items(source, **kwargs) -> list[Document | InputError]:
    kwargs.setdefault("settings", FAST)
    return list(read(source, **kwargs))


def only_document(source, **kwargs) -> Document:
    found = items(source, **kwargs)
    assert len(found) == 1 and isinstance(found[0], Document), found
    return found[0]


def only_error(source, **kwargs) -> InputError:
    found = items(source, **kwargs)
    assert len(found) == 1 and isinstance(found[0], InputError), found
    assert "\n" not in str(found[0])
    return found[0]


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


# --- the test server ------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    release_slow: threading.Event
    base: str

    def log_message(self, *args) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        route = {
            "/article": lambda: self._send("text/html; charset=utf-8", (DATA / "article.html").read_bytes()),
            "/linked-page": lambda: self._send("text/html", (DATA / "linked_page.html").read_bytes()),
            "/plain": lambda: self._send("text/plain; charset=utf-8", (DATA / "report.txt").read_bytes()),
            "/feed": lambda: self._send("application/atom+xml", self._feed()),
            "/old-address": lambda: self._redirect("/article"),
            "/slow": self._slow,
            "/large": lambda: self._send("text/plain", b"word " * 10_000),
            "/large-unannounced": lambda: self._send("text/plain", b"word " * 10_000, length=False),
            "/image": lambda: self._send("image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
            "/furniture-only": lambda: self._send("text/html", (DATA / "no_text.html").read_bytes()),
        }.get(self.path)
        if route is None:
            self._send("text/html", b"<html><body><p>Not found</p></body></html>", status=404)
        else:
            route()

    def _feed(self) -> bytes:
        return (DATA / "feed.atom.template").read_text(encoding="utf-8").replace("{base}", self.base).encode("utf-8")

    def _send(self, content_type: str, body: bytes, status: int = 200, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _slow(self) -> None:
        # Hold the answer until the test is over (or 5 s): the client must give up first.
        self.release_slow.wait(5)
        try:
            self._send("text/plain", b"too late")
        except OSError:
            pass


@pytest.fixture(scope="module")
def server():
    release = threading.Event()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    _Handler.release_slow, _Handler.base = release, base
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base
    release.set()
    httpd.shutdown()
    httpd.server_close()


# --- text and markdown ----------------------------------------------------------------------


def test_text_file_takes_its_first_line_as_title_and_keeps_it_in_the_text():
    document = only_document(DATA / "report.txt")
    assert document.title == "Four security operations with SDF in Deir Ezzor"
    assert document.text.startswith("Four security operations with SDF in Deir Ezzor\n\nIn the past month")
    assert document.id == content_id(document.text)
    assert document.source == str(DATA / "report.txt")
    assert document.language == "en" and document.published is None


def test_same_content_gives_same_id_whatever_the_line_endings(tmp_path):
    original = (DATA / "report.txt").read_text(encoding="utf-8")
    copy = write(tmp_path, "copy.txt", original.replace("\n", "\r\n"))
    assert only_document(copy).id == only_document(DATA / "report.txt").id
    assert only_document(copy).text == only_document(DATA / "report.txt").text


def test_first_line_too_long_is_not_a_title(tmp_path):
    path = write(tmp_path, "long.txt", "word " * 80 + "\n\nMore text.")
    assert only_document(path).title is None


def test_text_is_normalised_but_otherwise_kept(tmp_path):
    path = write(tmp_path, "messy.txt", "\n\nTitle line   \r\nFirst  paragraph,\t \r\n\r\n\r\n\r\n\r\nSecond “quoted” paragraph.\n\n\nThird.\n\n")
    assert only_document(path).text == "Title line\nFirst  paragraph,\n\nSecond “quoted” paragraph.\n\n\nThird."


def test_front_matter_gives_metadata_and_is_not_part_of_the_text():
    document = only_document(DATA / "frontmatter.md")
    assert document.title == "98th month of Coalition operations in Syria"
    assert document.publisher == "SOHR"
    assert document.published == date(2024, 12, 1)
    assert document.url == "https://www.syriahr.com/en/example"
    assert document.language == "en"
    assert document.text.startswith("# Nearly 185 trucks arrive at US bases\n\nIn the 98th month")
    assert "---" not in document.text and "note" not in document.text and "imported by hand" not in document.text


def test_markdown_title_without_front_matter_drops_the_heading_marks(tmp_path):
    document = only_document(write(tmp_path, "note.md", "## Raids in Deir Ezzor\n\nSDF raided two villages."))
    assert document.title == "Raids in Deir Ezzor"
    assert document.text.startswith("## Raids in Deir Ezzor")


def test_front_matter_with_a_bad_date_is_an_error(tmp_path):
    path = write(tmp_path, "bad.md", "---\npublished: last Tuesday\n---\nText.")
    error = only_error(path)
    assert error.source == str(path) and "published" in error.problem and "last Tuesday" in error.problem


def test_front_matter_and_nothing_else_is_an_error(tmp_path):
    assert only_error(write(tmp_path, "bare.md", "---\ntitle: x\n---\n\n")).problem == "no text after the front matter"


def test_a_rule_at_the_top_is_not_front_matter(tmp_path):
    document = only_document(write(tmp_path, "rule.txt", "---\nThis is prose, not a key value line.\n---\nMore."))
    assert document.text.startswith("---\nThis is prose")


# --- metadata given by the caller -----------------------------------------------------------


def test_published_and_publisher_arguments_fill_only_what_the_input_lacks():
    plain = only_document(DATA / "report.txt", published=date(2024, 11, 30), publisher="SOHR")
    assert (plain.published, plain.publisher) == (date(2024, 11, 30), "SOHR")
    dated = only_document(DATA / "frontmatter.md", published=date(2020, 1, 1), publisher="Other")
    assert (dated.published, dated.publisher) == (date(2024, 12, 1), "SOHR")


# --- HTML -----------------------------------------------------------------------------------


def test_html_file_main_text_without_boilerplate_and_with_its_metadata():
    document = only_document(DATA / "article.html")
    assert document.title == "Airstrike hits ammunition depot near Deir Ezzor"
    assert document.publisher == "Frontline Monitor"
    assert document.published == date(2024, 11, 30)
    assert "killing three fighters of an Iranian-backed militia" in document.text
    assert "\n\nResidents reported secondary explosions" in document.text
    for boilerplate in ("About us", "cookies", "Copyright", "window.analytics", "font-family", "Breaking coverage", "Related:"):
        assert boilerplate not in document.text


def test_html_title_falls_back_to_the_title_tag(tmp_path):
    page = "<html><head><title>Raid in Raqqa</title></head><body><p>SDF raided a house in Raqqa and arrested two men.</p></body></html>"
    assert only_document(write(tmp_path, "raid.htm", page)).title == "Raid in Raqqa"


@pytest.mark.parametrize(
    "head, body",
    [
        ('<meta property="og:published_time" content="2024-10-05T10:00:00Z">', ""),
        ('<meta name="date" content="2024-10-05">', ""),
        ('<meta name="DC.date" content="2024-10-05">', ""),
        ('<meta name="pubdate" content="20241005">', ""),
        ('<meta itemprop="datePublished" content="2024-10-05">', ""),
        ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "datePublished": "2024-10-05T08:00:00+03:00", "publisher": {"name": "Desk"}}]}</script>', ""),
        ("", '<p>Posted <time datetime="2024-10-05">Saturday</time></p>'),
        ("", '<p>Posted <span itemprop="datePublished">5 October 2024</span></p>'),
    ],
)
def test_html_publication_date_from_each_kind_of_tag(tmp_path, head, body):
    page = f"<html><head>{head}</head><body>{body}<p>Two people were injured by shelling on the town of Atarib in western Aleppo.</p></body></html>"
    document = only_document(write(tmp_path, "dated.html", page), published=date(2000, 1, 1))
    assert document.published == date(2024, 10, 5)


def test_html_declared_charset_is_honoured(tmp_path):
    page = '<html><head><meta charset="windows-1252"></head><body><p>Caf\xe9 owners in Idlib reported damage.</p></body></html>'
    assert "Café owners" in only_document(write(tmp_path, "cp.html", page.encode("cp1252"))).text


# --- folders --------------------------------------------------------------------------------


def test_folder_is_read_recursively_in_sorted_order_skipping_hidden_and_other_files(tmp_path):
    write(tmp_path, "b.txt", "Second report.")
    write(tmp_path, "a.txt", "First report.")
    write(tmp_path, "nested/c.md", "Third report.")
    write(tmp_path, "nested/d.html", "<html><body><p>Fourth report, from a page.</p></body></html>")
    write(tmp_path, "nested/e.jsonl", '{"text": "Fifth report."}\n')
    write(tmp_path, "notes.pdf", b"%PDF-1.4 not read")
    write(tmp_path, "image.png", b"\x89PNG\r\n\x1a\n")
    write(tmp_path, ".hidden.txt", "Hidden report.")
    write(tmp_path, ".git/config.txt", "Hidden folder.")
    texts = [item.text for item in items(tmp_path)]
    assert texts == ["First report.", "Second report.", "Third report.", "Fourth report, from a page.", "Fifth report."]


def test_one_bad_file_in_a_folder_does_not_stop_the_others(tmp_path):
    write(tmp_path, "a.txt", "Good report.")
    write(tmp_path, "b.txt", b"")
    write(tmp_path, "c.txt", "Another good report.")
    found = items(tmp_path)
    assert [type(item) for item in found] == [Document, InputError, Document]
    assert str(found[1]) == f"{tmp_path / 'b.txt'}: file is empty"


# --- JSON Lines and CSV ---------------------------------------------------------------------


def test_jsonl_batch_yields_the_good_lines_and_one_error_per_bad_line():
    label = str(DATA / "batch.jsonl")
    found = items(DATA / "batch.jsonl")
    assert len(found) == 6
    first, second, broken, not_object, no_text, sixth = found
    assert first.title == "Shelling on Kafr Nabl" and first.publisher == "Idlib Desk"
    assert first.url == "https://example.org/a1" and first.published == date(2024, 11, 2)
    assert first.id == content_id(first.text) and first.id != "a1"
    assert second.text == "A car bomb exploded in the city of Al-Bab, injuring five people."
    assert second.published == date(2024, 11, 3)
    assert str(broken).startswith(f"{label} line 3: not valid JSON (")
    assert str(not_object) == f"{label} line 4: not a JSON object (found list)"
    assert str(no_text).startswith(f"{label} line 5: no text")
    assert sixth.published == date(2024, 11, 6) and sixth.text.startswith("Security forces")


def test_jsonl_bad_date_is_an_error_for_that_line(tmp_path):
    path = write(tmp_path, "dates.jsonl", '{"text": "Shelling on Ariha.", "published": "soon"}\n{"text": "Shelling on Jisr al-Shughur."}\n')
    found = items(path, published=date(2024, 1, 2))
    assert isinstance(found[0], InputError) and "soon" in str(found[0])
    assert found[1].published == date(2024, 1, 2)


def test_csv_rows_become_documents_with_their_metadata():
    label = str(DATA / "batch.csv")
    drone, protest, empty = items(DATA / "batch.csv", publisher="Default Desk")
    assert drone.title == "Drone strike in Tal Abyad" and drone.publisher == "North Desk"
    assert drone.published == date(2024, 11, 10)
    assert protest.text == "Hundreds of people protested in Suwayda city.\n\nThey demanded the release of detainees."
    assert protest.publisher == "Default Desk" and protest.published is None
    assert str(empty).startswith(f"{label} row 4: no text")


def test_csv_without_a_text_column_is_one_error():
    error = only_error(DATA / "no_text_column.csv")
    assert "no text column" in error.problem and "headline" in error.problem


# --- stdin ----------------------------------------------------------------------------------


def test_stdin_is_read_as_plain_text():
    document = only_document("-", stdin=io.BytesIO("Report from stdin\n\nSix people were arrested.".encode()))
    assert document.source == "stdin" and document.title == "Report from stdin"


def test_empty_stdin_is_an_error():
    assert str(only_error("-", stdin=io.BytesIO(b""))) == "stdin: input is empty"


# --- decoding -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "encoded",
    [
        codecs.BOM_UTF8 + "Café in Deir Ezzor shelled.\r\n".encode("utf-8"),
        codecs.BOM_UTF16_LE + "Café in Deir Ezzor shelled.\r\n".encode("utf-16-le"),
        codecs.BOM_UTF16_BE + "Café in Deir Ezzor shelled.\r\n".encode("utf-16-be"),
    ],
)
def test_byte_order_marks_are_decoded_to_the_same_document(tmp_path, encoded):
    plain = only_document(write(tmp_path, "plain.txt", "Café in Deir Ezzor shelled.\n"))
    marked = only_document(write(tmp_path, "marked.txt", encoded))
    assert marked.text == plain.text == "Café in Deir Ezzor shelled."
    assert marked.id == plain.id


def test_binary_file_is_an_error(tmp_path):
    path = write(tmp_path, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert only_error(path).problem == "not a text file (binary content)"


def test_unknown_encoding_is_an_error(tmp_path):
    path = write(tmp_path, "latin.txt", "Les habitants de la région ont signalé des dégâts à l'école.".encode("latin-1"))
    assert only_error(path).problem.startswith("cannot decode text: unknown encoding")


# --- input errors ---------------------------------------------------------------------------


def test_missing_path_is_an_error(tmp_path):
    error = only_error(tmp_path / "nowhere.txt")
    assert error.source == str(tmp_path / "nowhere.txt") and "no such file" in error.problem


def test_empty_file_is_an_error(tmp_path):
    assert str(only_error(write(tmp_path, "empty.txt", b""))) == f"{tmp_path / 'empty.txt'}: file is empty"


def test_whitespace_only_file_is_an_error(tmp_path):
    assert only_error(write(tmp_path, "blank.txt", " \n\t\r\n  \n")).problem == "no text (only whitespace)"


def test_html_with_no_main_text_is_an_error():
    assert only_error(DATA / "no_text.html").problem == "no main text found in the HTML"


def test_unsupported_file_given_explicitly_is_an_error(tmp_path):
    error = only_error(write(tmp_path, "report.pdf", b"%PDF-1.4"))
    assert "unsupported file type '.pdf'" in error.problem


def test_xml_that_is_not_a_feed_is_an_error(tmp_path):
    assert only_error(write(tmp_path, "data.xml", "<?xml version='1.0'?><config><a>1</a></config>")).problem == "not an RSS or Atom feed"


def test_unsupported_url_scheme_is_an_error():
    assert "unsupported URL scheme" in only_error("ftp://example.org/report.txt").problem


# --- feeds ----------------------------------------------------------------------------------


def test_local_rss_feed_gives_one_document_per_entry():
    full, short = items(DATA / "feed.rss", published=date(2024, 11, 9))
    assert full.title == "Clashes on the Idlib front lines"
    assert full.published == date(2024, 11, 4) and full.publisher == "Idlib Desk"
    assert full.text.startswith("Clashes broke out on the front lines") and "<p>" not in full.text
    assert "\n\nSOHR sources reported" in full.text
    assert short.text == "Shelling reported near Saraqib." and short.published == date(2024, 11, 9)


def test_feed_url_reads_entries_and_fetches_the_pages_of_teasers(server):
    full, linked, gone = items(f"{server}/feed")
    assert full.title == "Full report in the feed" and full.published == date(2024, 12, 1)
    assert full.url == f"{server}/never-fetched" and full.text.startswith("Regime forces shelled")
    assert linked.title == "Teaser that links to the full page" and linked.url == f"{server}/linked-page"
    assert linked.published == date(2024, 12, 2)
    assert "Three fighters of regime forces were killed in an ambush" in linked.text
    assert "Home" not in linked.text and "Copyright" not in linked.text
    assert isinstance(gone, InputError)
    assert str(gone) == f"{server}/missing: HTTP error 404 Not Found"


# --- URLs -----------------------------------------------------------------------------------


def test_html_url_is_extracted_like_a_file_and_records_its_url(server):
    document = only_document(f"{server}/article")
    assert document.url == f"{server}/article" and document.source == f"{server}/article"
    assert document.text == only_document(DATA / "article.html").text
    assert document.published == date(2024, 11, 30) and document.publisher == "Frontline Monitor"


def test_redirects_are_followed_and_the_final_url_recorded(server):
    document = only_document(f"{server}/old-address")
    assert document.url == f"{server}/article" and document.source == f"{server}/old-address"


def test_plain_text_url(server):
    document = only_document(f"{server}/plain")
    assert document.text == only_document(DATA / "report.txt").text and document.url == f"{server}/plain"


def test_slow_url_times_out(server):
    assert str(only_error(f"{server}/slow")) == f"{server}/slow: timed out after 0.5 s"


@pytest.mark.parametrize("path", ["/large", "/large-unannounced"])
def test_body_over_the_size_cap_is_an_error(server, path):
    assert "larger than 20000 bytes" in only_error(f"{server}{path}").problem


def test_wrong_content_type_is_an_error(server):
    assert "unsupported content type image/png" in only_error(f"{server}/image").problem


def test_http_error_status_is_an_error(server):
    assert only_error(f"{server}/nothing-here").problem == "HTTP error 404 Not Found"


def test_page_of_furniture_only_is_an_error(server):
    assert only_error(f"{server}/furniture-only").problem == "no main text found in the HTML"


def test_unreachable_server_is_an_error():
    error = only_error("http://127.0.0.1:9/report")
    assert error.problem.startswith("cannot connect")


def test_feed_in_a_declared_legacy_encoding_is_read(tmp_path):
    feed = (
        '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Desk</title>'
        "<item><title>Caf\xe9</title><description>Shelling hit a caf\xe9 in Ariha.</description></item></channel></rss>"
    )
    assert only_document(write(tmp_path, "legacy.rss", feed.encode("latin-1"))).text == "Shelling hit a café in Ariha."


SEED = Path(__file__).parents[2] / "shared" / "seeds" / "000_307ddc1b2551862a.txt"


@pytest.mark.skipif(not SEED.exists(), reason="shared seed reports are not checked out")
def test_seed_report_reads_with_its_headline_as_title():
    document = only_document(SEED)
    assert document.title.startswith("98th month of Coalition operations in Syria")
    assert "185 trucks and vehicles affiliated to the Coalition" in document.text
