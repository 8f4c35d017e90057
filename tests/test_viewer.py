"""The viewer (service/static/index.html) in headless Chromium against a live service.

One browser for the module. Each test drives the page as a user does (choose a file, click, scroll) and
checks what is on the screen: pages rendered as they come into view, boxes that follow /Rotate and sit around
the text, the legend, the side panel, a busy service, a second file that cancels the first, scanned pages,
errors, phone width. Some tests stub one endpoint with `page.route` (a busy answer, a held answer, JSON that
carries fields) and let the rest reach the real service. Screenshots are written to pytest's temporary
directory ("viewer-shots").
"""

from __future__ import annotations

import base64
import contextlib
import io
import itertools
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pdfgen
import pytest

from paperparse.output.json import document_to_dict
from paperparse.pipeline import extract

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1400, "height": 1000}
PHONE = {"width": 390, "height": 844}
TITLE_RGB = (230, 25, 75)  # the title kind's colour in index.html
Box = tuple[float, float, float, float]


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("viewer-pdfs")
    one = pdfgen.one_column_page(d / "one.pdf", "Tiny Test Page")
    return {
        "paper": pdfgen.two_column_paper(d / "paper.pdf"),
        "long": pdfgen.long_paper(d / "long.pdf"),
        "figures": pdfgen.figures_and_table_page(d / "figures.pdf"),
        "one": one,
        "scan": pdfgen.scanned_page(d / "scan.pdf"),
        "equations": pdfgen.equations_page(d / "equations.pdf"),
        "footnote": pdfgen.superscript_citation_paper(d / "footnote.pdf"),
        "corrupt": pdfgen.corrupt_pdf(d / "corrupt.pdf"),
        **{f"rot{turn}": pdfgen.rotated(one, d / f"rot{turn}.pdf", turn) for turn in (90, 180, 270)},
    }


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("viewer-shots")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def viewer(browser: Any, live_server: tuple[str, int]) -> Iterator[Callable[..., Any]]:
    """Opens the viewer in a new page (desktop size unless told); each page records the failed responses it
    saw in `page.failures` and is closed after the test."""
    url, _ = live_server
    pages: list[Any] = []

    def new(viewport: dict[str, int] = DESKTOP) -> Any:
        page = browser.new_page(viewport=viewport)
        page.failures = []
        page.on("response", lambda r: r.status >= 400 and page.failures.append(f"{r.status} {r.url}"))
        page.on("pageerror", lambda e: page.failures.append(f"script error: {e}"))
        page.goto(url + "/")
        pages.append(page)
        return page

    yield new
    for page in pages:
        page.close()


def choose(page: Any, pdf: Path) -> None:
    """Choose a PDF and wait until its result is drawn."""
    page.set_input_files("#file", str(pdf))
    page.wait_for_selector("body[data-ready=true]", timeout=30_000)


def rect(locator: Any) -> Box:
    r = locator.bounding_box()
    return r["x"], r["y"], r["x"] + r["width"], r["y"] + r["height"]


def rendered(page: Any) -> list[int]:
    """Numbers of the pages whose image is shown."""
    return page.eval_on_selector_all(
        ".page", "pages => pages.filter(p => p.querySelector('img')).map(p => +p.dataset.page)"
    )


def in_view(page: Any, locator: Any) -> None:
    from playwright.sync_api import expect

    expect(locator).to_be_in_viewport(timeout=10_000)


def status(page: Any) -> str:
    return page.inner_text("#status")


def screenshot(page: Any, path: Path) -> Any:
    from PIL import Image

    page.screenshot(path=str(path))
    return Image.open(path).convert("RGB")


