# SPDX-License-Identifier: LGPL-2.1-or-later
# Pictures of the reference history, checked by reading them back: pixels
# of the PNG, elements of the SVG, a PDF rendered by pdftoppm, and the
# page driven in headless Chromium.
import base64
import json
import os
import shutil
import socket
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ET

import cairo
import pytest
from gi.repository import Bilateral, GLib

TOOL = os.environ.get("BILATERAL_TOOL", "bilateral")
SVG = "{http://www.w3.org/2000/svg}"
# ColorBrewer RdBu, hostile … allied.
STANCE_RGB = {-3: (0xB2, 0x18, 0x2B), -2: (0xEF, 0x8A, 0x62), -1: (0xFD, 0xDB, 0xC7), 0: (0xF7, 0xF7, 0xF7),
              1: (0xD1, 0xE5, 0xF0), 2: (0x67, 0xA9, 0xCF), 3: (0x21, 0x66, 0xAC)}
EVENT_RGB = (0x1A, 0x1A, 0x1A)
THIRD_PARTY_RGB = (0x76, 0x2A, 0x83)


def clean_env():
    """The environment for programs that are not ours: without the sanitizer runtime preloaded."""
    env = dict(os.environ)
    env.pop("LD_PRELOAD", None)
    return env


@pytest.fixture(scope="module")
def history():
    return Bilateral.Archive.load_builtin("pakistan-russia")


@pytest.fixture(scope="module")
def relation(history):
    return history.get_relation(history.lookup_actor("PAK"), history.lookup_actor("RUS"))


@pytest.fixture
def timeline(history, relation):
    t = Bilateral.Timeline.new(history)
    t.add_relation(relation)
    return t


def read_png(data):
    path = os.path.join(GLib.get_tmp_dir(), f"bilateral-test-{os.getpid()}.png")
    with open(path, "wb") as f:
        f.write(data)
    surface = cairo.ImageSurface.create_from_png(path)
    os.unlink(path)
    return surface


def rgb(surface, x, y):
    data = surface.get_data()
    offset = int(y) * surface.get_stride() + int(x) * 4
    b, g, r = data[offset], data[offset + 1], data[offset + 2]
    return (r, g, b)


def centre(timeline, item):
    ok, x, y, w, h = timeline.get_item_bounds(item)
    assert ok
    return x + w / 2, y + h / 2


