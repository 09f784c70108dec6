#!/usr/bin/env python3
"""Writes the page-date corpus: HTML pages in the shapes real CMSes and news systems emit, each
with its gold publication date and the reason that date is the right one.

    python3 bench/pagedates/generate.py            # writes Tests/CiteCheckTests/Fixtures/PageDates

The pages are generated (seeded, so the output is stable) from templates modelled on real markup:
WordPress (Yoast and classic themes), Blogger, Drupal 7 and 9, Joomla 3/4, Medium, Substack,
news CMSes (Parse.ly, Sailthru, bt:pubDate, meta name=date, itemprop meta, inline state scripts),
Chinese government and university sites, repository landing pages for PDFs, and article pages
in en/zh/ja/de/fr/es/it/pt/nl/ru whose date is only in the visible text. Every page carries the
distractors real pages carry: sidebars and related posts with their own <time>, comment dates,
"updated" dates, copyright years, archive lists, accession dates.

gold.tsv columns: file, url, gold (YYYY-MM-DD), class, reason.
"""
import datetime as dt, html, json, os, random

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "CiteCheckTests", "Fixtures", "PageDates")

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}
SENTENCES = {
    "en": ["The committee met on Tuesday to discuss the proposed framework for artificial intelligence oversight.",
           "Officials said the measure would take effect after a public consultation period.",
           "Critics argue that the rules leave too much discretion to national regulators.",
           "The report draws on interviews with more than forty researchers and policy makers.",
           "Several member states have already announced plans to set up dedicated agencies.",
           "According to the draft, high-risk systems will have to be registered in a public database.",
           "The organisation published its findings alongside a set of recommendations for governments."],
    "es": ["El comité se reunió el martes para debatir el marco propuesto para la supervisión de la inteligencia artificial.",
           "Los funcionarios dijeron que la medida entraría en vigor tras un periodo de consulta pública.",
           "Los críticos sostienen que las normas dejan demasiada discreción a los reguladores nacionales."],
    "de": ["Der Ausschuss beriet am Dienstag über den vorgeschlagenen Rahmen für die Aufsicht über künstliche Intelligenz.",
           "Nach Angaben der Behörde soll die Regelung nach einer öffentlichen Konsultation in Kraft treten.",
           "Kritiker bemängeln, dass die Vorschriften den nationalen Aufsichtsbehörden zu viel Spielraum lassen."],
    "fr": ["Le comité s'est réuni mardi pour examiner le cadre proposé pour la supervision de l'intelligence artificielle.",
           "Selon les responsables, la mesure entrera en vigueur après une période de consultation publique.",
           "Les critiques estiment que les règles laissent trop de latitude aux régulateurs nationaux."],
    "it": ["Il comitato si è riunito martedì per discutere il quadro proposto per la supervisione dell'intelligenza artificiale.",
           "Secondo i funzionari, la misura entrerà in vigore dopo un periodo di consultazione pubblica."],
    "pt": ["O comitê se reuniu na terça-feira para discutir a proposta de supervisão da inteligência artificial.",
           "Segundo as autoridades, a medida entrará em vigor após um período de consulta pública."],
    "nl": ["De commissie kwam dinsdag bijeen om het voorgestelde kader voor toezicht op kunstmatige intelligentie te bespreken.",
           "Volgens de ambtenaren treedt de maatregel in werking na een openbare raadpleging."],
    "ru": ["Комитет собрался во вторник, чтобы обсудить предложенные правила надзора за искусственным интеллектом.",
           "По словам чиновников, мера вступит в силу после общественного обсуждения."],
    "zh": ["会议深入学习贯彻党的二十大精神，研究部署人工智能治理相关工作。",
           "会议强调，要坚持发展和安全并重，推动人工智能健康有序发展。",
           "与会专家围绕全球人工智能治理倡议进行了深入交流。",
           "近日，学院组织师生参加人工智能伦理专题讲座，反响热烈。"],
    "ja": ["委員会は火曜日、人工知能の監督に関する枠組み案について協議した。",
           "関係者によると、この措置はパブリックコメントの後に施行される見通しだ。",
           "専門家は、各国の規制当局に委ねられる裁量が大きすぎると指摘している。"],
}
TITLES = {
    "en": ["UN adopts first global resolution on artificial intelligence", "What the AI Act means for small businesses",
           "Inside the race to regulate frontier models", "Why algorithmic audits keep failing", "A field guide to model cards",
           "Governments weigh new rules for facial recognition", "The hidden costs of training large models",
           "Notes from the AI Safety Summit", "How cities are using machine learning to plan transit",
           "Five lessons from a decade of open data"],
    "es": ["La ONU aprueba la primera resolución mundial sobre inteligencia artificial", "Qué significa la ley de IA para las pymes"],
    "de": ["UN verabschieden erste Resolution zu künstlicher Intelligenz", "Was der AI Act für Unternehmen bedeutet"],
    "fr": ["L'ONU adopte sa première résolution sur l'intelligence artificielle", "Ce que change le règlement européen sur l'IA"],
    "it": ["L'ONU adotta la prima risoluzione sull'intelligenza artificiale"],
    "pt": ["ONU aprova primeira resolução sobre inteligência artificial"],
    "nl": ["VN neemt eerste resolutie over kunstmatige intelligentie aan"],
    "ru": ["ООН приняла первую резолюцию об искусственном интеллекте"],
    "zh": ["我校举办人工智能伦理与治理学术研讨会", "关于印发《新一代人工智能伦理规范》的通知", "全球人工智能治理倡议",
           "中国代表在联合国安理会人工智能问题公开会上的发言", "学院召开2023年度科研工作推进会"],
    "ja": ["国連総会、ＡＩに関する決議を採択", "生成ＡＩの利用に関するガイドラインを公表"],
}


class Page:
    def __init__(self, rng, lang="en"):
        self.rng = rng
        self.lang = lang
        self.title = rng.choice(TITLES[lang])
        self.slug = "-".join(w.lower() for w in self.title.split()[:6] if w.isascii() and w.isalnum()) or "article"

    def paragraphs(self, n=None):
        n = n or self.rng.randint(4, 8)
        return "\n".join("<p>%s</p>" % html.escape(" ".join(self.rng.sample(SENTENCES[self.lang], min(2, len(SENTENCES[self.lang])))))
                         for _ in range(n))


