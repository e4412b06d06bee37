"""Real-browser tests: the HTML report in headless Chromium, the notebooks in JupyterLab.

1. The report (``fivews.report``) is opened from a ``file://`` URL in Debian's headless
   Chromium: the dumped DOM must show the five Ws and the highlights; a copy of the page
   with a small probe script appended reports what the browser actually laid out
   (visible text of the five Ws, highlight boxes, decoded figures), that no resource was
   fetched, and that an article containing ``<script>`` and ``onerror=`` ran neither.
   A screenshot is saved under pytest's tmp path (and copied to
   ``figures/05_report_screenshot.png`` when ``FIVEWS_SAVE_SCREENSHOTS=1``).
2. A real ``jupyter lab`` server is started headless on a free loopback port with a random
   token; its REST API must serve every notebook in ``notebooks/`` with the project's
   kernel and its stored outputs (PNG figures included); then
   ``notebooks/01_article.ipynb`` is opened in JupyterLab in Chromium, its rendered
   figures must be in the page, and a screenshot must be a non-trivial PNG. The server
   is always shut down.

Chromium tests are skipped, with the reason, only where ``/usr/bin/chromium`` is not
installed (``apt-get install -y chromium``). ``FIVEWS_TEST_NOTEBOOKS`` points the
JupyterLab tests at another notebooks folder (default: the project's ``notebooks/``).
"""

from __future__ import annotations

import base64
import html
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fivews import report
from test_report import SAMPLE_TEXT, parse, sample_result

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
NOTEBOOKS = Path(os.environ.get("FIVEWS_TEST_NOTEBOOKS", ROOT / "notebooks")).resolve()
SCREENSHOT_COPY = ROOT / "figures" / "05_report_screenshot.png"
SAVE_SCREENSHOTS = os.environ.get("FIVEWS_SAVE_SCREENSHOTS") == "1"

requires_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="Chromium is not installed at /usr/bin/chromium (Debian: apt-get install -y chromium)",
)

#: Flags that keep headless Chromium from touching the network or the user's profile.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
)

#: Appended to a copy of the report: writes what the browser laid out into <pre id=probe>.
PROBE_SCRIPT = """
<script>
window.addEventListener("load", () => {
  const visible = (el) => {
    const box = el.getBoundingClientRect(), style = getComputedStyle(el);
    return box.width > 0 && box.height > 0 && style.visibility !== "hidden"
      && style.display !== "none";
  };
  const cards = [...document.querySelectorAll("#five-ws .w")];
  const probe = {
    fiveWsText: document.querySelector("#five-ws").innerText,
    fiveWsTop: document.querySelector("#five-ws").getBoundingClientRect().top,
    cardsVisible: cards.filter(visible).map((c) => c.dataset.w),
    marksVisible: [...document.querySelectorAll("article mark.hl")].filter(visible)
      .map((m) => m.dataset.label),
    claimsVisible: [...document.querySelectorAll("article span.claim")].filter(visible).length,
    imagesDecoded: [...document.images].filter((i) => i.complete && i.naturalWidth > 0).length,
    images: document.images.length,
    resources: performance.getEntriesByType("resource").map((r) => r.name),
    pwned: Boolean(window.__pwned) || document.body.hasAttribute("data-pwned"),
    marginNotes: [...document.querySelectorAll("aside.margin .margin-note")].filter(visible)
      .map((n) => {
        const text = n.closest(".row").querySelector(".block").getBoundingClientRect();
        return { left: n.getBoundingClientRect().left, textRight: text.right };
      }),
    articleText: document.querySelector("article").innerText,
  };
  const pre = document.createElement("pre");
  pre.id = "probe";
  pre.textContent = JSON.stringify(probe);
  document.body.appendChild(pre);
});
</script>
"""

#: Lines appended to the sample article that would run script if they were not escaped.
HOSTILE_LINES = (
    '<script>window.__pwned = 1; document.body.setAttribute("data-pwned", "1")</script>\n'
    '<img src="http://127.0.0.1:9/x.png" onerror="window.__pwned = 1">\n'
)