def test_png_bands_and_marks(timeline, relation):
    surface = read_png(timeline.to_bytes(Bilateral.TimelineFormat.PNG).get_data())
    assert surface.get_width() == 1200
    assert surface.get_height() == int(timeline.get_height())

    # Under each phase's middle day, the band has the phase's colour.
    for phase in relation.get_phases():
        ok, x, y, w, h = timeline.get_item_bounds(phase)
        assert ok
        first, end = phase.get_first_day(), phase.get_end_day()
        if end == Bilateral.DAY_OPEN_END:
            end = first + 365
        middle = timeline.get_x_for_day((first + end) // 2)
        assert x <= middle < x + w
        assert rgb(surface, middle, y + 2) == STANCE_RGB[int(phase.get_stance())], phase.get_id()
        assert timeline.get_item_at(middle, y + 2) == phase

    # Each mark is where its date and weight put it: x at the middle of the
    # date's days, y on one straight line of the weight; and it is drawn there.
    points = []
    impacts = [ev for ev in relation.get_third_party_events()]
    for ev in list(relation.get_events()) + impacts:
        x, y = centre(timeline, ev)
        date = ev.get_date()
        lo, hi = date.get_earliest_day(), date.get_latest_day()
        if lo == Bilateral.DAY_OPEN_START or hi == Bilateral.DAY_OPEN_END:
            continue
        expected = (timeline.get_x_for_day(lo) + timeline.get_x_for_day(hi + 1)) / 2
        assert abs(x - (expected + (3.5 if date.get_qualifiers() & Bilateral.DateQualifier.UNCERTAIN else 0))) < 0.6, ev.get_id()
        third = ev in impacts
        ok, _, top, _, h = timeline.get_item_bounds(ev)
        points.append((ev, top + h / 2, third))
        colour = rgb(surface, x, top + h / 2 + (1.5 if third else 0))
        if date.get_qualifiers() & Bilateral.DateQualifier.APPROXIMATE:
            continue  # hollow: its ring is the colour, its centre white
        assert colour == (THIRD_PARTY_RGB if third else EVENT_RGB), ev.get_id()
    direct = [(ev.get_goldstein(), y) for ev, y, third in points if not third]
    (g1, y1), (g2, y2) = min(direct), max(direct)
    slope = (y2 - y1) / (g2 - g1)
    assert slope < 0  # higher weights higher up
    for g, y in direct:
        assert abs(y - (y1 + (g - g1) * slope)) < 0.01


def svg_items(data):
    root = ET.fromstring(data)
    return [e for e in root.iter(SVG + "rect") if "item" in e.get("class", "").split()]


def boxes_overlap(a, b):
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def test_svg_names_everything_and_labels_do_not_overlap(timeline, relation, history):
    timeline.set_show_inferred(True)
    timeline.set_show_index(True)
    data = timeline.to_bytes(Bilateral.TimelineFormat.SVG).get_data()
    items = svg_items(data)
    phases = [e for e in items if e.get("class") == "item phase"]
    events = [e for e in items if e.get("class") == "item event"]
    others = [e for e in items if e.get("class") == "item event third-party"]
    assert [e.get("data-id") for e in phases] == [p.get_id() for p in relation.get_phases()]
    assert sorted(e.get("data-id") for e in events) == sorted(ev.get_id() for ev in relation.get_events())
    assert sorted(e.get("data-id") for e in others) == sorted(ev.get_id() for ev in relation.get_third_party_events())
    assert len(events) == 13 and len(others) == 7 and len(phases) == 6
    for element, phase in zip(phases, relation.get_phases()):
        assert phase.get_label() in element.find(SVG + "title").text
        assert element.get("data-label")  # drawn, in its band or a row below
    root = ET.fromstring(data)
    boxes = [tuple(map(float, e.get("data-label-box").split())) for e in root.iter(SVG + "rect") if e.get("data-label-box")]
    assert len(boxes) >= 6 + 8
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not boxes_overlap(a, b), (a, b)


def tick_labels(timeline):
    root = ET.fromstring(timeline.to_bytes(Bilateral.TimelineFormat.SVG).get_data())
    return [e.get("data-label") for e in root.iter(SVG + "rect") if e.get("class") == "tick"]


@pytest.mark.parametrize("span, expected", [
    ("2013-12", ["1 Dec 2013", "8", "15", "22"]),
    ("2013-11-29/2014-01-10", ["1 Dec 2013", "8", "15", "22", "1 Jan 2014", "8"]),
    ("2014", ["2014", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]),
    ("1815/2015", [str(y) for y in range(1820, 2001, 20)]),
])
def test_axis_ticks_from_a_month_to_two_centuries(timeline, span, expected):
    timeline.set_span(Bilateral.Date.parse(span))
    assert tick_labels(timeline) == expected


def test_pdf_renders(timeline, relation, tmp_path):
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is missing: install poppler-utils (build-aux/debian-packages.txt)")
    path = tmp_path / "t.pdf"
    timeline.write_to_file(str(path), Bilateral.TimelineFormat.AUTO)
    subprocess.run(["pdftoppm", "-png", "-r", "96", "-singlefile", str(path), str(tmp_path / "page")], check=True,
                   env=clean_env())
    surface = cairo.ImageSurface.create_from_png(str(tmp_path / "page.png"))
    assert abs(surface.get_width() - 1200) <= 1
    phase = relation.get_phases()[1]
    ok, x, y, w, h = timeline.get_item_bounds(phase)
    r, g, b = rgb(surface, x + w / 2, y + 3)
    expected = STANCE_RGB[int(phase.get_stance())]
    assert max(abs(r - expected[0]), abs(g - expected[1]), abs(b - expected[2])) <= 3


def test_small_multiples_share_the_axis(history, relation):
    t = Bilateral.Timeline.new(history)
    t.add_relation(relation)
    one = t.get_height()
    india = history.get_relation(history.lookup_actor("IND"), history.lookup_actor("RUS"))
    t.add_relation(india)
    assert t.get_height() > one * 1.6
    ok, x1, y1, _, _ = t.get_item_bounds(relation.get_phases()[0])
    ok2, x2, y2, _, _ = t.get_item_bounds(india.get_phases()[0])
    assert ok and ok2 and y2 > y1
    # Both start in 1947, on one axis.
    assert abs(x1 - x2) < 30


def test_cli_render(tmp_path):
    for suffix, magic in ((".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF"), (".html", b"<!DOCTYPE html>")):
        out = tmp_path / f"t{suffix}"
        subprocess.run([TOOL, "render", "pakistan-russia", "PAK", "RUS", "-o", str(out), "--inferred", "--index"],
                       check=True)
        assert out.read_bytes().startswith(magic)
    out = tmp_path / "two.svg"
    subprocess.run([TOOL, "render", "pakistan-russia", "PAK", "RUS", "--dyad", "IND,RUS", "--span", "1947/1995",
                    "-o", str(out)], check=True)
    shown = [e.get("data-id") for e in svg_items(out.read_bytes()) if e.get("class") == "item phase"]
    # Five of Pakistan's six phases (the sixth starts in 2003) and India's one.
    assert shown[-1] == "ind-sun-1947-friendship" and len(shown) == 6 and "pak-rus-2003-thaw" not in shown
    bad = subprocess.run([TOOL, "render", "pakistan-russia", "-o", str(tmp_path / "t.bmp")], capture_output=True,
                         text=True)
    assert bad.returncode == 1 and ".svg, .png, .pdf or .html" in bad.stderr
    bad = subprocess.run([TOOL, "render", "pakistan-russia", "--dyad", "PAK", "-o", str(out)], capture_output=True,
                         text=True)
    assert bad.returncode == 2 and "PAK,RUS" in bad.stderr
    bad = subprocess.run([TOOL, "render", "pakistan-russia", "--span", "1990-13", "-o", str(out)], capture_output=True,
                         text=True)
    assert bad.returncode == 2 and "--span" in bad.stderr


def test_cli_history_at():
    out = subprocess.run([TOOL, "history", "pakistan-russia", "PAK", "RUS", "--at", "1958", "--no-sources", "-w", "200"],
                         check=True, capture_output=True, text=True).stdout
    assert "In opposing camps" in out and "Thawing the ice" not in out
    lines = out.splitlines()
    marker = lines.index("  ── 1958 ──")
    assert "aide-memoire" in lines[marker + 1]
    assert any("Baghdad Pact" in line for line in lines[:marker])
    assert any("Agreement of Cooperation" in line for line in lines[marker + 2:])
    out = subprocess.run([TOOL, "history", "pakistan-russia", "--at", "1930", "--around", "1", "--no-sources"],
                         check=True, capture_output=True, text=True).stdout
    assert "No phase at 1930" in out
    bad = subprocess.run([TOOL, "history", "pakistan-russia", "--at", "1958-02-30"], capture_output=True, text=True)
    assert bad.returncode == 2 and "--at" in bad.stderr


# The page in a real browser, through chromedriver's WebDriver protocol.

class WebDriver:
    ELEMENT = "element-6066-11e4-a52e-4f735466cecf"

    def __init__(self):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.process = subprocess.Popen(["chromedriver", f"--port={self.port}"], stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, env=clean_env())
        for _ in range(100):
            try:
                if self.call("GET", "/status")["ready"]:
                    break
            except OSError:
                time.sleep(0.1)
        options = {"binary": shutil.which("chromium"),
                   "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1300,900",
                            "--proxy-server=127.0.0.1:9", "--disable-background-networking"]}
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": options,
                                                 "goog:loggingPrefs": {"browser": "ALL", "performance": "ALL"}}}}
        self.session = self.call("POST", "/session", caps)["sessionId"]

    def call(self, method, path, body=None):
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", method=method,
                                         data=json.dumps(body).encode() if body is not None else None,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read())["value"]

    def do(self, method, path, body=None):
        return self.call(method, f"/session/{self.session}{path}", body)

    def script(self, code, *args):
        return self.do("POST", "/execute/sync", {"script": code, "args": list(args)})

    def close(self):
        try:
            self.call("DELETE", f"/session/{self.session}")
        finally:
            self.process.terminate()
            self.process.wait(10)


