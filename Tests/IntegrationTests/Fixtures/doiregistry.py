#!/usr/bin/env python3
"""Loopback DOI registries for CiteCheck's DOI tests (stdlib only).

Emulates, by path and whatever the Host header says (so --connect-to can point doi.org,
api.crossref.org and api.datacite.org at it):
  /api/handles/{doi}              the DOI handle API      (doi.org)
  /ra/{prefix}                    the RA lookup           (doi.org)
  /works/{doi}, /works?query.bibliographic=...   Crossref (api.crossref.org)
  /dois/{doi}                     DataCite                (api.datacite.org)
  /openalex/works?filter=title.search:…|doi:…, /openalex/works/doi:…   OpenAlex (api.openalex.org)
  /openlibrary/search.json, /openlibrary/isbn/{isbn}.json → /openlibrary/books/{OLID}.json   Open Library
Answers are shaped like the real services'. /stats reports what the server saw.

works.json beside this file holds a population of works (Crossref records with their updated-by
and update-to notices, OpenAlex-only works, Open Library books). Crossref queries that carry
`select` (as citecheck's work lookup sends them) and every OpenAlex and Open Library search are
answered from it the way the real engines answer: always the best-scoring candidates, however poor,
never "nothing found". A base path starting /busy/ answers 429 (Retry-After: 1) and /down/ 503, for
services that rate-limit or fail.
Prints {"http": PORT} on start; exits when its stdin closes.
"""
import json, os, threading, time, urllib.parse

import loopback

LOCK = threading.Lock()
HITS = {}            # path (decoded, with query) -> requests
AGENTS = []          # User-Agent of every request
IN_FLIGHT = [0]
MAX_IN_FLIGHT = [0]
QUERIES = []         # query.bibliographic values seen

def author(given, family):
    return {"given": given, "family": family, "sequence": "additional", "affiliation": []}

# Crossref works: DOI -> message.
CROSSREF = {
    "10.5555/ai-soc.2020.992": {
        "title": ["The Chinese approach to artificial intelligence"],
        "subtitle": ["an analysis of policy, ethics, and regulation"],
        "author": [author("Huw", "Roberts"), author("Josh", "Cowls")],
        "container-title": ["AI & SOCIETY"], "issued": {"date-parts": [[2020, 6, 17]]},
        "published-print": {"date-parts": [[2021, 3]]}, "type": "journal-article"},
    "10.5555/nmi.2019.0055": {
        "title": ["Establishing the rules for building trustworthy AI"],
        "author": [author("Luciano", "Floridi")],
        "container-title": ["Nature Machine Intelligence"], "issued": {"date-parts": [[2019, 5, 7]]},
        "type": "journal-article"},
    "10.5555/bio.2018.77": {
        "title": ["Deep learning for protein contact maps"],
        "author": [author("Maria", "Garcia")],
        "container-title": ["Bioinformatics Letters"], "issued": {"date-parts": [[2018, 2, 1]]},
        "type": "journal-article"},
    "10.5555/par.2021.13": {
        "title": ["Algorithmic accountability in public administration"],
        "author": [author("Kate", "Smith"), author("Li", "Chen")],
        "container-title": ["Public Administration Review"], "issued": {"date-parts": [[2021, 4, 2]]},
        "type": "journal-article"},
    "10.5555/strict.1": {
        "title": ["A registry that asks for patience"], "author": [author("Sam", "Strict")],
        "container-title": ["Journal of Throttling"], "issued": {"date-parts": [[2021]]}},
    "10.5555/busy.1": {
        "title": ["Rate limits and their discontents"], "author": [author("Ann", "Busy")],
        "container-title": ["Journal of Throttling"], "issued": {"date-parts": [[2020]]}},
}
DATACITE = {
    "10.5281/zenodo.7654321": {
        "doi": "10.5281/zenodo.7654321",
        "titles": [{"lang": "en", "title": "AI incident dataset, 2015-2023"}],
        "creators": [{"name": "Doe, Jane", "nameType": "Personal", "givenName": "Jane", "familyName": "Doe"}],
        "publisher": "Zenodo", "container": {}, "publicationYear": 2023,
        "types": {"resourceTypeGeneral": "Dataset"}, "url": "https://zenodo.org/record/7654321"},
}
# Registered elsewhere: handle only.
OTHER = {"10.19780/j.cnki.ytaq.2025.2.3": "https://kns.cnki.net/kcms/detail/ytaq.2025.2.3.html",
         "10.5555/nourl.1": None, "10.5555/garbled-meta.1": "https://example.org/garbled"}
