#!/usr/bin/env python3
"""Writes a synthetic CNKI-style paper with N footnotes for the parse benchmark.

Notes are taken round-robin from the seed paper's real notes (Chinese and English, with URLs,
access dates, multi-reference notes), five to a page with circled labels restarting per page,
each page preceded by body text that carries the markers."""
import re
import sys

seed, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
circled = [chr(0x2460 + i) for i in range(20)]
note_re = re.compile(r'^\s*(?:[-*]\s+)?\^?\s*[\u2460-\u2473]\s*(.+)$')
notes = [m.group(1) for line in open(seed, encoding='utf-8') if (m := note_re.match(line))]
with open(out, 'w', encoding='utf-8') as f:
    f.write('题目： 合成基准论文\n收稿日期： 2025-09-08\n网络首发日期： 2026-05-14\n\n')
    i = 0
    while i < n:
        page = min(5, n - i)
        body = ''.join(f'这是正文第{i + k + 1}句，引用了一份文献。^{circled[k]}' for k in range(page))
        f.write(body + '\n\n')
        for k in range(page):
            f.write(f'{circled[k]} {notes[(i + k) % len(notes)]}\n\n')
        i += page
