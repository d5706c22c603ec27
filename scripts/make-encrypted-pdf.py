#!/usr/bin/env python3
"""Writes a one-page PDF encrypted with the PDF Standard security handler (revision 2, RC4 40-bit) and a user
password, as a fixture for "a password-protected PDF is reported and skipped". Pure Python (hashlib only), following
ISO 32000-1 section 7.6.3 (algorithms 2, 3 and 4).

Usage: make-encrypted-pdf.py OUT.pdf [user-password] [owner-password]
"""
import hashlib
import struct
import sys

PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def padded(password: str) -> bytes:
    raw = password.encode("latin-1")[:32]
    return raw + PAD[: 32 - len(raw)]


def main() -> None:
    out = sys.argv[1]
    user = sys.argv[2] if len(sys.argv) > 2 else "hemmelig"
    owner = sys.argv[3] if len(sys.argv) > 3 else "eier"
    file_id = hashlib.md5(b"norprem-encrypted-fixture").digest()
    permissions = -44  # printing and copying denied, as protected council papers often are

    o_value = rc4(hashlib.md5(padded(owner)).digest()[:5], padded(user))                      # algorithm 3
    key = hashlib.md5(padded(user) + o_value + struct.pack("<i", permissions) + file_id).digest()[:5]  # algorithm 2
    u_value = rc4(key, PAD)                                                                    # algorithm 4

    def object_key(num: int) -> bytes:
        return hashlib.md5(key + struct.pack("<i", num)[:3] + b"\x00\x00").digest()[:10]

    content = b"BT /F1 18 Tf 72 720 Td (Referat fra lukket m\xf8te i r\xe5det) Tj ET"
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        5: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    }
    encrypted = rc4(object_key(4), content)
    objects[4] = b"<< /Length %d >>\nstream\n" % len(encrypted) + encrypted + b"\nendstream"
    objects[6] = b"<< /Filter /Standard /V 1 /R 2 /O <" + o_value.hex().encode() + b"> /U <" + u_value.hex().encode() \
        + b"> /P %d >>" % permissions

    pdf = bytearray(b"%PDF-1.4\n%\xe6\xf8\xe5\n")
    offsets = {}
    for num in sorted(objects):
        offsets[num] = len(pdf)
        pdf += b"%d 0 obj\n" % num + objects[num] + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for num in sorted(objects):
        pdf += b"%010d 00000 n \n" % offsets[num]
    pdf += b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 6 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, file_id.hex().encode(), file_id.hex().encode(), xref)
    with open(out, "wb") as f:
        f.write(pdf)


if __name__ == "__main__":
    main()