def rand_date(rng, lo=2012, hi=2024):
    start = dt.date(lo, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(start, dt.date(hi, 11, 30).toordinal()))


def other_date(rng, d, spread=400):
    while True:
        o = d + dt.timedelta(days=rng.randint(-spread, spread))
        if o != d:
            return o


def iso(d, h=None, m=0, off=None, frac=False):
    s = d.isoformat()
    if h is None:
        return s
    s += "T%02d:%02d:%02d" % (h, m, 0) + (".000" if frac else "")
    if off is None:
        return s
    if off == "Z":
        return s + "Z"
    sign = "-" if off < 0 else "+"
    a = abs(off)
    return s + "%s%02d:%02d" % (sign, a // 60, a % 60)


def en_long(d):
    return "%s %d, %d" % (MONTHS["en"][d.month - 1], d.day, d.year)


def en_short(d):
    return "%s %d, %d" % (MONTHS["en"][d.month - 1][:3], d.day, d.year)


def local_text(lang, d, rng):
    m = MONTHS.get(lang, MONTHS["en"])[d.month - 1]
    if lang == "en":
        return rng.choice([en_long(d), "%d %s %d" % (d.day, m, d.year), en_short(d)])
    if lang == "es":
        return rng.choice(["%s %d de %s de %d" % (WEEKDAYS["es"][d.weekday()], d.day, m, d.year), "%d de %s de %d" % (d.day, m, d.year)])
    if lang == "de":
        return rng.choice(["%d. %s %d" % (d.day, m, d.year), "%02d.%02d.%d" % (d.day, d.month, d.year)])
    if lang == "fr":
        return rng.choice(["%d %s %d" % (d.day, m, d.year), "%s %d %s %d" % (WEEKDAYS["fr"][d.weekday()], d.day, m, d.year)])
    if lang == "it":
        return "%d %s %d" % (d.day, m, d.year)
    if lang == "pt":
        return "%d de %s de %d" % (d.day, m, d.year)
    if lang == "nl":
        return "%d %s %d" % (d.day, m, d.year)
    if lang == "ru":
        return "%d %s %d г." % (d.day, m, d.year)
    if lang == "ja":
        return rng.choice(["%d年%d月%d日" % (d.year, d.month, d.day), "%d.%02d.%02d" % (d.year, d.month, d.day)])
    if lang == "zh":
        return rng.choice(["%d年%02d月%02d日" % (d.year, d.month, d.day), "%d-%02d-%02d" % (d.year, d.month, d.day)])
    raise ValueError(lang)


def head(title, lang, extra=""):
    return ('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s</title>\n%s\n</head>\n' % (lang, html.escape(title), extra))


def nav():
    return ('<header class="site-header"><nav class="main-navigation"><ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li>'
            '<li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li></ul></nav></header>\n')


def sidebar_recent(rng, d, n=4, with_time=True):
    items = []
    for _ in range(n):
        o = other_date(rng, d, 200)
        t = rng.choice(TITLES["en"])
        if with_time:
            items.append('<li><a href="/%d/%02d/%s/">%s</a> <time class="entry-date published" datetime="%s">%s</time></li>'
                         % (o.year, o.month, "post", html.escape(t), iso(o, 9, 0, 0), en_long(o)))
        else:
            items.append('<li><a href="/?p=%d">%s</a> <span class="post-date">%s</span></li>' % (rng.randint(100, 9999), html.escape(t), en_long(o)))
    return '<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>%s</ul></section></aside>\n' % "".join(items)


def comments(rng, d, n=2):
    out = []
    for i in range(n):
        o = d + dt.timedelta(days=rng.randint(1, 90))
        out.append('<li class="comment"><div class="comment-meta"><b class="fn">reader%d</b> <a href="#comment-%d"><time datetime="%s">%s at 9:%02d am</time></a></div>'
                   '<p>Thanks for writing this up, very helpful.</p></li>' % (i, i, iso(o, 9, 12, 0), en_long(o), rng.randint(10, 59)))
    return '<div id="comments" class="comments-area"><h2 class="comments-title">%d thoughts</h2><ol class="comment-list">%s</ol></div>\n' % (n, "".join(out))


def footer(rng, year=None):
    y = year or rng.randint(2023, 2025)
    return '<footer class="site-footer"><p>&copy; 2009&ndash;%d Example Media. All rights reserved.</p></footer>\n</body>\n</html>\n' % y


# --------------------------------------------------------------------------------------------
# Templates. Each returns (html, url, gold, reason).

def wp_yoast(rng):
    p = Page(rng)
    d = rand_date(rng)
    h = rng.randint(8, 17)
    mod = d + dt.timedelta(days=rng.randint(1, 300))
    host = rng.choice(["www.techpolicy.press", "blog.example-lab.org", "www.aiethicsjournal.net", "futureofcities.com"])
    url = "https://%s/%s/" % (host, p.slug) if rng.random() < 0.5 else "https://%s/%d/%02d/%02d/%s/" % (host, d.year, d.month, d.day, p.slug)
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://%s/#organization" % host, "name": "Example Media", "foundingDate": "2009-01-01"},
        {"@type": "WebSite", "@id": "https://%s/#website" % host, "url": "https://%s/" % host, "name": "Example Media"},
        {"@type": "WebPage", "@id": url, "url": url, "name": p.title, "datePublished": iso(d, h, 5, 0), "dateModified": iso(mod, 11, 0, 0)},
        {"@type": "Article", "@id": url + "#article", "headline": p.title, "datePublished": iso(d, h, 5, 0), "dateModified": iso(mod, 11, 0, 0),
         "author": {"@type": "Person", "name": "Jane Roe"}}]}
    meta = ('<meta property="og:type" content="article">\n<meta property="og:title" content="%s">\n'
            '<meta property="article:published_time" content="%s">\n<meta property="article:modified_time" content="%s">\n'
            '<script type="application/ld+json" class="yoast-schema-graph">%s</script>'
            % (html.escape(p.title), iso(d, h, 5, 0), iso(mod, 11, 0, 0), json.dumps(graph)))
    body = ('<body class="post-template-default single single-post">\n' + nav() +
            '<main id="main" class="site-main"><article id="post-%d" class="post type-post status-publish">\n<header class="entry-header"><h1 class="entry-title">%s</h1>'
            '<div class="entry-meta"><span class="posted-on">Posted on <a href="%s" rel="bookmark"><time class="entry-date published" datetime="%s">%s</time>'
            '<time class="updated" datetime="%s">%s</time></a></span> <span class="byline">by Jane Roe</span></div></header>\n<div class="entry-content">%s</div></article>\n'
            % (rng.randint(100, 9999), html.escape(p.title), url, iso(d, h, 5, 0), en_long(d), iso(mod, 11, 0, 0), en_long(mod), p.paragraphs()) +
            comments(rng, d) + '</main>\n' + sidebar_recent(rng, d) + footer(rng))
    return head(p.title + " - Example Media", "en-US", meta) + body, url, d, "article:published_time, Yoast Article node and the entry-date <time> agree; dateModified is the update"


