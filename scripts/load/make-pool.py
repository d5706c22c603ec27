#!/usr/bin/env python3
"""Writes the ordinary load script's pool from a knowledge base (knowledge.json beside an index): the words, word
pairs, case numbers, councils and years the corpus has, so `ordinary.lua` can compose searches a visitor might type
that are new to the app (a different corpus gives a different pool). One entry a line: kind <TAB> text.
Usage: make-pool.py knowledge.json pool.tsv"""
import collections
import json
import re
import sys

WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)

kb = json.load(open(sys.argv[1], encoding="utf-8"))
words = collections.Counter()
pairs = collections.Counter()
for document in kb.get("documents", []):
    for page in document.get("pages", []):
        tokens = [t.lower() for t in WORD.findall(page.get("text", ""))]
        words.update(tokens)
        pairs.update(f"{a} {b}" for a, b in zip(tokens, tokens[1:]))

# Words seen at least twice (a typo of the extraction is no query), pairs seen at least twice (a phrase).
entries = [("word", w) for w, n in sorted(words.items()) if n >= 2]
entries += [("phrase", p) for p, n in sorted(pairs.items()) if n >= 2]
entries += [("case", c["number"]) for c in kb.get("cases", []) if c.get("number")]
entries += sorted({("council", c["council"]) for c in kb.get("cases", []) + kb.get("meetings", []) if c.get("council")})
entries += sorted({("year", str(m["date"])[:4]) for m in kb.get("meetings", []) if m.get("date")})
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for kind, text in entries:
        out.write(f"{kind}\t{text}\n")
counts = collections.Counter(kind for kind, _ in entries)
print("pool: " + ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items())))
