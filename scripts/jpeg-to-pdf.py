# Wraps a JPEG in a one-page PDF with no text layer (an image-only scan), page size from the JPEG and the dpi.
# Usage: python3 jpeg-to-pdf.py scan.jpg out.pdf dpi
import sys, struct
def jpeg_size(b):
    i = 2
    while i < len(b):
        if b[i] != 0xFF: i += 1; continue
        m = b[i+1]
        if m in (0xC0, 0xC1, 0xC2):
            h, w = struct.unpack('>HH', b[i+5:i+9]); comps = b[i+9]; return w, h, comps
        seg = struct.unpack('>H', b[i+2:i+4])[0]; i += 2 + seg
    raise SystemExit('no SOF')
src, dst, dpi = sys.argv[1], sys.argv[2], float(sys.argv[3])
img = open(src, 'rb').read(); w, h, comps = jpeg_size(img)
pw, ph = w * 72 / dpi, h * 72 / dpi
content = f'q {pw:.2f} 0 0 {ph:.2f} 0 0 cm /Im0 Do Q'.encode()
cs = '/DeviceGray' if comps == 1 else '/DeviceRGB'
objs = [b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        f'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.2f} {ph:.2f}] /Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>'.encode(),
        b'<< /Length ' + str(len(content)).encode() + b' >>\nstream\n' + content + b'\nendstream',
        f'<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace {cs} /BitsPerComponent 8 /Filter /DCTDecode /Length {len(img)} >>\nstream\n'.encode() + img + b'\nendstream']
out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'); offs = []
for n, o in enumerate(objs, 1):
    offs.append(len(out)); out += f'{n} 0 obj\n'.encode() + o + b'\nendobj\n'
x = len(out)
out += f'xref\n0 {len(objs)+1}\n0000000000 65535 f \n'.encode() + b''.join(f'{o:010d} 00000 n \n'.encode() for o in offs)
out += f'trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n'.encode()
open(dst, 'wb').write(out)