def wp_classic(rng):
    """Old WordPress theme: no date metadata; the date is a visible span; a left sidebar with
    recent posts' <time> comes before the article in the markup."""
    p = Page(rng)
    d = rand_date(rng, 2010, 2020)
    host = rng.choice(["gardeningnotes.wordpress.com", "www.localhistorysociety.org.uk", "mathblog.example.edu"])
    url = "https://%s/?p=%d" % (host, rng.randint(100, 9999))
    style = rng.choice(["span", "p", "div"])
    date_html = {
        "span": '<span class="entry-date">%s</span>' % en_long(d),
        "p": '<p class="postmetadata">Posted on %s by admin in <a href="/category/news/">News</a></p>' % local_text("en", d, rng),
        "div": '<div class="post-info">%s &middot; 3 Comments</div>' % en_short(d),
    }[style]
    body = ('<body class="single">\n' + nav() + sidebar_recent(rng, d) +
            '<div id="content"><div class="post" id="post-%d"><h2 class="post-title">%s</h2>%s<div class="entry">%s</div></div>'
            % (rng.randint(1, 999), html.escape(p.title), date_html, p.paragraphs()) + comments(rng, d, 3) + '</div>\n' + footer(rng))
    return head(p.title + " | " + host, "en", '<meta name="generator" content="WordPress 4.9.8">') + body, url, d, "only the post's visible date gives it; sidebar and comments date other things"


def blogger(rng):
    p = Page(rng)
    d = rand_date(rng, 2008, 2020)
    off = rng.choice([-300, -480, -240, 60, 330, 480])
    h = rng.randint(0, 23)
    host = rng.choice(["thinkingaloud.blogspot.com", "policynotes.blogspot.com", "archivist-diary.blogspot.com"])
    url = "https://%s/%d/%02d/%s.html" % (host, d.year, d.month, p.slug[:40])
    old = rng.random() < 0.5
    archive = "".join('<li><a class="post-count-link" href="/%d/%02d/">%s %d</a> (%d)</li>' % (o.year, o.month, MONTHS["en"][o.month - 1], o.year, rng.randint(1, 9))
                      for o in [other_date(rng, d, 300) for _ in range(5)])
    stamp = iso(d, h, 11, off)
    post = ('<div class="date-outer"><h2 class="date-header"><span>%s, %s</span></h2><div class="date-posts"><div class="post-outer">'
            '<div class="post hentry" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting">'
            '<h3 class="post-title entry-title" itemprop="name">%s</h3><div class="post-body entry-content" itemprop="description articleBody">%s</div>'
            '<div class="post-footer"><span class="post-author vcard">Posted by <span class="fn" itemprop="author">Ann</span></span> '
            '<span class="post-timestamp">at <meta content="%s" itemprop="url"><a class="timestamp-link" href="%s" rel="bookmark" title="permanent link">'
            '<abbr class="published" %stitle="%s">%d:%02d %s</abbr></a></span></div></div></div></div></div>'
            % (WEEKDAYS["en"][d.weekday()], en_long(d), html.escape(p.title), p.paragraphs(), url, url,
               "" if old else 'itemprop="datePublished" ', stamp, (h % 12) or 12, 11, "AM" if h < 12 else "PM"))
    body = ('<body class="variant-simple">\n<div class="main-inner"><div class="blog-posts hfeed">%s</div>'
            '<div class="sidebar"><div class="widget BlogArchive"><h2>Blog Archive</h2><ul class="hierarchy">%s</ul></div></div></div>\n'
            % (post, archive) + footer(rng))
    return (head(p.title, "en", "<meta content='blogger' name='generator'/>\n<link rel='alternate' type='application/atom+xml' href='https://%s/feeds/posts/default'/>" % host)
            + body, url, d, "Blogger's abbr.published title %s and the date header give the day in the blog's own zone; the URL only the month" % stamp)


