# Wraps one page image in a one-page PDF with no text layer (an image-only scan). A JPEG is stored as it is
# (DCTDecode); a binary PBM (P4, 1 bit per pixel, as a 1-bit scanner stores pages) is stored Flate-compressed.
# The page size follows the image and the dpi; --rotate N writes the page's /Rotate (a sideways scan shown upright).
# Usage: python3 image-to-pdf.py page.jpg|page.pbm out.pdf dpi [--rotate 90|180|270]
import sys, struct, zlib

def jpeg_info(b):
    i = 2
    while i < len(b):
        if b[i] != 0xFF: i += 1; continue
        m = b[i + 1]
        if m in (0xC0, 0xC1, 0xC2):
            h, w = struct.unpack('>HH', b[i + 5:i + 9]); return w, h, b[i + 9]
        i += 2 + struct.unpack('>H', b[i + 2:i + 4])[0]
    raise SystemExit('no SOF marker in JPEG')

def pbm_info(b):
    fields, i = [], 2
    while len(fields) < 2:
        while b[i:i + 1].isspace(): i += 1
        if b[i:i + 1] == b'#':
            while b[i:i + 1] != b'\n': i += 1
            continue
        j = i
        while not b[j:j + 1].isspace(): j += 1
        fields.append(int(b[i:j])); i = j
    return fields[0], fields[1], b[i + 1:]

args = sys.argv[1:]
rotate = 0
if '--rotate' in args:
    k = args.index('--rotate'); rotate = int(args[k + 1]); del args[k:k + 2]
src, dst, dpi = args[0], args[1], float(args[2])
data = open(src, 'rb').read()
if data[:2] == b'P4':
    w, h, bits = pbm_info(data)
    stream = zlib.compress(bits, 9)
    # PBM stores 1 for black; PDF DeviceGray 1-bit reads 1 as white, hence the Decode array.
    image = f'/Width {w} /Height {h} /ColorSpace /DeviceGray /BitsPerComponent 1 /Decode [1 0] /Filter /FlateDecode'
else:
    w, h, comps = jpeg_info(data); stream = data
    image = f'/Width {w} /Height {h} /ColorSpace {"/DeviceGray" if comps == 1 else "/DeviceRGB"} /BitsPerComponent 8 /Filter /DCTDecode'
pw, ph = w * 72 / dpi, h * 72 / dpi
content = f'q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q'.encode()
rot = f' /Rotate {rotate}' if rotate else ''
objs = [b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        f'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}]{rot} /Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>'.encode(),
        b'<< /Length ' + str(len(content)).encode() + b' >>\nstream\n' + content + b'\nendstream',
        f'<< /Type /XObject /Subtype /Image {image} /Length {len(stream)} >>\nstream\n'.encode() + stream + b'\nendstream']
out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'); offs = []
for n, o in enumerate(objs, 1):
    offs.append(len(out)); out += f'{n} 0 obj\n'.encode() + o + b'\nendobj\n'
x = len(out)
out += f'xref\n0 {len(objs) + 1}\n0000000000 65535 f \n'.encode() + b''.join(f'{o:010d} 00000 n \n'.encode() for o in offs)
out += f'trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n'.encode()
open(dst, 'wb').write(out)