def test_pages_endpoint_pages_through(live_server: tuple[str, int], pdfs: dict[str, Path]) -> None:
    """/v1/pages answers a range of pages, how many there are, and each page's rotation."""
    import httpx

    url, _ = live_server

    def pages(pdf: Path, query: str) -> dict[str, Any]:
        files = {"input": (pdf.name, pdf.read_bytes(), "application/pdf")}
        return httpx.post(f"{url}/v1/pages?scale=0.25&{query}", files=files, timeout=30).json()

    answer = pages(pdfs["long"], "first=7&count=5")
    assert answer["page_count"] == 8 and [p["number"] for p in answer["pages"]] == [7, 8]
    assert [p["number"] for p in pages(pdfs["long"], "")["pages"]] == list(range(1, 9))  # the default: all
    (turned,) = pages(pdfs["rot90"], "first=1&count=1")["pages"]
    assert turned["rotation"] == 90 and turned["width"] > turned["height"]  # the size as displayed
    assert pages(pdfs["one"], "")["pages"][0]["rotation"] == 0


# ---- a second file, a busy service


def test_second_pdf_cancels_the_first(viewer: Callable[..., Any], pdfs: dict[str, Path]) -> None:
    page = viewer()
    held: list[Any] = []

    def hold_the_first(route: Any) -> None:
        if b'filename="one.pdf"' in (route.request.post_data_buffer or b""):
            held.append(route)  # never answered while the second file runs
        else:
            route.continue_()

    page.route("**/v1/extract", hold_the_first)
    aborted: list[str] = []
    page.on("requestfailed", lambda r: aborted.append(r.url))
    page.set_input_files("#file", str(pdfs["one"]))
    deadline = time.monotonic() + 10
    while not held and time.monotonic() < deadline:
        page.wait_for_timeout(50)
    assert held, "the first extraction never started"
    assert "one.pdf" in status(page)

    choose(page, pdfs["paper"])
    assert status(page).startswith("paper.pdf: 2 pages")
    assert page.inner_text("button.entry[data-kind=title]") == pdfgen.TITLE
    assert page.locator(".page").count() == 2
    assert any(u.endswith("/v1/extract") for u in aborted), "the first upload was not cancelled"
    # the first file's answer, should it still come, changes nothing
    with contextlib.suppress(Exception):
        held[0].fulfill(json=document_to_dict(extract(pdfs["one"])))
    page.wait_for_timeout(300)
    assert page.inner_text("button.entry[data-kind=title]") == pdfgen.TITLE
    assert status(page).startswith("paper.pdf")


def test_busy_service_is_waited_for_with_back_off(viewer: Callable[..., Any], pdfs: dict[str, Path]) -> None:
    page = viewer()
    retry_after = [1, 0, 0]  # three busy answers, then the real service
    calls: list[float] = []

    def busy(route: Any) -> None:
        calls.append(time.monotonic())
        if len(calls) <= len(retry_after):
            error = {"error": {"type": "busy", "message": "all workers are busy; retry later"}}
            route.fulfill(status=503, headers={"Retry-After": str(retry_after[len(calls) - 1])}, json=error)
        else:
            route.continue_()

    page.route("**/v1/extract", busy)
    page.set_input_files("#file", str(pdfs["one"]))
    page.wait_for_selector("#status.queued", timeout=5_000)
    assert "queued" in status(page) and "busy" in status(page)
    page.wait_for_selector("body[data-ready=true]", timeout=30_000)
    assert status(page).startswith("one.pdf: 1 page")
    gaps = [b - a for a, b in itertools.pairwise(calls)]
    assert len(calls) == 4
    assert gaps[0] >= 0.95  # Retry-After: 1 is honoured
    assert gaps[2] >= 1.9 and gaps[2] > gaps[1] * 1.5  # and the wait grows when the service says 0


# ---- boxes


def _ink(image: Any) -> Box:
    """Where the dark pixels (the text) of a page image are, in fractions of its size."""
    gray = image.convert("L").point(lambda v: 255 if v < 128 else 0)
    x0, y0, x1, y1 = gray.getbbox()
    return x0 / image.width, y0 / image.height, x1 / image.width, y1 / image.height


def _page_image(page: Any, number: int) -> Any:
    from PIL import Image

    src = page.get_attribute(f'.page[data-page="{number}"] img', "src")
    return Image.open(io.BytesIO(base64.b64decode(src.split(",", 1)[1])))


