#!/usr/bin/env python3
"""Writes bench/styles/corpus.json: 330 CSL-JSON items of 17 types, over a third Chinese, many with
URLs and access dates. Deterministic (fixed seed), so re-running it gives the same corpus.
Usage: python3 bench/styles/make_corpus.py [out.json]"""
import json, random, sys, os

rng = random.Random(7714)

EN_FAMILY = ["Klein", "Zittrain", "Jones", "Van de Sompel", "O'Brien", "Nguyen", "García", "Müller", "Smith",
             "Floridi", "Taddeo", "Roberts", "Hine", "Pouget", "Lessig", "Bowers", "Kahle", "Hennessey",
             "Sanderson", "McCown", "Ainsworth", "Nelson", "Brügger", "Schroeder", "Gomes", "Kwon", "Patel",
             "de Vries", "Okafor", "Lindqvist", "Tanaka", "Kowalski", "Dubois", "Rossi", "Fernández-Ortiz"]
EN_GIVEN = ["Martin", "Jonathan", "Kendra", "Herbert", "Aoife", "Linh", "Lucía", "Stefan", "Emily", "Luciano",
            "Mariarosaria", "Huw", "Emmie", "Hadrien", "Lawrence", "Kathryn", "Brewster", "Jane", "Robert",
            "Frank", "Scott", "Michael", "Niels", "Ralph", "Daniel", "Soo-Jin", "Anil", "Maarten", "Chidi",
            "Karin", "Yuki", "Piotr", "Claire", "Giulia", "José Luis"]
EN_MIDDLE = ["", "", "", "A.", "J.", "M.", "L.", "K."]
ZH_FAMILY = ["张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高", "欧阳", "司马"]
ZH_GIVEN = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "钰明", "润喜", "开"]
EN_CORP = ["United Nations", "World Health Organization", "Organisation for Economic Co-operation and Development",
           "International Telecommunication Union", "European Commission", "National Academies of Sciences, Engineering, and Medicine",
           "UNESCO", "World Bank", "Internet Archive", "National Institute of Standards and Technology",
           "International Organization for Standardization", "U.S. Department of Energy"]
ZH_CORP = ["国际电信联盟", "联合国", "中国互联网络信息中心", "国家统计局", "全国信息与文献标准化技术委员会", "中华人民共和国国务院",
           "中国科学院文献情报中心", "国家知识产权局", "中国人工智能产业发展联盟", "教育部"]

EN_TOPIC = ["Reference Rot", "Link Decay", "Web Archiving", "Persistent Identifiers", "Scholarly Communication",
            "Citation Accuracy", "Digital Preservation", "Open Access Publishing", "Artificial Intelligence Governance",
            "Machine Learning Reproducibility", "Data Citation", "Content Drift", "Legal Citations", "Research Software",
            "Metadata Quality", "Climate Policy", "Public Health Surveillance", "Urban Mobility", "Gene Editing Ethics"]
EN_FRAME = ["{t} in Scholarly Articles", "A Study of {t}", "{t}: Evidence from 3.5 Million Articles",
            "Understanding {t} and Its Consequences", "Measuring {t} Across Disciplines", "{t} Revisited",
            "Towards Better {t}: A Framework", "Why {t} Matters for Science", "The State of {t}, 2010 to 2024",
            "{t} and the Future of the Web", "Lessons Learned from {t}", "Who Cares About {t}? A Survey",
            "{t}, Trust, and Accountability", "Mitigating {t} with Robust Links", "An Empirical Analysis of {t}"]
ZH_TOPIC = ["人工智能治理", "网络链接失效", "数字资源长期保存", "学术引文规范", "开放获取出版", "科研数据共享", "参考文献著录",
            "全球数字治理", "数据安全立法", "智慧城市建设", "乡村振兴战略", "碳达峰与碳中和", "在线教育质量", "数字经济发展"]
ZH_FRAME = ["{t}研究", "{t}的现状与对策", "论{t}", "{t}的理论与实践", "我国{t}的路径选择", "{t}:问题、挑战与展望",
            "基于文献计量的{t}分析", "{t}中的国际合作", "新时代{t}的若干思考", "{t}评价体系构建"]