@pytest.fixture
def browser():
    if not shutil.which("chromium") or not shutil.which("chromedriver"):
        pytest.skip("chromium or chromedriver is missing: install chromium and chromium-driver "
                    "(build-aux/debian-packages.txt)")
    driver = WebDriver()
    yield driver
    driver.close()


def test_page_in_chromium(timeline, relation, history, tmp_path, browser):
    page = tmp_path / "timeline.html"
    timeline.write_to_file(str(page), Bilateral.TimelineFormat.AUTO)
    browser.do("POST", "/url", {"url": page.as_uri()})

    visible = ".level:not([hidden]) "
    phases = browser.do("POST", "/elements", {"using": "css selector", "value": visible + ".item.phase"})
    events = browser.do("POST", "/elements", {"using": "css selector", "value": visible + ".item.event"})
    assert len(phases) == 6 and len(events) == 20
    ids = browser.script("return Array.from(document.querySelectorAll(arguments[0])).map(e => e.dataset.id)",
                         visible + ".item.event")
    assert sorted(ids) == sorted([e.get_id() for e in relation.get_events()] +
                                 [e.get_id() for e in relation.get_third_party_events()])

    # Hovering Liaquat's visit to Washington shows its citation's quoted phrase.
    target = browser.do("POST", "/element", {"using": "css selector",
                                              "value": visible + ".item.event[data-id='liaquat-visits-usa-1950']"})
    browser.do("POST", "/actions", {"actions": [{"type": "pointer", "id": "mouse", "parameters": {"pointerType": "mouse"},
                                                 "actions": [{"type": "pointerMove", "duration": 0,
                                                              "origin": {WebDriver.ELEMENT: target[WebDriver.ELEMENT]},
                                                              "x": 0, "y": 0}]}]})
    details = browser.script("const d = document.getElementById('details'); return [d.hidden, d.textContent]")
    assert details[0] is False
    assert "the first formal fissure occurred" in details[1]
    assert "1950-05-03/1950-05-30" in details[1] and "042" in details[1]

    # The keyboard: Tab reaches an item and shows it; + zooms the time axis in.
    browser.script("document.querySelector(arguments[0]).focus()", visible + ".item.phase")
    focused = browser.script("return document.getElementById('details').textContent")
    assert "A relationship yet to start" in focused
    browser.do("POST", "/actions", {"actions": [{"type": "key", "id": "keys", "actions": [
        {"type": "keyDown", "value": "+"}, {"type": "keyUp", "value": "+"}]}]})
    zoom = browser.script("return [document.getElementById('zoom').textContent, "
                          "document.querySelector('.level:not([hidden])').dataset.zoom, "
                          "document.querySelector('.level:not([hidden]) svg').getAttribute('width')]")
    assert zoom[0] == "2×" and zoom[1] == "2" and zoom[2].startswith("2400")

    shot = base64.b64decode(browser.do("GET", "/screenshot"))
    (tmp_path / "screenshot.png").write_bytes(shot)
    surface = cairo.ImageSurface.create_from_png(str(tmp_path / "screenshot.png"))
    assert surface.get_width() > 1000

    # No console error, and nothing asked of the network.
    logs = browser.do("POST", "/se/log", {"type": "browser"})
    assert [entry for entry in logs if entry["level"] == "SEVERE"] == []
    requests = []
    for entry in browser.do("POST", "/se/log", {"type": "performance"}):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            requests.append(message["params"]["request"]["url"])
    assert requests and all(url.startswith(("file:", "data:")) for url in requests), requests