def drupal(rng):
    lang = rng.choice(["de", "en", "fr"])
    p = Page(rng, lang)
    d = rand_date(rng)
    h = rng.randint(7, 18)
    host = rng.choice(["www.bundesverband-digital.de", "www.univ-example.fr", "www.cityofexample.gov", "www.stössenseer.de"])
    url = "https://%s/%s/node/%d" % (host, lang, rng.randint(1000, 99999))
    if rng.random() < 0.5:
        # Drupal 7 with RDFa
        submitted = {"de": "Eingereicht von redaktion am %s" % local_text("de", d, rng), "en": "Submitted by editor on %s" % en_long(d),
                     "fr": "Soumis par admin le %s" % local_text("fr", d, rng)}[lang]
        date_html = ('<div class="submitted"><span property="dc:date dc:created" content="%s" datatype="xsd:dateTime">%s</span></div>'
                     % (iso(d, h, 0, 120 if lang != "en" else -300), submitted))
        meta = '<meta name="Generator" content="Drupal 7 (http://drupal.org)">'
        reason = "RDFa dc:date content and the 'submitted' line agree"
    else:
        # Drupal 9 with the metatag module
        date_html = ('<div class="node__meta"><span class="field--name-created">%s</span></div>' % local_text(lang, d, rng))
        meta = ('<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">\n<meta name="dcterms.date" content="%s">\n'
                '<meta name="dcterms.modified" content="%s">' % (iso(d, h, 0, 60), iso(other_date(rng, d) if False else d + dt.timedelta(days=40), 9, 0, 60)))
        reason = "dcterms.date (metatag module) and the visible created field agree"
    related = "".join('<div class="views-row"><span class="date-display-single">%s</span> <a href="/node/%d">%s</a></div>'
                      % (local_text(lang, other_date(rng, d), rng), rng.randint(1, 999), html.escape(rng.choice(TITLES[lang]))) for _ in range(3))
    body = ('<body class="node-type-article">\n' + nav() +
            '<div id="page"><div class="region-content"><article class="node node--type-article"><h1 class="page-title">%s</h1>%s<div class="field--name-body">%s</div></article></div>'
            '<div class="region-sidebar-second"><div class="block-views"><h2>%s</h2>%s</div></div></div>\n'
            % (html.escape(p.title), date_html, p.paragraphs(), {"de": "Weitere Meldungen", "en": "More news", "fr": "Autres actualités"}[lang], related) + footer(rng))
    return head(p.title + " | Site", lang, meta) + body, url, d, reason


def joomla(rng):
    lang = rng.choice(["en", "de", "es"])
    p = Page(rng, lang)
    d = rand_date(rng)
    mod = d + dt.timedelta(days=rng.randint(2, 500))
    host = rng.choice(["www.sportverein-example.de", "www.colegio-example.es", "www.example-association.org"])
    url = "https://%s/index.php/%s/%d-%s" % (host, "news", rng.randint(10, 999), p.slug[:30])
    label = {"en": ("Published", "Last Updated"), "de": ("Veröffentlicht", "Zuletzt aktualisiert"), "es": ("Publicado", "Última actualización")}[lang]
    if rng.random() < 0.6:
        info = ('<dl class="article-info text-muted"><dd class="modified"><span class="icon-calendar"></span><time datetime="%s" itemprop="dateModified">%s: %s</time></dd>'
                '<dd class="published"><span class="icon-calendar"></span><time datetime="%s" itemprop="datePublished">%s: %s</time></dd></dl>'
                % (iso(mod, 10, 0, 0), label[1], local_text(lang, mod, rng), iso(d, 8, 30, 0), label[0], local_text(lang, d, rng)))
        reason = "the datePublished <time> (the dateModified <time> comes first in the markup)"
    else:
        info = ('<dl class="article-info"><dd class="published">%s: %02d %s %d</dd><dd class="hits">Hits: %d</dd></dl>'
                % (label[0], d.day, MONTHS[lang][d.month - 1], d.year, rng.randint(10, 9000)))
        reason = "Joomla 3's visible 'published' line only"
    latest = "".join('<li><a href="/index.php/news/%d">%s</a></li>' % (rng.randint(1, 99), html.escape(rng.choice(TITLES[lang]))) for _ in range(4))
    body = ('<body class="site com_content view-article">\n' + nav() +
            '<div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header"><h2 itemprop="headline">%s</h2></div>%s'
            '<div itemprop="articleBody">%s</div></div><div class="moduletable"><h3>Latest</h3><ul class="latestnews">%s</ul></div>\n'
            % (html.escape(p.title), info, p.paragraphs(), latest) + footer(rng))
    return head(p.title, lang, '<meta name="generator" content="Joomla! - Open Source Content Management">') + body, url, d, reason


def medium(rng):
    p = Page(rng)
    d = rand_date(rng, 2015, 2024)
    h = rng.randint(0, 23)
    mod = d + dt.timedelta(days=rng.randint(0, 30))
    user = rng.choice(["@jroe", "@datastories", "towardsdatascience.com"])
    url = ("https://medium.com/%s/%s-%s" % (user, p.slug, "%012x" % rng.getrandbits(48))) if user.startswith("@") else \
          "https://%s/%s-%012x" % (user, p.slug, rng.getrandbits(48))
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": p.title, "datePublished": iso(d, h, 22, "Z", True),
          "dateCreated": iso(d, h, 22, "Z", True), "dateModified": iso(mod, 3, 1, "Z", True), "author": {"@type": "Person", "name": "Jane Roe"},
          "publisher": {"@type": "Organization", "name": "Medium"}}
    # Medium's meta is in UTC; its visible date is in the reader's zone, so a UTC evening article
    # shows the next day to Asian readers: the gold is the UTC day the metadata states.
    meta = ('<meta property="og:type" content="article">\n<meta property="article:published_time" content="%s">\n'
            '<meta name="author" content="Jane Roe">\n<script type="application/ld+json">%s</script>' % (iso(d, h, 22, "Z", True), json.dumps(ld)))
    more = "".join('<div class="more-from"><h2>%s</h2><span>%s</span></div>' % (html.escape(rng.choice(TITLES["en"])), en_short(other_date(rng, d)).rsplit(",", 1)[0]) for _ in range(3))
    body = ('<body><div id="root"><div class="a b c"><article><div class="pw-post-title"><h1>%s</h1></div>'
            '<div class="speechify-ignore"><span data-testid="storyReadTime">6 min read</span><span data-testid="storyPublishDate">%s</span></div>'
            '<section>%s</section></article><div class="pw-more-medium-articles">%s</div></div></div>\n'
            % (html.escape(p.title), en_short(d), p.paragraphs(), more) + '</body></html>\n')
    return head(p.title + " | by Jane Roe | Medium", "en", meta) + body, url, d, "article:published_time and JSON-LD datePublished (UTC) agree with the visible date"