AGENCIES = {"10.5555": "Crossref", "10.5281": "DataCite", "10.19780": "CNKI"}

POPULATION = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "works.json"), encoding="utf-8"))
for w in POPULATION["crossref"]:
    doi = w["DOI"].lower()
    CROSSREF[doi] = {k: v for k, v in w.items() if k != "DOI"}
    AGENCIES.setdefault(doi.split("/")[0], "Crossref")
WORK_TEXT = {}


def tokens(text):
    out, word = [], ""
    for ch in text.lower():
        if "\u4e00" <= ch <= "\u9fff":
            if word: out.append(word); word = ""
            out.append(ch)
        elif ch.isalnum():
            word += ch
        else:
            if word: out.append(word); word = ""
    if word: out.append(word)
    return out


def crossref_text(m):
    parts = m.get("title", []) + m.get("subtitle", []) + m.get("container-title", [])
    parts += [a.get("family", "") + " " + a.get("given", "") for a in m.get("author", [])]
    parts += [str(m["issued"]["date-parts"][0][0])] if m.get("issued") else []
    return tokens(" ".join(parts))


def openalex_work(doi, m):
    title = m["title"][0] + (": " + m["subtitle"][0] if m.get("subtitle") else "")
    retracted = any(u.get("type") in ("retraction", "withdrawal") for u in m.get("updated-by", []))
    return {"id": "https://openalex.org/W" + str(abs(hash(doi)) % 10**10), "doi": "https://doi.org/" + doi,
            "title": title, "display_name": title, "publication_year": m["issued"]["date-parts"][0][0],
            "type": {"journal-article": "article", "proceedings-article": "article", "book": "book"}.get(m.get("type"), "article"),
            "authorships": [{"author_position": "first" if i == 0 else "middle",
                             "author": {"id": "https://openalex.org/A%d" % i, "display_name": (a.get("given", "") + " " + a.get("family", "")).strip()},
                             "raw_author_name": (a.get("given", "") + " " + a.get("family", "")).strip(), "institutions": []}
                            for i, a in enumerate(m.get("author", []))],
            "primary_location": {"is_oa": False, "landing_page_url": "https://doi.org/" + doi,
                                 "source": {"display_name": m["container-title"][0], "type": "journal"} if m.get("container-title") else None},
            "is_retracted": retracted, "is_paratext": False, "cited_by_count": 10}


# Retracted only "later": below /v2/ their updated-by is served, elsewhere not yet, so a nightly
# audit can see a retraction appear between two runs.
LATE_RETRACTIONS = {"10.5555/withdrawn.2022.7"}
LATER = {}
for doi in LATE_RETRACTIONS:
    LATER[doi] = CROSSREF[doi]
    CROSSREF[doi] = {k: v for k, v in CROSSREF[doi].items() if k != "updated-by"}

OPENALEX = [openalex_work(w["DOI"].lower(), CROSSREF[w["DOI"].lower()]) for w in POPULATION["crossref"]]
for w in POPULATION["openalexOnly"]:
    OPENALEX.append({"id": "https://openalex.org/" + w["id"], "doi": w["doi"], "title": w["display_name"], "display_name": w["display_name"],
                     "publication_year": w["publication_year"], "type": w["type"], "is_retracted": False, "is_paratext": False,
                     "authorships": [{"author_position": "first" if i == 0 else "middle", "author": {"display_name": n}, "raw_author_name": n, "institutions": []}
                                     for i, n in enumerate(w["authors"])],
                     "primary_location": {"is_oa": True, "source": {"display_name": w["source"], "type": "repository"}}, "cited_by_count": 1000})
