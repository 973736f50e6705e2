"""Take a picture of a graph page with headless Chromium (for the docs and for checks).

>>> screenshot("graph.html", "docs/graph.png")  # doctest: +SKIP

Chromium is found as ``$KG_CHROMIUM``, ``chromium``, ``chromium-browser``, ``google-chrome``
(Debian: ``apt-get install chromium``). It runs with a fresh profile and with background
networking, component updates and sync switched off, so nothing is fetched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

#: Flags every headless Chromium run of this project uses (plus a fresh --user-data-dir).
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


class ChromiumNotFound(RuntimeError):
    """No Chromium binary on this machine."""


def find_chromium() -> str | None:
    """Path of a Chromium binary, or None."""
    env = os.environ.get("KG_CHROMIUM")
    if env:
        return env if Path(env).exists() else shutil.which(env)
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


def screenshot(
    html_path: str | os.PathLike,
    png_path: str | os.PathLike,
    width: int = 1200,
    height: int = 900,
    budget_ms: int = 15000,
    timeout: float = 120.0,
) -> Path:
    """Render ``html_path`` in headless Chromium and save a PNG at ``png_path``."""
    chromium = find_chromium()
    if not chromium:
        raise ChromiumNotFound("Chromium not found: apt-get install chromium (or set KG_CHROMIUM)")
    html = Path(html_path).resolve()
    png = Path(png_path).resolve()
    png.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile:
        cmd = [
            chromium,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            "--hide-scrollbars",
            f"--virtual-time-budget={budget_ms}",
            f"--window-size={width},{height}",
            f"--screenshot={png}",
            html.as_uri(),
        ]
        proc = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0 or not png.exists():
        tail = (proc.stderr or "").strip().splitlines()[-5:]
        raise RuntimeError(f"chromium failed ({proc.returncode}): " + " | ".join(tail))
    return png