def chromium(
    args: list[str], profile: Path, timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium with the isolation flags and a throwaway profile."""
    command = [str(CHROMIUM), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    assert done.returncode == 0, f"chromium exited {done.returncode}: {done.stderr[-2000:]}"
    return done


def dump_dom(url: str, profile: Path, budget_ms: int = 3000, screenshot: Path | None = None) -> str:
    """The DOM of ``url`` after load (and ``budget_ms`` of virtual time), as HTML.

    With ``screenshot``, the same run also saves a 1280x2000 PNG of the page there.
    """
    args = [f"--virtual-time-budget={budget_ms}", "--dump-dom", "--window-size=1280,2000"]
    if screenshot is not None:
        args.append(f"--screenshot={screenshot}")
    dom = chromium([*args, url], profile).stdout
    assert "<body" in dom, f"chromium dumped no DOM for {url}"
    if screenshot is not None:
        assert screenshot.exists(), f"chromium wrote no screenshot to {screenshot}"
    return dom


def assert_nontrivial_png(path: Path, min_bytes: int = 10_000) -> None:
    """The file is a PNG of a real page: big enough and not one flat colour."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    assert len(data) >= min_bytes, f"{path} is only {len(data)} bytes"
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover - Pillow comes with matplotlib
        return
    with Image.open(path) as image:
        grey = image.convert("L")
        low, high = grey.getextrema()
        assert high - low > 100, f"{path} is nearly uniform (grey levels {low}..{high})"
        colours = grey.getcolors(maxcolors=256) or []
        assert len(colours) > 8, f"{path} has only {len(colours)} grey levels"


def probe(page: Path, profile: Path) -> dict[str, Any]:
    """Open a copy of ``page`` with :data:`PROBE_SCRIPT` and return what it measured."""
    probed = page.with_name(page.stem + ".probe.html")
    probed.write_text(page.read_text(encoding="utf-8").replace("</body>", PROBE_SCRIPT + "</body>"))
    dom = dump_dom(probed.as_uri(), profile)
    match = re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S)
    assert match, "the probe did not run (no <pre id=probe> in the dumped DOM)"
    return json.loads(html.unescape(match.group(1)))


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report of the hand-made sample, with one figure and hostile lines appended."""
    from fivews.plots._style import new_figure

    text = SAMPLE_TEXT + HOSTILE_LINES
    result = sample_result()
    result["document"]["blocks"].append(
        {"kind": "paragraph", "start": len(SAMPLE_TEXT), "end": len(text) - 1}
    )
    fig, ax = new_figure(5, 2.5)
    ax.bar(["PERSON", "ORG", "GPE"], [1, 2, 3])
    out = tmp_path_factory.mktemp("report") / "report.html"
    return report.write_report(result, out, text=text, figures={"Entities by type": fig})


@requires_chromium
def test_report_dom_shows_five_ws_and_highlights(sample_report: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    dom = dump_dom(sample_report.as_uri(), tmp_path / "profile", screenshot=shot)
    assert_nontrivial_png(shot, min_bytes=30_000)
    parsed = parse(dom)
    text = " ".join("".join(parsed.text).split())
    for question, answer in [
        ("Who", "Heavy rain"),
        ("What", "flooded the northern town"),
        ("When", "Tuesday"),
        ("Where", "Riverton"),
    ]:
        assert re.search(rf"{question}\s*{re.escape(answer)}", text, re.I), question
    labels = [a.get("data-label") for t, a in parsed.tags if t == "mark"]
    assert {"PERSON", "ORG", "GPE", "DATE 2024-03-05", "DURATION PT6H"} <= set(labels)
    assert [t for t, _ in parsed.tags].count("script") == 0
    assert "<script>window.__pwned" in "".join(parsed.text)


@requires_chromium
def test_report_layout_in_browser(sample_report: Path, tmp_path: Path) -> None:
    measured = probe(sample_report, tmp_path / "profile")
    # The five Ws are laid out, visible, at the top of the page.
    assert measured["cardsVisible"][:4] == ["who", "what", "when", "where"]
    assert measured["fiveWsTop"] < 400
    for answer in ("Heavy rain", "flooded the northern town", "Tuesday", "Riverton"):
        assert answer in measured["fiveWsText"]
    # Every kept highlight has a box on screen.
    assert sorted(measured["marksVisible"]) == sorted(
        [
            "GPE",
            "GPE",
            "ORG",
            "ORG",
            "PERSON",
            "DATE 2024-03-05",
            "DATE 2024-03-05",
            "DURATION PT6H",
        ]
    )
    assert measured["claimsVisible"] == 3
    # Each claim's source and stance sit in the margin, beside the text, not inside it.
    assert len(measured["marginNotes"]) == 3
    assert all(n["left"] >= n["textRight"] for n in measured["marginNotes"])
    assert "according_to" in measured["cardsVisible"]
    # The figure decoded from its data URI; nothing was fetched; nothing ran.
    assert measured["images"] == measured["imagesDecoded"] == 1
    assert measured["resources"] == []
    assert measured["pwned"] is False
    assert "<script>window.__pwned" in measured["articleText"]


@requires_chromium
def test_seed_report_in_browser(seed_path: Path, tmp_path: Path) -> None:
    """The report of the seed article, made by the real pipeline, opened in Chromium."""
    import fivews

    analyze = getattr(fivews, "analyze", None)
    if analyze is None:
        pytest.skip("fivews.analyze is not available yet")
    analysis = analyze(seed_path)
    out = report.write_report(analysis, tmp_path / "seed_report.html")
    measured = probe(out, tmp_path / "profile")
    assert measured["cardsVisible"][:4] == ["who", "what", "when", "where"]
    assert measured["resources"] == [] and measured["pwned"] is False
    result = analysis.to_dict()
    expected_marks = sum(1 for _ in result.get("timexes") or []) + sum(
        len(e.get("mentions") or []) for e in result.get("entities") or []
    )
    # Every entity mention and time expression is drawn, unless it crosses another span.
    assert len(measured["marksVisible"]) >= 0.9 * expected_marks
    shot = tmp_path / "seed_report.png"
    dom = dump_dom(out.as_uri(), tmp_path / "profile", screenshot=shot)
    assert 'id="five-ws"' in dom and "<mark" in dom
    assert_nontrivial_png(shot, min_bytes=30_000)
    if SAVE_SCREENSHOTS:
        SCREENSHOT_COPY.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, SCREENSHOT_COPY)


# ------------------------------------------------------------------------ JupyterLab


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def png_outputs(notebook: dict[str, Any]) -> list[str]:
    """The base64 image/png outputs stored in a notebook, in order."""
    found = []
    for cell in notebook["cells"]:
        for output in cell.get("outputs", []) if cell["cell_type"] == "code" else []:
            png = output.get("data", {}).get("image/png")
            if png:
                found.append("".join(png) if isinstance(png, list) else png)
    return found


def figures_saved(notebook: dict[str, Any]) -> int:
    """How many ``save_figure(`` calls a notebook's code cells make."""
    return sum(
        "".join(cell["source"]).count("save_figure(")
        for cell in notebook["cells"]
        if cell["cell_type"] == "code"
    )


def notebook_names() -> list[str]:
    """The notebooks the tests look at, in order."""
    return sorted(p.name for p in NOTEBOOKS.glob("*.ipynb")) if NOTEBOOKS.is_dir() else []


class LabServer:
    """A running ``jupyter lab`` server: its base URL, token and REST helper."""

    def __init__(self, url: str, token: str, process: subprocess.Popen[bytes]) -> None:
        self.url = url
        self.token = token
        self.process = process

    def get(self, path: str) -> Any:
        """GET ``path`` from the REST API with the token; return the decoded JSON."""
        request = urllib.request.Request(
            self.url + path, headers={"Authorization": f"token {self.token}"}
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.load(response)

    def shutdown(self) -> None:
        """Ask the server to stop (kernels too), then make sure the process is gone."""
        if self.process.poll() is None:
            request = urllib.request.Request(
                self.url + "/api/shutdown",
                method="POST",
                headers={"Authorization": f"token {self.token}"},
            )
            try:
                urllib.request.urlopen(request, timeout=10).close()
                self.process.wait(timeout=20)
            except (urllib.error.URLError, OSError, subprocess.TimeoutExpired):
                pass
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


#: JupyterLab settings for a quiet, fully rendered notebook: no news or update pop-ups,
#: and every cell attached to the page (not only those in view) so figures are in the DOM.
LAB_SETTINGS: dict[str, dict[str, Any]] = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
}


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LabServer]:
    """A ``jupyter lab`` server on a free loopback port, token auth, ``notebooks/`` as root."""
    if not notebook_names():
        pytest.skip(f"no notebook in {NOTEBOOKS} yet")
    home = tmp_path_factory.mktemp("jupyter")
    settings = home / "user-settings"
    for name, values in LAB_SETTINGS.items():
        target = settings / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(values))
    port, token = free_port(), secrets.token_hex(24)
    env = {
        **os.environ,
        "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
        "JUPYTER_CONFIG_DIR": str(home / "config"),
        "JUPYTERLAB_SETTINGS_DIR": str(settings),
        "JUPYTERLAB_WORKSPACES_DIR": str(home / "workspaces"),
    }
    command = [
        sys.executable, "-m", "jupyterlab",
        "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={NOTEBOOKS}",
        "--LabApp.news_url=",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--ServerApp.terminals_enabled=False",
    ]  # fmt: skip
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")  # containers and CI often run tests as root
    log = (home / "server.log").open("wb")
    process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    server = LabServer(f"http://127.0.0.1:{port}", token, process)
    try:
        deadline = time.monotonic() + 90
        while True:
            if process.poll() is not None:
                tail = (home / "server.log").read_text()[-2000:]
                pytest.fail(f"jupyter lab exited {process.returncode}: {tail}")
            try:
                server.get("/api/status")
                break
            except (urllib.error.URLError, ConnectionError, OSError):
                if time.monotonic() > deadline:
                    pytest.fail("jupyter lab did not answer within 90 s")
                time.sleep(0.5)
        yield server
    finally:
        server.shutdown()
        log.close()