def substack(rng):
    p = Page(rng)
    d = rand_date(rng, 2018, 2024)
    h = rng.randint(10, 20)
    host = rng.choice(["examplepolicy.substack.com", "www.importai.net", "newsletter.example.com"])
    url = "https://%s/p/%s" % (host, p.slug)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "url": url, "mainEntityOfPage": url, "headline": p.title,
          "datePublished": iso(d, h, 0, 0), "dateModified": iso(d, h, 0, 0), "isAccessibleForFree": True,
          "publisher": {"@type": "Organization", "name": "Example Policy"}}
    preload = {"post": {"id": rng.randint(10**7, 10**8), "title": p.title, "post_date": iso(d, h, 0, "Z", True), "updated_at": iso(d + dt.timedelta(days=3), 1, 0, "Z", True)}}
    meta = '<script type="application/ld+json">%s</script>' % json.dumps(ld) if rng.random() < 0.7 else ""
    body = ('<body><div id="entry"><div class="main-content"><article class="typography newsletter-post post">'
            '<div class="post-header"><h1 class="post-title">%s</h1><div class="post-meta"><div class="pencraft pc-reset color-pub-secondary-text">%s</div></div></div>'
            '<div class="available-content"><div class="body markup">%s</div></div></article></div></div>\n'
            '<script>window._preloads = JSON.parse(%s)</script>\n' % (html.escape(p.title), en_short(d), p.paragraphs(), json.dumps(json.dumps(preload))) + '</body></html>\n')
    return head(p.title + " - by Jane Roe", "en", meta) + body, url, d, "JSON-LD datePublished (when present), the post header and the preload's post_date agree"


def news_meta(rng, kind):
    p = Page(rng)
    d = rand_date(rng)
    h = rng.randint(6, 20)
    host = {"parsely": "www.examplenews.com", "sailthru": "www.examplebusiness.com", "bt": "www.examplebizinsider.com",
            "date": "www.examplezeitung.de", "itemprop": "www.exampledaily.co.uk"}[kind]
    lang = "de" if kind == "date" else "en"
    if lang == "de":
        p = Page(rng, "de")
    url = "https://%s/%s/%s-%d" % (host, rng.choice(["politics", "tech", "world"]), p.slug, rng.randint(10**6, 10**7))
    if kind == "parsely":
        meta = '<meta name="parsely-pub-date" content="%s">\n<meta name="parsely-title" content="%s">' % (iso(d, h, 5, "Z"), html.escape(p.title))
        if h < 5:
            pass
    elif kind == "sailthru":
        meta = '<meta name="sailthru.date" content="%s %02d:00:00">\n<meta name="sailthru.title" content="%s">' % (d.isoformat(), h, html.escape(p.title))
    elif kind == "bt":
        meta = '<meta name="bt:pubDate" content="%s">\n<meta name="bt:modDate" content="%s">' % (iso(d, h, 45, "Z"), iso(d + dt.timedelta(days=2), 9, 0, "Z"))
    elif kind == "date":
        meta = '<meta name="date" content="%s">\n<meta name="last-modified" content="%s">' % (iso(d, h, 0, 60 if d.month in (1, 2, 3, 11, 12) else 120), iso(d + dt.timedelta(days=1), 8, 0, 60))
    else:
        meta = '<meta itemprop="datePublished" content="%s">\n<meta itemprop="dateModified" content="%s">' % (d.isoformat(), (d + dt.timedelta(days=rng.randint(1, 60))).isoformat())
    byline = local_text(lang, d, rng) if rng.random() < 0.6 else ""
    related = "".join('<li class="related"><a href="/x/%d">%s</a><time datetime="%s">%s</time></li>'
                      % (rng.randint(1, 10**6), html.escape(rng.choice(TITLES[lang])), iso(o, 7, 0, "Z"), local_text(lang, o, rng))
                      for o in [other_date(rng, d, 30) for _ in range(4)])
    body = ('<body>\n' + nav() + '<div class="trending"><h3>Trending</h3><ul>%s</ul></div>' % related +
            '<div class="story"><h1 class="headline">%s</h1><div class="byline">By Staff Reporter <span class="timestamp">%s</span></div><div class="story-body">%s</div></div>\n'
            % (html.escape(p.title), byline, p.paragraphs()) + footer(rng))
    return head(p.title, lang, meta) + body, url, d, "%s metadata; the trending list's <time> elements date other stories" % {"parsely": "parsely-pub-date", "sailthru": "sailthru.date", "bt": "bt:pubDate", "date": "meta name=date", "itemprop": "meta itemprop=datePublished"}[kind]


def inline_script(rng):
    p = Page(rng)
    d = rand_date(rng, 2016, 2024)
    h = rng.randint(8, 20)
    host = rng.choice(["www.examplestream.com", "app.examplenews.io", "www.exampletv.com"])
    url = "https://%s/articles/%s" % (host, p.slug)
    shape = rng.choice(["state", "datalayer", "ldlike"])
    if shape == "state":
        state = {"route": "/articles", "article": {"id": rng.randint(1, 10**6), "headline": p.title, "publishedAt": iso(d, h, 12, "Z", True),
                                                   "updatedAt": iso(d + dt.timedelta(days=5), 1, 0, "Z", True)}, "user": {"createdAt": "2011-02-03T00:00:00Z"}}
        script = "<script>window.__INITIAL_STATE__ = %s;</script>" % json.dumps(state)
    elif shape == "datalayer":
        script = ("<script>var dataLayer = window.dataLayer || []; dataLayer.push({'pageType': 'article', 'articleId': '%d', 'pubdate': '%s', 'author': 'staff'});</script>"
                  % (rng.randint(1, 10**6), d.isoformat()))
    else:
        script = '<script>var analytics = {"content":{"title":"%s","datePublished":"%s","section":"tech"}};</script>' % (p.title.replace('"', ''), iso(d, h, 0, 0))
    body = ('<body><div id="app"><div class="article"><h1>%s</h1><div class="content">%s</div></div></div>\n%s\n'
            % (html.escape(p.title), p.paragraphs(3), script) + footer(rng))
    return head(p.title, "en", '<link rel="preload" href="/static/app.js" as="script">') + body, url, d, "the date is only in the inline script's article state (%s)" % shape