BOOKS = POPULATION["books"]


def best(docs, text_of, query_tokens, boost=(), rows=5):
    """The real engines' habit: rank everything, return the top rows, whatever their score."""
    n = len(docs)
    df = {}
    texts = [set(text_of(d)) for d in docs]
    for t in texts:
        for tok in t: df[tok] = df.get(tok, 0) + 1
    import math
    def idf(tok): return math.log(1 + n / (1 + df.get(tok, 0)))
    scored = []
    for i, (d, t) in enumerate(zip(docs, texts)):
        score = sum(idf(tok) for tok in query_tokens if tok in t) + sum(2 * idf(tok) for tok in boost if tok in t)
        scored.append((score, -i, d))
    scored.sort(reverse=True, key=lambda x: (x[0], x[1]))
    return [(round(score * 10, 3), d) for score, _, d in scored[:rows]]


def population_search(bib, author, rows):
    items = []
    docs = [(doi, m) for doi, m in CROSSREF.items() if m.get("title")]
    for score, (doi, m) in best(docs, lambda d: crossref_text(d[1]), tokens(bib), tokens(author or ""), rows):
        item = dict(m); item["DOI"] = doi; item["score"] = score
        items.append(item)
    return items


def search_items(query):
    q = query.lower()
    def item(doi, score):
        m = dict(CROSSREF[doi]); m["DOI"] = doi; m["score"] = score
        return m
    if "trustworthy" in q:
        return [item("10.5555/nmi.2019.0055", 91.2), item("10.5555/ai-soc.2020.992", 20.1)]
    if "algorithmic accountability" in q:
        return [item("10.5555/par.2021.13", 88.0), item("10.5555/bio.2018.77", 12.5)]
    if "global governance" in q:
        return [
            {"DOI": "10.5555/gov.2022.1", "score": 88.1, "title": ["Global governance of artificial intelligence"],
             "author": [author("Anna", "Smith")], "container-title": ["Global Policy"], "issued": {"date-parts": [[2022, 5]]}},
            {"DOI": "10.5555/gov.2022.2", "score": 87.9, "title": ["The global governance of artificial intelligence"],
             "author": [author("Anna", "Smith")], "container-title": ["Global Policy Review"], "issued": {"date-parts": [[2022, 11]]}},
        ]
    return [item("10.5555/bio.2018.77", 5.0)]


