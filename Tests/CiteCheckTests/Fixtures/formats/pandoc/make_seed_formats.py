#!/usr/bin/env python3
"""Writes the seed paper's notes as Word, JATS and HTML the way pandoc does, for the test that every
format gives the seed paper's references. Run from the repository root after `swift build`:

    python3 Tests/CiteCheckTests/Fixtures/formats/pandoc/make_seed_formats.py

Each note becomes a footnote on its citing sentence; smart quotes are off so that pandoc does not
change the citations' apostrophes."""
import json
import os
import subprocess

here = os.path.dirname(os.path.abspath(__file__))
paper = "References/un-ai-governance-main-channel.zh.txt"
parsed = json.loads(subprocess.run([".build/debug/citecheck", "parse", paper, "--format", "json"],
                                   check=True, capture_output=True, text=True).stdout)
body = ["---", "title: 联合国在全球人工智能治理中的“主渠道”作用", "---", ""]
notes = []
for note in parsed["notes"]:
    body += [f"{note['context'] or '正文。'}[^n{note['index']}]", ""]
    notes.append(f"[^n{note['index']}]: {note['text']}")
markdown = os.path.join(here, "seed.md")
with open(markdown, "w", encoding="utf-8") as f:
    f.write("\n".join(body) + "\n" + "\n\n".join(notes) + "\n")
for args in (["-o", "seed.docx"], ["-s", "-t", "jats", "-o", "seed.jats.xml"], ["-s", "-o", "seed.html"]):
    subprocess.run(["pandoc", "-f", "markdown-smart", "seed.md"] + args, check=True, cwd=here)
