#!/usr/bin/env python3
"""Writes the fixtures that are not UTF-8 text: pages in GBK, Big5 and Shift_JIS, and small PDFs.
Run from this folder: python3 generate.py. The outputs are committed; this records how they were made."""

MFA = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<meta name="SiteName" content="中华人民共和国外交部" />
<meta name="ColumnName" content="重要新闻" />
<meta name="ArticleTitle" content="人工智能能力建设普惠计划" />
<meta name="PubDate" content="2024-09-27 09:15" />
<title>人工智能能力建设普惠计划_中华人民共和国外交部</title>
</head>
<body>
<div class="nav"><a href="/web/">首页</a> &gt; <a href="/web/wjzbzhd/">外交部长活动</a></div>
<div class="news-main">
<h1 class="news-title">人工智能能力建设普惠计划</h1>
<p class="time"><span>2024-09-27 09:15</span></p>
<div class="news-main"><p>为落实《全球人工智能治理倡议》，中方提出“人工智能能力建设普惠计划”。王喆同志参加了会议。</p></div>
</div>
</body>
</html>
"""

BIG5 = """<!DOCTYPE html>
<html lang="zh-Hant">
<head>
<title>聯合國大會通過人工智慧決議 - 中央社</title>
<meta property="article:published_time" content="2024-03-22T08:30:00+08:00">
</head>
<body><h1>聯合國大會通過人工智慧決議</h1></body>
</html>
"""

SJIS = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="Shift_JIS">
<title>国連総会、ＡＩに関する決議を採択 | 外務省</title>
<meta name="citation_publication_date" content="2024/03/21">
</head>
<body><h1>国連総会、ＡＩに関する決議を採択</h1></body>
</html>
"""

BOM = """<!DOCTYPE html>
<html lang="zh-CN"><head><title>全球数字契约</title></head><body><h1>全球数字契约</h1></body></html>
"""