def _box_on_image(page: Any, box: Any, number: int) -> Box:
    """The box's place on the page image, in fractions of the image."""
    ix0, iy0, ix1, iy1 = rect(page.locator(f'.page[data-page="{number}"] img'))
    bx0, by0, bx1, by1 = rect(box)
    w, h = ix1 - ix0, iy1 - iy0
    return (bx0 - ix0) / w, (by0 - iy0) / h, (bx1 - ix0) / w, (by1 - iy0) / h


def _contains(outer: Box, inner: Box, slack: float = 0.01) -> bool:
    return (
        outer[0] - slack <= inner[0]
        and outer[1] - slack <= inner[1]
        and inner[2] <= outer[2] + slack
        and inner[3] <= outer[3] + slack
    )


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_boxes_turn_with_a_rotated_page(
    viewer: Callable[..., Any], pdfs: dict[str, Path], shots: Path, turn: int
) -> None:
    """The JSON of the page before /Rotate (boxes in the unrotated page's points) drawn on the rotated
    page's image: the title's box must hold the title's ink wherever the rotation put it."""
    page = viewer()
    unrotated = document_to_dict(extract(pdfs["one"]))
    assert unrotated["title"] == "Tiny Test Page"
    page.route("**/v1/extract", lambda route: route.fulfill(json=unrotated))
    choose(page, pdfs[f"rot{turn}"])
    image = _page_image(page, 1)
    assert (image.width > image.height) == (turn != 180)
    ink = _ink(image)
    box = _box_on_image(page, page.locator(".box.title"), 1)
    screenshot(page, shots / f"rotated-{turn}.png")
    assert _contains(box, ink), (box, ink)
    area = (box[2] - box[0]) * (box[3] - box[1])
    assert area < 3 * (ink[2] - ink[0]) * (ink[3] - ink[1])


def test_extracted_boxes_of_a_rotated_page(viewer: Callable[..., Any], pdfs: dict[str, Path]) -> None:
    page = viewer()
    choose(page, pdfs["rot90"])
    assert _contains(_box_on_image(page, page.locator(".box.title"), 1), _ink(_page_image(page, 1)))


def _pixels_of(image: Any, rgb: tuple[int, int, int]) -> int:
    return {colour: n for n, colour in image.getcolors(1 << 24)}.get(rgb, 0)


def test_boxes_sit_around_the_text(viewer: Callable[..., Any], pdfs: dict[str, Path], shots: Path) -> None:
    """The outline is outside the box and the fill faint: the title's letters stay as dark as they are."""
    page = viewer()
    choose(page, pdfs["paper"])
    shot = screenshot(page, shots / "desktop.png")
    x0, y0, x1, y1 = (round(v) for v in rect(page.locator(".box.title")))
    inside = shot.crop((x0 + 1, y0 + 1, x1 - 1, y1 - 1))
    ring = shot.crop((x0 - 4, y0 - 4, x1 + 4, y1 + 4))
    assert _pixels_of(inside, TITLE_RGB) == 0  # nothing drawn over the letters' edges
    assert _pixels_of(ring, TITLE_RGB) > (x1 - x0 + y1 - y0) * 2  # an outline all round, just outside
    assert inside.convert("L").getextrema()[0] < 60  # the letters show through the fill


def test_a_box_shared_by_several_parts_is_drawn_once(
    viewer: Callable[..., Any], pdfs: dict[str, Path]
) -> None:
    """Authors that share one box (the whole author line) get one fill, not one per author piled up."""
    page = viewer()
    doc = document_to_dict(extract(pdfs["paper"]))
    first, second = doc["authors"]
    second["bbox"] = first["bbox"]
    page.route("**/v1/extract", lambda route: route.fulfill(json=doc))
    choose(page, pdfs["paper"])
    authors = page.locator(".box.author")
    fills = [authors.nth(i).evaluate("b => getComputedStyle(b).backgroundColor") for i in range(2)]
    assert fills[0] != "rgba(0, 0, 0, 0)" and fills[1] == "rgba(0, 0, 0, 0)"
    page.click("button.entry[data-kind=author] >> nth=1")
    assert authors.nth(1).evaluate("b => getComputedStyle(b).outlineColor") == "rgb(255, 170, 0)"


