#!/usr/bin/env python3
"""Upload -> searchable under load (issue 20): copies each PDF into the app's watched corpus folder in turn, as staff
or a hand copy would, and searches for a word only that PDF has until it is listed and the PDF's document page answers;
on every poll each listed hit's document page is fetched and must not be a 404. Prints the seconds per file.
Usage: upload.py base-url corpus-folder file.pdf..."""
import hashlib
import json
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

base, corpus, files = sys.argv[1], sys.argv[2], sys.argv[3:]


def get(path):
    try:
        with urllib.request.urlopen(base + path, timeout=30) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def hits(word, searched=None):
    status, body = get("/api/search?size=50&q=" + urllib.parse.quote(word))
    if status != 200:
        return status, []
    answer = json.loads(body)
    if searched is not None:
        # A stop word («hvorfor») is never searched for, so it finds nothing before or after.
        searched.append(not answer.get("onlyStopWords") and not answer.get("ignoredWords"))
    return status, [h["documentId"] for h in answer["hits"]]


def distinctive(path):
    """A word of the file the app does not find yet (long words first: rarely in other papers), else a phrase of two."""
    text = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    tokens = [w.lower() for w in re.findall(r"[^\W\d_]{5,}", text)]
    # Words of the body first: seen more than once but not on every page (a running header or footer is left out of
    # the index's text), longest first.
    pages = text.count("\f") or 1
    counts = {w: tokens.count(w) for w in set(tokens)}
    words = sorted(counts, key=lambda w: (not 2 <= counts[w] < pages, -len(w), w))
    phrases = sorted({f'"{a} {b}"' for a, b in zip(tokens, tokens[1:])}, key=lambda p: (-len(p), p))
    for query in words[:150] + phrases[:150]:
        searched = []
        status, found = hits(query, searched)
        if status == 200 and not found and searched[0]:
            return query
    raise SystemExit(f"{path}: no word or phrase of it is new to the app")


failures = 0
times = []
for path in files:
    word = distinctive(path)
    print(f"  {path.split('/')[-1]}: waiting for «{word}»", flush=True)
    doc_id = hashlib.sha256(open(path, "rb").read()).hexdigest()[:16]
    start = time.monotonic()
    shutil.copy(path, corpus)
    while True:
        status, found = hits(word)
        if status >= 500:
            failures += 1
        for listed in set(found):
            page, _ = get("/dokumenter/" + listed)
            if page == 404:
                failures += 1
                print(f"  404: hit {listed} listed for «{word}» has no page")
        # Searchable: the query that found nothing before lists a hit now, and the new paper's page answers. (The hit
        # may be a case unit kept under another paper of the same case, so its id need not be the new paper's.)
        if found and get("/dokumenter/" + doc_id)[0] == 200:
            break
        if time.monotonic() - start > 120:
            raise SystemExit(f"{path}: not searchable after 120 s")
        time.sleep(0.1)
    took = time.monotonic() - start
    times.append(took)
    print(f"upload -> searchable: {took:.1f} s  {path.split('/')[-1]} («{word}»)", flush=True)
    time.sleep(2)
print(f"uploads: {len(times)}, searchable after {min(times):.1f}–{max(times):.1f} s, 404 or 5xx while polling: {failures}")
sys.exit(1 if failures or max(times) > 10 else 0)
