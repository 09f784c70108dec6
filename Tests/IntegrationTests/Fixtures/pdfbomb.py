#!/usr/bin/env python3
"""Writes a small PDF whose text expands hugely (a "text bomb"): PAGES pages sharing one
Flate-compressed content stream that writes 50,000 tiny lines. Usage: pdfbomb.py OUT.pdf [PAGES]"""
import sys, zlib

out = sys.argv[1]
pages = int(sys.argv[2]) if len(sys.argv) > 2 else 20
line = b"(Lorem ipsum dolor sit amet, consectetur adipiscing elit sed do.) '\n"
content = zlib.compress(b"BT /F1 0.01 Tf 0.015 TL 10 790 Td\n" + line * 50_000 + b"ET\n", 9)
kids = b" ".join(b"%d 0 R" % (6 + i) for i in range(pages))
objects = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
    b"<< >>",
    b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream",
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
] + [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"] * pages
pdf = bytearray(b"%PDF-1.4\n")
offsets = []
for i, body in enumerate(objects, 1):
    offsets.append(len(pdf))
    pdf += b"%d 0 obj\n" % i + body + b"\nendobj\n"
xref = len(pdf)
pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
for o in offsets:
    pdf += b"%010d 00000 n \n" % o
pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
open(out, "wb").write(pdf)