def test_legend_toggles_each_kind(viewer: Callable[..., Any], pdfs: dict[str, Path]) -> None:
    page = viewer()
    choose(page, pdfs["paper"])
    toggles = page.eval_on_selector_all("#legend input", "inputs => inputs.map(i => i.dataset.kind)")
    drawn = page.eval_on_selector_all(".box", "boxes => [...new Set(boxes.map(b => b.classList[1]))]")
    assert sorted(toggles) == sorted(drawn) and {"title", "section", "reference", "figure"} <= set(toggles)
    headings = page.locator(".box.section")
    assert headings.count() == 3 and headings.first.is_visible()
    page.uncheck("#legend input[data-kind=section]")
    assert all(headings.nth(i).is_hidden() for i in range(headings.count()))
    assert page.locator(".box.title").is_visible()
    page.check("#legend input[data-kind=section]")
    assert headings.first.is_visible()
    # a box clicked on the page selects its entry in the panel and leaves the pages where they are
    page.locator(".box.author").nth(1).click()
    assert page.inner_text("li.selected button.entry") == "Bob Lee <bob@example.org>"
    assert page.eval_on_selector("#pages", "pages => pages.scrollTop") == 0


def test_paragraph_and_citation_boxes(viewer: Callable[..., Any], pdfs: dict[str, Path]) -> None:
    """JSON carrying `paragraph_boxes` and citation `bbox`/`boxes` (stubbed: the fields the coordinates
    work adds) is drawn: paragraphs in pieces across pages, citation boxes that lead to their reference."""
    page = viewer()
    doc = document_to_dict(extract(pdfs["paper"]))
    for section in doc["sections"]:
        section["paragraph_boxes"] = [[] for _ in section["paragraphs"]]
    intro, _, data = doc["sections"]
    intro["paragraph_boxes"][0] = [{"page": 1, "bbox": [56.7, 340.0, 283.5, 420.0]}]
    data["paragraph_boxes"][-1] = [
        {"page": 1, "bbox": [311.8, 620.0, 538.6, 780.0]},
        {"page": 2, "bbox": [56.7, 80.0, 283.5, 120.0]},
    ]
    first, second = doc["citations"]
    first |= {
        "bbox": [200.0, 360.0, 212.0, 370.0],
        "boxes": [{"page": 1, "bbox": [200.0, 360.0, 212.0, 370.0]}],
    }
    second |= {"bbox": [480.0, 330.0, 500.0, 340.0]}  # no `boxes`: the bbox alone is drawn
    page.route("**/v1/extract", lambda route: route.fulfill(json=doc))
    choose(page, pdfs["paper"])

    assert page.locator(".box.paragraph").count() == 3
    assert page.locator('.page[data-page="2"] .box.paragraph').count() == 1
    assert page.locator(".box.citation").count() == 2
    x0, y0, x1, y1 = rect(page.locator('.page[data-page="1"]'))
    bx0, by0, _, _ = rect(page.locator(".box.citation").first)
    assert (bx0 - x0) / (x1 - x0) == pytest.approx(200.0 / 595.28, abs=0.002)
    assert (by0 - y0) / (y1 - y0) == pytest.approx(360.0 / 841.89, abs=0.002)

    page.locator(".box.citation").first.click()  # on the page, not in the panel
    reference = page.locator('.box.reference.highlight[data-id="b0"]')
    in_view(page, reference)
    assert page.locator(".box.citation.highlight").count() == 1
    page.click('button.entry[data-kind=section][data-id="sec3"]')
    assert page.locator(".box.paragraph.highlight").count() == 2  # the section's paragraph, both pieces
    outline = page.eval_on_selector(".box.paragraph.highlight", "b => getComputedStyle(b).outlineColor")
    assert outline == "rgb(255, 170, 0)"  # the highlight's colour, not the paragraphs'
    assert page.locator(".box.reference.highlight").count() == 0