def pdf(objects, trailer_extra=b"", info_ref=None):
    """A valid uncompressed PDF with a cross-reference table; objects are bytes bodies numbered from 1."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objects) + 1)
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R" % (len(objects) + 1)
    if info_ref:
        out += b" /Info %d 0 R" % info_ref
    out += trailer_extra + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def pdf15(compressed, plain, info_ref, root_ref=1):
    """A PDF 1.5 file as recent producers write it: `compressed` objects (dictionaries, numbered from 1)
    packed into one Flate object stream, then the `plain` objects (each a body, numbered after the
    object stream), then a Flate cross-reference stream whose dictionary names /Info and /Root."""
    import zlib
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    header, body = [], bytearray()
    for i, obj in enumerate(compressed, start=1):
        header.append(b"%d %d" % (i, len(body)))
        body += obj + b"\n"
    head = b" ".join(header) + b"\n"
    packed = zlib.compress(head + bytes(body))
    objstm_num = len(compressed) + 1
    offsets = {}
    offsets[objstm_num] = len(out)
    out += b"%d 0 obj\n<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\nstream\n" % (
        objstm_num, len(compressed), len(head), len(packed)) + packed + b"\nendstream\nendobj\n"
    for j, obj in enumerate(plain):
        num = objstm_num + 1 + j
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + obj + b"\nendobj\n"
    xref_num = objstm_num + 1 + len(plain)
    offsets[xref_num] = len(out)
    rows = bytearray(b"\x00" + (0).to_bytes(4, "big") + (65535).to_bytes(2, "big"))
    for num in range(1, xref_num + 1):
        if num <= len(compressed):
            rows += b"\x02" + objstm_num.to_bytes(4, "big") + (num - 1).to_bytes(2, "big")
        else:
            rows += b"\x01" + offsets[num].to_bytes(4, "big") + (0).to_bytes(2, "big")
    table = zlib.compress(bytes(rows))
    out += b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root %d 0 R /Info %d 0 R /Filter /FlateDecode /Length %d >>\nstream\n" % (
        xref_num, xref_num + 1, root_ref, info_ref, len(table)) + table + b"\nendstream\nendobj\n"
    out += b"startxref\n%d\n%%%%EOF\n" % offsets[xref_num]
    return bytes(out)


def stream(data, extra=b""):
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


PAGE = [
    b"<< /Type /Catalog /Pages 2 0 R /Lang (en-US) >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
    stream(b"BT /F1 12 Tf 72 720 Td (ASEAN Guide) Tj ET"),
]

# Info dictionary with a literal title (escaped parenthesis) and dates with offsets.
INFO = b"<< /Title (ASEAN Guide on AI Governance and Ethics \\(v2\\)) /Author (ASEAN) /Creator (Adobe InDesign 18.5) /Producer (Adobe PDF Library 17.0) /CreationDate (D:20240201093000+08'00') /ModDate (D:20240205110000+08'00') >>"

# Info with a UTF-16BE hex title and a Word file-name title in the fallback test.
TITLE_UTF16 = "联合国系统人工智能治理白皮书".encode("utf-16-be")
INFO_HEX = b"<< /Title <FEFF" + TITLE_UTF16.hex().upper().encode() + b"> /CreationDate (D:20241115083012Z) /Producer (Microsoft: Print To PDF) >>"

XMP = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="Adobe XMP Core 9.1-c001">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:prism="http://prismstandard.org/namespaces/basic/2.0/"
    xmp:CreateDate="2025-07-23T10:14:05-04:00">
   <xmp:ModifyDate>2025-07-24T08:00:00-04:00</xmp:ModifyDate>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">America’s AI Action Plan</rdf:li></rdf:Alt></dc:title>
   <dc:language><rdf:Bag><rdf:li>en-US</rdf:li></rdf:Bag></dc:language>
   <prism:doi>10.5555/example.2025.1</prism:doi>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode("utf-8")


def main():
    def page(name, text, encoding, bom=b""):
        with open(name, "wb") as f:
            f.write(bom + text.encode(encoding))

    page("mfa-gbk.html", MFA, "gbk")
    page("cna-big5-header-only.html", BIG5, "big5")
    page("mofa-shift-jis.html", SJIS, "shift_jis")
    page("bom-utf8-no-meta.html", BOM, "utf-8", bom=b"\xef\xbb\xbf")
    # No charset anywhere: neither header nor meta (older Chinese government CMS pages).
    page("gbk-undeclared.html", MFA.replace('<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />\n', ""), "gbk")

    with open("info-dates.pdf", "wb") as f:
        f.write(pdf(PAGE + [INFO], info_ref=5))
    with open("info-utf16-title.pdf", "wb") as f:
        # No /Info in the trailer: the reader must find the dictionary by its /CreationDate.
        f.write(pdf(PAGE + [INFO_HEX]))
    with open("xmp-only.pdf", "wb") as f:
        catalog = b"<< /Type /Catalog /Pages 2 0 R /Metadata 5 0 R >>"
        f.write(pdf([catalog] + PAGE[1:] + [stream(XMP, b" /Type /Metadata /Subtype /XML")]))
    with open("objstm-pdf15.pdf", "wb") as f:
        # The Info dictionary inside a compressed object stream, the XMP packet compressed too.
        import zlib
        xmp = zlib.compress(XMP)
        compressed = [
            b"<< /Type /Catalog /Pages 2 0 R /Metadata 6 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 7 0 R >>",
            b"<< /Title (Governing AI for Humanity: Final Report) /Producer (Microsoft Word for Microsoft 365)"
            b" /CreationDate (D:20240919120000Z) /ModDate (D:20240920093000Z) >>",
        ]
        plain = [
            b"<< /Type /Metadata /Subtype /XML /Filter /FlateDecode /Length %d >>\nstream\n" % len(xmp) + xmp + b"\nendstream",
            stream(b"BT /F1 12 Tf 72 720 Td (Final Report) Tj ET"),
        ]
        f.write(pdf15(compressed, plain, info_ref=4))
    with open("word-title.pdf", "wb") as f:
        info = b"<< /Title (Microsoft Word - Final G7 digital joint ministerial statement_20241015.docx) /CreationDate (D:20241015) >>"
        f.write(pdf(PAGE + [info], info_ref=5))


if __name__ == "__main__":
    main()