def text_only(rng, lang):
    p = Page(rng, lang)
    d = rand_date(rng)
    host = {"en": "www.examplecouncil.org", "es": "www.periodico-ejemplo.es", "de": "www.beispiel-verein.de", "fr": "www.exemple-actu.fr",
            "it": "www.esempio-notizie.it", "pt": "www.exemplo-noticias.com.br", "nl": "www.voorbeeld-nieuws.nl", "ru": "www.primer-novosti.ru",
            "ja": "www.example-shimbun.jp"}[lang]
    url = "https://%s/%s/%d.html" % (host, rng.choice(["noticias", "aktuelles", "news", "actualites", "article"]), rng.randint(1000, 99999))
    label = {"en": "Published", "es": "Publicado el", "de": "Veröffentlicht am", "fr": "Publié le", "it": "Pubblicato il", "pt": "Publicado em",
             "nl": "Gepubliceerd op", "ru": "Опубликовано", "ja": "公開日："}[lang]
    cls = rng.choice(["published-date", "entry-date", "date", "meta", "fecha", "datum"])
    when = local_text(lang, d, rng)
    mod = d + dt.timedelta(days=rng.randint(3, 200))
    updated = {"en": "Last updated %s" % local_text("en", mod, rng), "es": "Actualizado: %s" % local_text("es", mod, rng),
               "de": "Aktualisiert am %s" % local_text("de", mod, rng), "fr": "Mis à jour le %s" % local_text("fr", mod, rng)}.get(lang, "")
    if rng.random() < 0.5:
        date_html = '<p class="%s">%s</p>' % (cls, when)
    else:
        date_html = '<div class="article-meta"><span class="author">Redacción</span> <span class="%s">%s %s</span></div>' % (cls, label, when)
    more = "".join('<li><a href="/n/%d">%s</a> <small>%s</small></li>' % (rng.randint(1, 9999), html.escape(rng.choice(TITLES[lang])), local_text(lang, other_date(rng, d, 60), rng))
                   for _ in range(3))
    body = ('<body>\n' + nav() + '<div class="container"><div class="col-main"><h1>%s</h1>%s<div class="text">%s</div><p class="updated">%s</p></div>'
            '<div class="col-side"><h3>+</h3><ul>%s</ul></div></div>\n' % (html.escape(p.title), date_html, p.paragraphs(), updated, more) + footer(rng))
    return head(p.title, lang) + body, url, d, "only the visible %s date beside the headline; the update line and side list date other things" % lang


def cn_gov(rng):
    p = Page(rng, "zh")
    d = rand_date(rng, 2015, 2024)
    h = rng.randint(8, 18)
    host = rng.choice(["www.gov.cn", "www.miit.gov.cn", "www.cac.gov.cn", "www.most.gov.cn", "www.mfa.gov.cn"])
    url = "https://%s/zhengce/%d%02d/t%d%02d%02d_%d.html" % (host, d.year, d.month, d.year, d.month, d.day, rng.randint(10**6, 10**7))
    shape = rng.choice(["meta", "text", "text-url"])
    if shape == "meta":
        meta = '<meta name="PubDate" content="%s %02d:%02d">\n<meta name="ArticleTitle" content="%s">\n<meta name="ContentSource" content="新华社">' % (d.isoformat(), h, 30, p.title)
        reason = "PubDate meta, the 发布时间 line and the URL's t%s agree" % d.strftime("%Y%m%d")
    else:
        meta = '<meta name="SiteName" content="中国政府网">'
        reason = "the 发布时间 line under the title (the URL's t-number agrees)"
    if shape == "text":
        url = "https://%s/xinwen/content_%d.htm" % (host, rng.randint(10**6, 10**7))
        reason = "the 发布时间 line under the title"
    info = rng.choice(["发布时间：%s %02d:%02d" % (d.isoformat(), h, 30), "%d年%02d月%02d日 %02d:%02d　来源：新华社" % (d.year, d.month, d.day, h, 30),
                       "时间：%d-%02d-%02d　来源：本网" % (d.year, d.month, d.day)])
    related = "".join('<li><a href="/x/%d.htm">%s</a><span>%s</span></li>' % (rng.randint(1, 10**6), rng.choice(TITLES["zh"]), other_date(rng, d, 90).isoformat())
                      for _ in range(5))
    body = ('<body>\n<div class="header"><a href="/">首页</a> &gt; <a href="/zhengce/">政策</a></div>\n'
            '<div class="article"><h1>%s</h1><div class="pages-date">%s</div><div class="pages_content" id="UCAP-CONTENT">%s</div></div>\n'
            '<div class="related"><h3>相关链接</h3><ul>%s</ul></div>\n<div class="footer">主办单位：国务院办公厅　版权所有：中国政府网　网站标识码bm01000001 京ICP备05070218号</div></body></html>\n'
            % (p.title, info, p.paragraphs(), related))
    return head(p.title + "_中国政府网", "zh-CN", meta) + body, url, d, reason


def cn_university(rng):
    p = Page(rng, "zh")
    d = rand_date(rng, 2016, 2024)
    host = rng.choice(["news.tsinghua.edu.cn", "www.sjtu.edu.cn", "cs.nju.edu.cn", "www.xjtu.edu.cn"])
    url = "https://%s/info/%d/%d.htm" % (host, rng.randint(1000, 1099), rng.randint(10000, 99999))
    info = rng.choice(["发布日期：%d-%02d-%02d　浏览次数：%d" % (d.year, d.month, d.day, rng.randint(50, 9000)),
                       "作者：学院办公室　来源：计算机学院　发布时间：%d年%02d月%02d日　点击：[%d]" % (d.year, d.month, d.day, rng.randint(1, 999)),
                       "时间：%d-%02d-%02d 10:%02d:00" % (d.year, d.month, d.day, rng.randint(0, 59))])
    news = "".join('<li><a href="/info/1002/%d.htm">%s</a><span class="date">[%02d-%02d]</span></li>' % (rng.randint(1, 99999), rng.choice(TITLES["zh"]), o.month, o.day)
                   for o in [other_date(rng, d, 60) for _ in range(6)])
    body = ('<body>\n<div class="top"><ul class="nav"><li><a href="/">学校首页</a></li><li><a href="/xwzx.htm">新闻中心</a></li></ul></div>\n'
            '<div class="left"><h3>新闻中心</h3><ul class="list">%s</ul></div>\n'
            '<div class="right"><form name="_newscontent_fromname"><div class="content-title"><h3>%s</h3><p class="info">%s</p></div>'
            '<div id="vsb_content"><div class="v_news_content">%s</div></div></form></div>\n<div class="footer">版权所有 © %d 大学 地址：</div></body></html>\n'
            % (news, p.title, info, p.paragraphs(), rng.randint(2023, 2025)))
    return head(p.title + "-新闻网", "zh-CN", '<meta name="description" content="%s">' % p.title) + body, url, d, "the info line under the title (发布日期/发布时间/时间); the left list dates other news"