def test_equation_and_footnote_boxes(viewer: Callable[..., Any], pdfs: dict[str, Path]) -> None:
    page = viewer()
    choose(page, pdfs["equations"])
    assert page.locator(".box.equation").count() == 3
    entries = page.eval_on_selector_all("button.entry[data-kind=equation]", "bs => bs.map(b => b.innerText)")
    assert entries == ["(1) y = a x + b", "z = x + y", "(2) p = w k + c"]
    page.click("button.entry[data-kind=equation] >> nth=2")
    in_view(page, page.locator('.box.equation.highlight[data-id="formula_2"]'))

    choose(page, pdfs["footnote"])
    assert page.locator(".box.footnote").count() == 1
    page.click("button.entry[data-kind=footnote]")
    assert page.inner_text("li.selected button.entry") == "4 A footnote that explains the note."
    in_view(page, page.locator(".box.footnote.highlight"))


def test_extracted_paragraph_and_citation_boxes(viewer: Callable[..., Any], pdfs: dict[str, Path]) -> None:
    """The real extraction's paragraph and citation boxes: one box per piece, each marker inside its
    paragraph on the screen, and a marker's box leads to its reference."""
    page = viewer()
    doc = document_to_dict(extract(pdfs["paper"]))
    paragraph_pieces = [p for s in doc["sections"] for pieces in s["paragraph_boxes"] for p in pieces]
    marker_pieces = [p for c in doc["citations"] for p in c["boxes"]]
    assert paragraph_pieces and len(marker_pieces) == 2
    choose(page, pdfs["paper"])
    assert page.locator(".box.paragraph").count() == len(paragraph_pieces)
    markers = page.locator(".box.citation")
    assert markers.count() == 2
    paragraphs = [rect(page.locator(".box.paragraph").nth(i)) for i in range(len(paragraph_pieces))]
    for i in range(2):
        assert any(_contains(p, rect(markers.nth(i)), slack=0) for p in paragraphs)
    markers.nth(1).click()  # "[2, 3]"
    for ref_id in doc["citations"][1]["ref_ids"]:
        in_view(page, page.locator(f'.box.reference.highlight[data-id="{ref_id}"]'))


# ---- pages and the side panel


def test_every_page_rendered_as_it_scrolls_in(viewer: Callable[..., Any], pdfs: dict[str, Path]) -> None:
    page = viewer()
    asked: list[str] = []
    page.on("request", lambda r: "/v1/pages" in r.url and asked.append(r.url.split("?", 1)[1]))
    choose(page, pdfs["long"])
    assert status(page).startswith("long.pdf: 8 pages")
    assert page.locator(".page").count() == 8
    assert rendered(page) == [1, 2]
    for number in range(3, 9):
        page.locator(f'.page[data-page="{number}"]').scroll_into_view_if_needed()
        page.wait_for_selector(f'.page[data-page="{number}"] img', timeout=10_000)
    assert rendered(page) == list(range(1, 9))
    counts = [int(query.rsplit("count=", 1)[1]) for query in asked]
    assert max(counts) <= 3 and sum(counts) == 8  # a few pages a request, none twice
    assert not page.failures


def test_citation_reaches_a_reference_on_a_page_not_yet_shown(
    viewer: Callable[..., Any], pdfs: dict[str, Path]
) -> None:
    page = viewer()
    choose(page, pdfs["long"])
    assert 8 not in rendered(page)
    citation = page.locator("button.cite").first
    assert citation.inner_text() == "[1]"
    assert citation.locator("xpath=..").inner_text().endswith("→ Smith & Lee 2020: A study of things")
    citation.click()
    in_view(page, page.locator('.box.reference.highlight[data-id="b0"]'))
    assert 4 not in rendered(page)  # the pages in between were not fetched on the way
    assert page.locator("li.selected button.entry[data-kind=reference]").inner_text() == pdfgen.REFERENCES[0]