EN_JOURNAL = ["PLOS ONE", "Journal of the Association for Information Science and Technology", "D-Lib Magazine",
              "Harvard Law Review", "International Journal on Digital Libraries", "Nature", "Science",
              "Scientometrics", "Information Processing & Management", "The Lancet", "Journal of Documentation",
              "Minds and Machines", "AI & Society", "Research Policy"]
ZH_JOURNAL = ["中国图书馆学报", "情报学报", "图书情报工作", "国际问题研究", "中国社会科学", "电子政务", "数字图书馆论坛",
              "科技导报", "管理世界", "法学研究", "编辑学报", "中国科技期刊研究"]
EN_PUB = [("Cambridge University Press", "Cambridge"), ("MIT Press", "Cambridge, MA"), ("Oxford University Press", "Oxford"),
          ("Springer", "Cham"), ("Routledge", "London"), ("University of Chicago Press", "Chicago"),
          ("Yale University Press", "New Haven"), ("Penguin", "New York")]
ZH_PUB = [("科学出版社", "北京"), ("商务印书馆", "北京"), ("人民出版社", "北京"), ("社会科学文献出版社", "北京"),
          ("上海人民出版社", "上海"), ("北京大学出版社", "北京"), ("中国标准出版社", "北京"), ("浙江大学出版社", "杭州")]
EN_SITES = [("www.un.org", "United Nations"), ("www.who.int", "World Health Organization"), ("blog.archive.org", "Internet Archive Blogs"),
            ("www.nature.com", "Nature"), ("www.theguardian.com", "The Guardian"), ("www.nytimes.com", "The New York Times"),
            ("www.oecd.org", "OECD"), ("arxiv.org", "arXiv"), ("github.com", "GitHub"), ("zenodo.org", "Zenodo")]
ZH_SITES = [("www.gov.cn", "中国政府网"), ("www.mfa.gov.cn", "中华人民共和国外交部"), ("www.cnnic.net.cn", "中国互联网络信息中心"),
            ("paper.people.com.cn", "人民日报"), ("www.stats.gov.cn", "国家统计局"), ("www.xinhuanet.com", "新华网"), ("www.cac.gov.cn", "中国网信网")]
EN_PAPERS = ["The Guardian", "The New York Times", "Financial Times", "The Washington Post", "Le Monde"]
ZH_PAPERS = ["人民日报", "光明日报", "中国青年报", "经济日报", "科技日报"]
EN_CONF = ["Proceedings of the ACM/IEEE Joint Conference on Digital Libraries", "Proceedings of the Web Conference 2021",
           "International Conference on Theory and Practice of Digital Libraries", "Proceedings of the 2023 CHI Conference on Human Factors in Computing Systems"]
ZH_CONF = ["第十届全国信息检索学术会议论文集", "中国图书馆学会年会论文集", "2023中国数字图书馆论坛论文集"]
EN_ENCYC = ["Stanford Encyclopedia of Philosophy", "Encyclopaedia Britannica", "Wikipedia"]
ZH_ENCYC = ["中国大百科全书", "百度百科"]


def person(zh):
    if zh:
        return {"family": rng.choice(ZH_FAMILY), "given": rng.choice(ZH_GIVEN)}
    given = rng.choice(EN_GIVEN)
    mid = rng.choice(EN_MIDDLE)
    return {"family": rng.choice(EN_FAMILY), "given": (given + " " + mid).strip()}


def people(zh, lo=1, hi=4):
    n = rng.choice([1, 1, 2, 2, 3, 3, 4, 5, 7, 8]) if hi > 4 else rng.randint(lo, hi)
    n = max(lo, min(n, hi))
    out = []
    while len(out) < n:
        p = person(zh)
        if p["family"] not in [q["family"] for q in out]:
            out.append(p)
    return out


def title(zh):
    if zh:
        return rng.choice(ZH_FRAME).format(t=rng.choice(ZH_TOPIC)).replace(":", "：")
    return rng.choice(EN_FRAME).format(t=rng.choice(EN_TOPIC))