def pdf_landing(rng):
    p = Page(rng)
    d = rand_date(rng, 2005, 2024)
    acc = d + dt.timedelta(days=rng.randint(10, 400))
    host = rng.choice(["repository.example.edu", "eprints.example.ac.uk", "digitallibrary.un.org", "papers.example.org"])
    shape = rng.choice(["dspace", "eprints", "undl"])
    if shape == "dspace":
        url = "https://%s/handle/%d/%d" % (host, rng.randint(1, 99999), rng.randint(1, 99999))
        meta = ('<meta name="DC.creator" content="Roe, Jane">\n<meta name="DCTERMS.dateAccepted" content="%sT10:00:00Z" scheme="DCTERMS.W3CDTF">\n'
                '<meta name="DCTERMS.available" content="%sT10:00:00Z" scheme="DCTERMS.W3CDTF">\n<meta name="DCTERMS.issued" content="%s" scheme="DCTERMS.W3CDTF">\n'
                '<meta name="citation_title" content="%s">\n<meta name="citation_date" content="%s">\n<meta name="citation_pdf_url" content="https://%s/bitstream/1/2/paper.pdf">'
                % (acc.isoformat(), acc.isoformat(), d.isoformat(), html.escape(p.title), d.isoformat(), host))
        table = ('<table class="itemDisplayTable"><tr><td class="metadataFieldLabel">Issue Date:&nbsp;</td><td>%s</td></tr>'
                 '<tr><td class="metadataFieldLabel">Date Accessioned:&nbsp;</td><td>%sT10:00:00Z</td></tr></table>' % (d.isoformat(), acc.isoformat()))
        reason = "DCTERMS.issued / citation_date / Issue Date; dateAccepted and Date Accessioned are the repository's"
    elif shape == "eprints":
        url = "https://%s/id/eprint/%d/" % (host, rng.randint(1, 99999))
        meta = ('<meta name="eprints.date" content="%s">\n<meta name="eprints.datestamp" content="%s 10:00:00">\n<meta name="citation_title" content="%s">\n'
                '<meta name="citation_publication_date" content="%d/%02d/%02d">' % (d.isoformat(), acc.isoformat(), html.escape(p.title), d.year, d.month, d.day))
        table = '<p>Deposited on: %s</p>' % local_text("en", acc, rng)
        reason = "citation_publication_date and eprints.date; the deposit date is the repository's"
    else:
        url = "https://%s/record/%d" % (host, rng.randint(10**5, 10**6))
        meta = '<meta name="citation_title" content="%s">\n<meta name="citation_publication_date" content="%s">' % (html.escape(p.title), d.isoformat())
        table = '<div class="metadata-row"><span class="title">Date</span><span class="value">%s</span></div>' % d.isoformat()
        reason = "citation_publication_date"
    body = ('<body>\n' + nav() + '<div id="content"><h1>%s</h1>%s<p><a href="/bitstream/1/2/paper.pdf">Download PDF (1.2 MB)</a></p><div class="abstract">%s</div></div>\n'
            % (html.escape(p.title), table, p.paragraphs(2)) + footer(rng))
    return head(p.title, "en", meta) + body, url, d, reason


def wrong_time(rng):
    """The article states its date only in its byline text; the only <time> elements on the page
    belong to related posts inside the article container or to a sidebar before it."""
    p = Page(rng)
    d = rand_date(rng)
    host = rng.choice(["www.example-review.com", "blog.examplestartup.io", "www.examplemagazine.org"])
    url = "https://%s/%s" % (host, p.slug)
    rel = "".join('<li class="related-post"><a href="/r/%d">%s</a><time datetime="%s">%s</time></li>' % (rng.randint(1, 9999), html.escape(rng.choice(TITLES["en"])), iso(o, 9, 0, 0), en_short(o))
                  for o in [other_date(rng, d, 120) for _ in range(3)])
    where = rng.choice(["inside", "before"])
    related = '<div class="related-posts"><h3>Related posts</h3><ul>%s</ul></div>' % rel
    art = ('<article class="post"><h1 class="entry-title">%s</h1><div class="byline">By Jane Roe &middot; <span class="date">%s</span></div><div class="entry-content">%s</div>%s</article>'
           % (html.escape(p.title), local_text("en", d, rng), p.paragraphs(), related if where == "inside" else ""))
    body = '<body>\n' + nav() + ('<aside class="sidebar">%s</aside>' % related if where == "before" else "") + '<main>' + art + '</main>\n' + footer(rng)
    return head(p.title, "en") + body, url, d, "the byline's visible date; the related posts' <time> elements (%s the article) date other posts" % where