def test_panel_entries_scroll_to_and_highlight_their_boxes(
    viewer: Callable[..., Any], pdfs: dict[str, Path]
) -> None:
    page = viewer()
    choose(page, pdfs["long"])
    panel = page.inner_text("#result")
    for ref in pdfgen.REFERENCES:  # references by their text, never by id
        assert ref in panel
    assert "b0" not in panel and "b1" not in panel
    page.click("summary >> text=Citations")  # a long list folds away
    assert page.locator("button.cite").first.is_hidden()
    page.click("summary >> text=Citations")
    assert page.locator("button.cite").first.is_visible()
    page.click("button.entry[data-kind=section] >> text=5 Analysis")
    in_view(page, page.locator('.page[data-page="5"] .box.section.highlight'))
    page.click(f"button.entry[data-kind=reference] >> text={pdfgen.REFERENCES[2]}")
    in_view(page, page.locator('.box.reference.highlight[data-id="b2"]'))
    assert page.locator(".box.highlight").count() == 1

    choose(page, pdfs["figures"])
    captions = page.eval_on_selector_all(
        "button.entry[data-kind=figure], button.entry[data-kind=table]", "bs => bs.map(b => b.innerText)"
    )
    assert captions[:2] == ["Figure 1 A filled shape.", "Figure 2 A picture."]
    assert "Table 1 Counts of things." in captions
    page.click("button.entry[data-kind=table]")
    table = page.locator(".box.table.highlight")
    assert table.count() == 2  # the caption and the table's region
    in_view(page, table.first)
    page.click("button.entry[data-kind=figure] >> nth=1")
    assert page.locator('.box.figure.highlight[data-id="fig2"]').count() == 2
    assert page.locator(".box.table.highlight").count() == 0


def test_scanned_page_says_it_has_no_text_layer(
    viewer: Callable[..., Any], pdfs: dict[str, Path], shots: Path
) -> None:
    page = viewer()
    choose(page, pdfs["scan"])
    assert page.locator('.page[data-page="1"] .no-text').is_visible()
    assert "no text layer" in page.inner_text("#notes")
    assert status(page) == "scan.pdf: 1 page, 0 boxes"  # "1 page", not "1 pages"
    screenshot(page, shots / "scanned.png")


def test_a_dropped_pdf_opens(viewer: Callable[..., Any], pdfs: dict[str, Path]) -> None:
    page = viewer()
    dropped = page.evaluate_handle(
        "bytes => { const data = new DataTransfer();"
        " data.items.add(new File([new Uint8Array(bytes)], 'one.pdf', {type: 'application/pdf'}));"
        " return data; }",
        list(pdfs["one"].read_bytes()),
    )
    page.dispatch_event("#pages", "drop", {"dataTransfer": dropped})
    page.wait_for_selector("body[data-ready=true]", timeout=30_000)
    assert status(page) == "one.pdf: 1 page, 1 box"


def test_extraction_limit_and_ocr_are_said(viewer: Callable[..., Any], pdfs: dict[str, Path]) -> None:
    """Every page is shown; when the extraction read fewer (its page limit), or read a page by OCR
    (batch runs do), the viewer says so."""
    page = viewer()
    doc = document_to_dict(extract(pdfs["paper"]))
    doc["source"] |= {"pages": 1, "ocr_pages": [1]}
    page.route("**/v1/extract", lambda route: route.fulfill(json=doc))
    choose(page, pdfs["paper"])
    assert page.locator(".page img").count() == 2
    notes = page.inner_text("#notes")
    assert "Boxes for the first 1 page of 2 only" in notes and "The text of page 1 was read by OCR." in notes


def test_error_clears_the_previous_result(viewer: Callable[..., Any], pdfs: dict[str, Path]) -> None:
    page = viewer()
    choose(page, pdfs["paper"])
    assert page.locator(".box").count() > 5
    page.set_input_files("#file", str(pdfs["corrupt"]))
    page.wait_for_selector("#status.error", timeout=30_000)
    assert "corrupt.pdf" in status(page) and "HTTP 400" in status(page)
    assert page.locator(".box").count() == 0 and page.locator(".page").count() == 0
    assert page.inner_text("#result") == "" and page.locator("#legend input").count() == 0


