"""`make seed`: submit every seeds/*.txt to a running API (ATTACHE_URL, default local).

Standard library only, so it runs with any Python. Each file becomes
`POST /v1/articles {"text", "title", "source": "seed"}`; the title is the file's first line
when that reads like a headline (short, no closing full stop), else the file's name.
Submitting the same text again is harmless: the API answers with the article it already has.
"""

from __future__ import annotations

import json
import os
import sys
import urllib.error
import urllib.request
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
MAX_TITLE = 120


def title_of(path: Path, text: str) -> str:
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    first = first.lstrip("#").strip()  # a Markdown heading
    if first and len(first) <= MAX_TITLE and not first.endswith("."):
        return first
    return path.stem.replace("-", " ").replace("_", " ")


def submit(base_url: str, path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    body = {"text": text, "title": title_of(path, text), "source": "seed"}
    headers = {"Content-Type": "application/json"}
    # Writes need a bearer key when the API has any (ATTACHE_API_KEYS); use the first one.
    key = os.environ.get("ATTACHE_API_KEYS", "").split(",")[0].strip()
    if key:
        headers["Authorization"] = f"Bearer {key}"
    request = urllib.request.Request(
        f"{base_url.rstrip('/')}/v1/articles", json.dumps(body).encode(), headers, method="POST"
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        answer = json.load(response)
    return f"{response.status} id={answer.get('id')} status={answer.get('status')}"


def main() -> int:
    base_url = os.environ.get("ATTACHE_URL", "http://127.0.0.1:8000")
    paths = sorted(SEEDS.glob("*.txt"))
    if not paths:
        print(f"no seeds/*.txt in {SEEDS}; nothing to submit", file=sys.stderr)
        return 0
    failures = 0
    for path in paths:
        try:
            print(f"{path.name}: {submit(base_url, path)}")
        except urllib.error.HTTPError as exc:
            failures += 1
            print(f"{path.name}: HTTP {exc.code}: {exc.read().decode(errors='replace')[:300]}")
        except urllib.error.URLError as exc:
            print(f"cannot reach the API at {base_url} ({exc.reason}); is `make run` up?")
            return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