def test_lab_requires_the_token(lab: LabServer) -> None:
    with pytest.raises(urllib.error.HTTPError) as denied:
        urllib.request.urlopen(lab.url + "/api/contents", timeout=10)
    assert denied.value.code == 403


def notebook_problems(name: str, model: dict[str, Any]) -> list[str]:
    """What is wrong with a notebook served by the contents API (empty when nothing)."""
    if model["type"] != "notebook" or model["format"] != "json":
        return [f"{name}: not served as a JSON notebook"]
    notebook = model["content"]
    problems = []
    kernel = notebook["metadata"].get("kernelspec", {}).get("name")
    if kernel != "fivews":
        problems.append(f"{name}: kernel is {kernel!r}, not 'fivews'")
    code = [
        c for c in notebook["cells"] if c["cell_type"] == "code" and "".join(c["source"]).strip()
    ]
    if not code:
        problems.append(f"{name}: no code cells")
    if any(c["execution_count"] is None for c in code):
        problems.append(f"{name}: not fully executed")
    outputs = [o for c in code for o in c["outputs"]]
    if not outputs:
        problems.append(f"{name}: carries no outputs")
    errors = [o.get("ename") for o in outputs if o["output_type"] == "error"]
    if errors:
        problems.append(f"{name}: stored errors {errors}")
    pngs = png_outputs(notebook)
    if any(base64.b64decode(png)[:8] != b"\x89PNG\r\n\x1a\n" for png in pngs):
        problems.append(f"{name}: an image/png output is not a PNG")
    # Every figure the notebook saves to figures/ is also shown in it.
    saved = figures_saved(notebook)
    if len(pngs) < saved:
        problems.append(f"{name}: saves {saved} figures but shows {len(pngs)} (image/png outputs)")
    return problems


