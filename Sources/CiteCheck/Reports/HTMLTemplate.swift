/// The HTML report's Mustache template: one self-contained page. CSS, script and SVG are inline,
/// the Content-Security-Policy forbids every fetch, and the page reads fully with scripts off
/// (the filters only hide what is already there). The engine escapes every `{{value}}`;
/// there is no triple-brace (unescaped) tag in this template, and none may be added.
enum HTMLTemplate {
    static let text = #"""
<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="{{tool}}">
<title>CiteCheck: {{title}}</title>
<style>
:root { --error: #b3261e; --warning: #8a5a00; --info: #1f5fa8; --clean: #2e7d32; --muted: #5f6368; --line: #d9dce1; --bg-soft: #f6f7f9; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 1100px; padding: 24px 28px 64px; color: #1b1d21; background: #fff; line-height: 1.55;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", sans-serif; }
h1 { font-size: 1.6rem; line-height: 1.3; margin: 0.2rem 0 0.4rem; }
h2 { font-size: 1.15rem; margin: 0 0 0.4rem; display: flex; gap: 0.6rem; align-items: baseline; flex-wrap: wrap; }
h3 { font-size: 0.95rem; margin: 0.8rem 0 0.3rem; color: var(--muted); font-weight: 600; }
a { color: #0b57d0; overflow-wrap: anywhere; }
code, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.88em; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.75rem; color: var(--muted); margin: 0; }
.meta, .muted { color: var(--muted); }
.small { font-size: 0.85rem; margin: 0.2rem 0; }
@media (max-width: 700px) { dl.fields { grid-template-columns: max-content minmax(0, 1fr); } }
.meta { margin: 0 0 0.6rem; }
dl.run { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0.6rem 0; font-size: 0.92rem; }
dl.run dt { color: var(--muted); }
dl.run dd { margin: 0; }
section.retractions { border: 2px solid var(--error); border-radius: 8px; padding: 0.6rem 1rem; margin: 1rem 0; background: #fff5f4; }
.notice { border-left: 4px solid var(--warning); background: #fff8e6; padding: 0.5rem 0.8rem; margin: 0.8rem 0; }
.tiles { display: flex; flex-wrap: wrap; gap: 0.6rem; margin: 1rem 0; }
.tile { border: 1px solid var(--line); border-radius: 8px; padding: 0.5rem 0.9rem; min-width: 8.5rem; background: var(--bg-soft); }
.tile .n { font-size: 1.5rem; font-weight: 700; display: block; line-height: 1.2; }
.tile.error .n { color: var(--error); } .tile.warning .n { color: var(--warning); } .tile.info .n { color: var(--info); } .tile.clean .n { color: var(--clean); }
.tile .what { font-size: 0.85rem; color: var(--muted); }
.charts { display: flex; flex-wrap: wrap; gap: 1.5rem; margin: 0.5rem 0 1rem; }
figure { margin: 0; }
figcaption { font-weight: 600; font-size: 0.9rem; margin-bottom: 0.3rem; }
svg.chart text { font-size: 12px; fill: #1b1d21; font-family: inherit; }
svg.chart rect { fill: #8a8f98; }
svg.chart .st-ok rect { fill: #2e7d32; } svg.chart .st-redirected rect { fill: #c77800; } svg.chart .st-dead rect, svg.chart .st-dns rect { fill: #b3261e; }
svg.chart .st-blocked rect, svg.chart .st-rate-limited rect { fill: #7b5ea7; } svg.chart .st-timeout rect, svg.chart .st-connection rect, svg.chart .st-server-error rect, svg.chart .st-tls rect { fill: #d0661b; }
svg.chart .st-unverified rect, svg.chart .st-skipped rect { fill: #8a8f98; }
svg.chart .sev-error rect { fill: #b3261e; } svg.chart .sev-warning rect { fill: #c77800; } svg.chart .sev-info rect { fill: #1f5fa8; }
nav#filters { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid var(--line); padding: 0.6rem 0; display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; }
nav#filters[hidden], #f-empty[hidden], #f-print[hidden] { display: none; }
.print-only { display: none; }
nav#filters label { font-size: 0.9rem; color: var(--muted); }
nav#filters select, nav#filters input { font: inherit; font-size: 0.9rem; padding: 0.2rem 0.4rem; max-width: 15rem; }
svg.chart { max-width: 100%; height: auto; }
#f-shown { font-size: 0.9rem; margin-left: auto; }
article.note { overflow-wrap: anywhere; border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 6px; padding: 0.8rem 1rem; margin: 0.9rem 0; scroll-margin-top: 4rem; }
article.note[hidden] { display: none; }
article.note:target { box-shadow: 0 0 0 3px #0b57d044; }
article.sev-error { border-left-color: var(--error); } article.sev-warning { border-left-color: #e0a100; }
article.sev-info { border-left-color: var(--info); } article.sev-clean { border-left-color: var(--clean); }
a.anchor { color: inherit; text-decoration: none; }
.badge { display: inline-block; font-size: 0.75rem; font-weight: 600; border-radius: 999px; padding: 0.05rem 0.55rem; border: 1px solid currentColor; white-space: nowrap; }
.badge.error { color: var(--error); } .badge.warning { color: var(--warning); } .badge.info { color: var(--info); }
.badge.clean { color: var(--clean); } .badge.comment { color: var(--muted); }
blockquote.context { margin: 0.3rem 0 0.6rem; padding: 0.3rem 0.8rem; border-left: 3px solid var(--line); background: var(--bg-soft); }
.lbl { color: var(--muted); font-size: 0.85rem; margin-right: 0.3rem; }
section.reference { border-top: 1px dashed var(--line); margin-top: 0.6rem; padding-top: 0.2rem; }
p.raw { margin: 0.2rem 0 0.5rem; }
dl.fields { display: grid; grid-template-columns: max-content minmax(0, 1fr) max-content minmax(0, 1fr); gap: 0.1rem 1rem; margin: 0.3rem 0 0.6rem; font-size: 0.92rem; }
dl.fields dt { color: var(--muted); }
dl.fields dd { margin: 0; overflow-wrap: anywhere; }
.link { border: 1px solid var(--line); border-radius: 6px; padding: 0.4rem 0.7rem; margin: 0.4rem 0; background: var(--bg-soft); font-size: 0.92rem; }
.link p { margin: 0.15rem 0; }
.status { display: inline-block; font-weight: 700; font-size: 0.78rem; border-radius: 4px; padding: 0 0.45rem; color: #fff; background: #8a8f98; margin-right: 0.4rem; }
.status.st-ok { background: #2e7d32; } .status.st-redirected { background: #a86400; } .status.st-dead, .status.st-dns { background: #b3261e; }
.status.st-blocked, .status.st-rate-limited { background: #7b5ea7; } .status.st-timeout, .status.st-connection, .status.st-server-error, .status.st-tls { background: #c4560f; }
.url { overflow-wrap: anywhere; }
ol.chain { margin: 0.2rem 0; padding-left: 1.4rem; }
dl.page { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; margin: 0.3rem 0; }
dl.page dt { color: var(--muted); } dl.page dd { margin: 0; }
.src { color: var(--muted); font-size: 0.85em; }
ul.findings { list-style: none; padding: 0; margin: 0.5rem 0 0; }
li.finding { border-radius: 6px; padding: 0.45rem 0.7rem; margin: 0.35rem 0; background: #f3f6fb; border-left: 4px solid var(--info); }
li.finding.error { background: #fcefee; border-left-color: var(--error); }
li.finding.warning { background: #fff7e0; border-left-color: #e0a100; }
li.finding p { margin: 0.2rem 0 0; }
.fix strong { font-weight: 600; }
/* A wide table scrolls inside its section, not the page; a long URL in a note wraps. */
section.dois, section.changes { overflow-x: auto; }
table.plain { border-collapse: collapse; font-size: 0.92rem; margin: 0.5rem 0 1rem; }
table.plain th, table.plain td { border-bottom: 1px solid var(--line); padding: 0.25rem 0.6rem; text-align: left; vertical-align: top; }
footer { margin-top: 2rem; color: var(--muted); font-size: 0.85rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav#filters, #f-empty { display: none !important; }
  .print-only:not([hidden]) { display: block; font-style: italic; }
  article.note { break-inside: avoid-page; border-left-width: 4px; }
  a { color: inherit; text-decoration: none; }
  .tile, .link, li.finding, blockquote.context { background: none !important; }
  .status { color: #000 !important; background: none !important; border: 1px solid #000; }
}
</style>
</head>
<body>
<header>
<p class="kicker">CiteCheck reference audit</p>
<h1>{{title}}</h1>
<p class="meta">{{#doi}}DOI {{#doiHref}}<a href="{{.}}" rel="noreferrer">{{doi}}</a>{{/doiHref}}{{^doiHref}}{{doi}}{{/doiHref}}{{/doi}}{{^doi}}No DOI given for the paper{{/doi}}{{#authors}} · {{.}}{{/authors}}</p>
<dl class="run">
<dt>Audited</dt><dd>{{#startedAt}}{{.}}{{/startedAt}}{{^startedAt}}time not recorded{{/startedAt}}{{#elapsed}} (took {{.}}){{/elapsed}}</dd>
{{#paperFile}}<dt>Paper file</dt><dd class="mono">{{.}}</dd>{{/paperFile}}
<dt>Links</dt><dd>{{checkState}}{{#settings}}; {{.}}{{/settings}}</dd>
<dt>Tool</dt><dd>{{tool}}</dd>
</dl>
{{#checkMessage}}<p class="notice">{{.}}</p>{{/checkMessage}}
</header>

{{#hasRetractions}}<section class="retractions" aria-label="Retracted and questioned works"><h2>Retracted, questioned and corrected works</h2>
<ul class="findings">{{#retractions}}<li class="finding {{severity}}" data-retraction="{{kind}}"><span class="badge {{severity}}">{{severity}}</span> <code>{{kind}}</code> <a href="#{{anchor}}">Note {{note}}</a>: {{message}}{{#notice}} <span class="fix"><strong>Notice:</strong> {{#noticeHref}}<a href="{{.}}" rel="noreferrer">{{notice}}</a>{{/noticeHref}}{{^noticeHref}}{{notice}}{{/noticeHref}}</span>{{/notice}}</li>
{{/retractions}}</ul></section>{{/hasRetractions}}

<section class="overview" aria-label="Summary">
<div class="tiles">
<div class="tile"><span class="n">{{referenceCount}}</span><span class="what">references in {{noteCount}} notes</span></div>
{{#referenceCounts}}<div class="tile {{cssClass}}"><span class="n">{{count}}</span><span class="what">{{name}}</span></div>
{{/referenceCounts}}
</div>
<p>Findings: {{#severityCounts}}<span class="badge {{cssClass}}">{{count}} {{name}}</span> {{/severityCounts}}
· {{linkCount}} distinct links: {{#linkCounts}}<span class="status {{cssClass}}">{{count}} {{name}}</span>{{/linkCounts}}</p>
<div class="charts">
{{#linkChart}}<figure><figcaption>{{title}}</figcaption>
{{#empty}}<p class="muted">No links.</p>{{/empty}}{{^empty}}<svg class="chart" role="img" aria-label="{{title}}" width="480" height="{{height}}" viewBox="0 0 480 {{height}}"><title>{{title}}</title>
{{#bars}}<g class="{{cssClass}}"><text x="150" y="{{textY}}" text-anchor="end">{{label}}</text><rect x="160" y="{{y}}" width="{{width}}" height="18" rx="2"></rect><text x="{{countX}}" y="{{textY}}">{{count}}</text></g>
{{/bars}}</svg>{{/empty}}</figure>{{/linkChart}}
{{#kindChart}}<figure><figcaption>{{title}}</figcaption>
{{#empty}}<p class="muted">No findings.</p>{{/empty}}{{^empty}}<svg class="chart" role="img" aria-label="{{title}}" width="480" height="{{height}}" viewBox="0 0 480 {{height}}"><title>{{title}}</title>
{{#bars}}<g class="{{cssClass}}"><text x="150" y="{{textY}}" text-anchor="end">{{label}}</text><rect x="160" y="{{y}}" width="{{width}}" height="18" rx="2"></rect><text x="{{countX}}" y="{{textY}}">{{count}}</text></g>
{{/bars}}</svg>{{/empty}}</figure>{{/kindChart}}
</div>
</section>

{{#hasChanges}}<section class="changes"><h2>Changes since the previous audit</h2>
<table class="plain"><thead><tr><th>Change</th><th>Link</th></tr></thead><tbody>
{{#changes}}<tr><td><code>{{change}}</code></td><td class="url">{{#href}}<a href="{{.}}" rel="noreferrer">{{url}}</a>{{/href}}{{^href}}{{url}}{{/href}}</td></tr>
{{/changes}}</tbody></table></section>{{/hasChanges}}

{{#hasDois}}<section class="dois"><h2>DOIs</h2>
<table class="plain"><thead><tr><th>DOI</th><th>Status</th><th>Agency</th><th>Registry record</th><th>Resolves to</th><th>Cited by</th></tr></thead><tbody>
{{#dois}}<tr class="doi-{{status}}"><td class="mono">{{doi}}</td><td><code>{{status}}</code></td><td>{{agency}}</td><td>{{registryTitle}}{{#registryYear}} ({{.}}){{/registryYear}}</td><td class="url">{{#resolvesHref}}<a href="{{.}}" rel="noreferrer">{{resolvesTo}}</a>{{/resolvesHref}}{{^resolvesHref}}{{resolvesTo}}{{/resolvesHref}}</td><td>{{references}}</td></tr>
{{/dois}}</tbody></table></section>{{/hasDois}}

{{#hasPaperFindings}}<section class="paper-findings"><h2>Findings about the paper as a whole</h2>
<ul class="findings">{{#paperFindings}}<li class="finding {{severity}}" data-kind="{{kind}}"><span class="badge {{severity}}">{{severity}}</span> <code>{{kind}}</code> {{message}}
<p class="fix">{{#suggestion}}<strong>{{fixLabel}}:</strong> {{#suggestionHref}}<a href="{{.}}" rel="noreferrer">{{suggestion}}</a>{{/suggestionHref}}{{^suggestionHref}}<span class="mono">{{suggestion}}</span>{{/suggestionHref}}{{/suggestion}}{{^suggestion}}<strong>What to do:</strong> {{action}}{{/suggestion}}</p></li>
{{/paperFindings}}</ul></section>{{/hasPaperFindings}}

<nav id="filters" hidden aria-label="Filters">
<label>Show <select id="f-severity"><option value="all">all notes</option><option value="errors">errors only</option><option value="warnings">errors and warnings</option><option value="findings">notes with any finding</option></select></label>
<label>Kind <select id="f-kind"><option value="">any kind</option>{{#kindOptions}}<option value="{{value}}">{{label}}</option>{{/kindOptions}}</select></label>
<label>Host <select id="f-host"><option value="">any host</option>{{#hostOptions}}<option value="{{value}}">{{label}}</option>{{/hostOptions}}</select></label>
<label>Search <input id="f-search" type="search" placeholder="title, author, URL, text…"></label>
<span id="f-shown" aria-live="polite"></span>
</nav>

<p id="f-print" class="print-only" hidden></p>
<p id="f-empty" class="notice" hidden>No note matches these filters. <button type="button" id="f-reset">Show all notes</button></p>
<main id="notes">
{{#notes}}<article class="note sev-{{severity}}" id="{{anchor}}" data-severity="{{severity}}" data-kinds="{{kinds}}" data-hosts="{{hosts}}">
<h2><a class="anchor" href="#{{anchor}}">Note {{name}}</a> <span class="badge {{severity}}">{{severityLabel}}</span></h2>
{{#context}}<blockquote class="context"><span class="lbl">Cited in the text:</span>{{.}}</blockquote>{{/context}}{{^context}}<p class="muted small">(The note's marker was not found in the text, so the citing sentence is not shown.)</p>{{/context}}
{{#isComment}}<p class="raw">{{text}}</p><p class="muted">A comment: this note cites no source.</p>{{/isComment}}
{{#references}}<section class="reference" id="{{id}}">
<h3>Reference {{id}}</h3>
<p class="raw">{{raw}}</p>
{{#hasFindings}}<ul class="findings">{{#findings}}<li class="finding {{severity}}" data-kind="{{kind}}"><span class="badge {{severity}}">{{severity}}</span> <code>{{kind}}</code> {{message}}
<p class="fix">{{#suggestion}}<strong>{{fixLabel}}:</strong> {{#suggestionHref}}<a href="{{.}}" rel="noreferrer">{{suggestion}}</a>{{/suggestionHref}}{{^suggestionHref}}<span class="mono">{{suggestion}}</span>{{/suggestionHref}}{{/suggestion}}{{^suggestion}}<strong>What to do:</strong> {{action}}{{/suggestion}}</p></li>
{{/findings}}</ul>{{/hasFindings}}
<dl class="fields">{{#fields}}<dt>{{name}}</dt><dd>{{#href}}<a href="{{.}}" rel="noreferrer">{{value}}</a>{{/href}}{{^href}}{{value}}{{/href}}</dd>{{/fields}}</dl>
{{#links}}<div class="link {{statusClass}}">
<p><span class="status {{statusClass}}">{{status}}</span>{{#href}}<a href="{{.}}" rel="noreferrer">{{url}}</a>{{/href}}{{^href}}<span class="url">{{url}}</span>{{/href}}</p>
<p class="muted">{{answer}}{{#error}} · {{.}}{{/error}}{{#contentType}} · {{.}}{{/contentType}}{{#elapsedMs}} · {{.}} ms{{/elapsedMs}}{{#sharedWith}} · also cited by {{.}}{{/sharedWith}}</p>
{{#hasRedirects}}<ol class="chain" aria-label="Redirect chain"><li><span class="url">{{url}}</span></li>{{#redirects}}<li><code>{{status}}</code> → {{#href}}<a href="{{.}}" rel="noreferrer">{{url}}</a>{{/href}}{{^href}}<span class="url">{{url}}</span>{{/href}}</li>{{/redirects}}</ol>{{/hasRedirects}}
{{^hasRedirects}}{{#finalUrl}}<p>Ends at: {{#finalHref}}<a href="{{.}}" rel="noreferrer">{{finalUrl}}</a>{{/finalHref}}{{^finalHref}}<span class="url">{{finalUrl}}</span>{{/finalHref}}</p>{{/finalUrl}}{{/hasRedirects}}
{{#page}}<p class="small"><strong>What the page says about itself</strong></p><dl class="page">
{{#title}}<dt>Page title</dt><dd>{{.}}{{#titleSource}} <span class="src">from {{.}}</span>{{/titleSource}}</dd>{{/title}}
{{#published}}<dt>Published</dt><dd>{{.}}{{#dateSource}} <span class="src">from {{.}}</span>{{/dateSource}}</dd>{{/published}}
{{#modified}}<dt>Modified</dt><dd>{{.}}{{#modifiedSource}} <span class="src">from {{.}}</span>{{/modifiedSource}}</dd>{{/modified}}
{{#notFound}}<dt>Not found</dt><dd>{{.}}</dd>{{/notFound}}
{{#language}}<dt>Language</dt><dd>{{.}}</dd>{{/language}}
{{#canonical}}<dt>Canonical</dt><dd>{{#canonicalHref}}<a href="{{.}}" rel="noreferrer">{{canonical}}</a>{{/canonicalHref}}{{^canonicalHref}}{{canonical}}{{/canonicalHref}}</dd>{{/canonical}}
{{#doi}}<dt>Page DOI</dt><dd class="mono">{{.}}</dd>{{/doi}}
</dl>{{/page}}
{{#history}}<p class="history">{{#confirmed}}<strong>Confirmed dead</strong> (failed in enough checks over enough days): {{/confirmed}}{{^confirmed}}<strong>Not yet confirmed:</strong> {{/confirmed}}{{#firstFailed}}failing since {{.}}, {{/firstFailed}}{{failures}} failed check(s) in a row</p>{{/history}}
{{#archive}}<p class="archive"><strong>Archived copy</strong> of {{date}}: {{#href}}<a href="{{.}}" rel="noreferrer">{{url}}</a>{{/href}}{{^href}}<span class="url">{{url}}</span>{{/href}}</p>{{/archive}}
{{#via}}<p class="via small">Read in a headless browser ({{.}}): libcurl's answer is above.</p>{{/via}}
{{#drift}}<table class="plain drift"><caption>{{#changed}}<strong>Changed since it was cited</strong>{{/changed}}{{^changed}}Still says what was cited{{/changed}} (compared as of {{asOf}}, {{dateSource}})</caption>
<tr><th></th><th>Title</th><th>Page</th></tr>
<tr><th>Archived {{date}}</th><td>{{#archivedTitle}}{{.}}{{/archivedTitle}}{{^archivedTitle}}<span class="muted">no title</span>{{/archivedTitle}}</td><td>{{#snapshotHref}}<a href="{{.}}" rel="noreferrer">archived copy</a>{{/snapshotHref}}{{^snapshotHref}}<span class="url">{{snapshot}}</span>{{/snapshotHref}}</td></tr>
<tr><th>Today</th><td>{{#currentTitle}}{{.}}{{/currentTitle}}{{^currentTitle}}<span class="muted">no title</span>{{/currentTitle}}</td><td>{{#currentHref}}<a href="{{.}}" rel="noreferrer">the page now</a>{{/currentHref}}</td></tr>
<tr><td colspan="3" class="small">title similarity {{titleSimilarity}} · text Jaccard {{textSimilarity}} · archived text still there {{textContainment}}</td></tr>
</table>{{/drift}}
</div>
{{/links}}
</section>
{{/references}}
</article>
{{/notes}}
</main>
<footer>Generated by {{tool}}. Links open in your browser only when you click them; this file loads nothing from the network.</footer>
<script>
(function () {
  "use strict";
  var nav = document.getElementById("filters");
  var severity = document.getElementById("f-severity");
  var kind = document.getElementById("f-kind");
  var host = document.getElementById("f-host");
  var search = document.getElementById("f-search");
  var shown = document.getElementById("f-shown");
  var empty = document.getElementById("f-empty");
  var printed = document.getElementById("f-print");
  var notes = Array.prototype.slice.call(document.querySelectorAll("article.note"));
  var rank = { error: 3, warning: 2, info: 1, clean: 0, comment: 0 };
  var minimum = { all: 0, errors: 3, warnings: 2, findings: 1 };
  nav.hidden = false;

  function has(list, word) { return (" " + (list || "") + " ").indexOf(" " + word + " ") >= 0; }

  function readState() {
    var text = location.hash.length > 1 && location.hash.indexOf("=") >= 0 ? location.hash.slice(1) : location.search.slice(1);
    var state = {};
    text.split("&").forEach(function (pair) {
      var at = pair.indexOf("=");
      if (at > 0) {
        try { state[decodeURIComponent(pair.slice(0, at))] = decodeURIComponent(pair.slice(at + 1).replace(/\+/g, " ")); } catch (e) {}
      }
    });
    return state;
  }

  function choose(select, value) {
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].value === value) { select.selectedIndex = i; return; }
    }
  }

  function apply() {
    var min = minimum[severity.value] || 0;
    var k = kind.value, h = host.value, q = search.value.trim().toLowerCase();
    var count = 0;
    notes.forEach(function (note) {
      var ok = (rank[note.dataset.severity] || 0) >= min
        && (!k || has(note.dataset.kinds, k))
        && (!h || has(note.dataset.hosts, h))
        && (!q || note.textContent.toLowerCase().indexOf(q) >= 0);
      note.hidden = !ok;
      if (ok) { count++; }
    });
    shown.textContent = count + " of " + notes.length + " notes shown";
    empty.hidden = count > 0;
    var filters = [];
    if (severity.value !== "all") { filters.push(severity.options[severity.selectedIndex].text); }
    if (k) { filters.push("kind " + k); }
    if (h) { filters.push("host " + h); }
    if (q) { filters.push("search \u201c" + search.value.trim() + "\u201d"); }
    printed.hidden = filters.length === 0;
    printed.textContent = "Printed with filters: " + filters.join(", ") + " (" + count + " of " + notes.length + " notes).";
  }

  function save() {
    var parts = [];
    if (severity.value !== "all") { parts.push("filter=" + encodeURIComponent(severity.value)); }
    if (kind.value) { parts.push("kind=" + encodeURIComponent(kind.value)); }
    if (host.value) { parts.push("host=" + encodeURIComponent(host.value)); }
    if (search.value.trim()) { parts.push("q=" + encodeURIComponent(search.value.trim())); }
    try { history.replaceState(null, "", parts.length ? "#" + parts.join("&") : location.pathname + location.search); } catch (e) {}
  }

  var state = readState();
  choose(severity, state.filter || "all");
  choose(kind, state.kind || "");
  choose(host, state.host || "");
  search.value = state.q || "";
  [severity, kind, host].forEach(function (el) { el.addEventListener("change", function () { apply(); save(); }); });
  search.addEventListener("input", function () { apply(); save(); });
  document.getElementById("f-reset").addEventListener("click", function () {
    severity.selectedIndex = 0; kind.selectedIndex = 0; host.selectedIndex = 0; search.value = ""; apply(); save();
  });
  window.addEventListener("hashchange", function () {
    var next = readState();
    if (Object.keys(next).length) {
      choose(severity, next.filter || "all"); choose(kind, next.kind || ""); choose(host, next.host || "");
      search.value = next.q || ""; apply();
    }
  });
  apply();
})();
</script>
</body>
</html>
"""#
}
