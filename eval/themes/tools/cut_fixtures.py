#!/usr/bin/env python3
"""Cuts the project's own authored test fixtures (tests/Ingest.Tests/**/Fixtures/*.html, papers written for the
project in the forms of other councils and bodies) into passages, the way tools/cut_passages.py cuts the corpus:
one passage per block (heading, paragraph, list item, table row), passages under 90 characters merged with the next,
a heading always merged with the block after it. Prints `id<TAB>source<TAB>text` lines; the hand labels are in
fixture_labels.txt and build_sources.py joins the two. Run from the repository root."""
import glob, html, re, sys

BLOCK = re.compile(r'<(h[1-6]|p|li|tr|div|td|span)\b', re.I)

def blocks(path):
    s = open(path, encoding='utf-8').read()
    s = re.sub(r'<!--.*?-->', ' ', s, flags=re.S)
    s = re.sub(r'<(style|title|script)\b.*?</\1>', ' ', s, flags=re.S | re.I)
    s = re.sub(r'</?(h[1-6]|p|li|tr|ul|ol|table|div|br)\b[^>]*>', '\n', s, flags=re.I)
    s = re.sub(r'</t[dh]>', ' ', s, flags=re.I)
    s = re.sub(r'<[^>]+>', ' ', s)
    s = html.unescape(s)
    out = []
    for line in s.split('\n'):
        line = re.sub(r'\s+', ' ', line).strip()
        if line:
            out.append(line)
    return out

def passages(lines):
    result, buf = [], ''
    for line in lines:
        buf = (buf + ' ' + line).strip()
        if len(buf) >= 90:
            result.append(buf)
            buf = ''
    if buf:
        if result and len(buf) < 90:
            result[-1] += ' ' + buf
        else:
            result.append(buf)
    return result

def main():
    for path in sorted(glob.glob('tests/Ingest.Tests/**/Fixtures/**/*.html', recursive=True)):
        name = re.sub(r'\.html$', '', path.split('/')[-1])
        for k, text in enumerate(passages(blocks(path))):
            print(f"fx-{name}-{k:02d}\t{path}#p{k}\t{text}")

if __name__ == '__main__':
    main()