def utc_day_off(rng):
    """An evening article in a US or European zone whose metadata is in UTC: the UTC timestamp
    falls on the next day, while the site dates it (byline, URL or its own offset) the day before."""
    p = Page(rng)
    d = rand_date(rng, 2015, 2024)
    off = rng.choice([-300, -240, -420, -480])
    local_h = rng.randint(20, 23)
    utc = dt.datetime(d.year, d.month, d.day, local_h, 28) - dt.timedelta(minutes=off)
    stamp = utc.strftime("%Y-%m-%dT%H:%MZ") if rng.random() < 0.5 else utc.strftime("%Y-%m-%dT%H:%M:%S+00:00")
    host = rng.choice(["www.examplepost.com", "www.examplecitynews.com", "www.examplewire.com"])
    shape = rng.choice(["url", "byline", "offset"])
    if shape == "url":
        url = "https://%s/%d/%02d/%02d/%s/" % (host, d.year, d.month, d.day, p.slug)
        byline = ""
        extra = ""
        reason = "the URL path day; the UTC timestamp %s falls on the next day" % stamp
    elif shape == "byline":
        url = "https://%s/news/%s-%d" % (host, p.slug, rng.randint(1000, 9999))
        byline = "%s at %d:28 p.m. %s" % (en_long(d), local_h - 12, {-300: "EST", -240: "EDT", -420: "PDT", -480: "PST"}[off])
        extra = ""
        reason = "the byline's local day; the UTC timestamp %s falls on the next day" % stamp
    else:
        url = "https://%s/news/%s-%d" % (host, p.slug, rng.randint(1000, 9999))
        byline = ""
        extra = '<script type="application/ld+json">%s</script>' % json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": p.title,
                                                                               "datePublished": iso(d, local_h, 28, off)})
        reason = "JSON-LD datePublished in the site's own offset; article:published_time %s is the same moment in UTC" % stamp
    meta = '<meta property="article:published_time" content="%s">\n%s' % (stamp, extra)
    body = ('<body>\n' + nav() + '<article><h1>%s</h1><p class="byline">By Staff <span class="timestamp">%s</span></p><div class="article-body">%s</div></article>\n'
            % (html.escape(p.title), byline, p.paragraphs()) + footer(rng))
    return head(p.title, "en", meta) + body, url, d, reason


def bot_script(rng):
    """An ordinary article that includes a bot-protection script (Incapsula or Cloudflare's
    challenge platform) while serving the whole article with status 200."""
    p = Page(rng)
    d = rand_date(rng, 2016, 2024)
    host = rng.choice(["www.examplefinance.com", "www.exampleinsurance.com", "www.examplegov-portal.org"])
    url = "https://%s/insights/%s" % (host, p.slug)
    script = rng.choice(['<script type="text/javascript" src="/_Incapsula_Resource?SWJIYLWA=719d34d31c8e3a6e6fffd425f7e032f3&amp;ns=1&amp;cb=1789645220" async></script>',
                         '<script>(function(){var s=document.createElement("script");s.src="/cdn-cgi/challenge-platform/h/b/scripts/jsd/1a2b3c/main.js";document.head.appendChild(s)})();</script>'])
    meta = '<meta property="article:published_time" content="%s">' % iso(d, 14, 0, 0) if rng.random() < 0.5 else '<meta name="citation_publication_date" content="%s">' % d.strftime("%Y/%m/%d")
    body = ('<body>\n' + nav() + '<main><article><h1>%s</h1><p class="date">%s</p><div>%s</div></article></main>\n%s\n' % (html.escape(p.title), en_long(d), p.paragraphs(), script) + footer(rng))
    return head(p.title, "en", meta) + body, url, d, "ordinary article (bot-protection script only); metadata and visible date agree"


def url_only(rng):
    p = Page(rng)
    d = rand_date(rng)
    host = rng.choice(["www.examplepress.org", "news.example.net"])
    url = "https://%s/%d/%02d/%02d/%s.html" % (host, d.year, d.month, d.day, p.slug)
    body = '<body>\n' + nav() + '<div class="story"><h1>%s</h1>%s</div>\n' % (html.escape(p.title), p.paragraphs()) + footer(rng)
    return head(p.title, "en") + body, url, d, "only the URL path gives the day"


TEMPLATES = [
    ("wordpress-yoast", wp_yoast, 24), ("wordpress-classic", wp_classic, 20), ("blogger", blogger, 18), ("drupal", drupal, 18),
    ("joomla", joomla, 16), ("medium", medium, 14), ("substack", substack, 14),
    ("news-parsely", lambda r: news_meta(r, "parsely"), 10), ("news-sailthru", lambda r: news_meta(r, "sailthru"), 8),
    ("news-btpubdate", lambda r: news_meta(r, "bt"), 8), ("news-meta-date", lambda r: news_meta(r, "date"), 10),
    ("news-itemprop", lambda r: news_meta(r, "itemprop"), 10), ("inline-script", inline_script, 14),
    ("text-en", lambda r: text_only(r, "en"), 14), ("text-es", lambda r: text_only(r, "es"), 12), ("text-de", lambda r: text_only(r, "de"), 12),
    ("text-fr", lambda r: text_only(r, "fr"), 12), ("text-it", lambda r: text_only(r, "it"), 6), ("text-pt", lambda r: text_only(r, "pt"), 6),
    ("text-nl", lambda r: text_only(r, "nl"), 5), ("text-ru", lambda r: text_only(r, "ru"), 5), ("text-ja", lambda r: text_only(r, "ja"), 8),
    ("cn-gov", cn_gov, 18), ("cn-university", cn_university, 16), ("pdf-landing", pdf_landing, 16),
    ("wrong-time", wrong_time, 12), ("utc-day-off", utc_day_off, 13), ("bot-script", bot_script, 6), ("url-only", url_only, 6),
]


def main():
    rng = random.Random(14)
    pages = os.path.join(OUT, "pages")
    os.makedirs(pages, exist_ok=True)
    for old in os.listdir(pages):
        os.remove(os.path.join(pages, old))
    rows = []
    seen = set()
    n = 0
    for name, make, count in TEMPLATES:
        for _ in range(count):
            n += 1
            # Every page its own URL: the loopback server finds pages by host and path.
            while True:
                text, url, gold, reason = make(rng)
                if url not in seen:
                    break
            seen.add(url)
            file = "%03d-%s.html" % (n, name)
            with open(os.path.join(pages, file), "w", encoding="utf-8") as f:
                f.write(text)
            rows.append("\t".join([file, url, gold.isoformat(), name, reason]))
    with open(os.path.join(OUT, "gold.tsv"), "w", encoding="utf-8") as f:
        f.write("file\turl\tgold\tclass\treason\n" + "\n".join(rows) + "\n")
    print("%d pages in %s" % (n, OUT))


if __name__ == "__main__":
    main()