def date(lo=1995, hi=2025, precision=None):
    y = rng.randint(lo, hi)
    p = precision or rng.choice(["year", "year", "month", "day", "day"])
    if p == "year":
        return {"date-parts": [[y]]}
    m = rng.randint(1, 12)
    if p == "month":
        return {"date-parts": [[y, m]]}
    return {"date-parts": [[y, m, rng.randint(1, 28)]]}


def accessed():
    return {"date-parts": [[rng.choice([2024, 2025]), rng.randint(1, 12), rng.randint(1, 28)]]}


def slug(n=3):
    return "-".join(rng.choice(["ai", "report", "policy", "link", "rot", "data", "2024", "news", "detail", "content", "article"]) for _ in range(n))


def url(zh, kind="page"):
    host = rng.choice(ZH_SITES if zh else EN_SITES)[0]
    if kind == "pdf":
        return f"https://{host}/sites/default/files/{slug()}_{rng.randint(100, 999)}.pdf"
    if zh:
        return f"https://{host}/zhengce/{rng.randint(2015, 2025)}{rng.randint(10, 12)}/t{rng.randint(20150101, 20251231)}_{rng.randint(1000000, 9999999)}.shtml"
    return f"https://{host}/{slug(2)}/{slug(3)}?id={rng.randint(100, 99999)}"


def doi():
    prefix = rng.choice(["10.1371", "10.1002", "10.1007", "10.1145", "10.3969", "10.13530", "10.1016", "10.5281"])
    suffix = rng.choice([f"journal.pone.{rng.randint(100000, 999999):07d}", f"asi.{rng.randint(20000, 29999)}",
                         f"s00799-0{rng.randint(10, 99)}-0{rng.randint(100, 999)}-{rng.randint(1, 9)}",
                         f"{rng.randint(3000000, 3999999)}.{rng.randint(3000000, 3999999)}",
                         f"j.issn.1001-8867.{rng.randint(2010, 2024)}.0{rng.randint(1, 6)}.00{rng.randint(1, 9)}",
                         f"zenodo.{rng.randint(1000000, 9999999)}"])
    return f"{prefix}/{suffix}"


def maybe(p):
    return rng.random() < p


def web(item, zh, p_url=0.5, p_acc=0.8, pdf=False):
    if maybe(p_url):
        item["URL"] = url(zh, "pdf" if pdf else "page")
        if maybe(p_acc):
            item["accessed"] = accessed()


def pages():
    a = rng.randint(1, 900)
    return f"{a}-{a + rng.randint(2, 40)}"


