"""The web page in a real headless Chromium (Debian `chromium`, driven by Playwright) against
a real uvicorn server on loopback serving the seeded store: search 宋黎静 (typed in
Traditional characters), open her profile, see the 述职评议 meeting she chaired, open it.
Screenshots go to test-output/ (gitignored)."""
from __future__ import annotations

from pathlib import Path

import pytest

from api.app import create_app
from live import CHROMIUM, CHROMIUM_ARGS, live_server
from loaders.schema import EVENT_ROLES

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "test-output"

sync_api = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no Chromium at {CHROMIUM} (make system-deps)")


@pytest.fixture(scope="module")
def server(seeded):
    with live_server(create_app(seeded)) as url:
        yield url


@pytest.fixture(scope="module")
def page(server):
    OUT.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        context = browser.new_context(viewport={"width": 1200, "height": 900}, locale="zh-CN")
        # offline: anything not on our server fails the test instead of reaching out
        foreign: list[str] = []
        context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(server)
                      else (foreign.append(route.request.url), route.abort()))
        pg = context.new_page()
        errors: list[str] = []
        pg.on("pageerror", lambda exc: errors.append(str(exc)))
        yield pg
        browser.close()
        assert not foreign, foreign
        assert not errors, errors


def role_sections(page, field: str, title: str) -> None:
    """One section per event role (the page reads them from GET /schema), in the order of
    loaders/schema.py EVENT_ROLES, its id the API's field, titled with the role's word."""
    fields = [getattr(r, field) for r in EVENT_ROLES]
    ids = page.eval_on_selector_all("#view section", "sections => sections.map(s => s.id)")
    assert [i for i in ids if i in fields] == fields, ids
    for role, id_ in zip(EVENT_ROLES, fields):
        assert page.locator(f"#{id_} h2").inner_text().startswith(title.format(role.label_zh)), id_


def test_search_profile_and_chaired_meeting(page, server):
    page.goto(server + "/")
    assert page.title().startswith("govkg")
    page.fill("#q", "宋黎靜")                       # Traditional: must still find 宋黎静
    page.click("#search-form button")
    page.wait_for_selector("#results li.hit")
    first = page.locator("#results li.hit a").first
    assert first.inner_text() == "宋黎静"
    page.screenshot(path=str(OUT / "web-1-search.png"), full_page=True)

    first.click()
    page.wait_for_selector("#chaired")
    assert page.locator("h1#name").inner_text().startswith("宋黎静")
    chaired = page.locator("#chaired li")
    texts = chaired.all_inner_texts()
    meeting = [t for t in texts if "述职评议" in t]
    assert meeting, texts
    assert "2025年7月30日" in meeting[0] and "宋黎静主持" in meeting[0]     # date and evidence sentence
    assert "管委会" in page.locator("#positions").inner_text()
    role_sections(page, "person_field", "{}的活动")
    page.screenshot(path=str(OUT / "web-2-profile.png"), full_page=True)

    page.locator("#chaired li a", has_text="述职评议").first.click()
    page.wait_for_selector("#chairs")
    assert "述职评议" in page.locator("h1#name").inner_text()
    assert "宋黎静" in page.locator("#chairs").inner_text()
    assert "周童" in page.locator("#attendees").inner_text()
    role_sections(page, "event_field", "{}")
    page.screenshot(path=str(OUT / "web-3-event.png"), full_page=True)

    # Chinese renders with a CJK font, not tofu: a Han string is as wide as a CJK font draws it
    widths = page.evaluate("""() => {
        const c = document.createElement('canvas').getContext('2d');
        c.font = '16px "Noto Sans CJK SC", sans-serif'; const cjk = c.measureText('宋黎静主持').width;
        c.font = '16px monospace'; const mono = c.measureText('宋黎静主持').width;
        return [cjk, mono, document.fonts.check('16px "Noto Sans CJK SC"')]; }""")
    assert widths[0] > 60, widths


def test_ask_and_organisation_pages(page, server):
    page.goto(server + "/")
    page.fill("#ask", "谁是三门峡经济开发区管委会主任")
    page.click("#ask-form button")
    page.wait_for_selector("#answer")
    assert "宋黎静" in page.locator("#answer").inner_text()
    page.screenshot(path=str(OUT / "web-4-ask.png"), full_page=True)

    page.goto(server + "/#/search/" + "三门峡经济开发区管委会")
    page.wait_for_selector("#results li.hit")
    page.locator("#results a.link-organisation").first.click()
    page.wait_for_selector("#members")
    assert "宋黎静" in page.locator("#members").inner_text()
    # the organisation view embeds the interactive chart, which draws its boxes
    page.wait_for_selector("#orgchart iframe")
    chart = page.frame_locator("#orgchart iframe")
    chart.locator("#chart svg text").first.wait_for()
    texts = " ".join(chart.locator("#chart svg text").all_text_contents())
    assert "宋黎静" in texts
    page.screenshot(path=str(OUT / "web-5-organisation.png"), full_page=True)

    page.goto(server + "/#/ask/" + "今天天气怎么样")
    page.wait_for_selector("#forms li")
    assert page.locator("#forms li").count() >= 8