def test_favicon_is_served(viewer: Callable[..., Any], live_server: tuple[str, int]) -> None:
    page = viewer()
    icon = page.evaluate(
        "async () => { const r = await fetch(document.querySelector('link[rel=icon]').href);"
        " return [r.status, r.headers.get('content-type')]; }"
    )
    assert icon == [200, "image/svg+xml"]
    with urllib.request.urlopen(live_server[0] + "/favicon.ico", timeout=5) as r:  # browsers that just ask
        assert r.status == 200 and r.read().startswith(b"<svg")
    assert not page.failures


def test_phone_width(viewer: Callable[..., Any], pdfs: dict[str, Path], shots: Path) -> None:
    page = viewer(PHONE)
    choose(page, pdfs["long"])
    screenshot(page, shots / "phone.png")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]  # no sideways scrolling
    assert page.locator("#file").is_visible()
    _, top, right, bottom = rect(page.locator("#pages"))
    assert right <= PHONE["width"] and bottom - top > PHONE["height"] / 2  # the pages keep most of the screen
    page.click("button.entry[data-kind=section] >> text=3 Data")
    in_view(page, page.locator('.page[data-page="3"] .box.section.highlight'))
    page.click("button.cite >> nth=1")
    in_view(page, page.locator('.box.reference.highlight[data-id="b1"]'))
    screenshot(page, shots / "phone-citation.png")
    assert not page.failures


def test_table_cells_are_drawn_as_a_grid_and_selected_with_their_table(
    viewer: Callable[..., Any], pdfs: dict[str, Path]
) -> None:
    """JSON carrying a table's cells (stubbed: the grid the structure recogniser fills) draws a box per
    located cell inside the table's region, under a legend kind of their own, highlighted with the table."""
    page = viewer()
    doc = document_to_dict(extract(pdfs["figures"]))
    (table,) = doc["tables"]
    x0, y0, x1, y1 = table["region"]["bbox"]
    w, h = (x1 - x0) / 2, (y1 - y0) / 3

    def cell(row: int, col: int, text: str, colspan: int = 1) -> dict[str, Any]:
        bbox = [x0 + col * w + 2, y0 + row * h + 2, x0 + (col + colspan) * w - 2, y0 + (row + 1) * h - 2]
        return {
            "row": row,
            "col": col,
            "rowspan": 1,
            "colspan": colspan,
            "text": text,
            "header": row == 0,
            "page": table["page"],
            "bbox": bbox,
        }

    table["cells"] = [
        cell(0, 0, "Things", colspan=2),
        cell(1, 0, "apples"),
        cell(1, 1, "3"),
        cell(2, 0, "pears"),
    ]
    table["cells"].append({**cell(2, 1, ""), "page": None, "bbox": None})  # an empty cell has no box
    table.update(structure="cells", n_rows=3, n_cols=2)
    page.route("**/v1/extract", lambda route: route.fulfill(json=doc))
    choose(page, pdfs["figures"])
    cells = page.locator(".box.cells")
    assert cells.count() == 4 and page.locator("#legend input[data-kind=cells]").count() == 1
    assert cells.first.get_attribute("title") == "Table 1, row 1, column 1-2 (head): Things"
    region = max((rect(page.locator(".box.table").nth(i)) for i in range(2)), key=lambda b: b[3] - b[1])
    assert all(_contains(region, rect(cells.nth(i))) for i in range(4))
    page.click("button.entry[data-kind=table]")
    assert page.locator(".box.cells.highlight").count() == 4
    page.uncheck("#legend input[data-kind=cells]")
    assert page.locator(".box.cells").first.is_visible()  # highlighted: still shown
    page.click("button.entry[data-kind=figure]")
    assert all(cells.nth(i).is_hidden() for i in range(4))