def test_lab_serves_every_notebook_with_kernel_and_outputs(lab: LabServer) -> None:
    listed = sorted(
        item["name"]
        for item in lab.get("/api/contents?content=1")["content"]
        if item["type"] == "notebook"
    )
    assert listed == notebook_names()
    problems = []
    for name in listed:
        model = lab.get(f"/api/contents/{urllib.parse.quote(name)}?content=1&type=notebook")
        problems += notebook_problems(name, model)
    assert not problems, "\n".join(problems)


class DevToolsBrowser:
    """Headless Chromium driven over the DevTools protocol (websocket-client, which
    Jupyter Server already depends on): navigate, poll the page, take a screenshot.

    Used for JupyterLab instead of ``--virtual-time-budget`` with ``--screenshot``:
    JupyterLab keeps kernel websockets open, and on this page Chromium's virtual-time
    runs sometimes never returned (``--dump-dom`` with ``--screenshot``: 3 hangs in 6
    runs; separate runs: 1 in 10). Waiting in real time for the figures is reliable.
    """

    def __init__(self, profile: Path, width: int = 1280, height: int = 2000) -> None:
        self.profile = profile
        self.size = (width, height)
        self.process: subprocess.Popen[bytes] | None = None
        self.socket: Any = None
        self.last_id = 0

    def __enter__(self) -> DevToolsBrowser:
        import websocket  # websocket-client, a dependency of jupyter_server

        self.profile.mkdir(parents=True, exist_ok=True)
        command = [
            str(CHROMIUM), *CHROMIUM_FLAGS, f"--user-data-dir={self.profile}",
            "--remote-debugging-port=0", f"--window-size={self.size[0]},{self.size[1]}",
            "about:blank",
        ]  # fmt: skip
        self.process = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        port_file = self.profile / "DevToolsActivePort"
        deadline = time.monotonic() + 60
        while not (port_file.exists() and port_file.read_text().strip()):
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.__exit__()
                pytest.fail("headless Chromium did not open its DevTools port")
            time.sleep(0.2)
        port = int(port_file.read_text().split()[0])
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=30) as answer:
            page = next(t for t in json.load(answer) if t["type"] == "page")
        self.socket = websocket.create_connection(
            page["webSocketDebuggerUrl"], timeout=60, suppress_origin=True
        )
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.socket is not None:
            self.socket.close()
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        """Send one DevTools command and return its result (events are skipped)."""
        self.last_id += 1
        self.socket.send(json.dumps({"id": self.last_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.last_id:
                assert "error" not in message, f"{method}: {message['error']}"
                return message.get("result", {})

    def evaluate(self, expression: str) -> Any:
        """The JSON value of a JavaScript expression in the page."""
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result["result"].get("value")

    def wait_for(self, expression: str, done: Any, timeout: float) -> Any:
        """Poll ``expression`` until ``done(value)`` or ``timeout`` s; return the last value."""
        deadline = time.monotonic() + timeout
        value = self.evaluate(expression)
        while not done(value) and time.monotonic() < deadline:
            time.sleep(0.5)
            value = self.evaluate(expression)
        return value

    def screenshot(self, path: Path) -> Path:
        """Save the viewport as PNG at ``path``."""
        data = self.call("Page.captureScreenshot", format="png")["data"]
        path.write_bytes(base64.b64decode(data))
        return path


#: What JupyterLab shows: whether a notebook with cells is open, and its output images
#: (how many, and how many decoded with a box on the page).
LAB_STATE_JS = """
(() => {
  const images = [...document.querySelectorAll(".jp-OutputArea-output img")];
  return {
    notebook: document.querySelectorAll(".jp-Notebook .jp-Cell").length,
    images: images.length,
    shown: images.filter((i) => i.complete && i.naturalWidth > 0
                         && i.getBoundingClientRect().height > 0).length,
  };
})()
"""


@requires_chromium
def test_notebook_01_renders_in_jupyterlab(lab: LabServer, tmp_path: Path) -> None:
    names = notebook_names()
    name = "01_article.ipynb" if "01_article.ipynb" in names else names[0]
    stored = lab.get(f"/api/contents/{urllib.parse.quote(name)}?content=1&type=notebook")["content"]
    stored_pngs = len(png_outputs(stored))
    cells = len(stored["cells"])
    url = f"{lab.url}/lab/tree/{urllib.parse.quote(name)}?token={lab.token}"
    with DevToolsBrowser(tmp_path / "profile") as browser:
        browser.call("Page.enable")
        browser.call("Page.navigate", url=url)
        state = browser.wait_for(
            LAB_STATE_JS,
            lambda s: bool(s) and s["notebook"] >= cells and s["shown"] >= stored_pngs,
            timeout=150,
        )
        if stored_pngs:  # bring the first figure into the screenshot
            browser.evaluate(
                'document.querySelector(".jp-OutputArea-output img")'
                '.scrollIntoView({block: "center"})'
            )
        time.sleep(1.0)  # let the layout settle after the scroll
        shot = browser.screenshot(tmp_path / "lab.png")
    assert state and state["notebook"] == cells, f"JupyterLab did not draw {name}: {state}"
    assert state["shown"] >= stored_pngs, f"{state['shown']} of {stored_pngs} figures shown"
    assert_nontrivial_png(shot, min_bytes=30_000)
    if figures_saved(stored):
        assert stored_pngs, f"{name} saves figures but stores none to render (see {shot})"