def make(kind, zh, n):
    it = {"id": f"{kind}-{'zh' if zh else 'en'}-{n}", "type": kind}
    if zh:
        it["language"] = "zh-CN"
    if kind in ("article-journal", "article-magazine"):
        it["author"] = people(zh, 1, 8)
        it["title"] = title(zh)
        it["container-title"] = rng.choice(ZH_JOURNAL if zh else EN_JOURNAL)
        it["issued"] = date(precision=rng.choice(["year", "year", "month"]) if kind == "article-journal" else None)
        it["volume"] = str(rng.randint(1, 60))
        it["issue"] = str(rng.randint(1, 12))
        if maybe(0.9):
            it["page"] = pages() if maybe(0.8) else f"e{rng.randint(10000, 999999)}"
        if maybe(0.7 if kind == "article-journal" else 0.2):
            it["DOI"] = doi()
        web(it, zh, 0.3)
    elif kind in ("book", "chapter"):
        if kind == "book" and maybe(0.3):
            it["editor"] = people(zh, 1, 3)
        else:
            it["author"] = people(zh, 1, 4)
        if kind == "book" and maybe(0.25):
            it["translator"] = people(not zh if maybe(0.2) else zh, 1, 2)
        it["title"] = title(zh)
        pub, place = rng.choice(ZH_PUB if zh else EN_PUB)
        it["publisher"], it["publisher-place"] = pub, place
        it["issued"] = date(precision="year")
        if kind == "chapter":
            it["container-title"] = title(zh) + ("（第二版）" if zh and maybe(0.2) else "")
            it["editor"] = people(zh, 1, 3)
            it["page"] = pages()
            if maybe(0.3):
                it["DOI"] = doi()
        if maybe(0.2):
            it["edition"] = str(rng.randint(2, 5))
        if zh and maybe(0.2):
            it["medium"] = rng.choice(["CD", "MT", "DK"])
        web(it, zh, 0.2)
    elif kind == "paper-conference":
        it["author"] = people(zh, 1, 6)
        it["title"] = title(zh)
        it["container-title"] = rng.choice(ZH_CONF if zh else EN_CONF)
        pub, place = rng.choice(ZH_PUB if zh else EN_PUB)
        it["publisher"], it["publisher-place"] = pub, place
        it["issued"] = date(precision="year")
        it["page"] = pages()
        if maybe(0.5):
            it["DOI"] = doi()
        web(it, zh, 0.3)
    elif kind == "article-newspaper":
        it["author"] = people(zh, 1, 2)
        it["title"] = title(zh)
        it["container-title"] = rng.choice(ZH_PAPERS if zh else EN_PAPERS)
        it["issued"] = date(2005, 2025, "day")
        it["page"] = str(rng.randint(1, 24))
        web(it, zh, 0.6)
    elif kind == "thesis":
        it["author"] = people(zh, 1, 1)
        it["title"] = title(zh)
        it["publisher"], it["publisher-place"] = rng.choice([("北京大学", "北京"), ("武汉大学", "武汉"), ("南京大学", "南京")] if zh else
                                                            [("Harvard University", "Cambridge, MA"), ("University of Oxford", "Oxford"), ("Old Dominion University", "Norfolk, VA")])
        it["genre"] = "博士学位论文" if zh else "PhD diss."
        it["issued"] = date(precision="year")
        web(it, zh, 0.4)
    elif kind == "report":
        it["author"] = [{"literal": rng.choice(ZH_CORP if zh else EN_CORP)}] if maybe(0.6) else people(zh, 1, 3)
        it["title"] = title(zh) + ("" if zh else rng.choice(["", ": Final Report", " Report 2024"]))
        it["publisher"] = rng.choice(ZH_CORP if zh else EN_CORP)
        it["publisher-place"] = rng.choice(["北京", "上海"] if zh else ["New York", "Geneva", "Paris"])
        if maybe(0.4):
            it["number"] = rng.choice(["A/RES/78/311", "WP-2024-17", "No. 35", "EUR 30113 EN"])
        it["issued"] = date(2010, 2025)
        web(it, zh, 0.8, pdf=True)
    elif kind == "standard":
        it["author"] = [{"literal": rng.choice(ZH_CORP[3:6] if zh else EN_CORP[8:11])}]
        it["title"] = rng.choice(["信息与文献 参考文献著录规则", "信息安全技术 个人信息安全规范", "数据管理能力成熟度评估模型"] if zh else
                                 ["Information and documentation: Guidelines for bibliographic references", "Framework for AI systems using machine learning", "Digital Identity Guidelines"])
        it["number"] = rng.choice(["GB/T 7714—2015", "GB/T 35273—2020", "GB/T 36073—2018"] if zh else ["ISO 690:2021", "ISO/IEC 23053:2022", "NIST SP 800-63-3"])
        it["publisher"], it["publisher-place"] = ("中国标准出版社", "北京") if zh else ("ISO", "Geneva")
        it["issued"] = date(precision="year")
        web(it, zh, 0.3)
    elif kind == "patent":
        it["author"] = people(zh, 1, 3)
        it["title"] = title(zh).replace("研究", "装置") if zh else "Method and System for " + rng.choice(EN_TOPIC)
        it["number"] = (f"CN{rng.randint(100000000, 119999999)}A" if zh else f"US{rng.randint(9000000, 11999999)}B2")
        it["issued"] = date(2008, 2024, "day")
        web(it, zh, 0.4)
    elif kind == "dataset":
        it["author"] = people(zh, 1, 3) if maybe(0.6) else [{"literal": rng.choice(ZH_CORP if zh else EN_CORP)}]
        it["title"] = (title(zh) + "数据集") if zh else ("Replication Data for: " + title(zh))
        it["publisher"] = rng.choice(["Zenodo", "Harvard Dataverse", "figshare"]) if not zh else "国家科技资源共享服务平台"
        it["issued"] = date(2012, 2025)
        if maybe(0.6):
            it["DOI"] = doi()
        web(it, zh, 0.7)
    elif kind == "software":
        it["author"] = people(zh, 1, 3)
        it["title"] = rng.choice(["linkchecker", "Memento Tracer", "citeproc-js", "Robust Links", "wayback-cli"]) if not zh else rng.choice(["文献管理系统", "链接检测工具", "数据清洗工具包"])
        it["version"] = f"{rng.randint(0, 4)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"
        it["publisher"] = "GitHub"
        it["issued"] = date(2015, 2025)
        it["URL"] = f"https://github.com/{rng.choice(['oduwsdl', 'internetarchive', 'citation-style-language', 'zh-tools'])}/{slug(1)}"
        if maybe(0.7):
            it["accessed"] = accessed()
    elif kind in ("webpage", "post-weblog"):
        host, site = rng.choice(ZH_SITES if zh else EN_SITES)
        it["author"] = people(zh, 1, 2) if maybe(0.5) else [{"literal": site}]
        it["title"] = title(zh)
        it["container-title"] = site
        it["issued"] = date(2010, 2025, rng.choice(["day", "day", "month", "year"]))
        it["URL"] = url(zh)
        it["accessed"] = accessed()
    elif kind == "legislation":
        it["title"] = rng.choice(["中华人民共和国数据安全法", "中华人民共和国个人信息保护法", "生成式人工智能服务管理暂行办法", "中华人民共和国著作权法"]) if zh else \
            rng.choice(["Artificial Intelligence Act", "General Data Protection Regulation", "Digital Services Act", "Copyright Act of 1976"])
        it["author"] = [{"literal": rng.choice(["全国人民代表大会常务委员会", "国家互联网信息办公室"] if zh else ["European Parliament", "U.S. Congress"])}]
        it["issued"] = date(1976, 2024, "day")
        web(it, zh, 0.7)
    elif kind == "entry-encyclopedia":
        it["author"] = people(zh, 1, 2) if maybe(0.6) else []
        if not it["author"]:
            del it["author"]
            it["author"] = [{"literal": "Wikipedia contributors"}] if not zh else [{"literal": "百科编委会"}]
        it["title"] = rng.choice(ZH_TOPIC) if zh else rng.choice(EN_TOPIC)
        it["container-title"] = rng.choice(ZH_ENCYC if zh else EN_ENCYC)
        it["issued"] = date(2005, 2025)
        web(it, zh, 0.8, 0.95)
    elif kind == "manuscript":
        it["author"] = people(zh, 1, 2)
        it["title"] = title(zh)
        it["issued"] = date(1950, 2020, "year")
        it["archive"] = "国家图书馆" if zh else "Library of Congress"
        web(it, zh, 0.3)
    return it


PLAN = [("article-journal", 40, 30), ("book", 20, 10), ("chapter", 12, 8), ("paper-conference", 13, 7),
        ("article-newspaper", 12, 8), ("thesis", 8, 7), ("report", 20, 10), ("standard", 5, 5), ("patent", 5, 5),
        ("dataset", 7, 3), ("software", 7, 3), ("webpage", 23, 12), ("post-weblog", 7, 3), ("article-magazine", 10, 5),
        ("legislation", 5, 5), ("entry-encyclopedia", 7, 3), ("manuscript", 3, 2)]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "corpus.json")
    items = []
    for kind, en, zh in PLAN:
        for i in range(en):
            items.append(make(kind, False, i + 1))
        for i in range(zh):
            items.append(make(kind, True, i + 1))
    rng.shuffle(items)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(items, f, ensure_ascii=False, indent=1)
    zh = sum(1 for i in items if i.get("language") == "zh-CN")
    print(f"{len(items)} items, {len({i['type'] for i in items})} types, {zh} Chinese, "
          f"{sum(1 for i in items if 'URL' in i)} with URLs, {sum(1 for i in items if 'accessed' in i)} with access dates")


main()