class Handler(loopback.Handler):
    def do_GET(self):
        raw_path, _, raw_query = self.path.partition("?")
        path = urllib.parse.unquote(raw_path)
        query = urllib.parse.parse_qs(raw_query)
        key = path + ("?" + raw_query if raw_query else "")
        if path == "/stats":
            with LOCK:
                body = json.dumps({"hits": HITS, "agents": AGENTS, "maxInFlight": MAX_IN_FLIGHT[0], "queries": QUERIES})
            return self.send(200, body)
        with LOCK:
            HITS[key] = HITS.get(key, 0) + 1
            hits = HITS[key]
            AGENTS.append(self.headers.get("User-Agent", ""))
            IN_FLIGHT[0] += 1
            MAX_IN_FLIGHT[0] = max(MAX_IN_FLIGHT[0], IN_FLIGHT[0])
        self.in_flight = True
        try:
            time.sleep(0.02)  # long enough for overlapping requests to be seen overlapping
            self.route(path, query, hits)
        finally:
            self.answered()

    def answered(self):
        """Ends this request's time in flight, once. It ends before the answer is written: the client
        may send its next request the moment it reads the answer, and on another connection that
        request must not be seen overlapping this one."""
        with LOCK:
            if getattr(self, "in_flight", False):
                IN_FLIGHT[0] -= 1
                self.in_flight = False

    def send(self, status, body, ctype="application/json", headers=()):
        self.answered()
        super().send(status, body, ctype, headers)

    def route(self, path, query, hits):
        if path.startswith("/v2/"):
            with LOCK:
                CROSSREF.update(LATER)
            path = path[len("/v2"):]
        if path.startswith("/busy/"):
            return self.send(429, "Too Many Requests", "text/plain", headers=[("Retry-After", "1")])
        if path.startswith("/down/"):
            return self.send(503, "<html><body>Service Unavailable</body></html>", "text/html")
        if path.startswith("/openalex/"):
            return self.openalex(path[len("/openalex"):], query)
        if path.startswith("/openlibrary/"):
            return self.openlibrary(path[len("/openlibrary"):], query)
        if path.startswith("/api/handles/"):
            return self.handle_api(path[len("/api/handles/"):].lower(), hits)
        if path.startswith("/ra/"):
            prefix = path[len("/ra/"):].split("/")[0]
            if prefix in AGENCIES:
                return self.send(200, json.dumps([{"DOI": prefix, "RA": AGENCIES[prefix]}]))
            return self.send(200, json.dumps([{"DOI": prefix, "status": "DOI does not exist"}]))
        rate = [("X-Rate-Limit-Limit", "50"), ("X-Rate-Limit-Interval", "1s")]
        if path == "/works":
            bib = query.get("query.bibliographic", [""])[0]
            with LOCK:
                QUERIES.append(bib)
            if "slow search" in bib.lower():
                time.sleep(5)
            if "select" in query:
                items = population_search(bib, query.get("query.author", [""])[0], int(query.get("rows", ["5"])[0]))
            else:
                items = search_items(bib)
            body = {"status": "ok", "message-type": "work-list", "message-version": "1.0.0",
                    "message": {"facets": {}, "total-results": 1000 + len(items), "items": items,
                                "items-per-page": 3, "query": {"start-index": 0, "search-terms": bib}}}
            return self.send(200, json.dumps(body), headers=rate)
        if path.startswith("/works/"):
            doi = path[len("/works/"):].lower()
            if doi == "10.5555/garbled-meta.1":
                return self.send(200, '{"status":"ok","message":{"title":["Cut', headers=rate)
            if doi not in CROSSREF:
                return self.send(404, "Resource not found.", "text/plain", headers=rate)
            if doi == "10.5555/strict.1":
                rate = [("X-Rate-Limit-Limit", "2"), ("X-Rate-Limit-Interval", "1s")]
            message = dict(CROSSREF[doi]); message["DOI"] = doi
            return self.send(200, json.dumps({"status": "ok", "message-type": "work", "message-version": "1.0.0",
                                              "message": message}), headers=rate)
        if path.startswith("/dois/"):
            doi = path[len("/dois/"):].lower()
            if doi not in DATACITE:
                return self.send(404, json.dumps({"errors": [{"status": "404", "title": "The resource you are looking for doesn't exist."}]}))
            return self.send(200, json.dumps({"data": {"id": doi, "type": "dois", "attributes": DATACITE[doi]}}))
        return self.send(404, "Not Found", "text/plain")

    def openalex(self, path, query):
        meta = lambda n: {"count": n, "db_response_time_ms": 12, "page": 1, "per_page": int(query.get("per_page", ["25"])[0]), "groups_count": None}
        headers = [("X-RateLimit-Limit", "100"), ("X-RateLimit-Remaining", "99000")]
        if path.startswith("/works/doi:"):
            doi = path[len("/works/doi:"):].lower()
            found = [w for w in OPENALEX if (w["doi"] or "").lower() == "https://doi.org/" + doi]
            if not found:
                return self.send(404, json.dumps({"error": "Not found", "message": "Work not found"}), headers=headers)
            return self.send(200, json.dumps(found[0]), headers=headers)
        if path != "/works":
            return self.send(404, json.dumps({"error": "Not found"}))
        filters = query.get("filter", [""])[0]
        name, _, value = filters.partition(":")
        if name == "doi":
            wanted = {v.lower().replace("https://doi.org/", "") for v in value.split("|")}
            results = [w for w in OPENALEX if (w["doi"] or "").lower().replace("https://doi.org/", "") in wanted]
            return self.send(200, json.dumps({"meta": meta(len(results)), "results": results, "group_by": []}), headers=headers)
        if name == "title.search":
            ranked = best(OPENALEX, lambda w: tokens(w["display_name"]), tokens(value), rows=int(query.get("per_page", ["25"])[0]))
            results = [dict(w, relevance_score=score) for score, w in ranked]
            return self.send(200, json.dumps({"meta": meta(len(OPENALEX)), "results": results, "group_by": []}), headers=headers)
        return self.send(400, json.dumps({"error": "Invalid query parameters error.", "message": "filter " + name + " is not supported here"}))

    def openlibrary(self, path, query):
        if path == "/search.json":
            title, author = query.get("title", [""])[0], query.get("author", [""])[0]
            ranked = best(BOOKS, lambda b: tokens(b["title"] + " " + b.get("subtitle", "") + " " + " ".join(b["author_name"])),
                          tokens(title), tokens(author), rows=int(query.get("limit", ["100"])[0]))
            docs = [{k: b[k] for k in ("key", "title", "subtitle", "author_name", "first_publish_year", "isbn", "publisher") if k in b}
                    for _, b in ranked]
            return self.send(200, json.dumps({"numFound": len(BOOKS), "start": 0, "numFoundExact": True, "docs": docs,
                                              "num_found": len(BOOKS), "q": "", "offset": None}))
        if path.startswith("/isbn/") and path.endswith(".json"):
            isbn = path[len("/isbn/"):-len(".json")]
            for b in BOOKS:
                if isbn in b["isbn"]:
                    return self.send(302, "", "text/plain", headers=[("Location", "/openlibrary/books/%s.json" % b["edition"])])
            return self.send(404, "Not Found", "text/html")
        if path.startswith("/books/") and path.endswith(".json"):
            olid = path[len("/books/"):-len(".json")]
            for b in BOOKS:
                if b["edition"] == olid:
                    edition = {"key": "/books/" + olid, "title": b["title"], "publishers": b["publisher"], "publish_date": b["publish_date"],
                               "isbn_13": [i for i in b["isbn"] if len(i) == 13], "isbn_10": [i for i in b["isbn"] if len(i) == 10],
                               "authors": [{"key": "/authors/OL%dA" % i} for i, _ in enumerate(b["author_name"])],
                               "works": [{"key": b["key"]}], "type": {"key": "/type/edition"}, "revision": 3}
                    if b.get("subtitle"): edition["subtitle"] = b["subtitle"]
                    return self.send(200, json.dumps(edition))
            return self.send(404, "Not Found", "text/html")
        return self.send(404, "Not Found", "text/html")

    def handle_api(self, doi, hits):
        if doi == "10.5555/busy.1" and hits == 1:
            return self.send(429, "Too Many Requests", "text/plain", headers=[("Retry-After", "1")])
        if doi == "10.5555/garbled.1":
            return self.send(200, '{"responseCode": 1, "handle": "10.5555/garbled.1", "values": [{"index"')
        if doi == "10.5555/slow.1":
            time.sleep(5)
        if doi.startswith("10.5555/unknown."):
            time.sleep(0.3)  # slower than the request interval, so a client's concurrency shows
        if doi == "10.5555/error.1":
            return self.send(500, "<html><body>Internal Server Error</body></html>", "text/html")
        known = dict(OTHER)
        for d in list(CROSSREF) + list(DATACITE):
            known[d] = "https://publisher.example/" + d
        if doi in known:
            values = [{"index": 100, "type": "HS_ADMIN", "data": {"format": "admin", "value": {"handle": "0.na/" + doi.split("/")[0], "index": 200, "permissions": "111111110010"}}, "ttl": 86400, "timestamp": "2020-01-01T00:00:00Z"}]
            if known[doi] is None:
                return self.send(200, json.dumps({"responseCode": 200, "handle": doi, "values": []}))
            values.insert(0, {"index": 1, "type": "URL", "data": {"format": "string", "value": known[doi]}, "ttl": 86400, "timestamp": "2020-01-01T00:00:00Z"})
            return self.send(200, json.dumps({"responseCode": 1, "handle": doi, "values": values}))
        return self.send(404, json.dumps({"responseCode": 100, "handle": doi}))


def main():
    loopback.serve(Handler)


if __name__ == "__main__":
    main()
