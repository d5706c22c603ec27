#!/usr/bin/env python3
"""Writes the hostile corpus files of issue 20 that can live in git (tests/Web.Tests/Fixtures/hostile/):

  bomb.pdf  a valid one-page PDF whose content stream is ~1.2 GB of zeros and spaces, Flate-compressed to ~1.2 MB:
            a decompression bomb. Read in the web app's own process it would take gigabytes; the extract worker's
            heap limit stops it and the file is skipped by name.

A FIFO and a symbolic link leading out of the corpus cannot be committed meaningfully; HostileFilesTests makes them
at test time (mkfifo, File.CreateSymbolicLink). Deterministic: the same bytes on every run.
Usage: scripts/make-hostile-fixtures.py [output-folder]
"""
import os
import sys
import zlib

out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "tests", "Web.Tests", "Fixtures", "hostile")
os.makedirs(out, exist_ok=True)

size = 1200 * 1024 * 1024
chunk = b"0 " * (512 * 1024)  # 1 MiB of "0 " operands
comp = zlib.compressobj(9)
parts = []
written = 0
while written < size:
    parts.append(comp.compress(chunk))
    written += len(chunk)
parts.append(comp.flush())
stream = b"".join(parts)

objects = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
    b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
]
pdf = bytearray(b"%PDF-1.4\n%\xe5\xf8\xe6\n")
offsets = []
for number, body in enumerate(objects, start=1):
    offsets.append(len(pdf))
    pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
xref = len(pdf)
pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
for offset in offsets:
    pdf += b"%010d 00000 n \n" % offset
pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)

path = os.path.join(out, "bomb.pdf")
with open(path, "wb") as f:
    f.write(pdf)
print(f"{path}: {len(pdf)} bytes, content stream {size // (1024 * 1024)} MiB when decompressed")
