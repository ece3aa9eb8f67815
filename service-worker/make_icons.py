"""Draw the site's app icons (the logo, white on the site's teal) as PNG files, with Chromium.

The icons are committed; run this again only to change them:
    .venv/bin/python service-worker/make_icons.py
"""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import sync_playwright

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
ICON = "material/templates/.icons/material/handshake-outline.svg"
LOGO = next((ROOT / ".venv" / "lib").glob(f"python3*/site-packages/{ICON}"))
TEAL = "#00695c"  # --md-primary-fg-color in guide.css

# (file, size in px, share of the side the logo takes: a maskable icon keeps it in the safe zone)
ICONS = (
    ("icon-192.png", 192, 0.7),
    ("icon-512.png", 512, 0.7),
    ("icon-maskable-512.png", 512, 0.5),
)


def main() -> None:
    svg = LOGO.read_text(encoding="utf-8").replace("<svg ", '<svg fill="#ffffff" ', 1)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox"]
        )
        for name, size, share in ICONS:
            page = browser.new_page(viewport={"width": size, "height": size})
            logo = round(size * share)
            page.set_content(
                f'<body style="margin:0;width:{size}px;height:{size}px;background:{TEAL};'
                f'display:grid;place-items:center">'
                f'<div style="width:{logo}px;height:{logo}px">{svg}</div></body>'
            )
            page.add_style_tag(content="svg{width:100%;height:100%;display:block}")
            page.screenshot(path=str(HERE / "icons" / name))
            page.close()
        browser.close()


if __name__ == "__main__":
    main()
