#!/usr/bin/env python3
"""Writes a synthetic author-date paper with N entries in an unnumbered APA 7 reference list.

Usage: make_reference_list.py N OUT [--markdown-notes]

Entries are varied (journal articles with DOIs, books, web pages with retrieval dates, corporate
authors, 2016a/2016b pairs), wrapped like a converter leaves them: paragraphs, one entry per
paragraph, every tenth wrapped over two lines with a hanging indent. The body cites every entry
once, in parenthetical and narrative form, a few per paragraph.

With --markdown-notes it writes instead a Markdown paper of N notes defined under each paragraph
(`...page.[^7]` then `[^7]: ...`), the layout of issue 19."""
import sys

n, out = int(sys.argv[1]), sys.argv[2]
markdown_notes = '--markdown-notes' in sys.argv
families = ['Klein', 'Jones', 'Zittrain', 'Van de Sompel', 'Nelson', 'Grady', 'Jackson', 'Sapolsky',
            'Ahmann', 'Bustillos', 'Lessig', 'Albert', 'Shankar', 'Tobin', 'Sanderson', 'Zhou']


def letters(k):
    s = ''
    while k:
        k, r = divmod(k, 26)
        s = 'abcdefghijklmnopqrstuvwxyz'[r] + s
    return s


def family(i):
    # Names are letters only, distinct for every entry: Klein, Jones, ..., Kleinb, Jonesb, ...
    return families[i % len(families)] + letters(i // len(families))


def entry(i):
    f, year = family(i), 1990 + i % 35
    kind = i % 4
    if kind == 0:
        return (f'{f}, M., Van de Sompel, H., & Tobin, R. ({year}). Scholarly context not found: Study {i} of '
                f'reference rot. *PLOS ONE, {i % 20}*(12), Article e{115253 + i}. '
                f'https://doi.org/10.1371/journal.pone.{115253 + i}')
    if kind == 1:
        return f'{f}, L. M. ({year}). *The psychology of prejudice: Volume {i}* (2nd ed.). American Psychological Association.'
    if kind == 2:
        return (f'{f}, S. ({year}, March 19). On video games and storytelling {i}. *The New Yorker*. '
                f'https://www.newyorker.com/books/page-turner/story-{i}')
    return (f'{f}, J., & Lessig, L. ({year}). Perma: Scoping and addressing link rot {i}. '
            f'*Harvard Law Review Forum, {i % 200}*, 176–199. Retrieved March 3, 2025, from https://harvardlawreview.org/{i}')


def cite(i):
    f, year = family(i), 1990 + i % 35
    if i % 3 == 0:
        return f'Earlier work found the same pattern (see {f} et al., {year}, p. {i % 300 + 1}).'
    if i % 3 == 1:
        return f'{f} ({year}) described it in detail.'
    return f'Later studies agree ({f}, {year}; {f} et al., {year}).'


with open(out, 'w', encoding='utf-8') as fh:
    fh.write('# Synthetic benchmark paper\n\n')
    if markdown_notes:
        for start in range(0, n, 4):
            ids = range(start, min(n, start + 4))
            fh.write(' '.join(f'Sentence {i} cites a source on page {i % 400}.[^{i + 1}]' for i in ids) + '\n\n')
            for i in ids:
                fh.write(f'[^{i + 1}]: {entry(i).replace("*", "")}\n')
            fh.write('\n')
    else:
        for start in range(0, n, 5):
            fh.write(' '.join(cite(i) for i in range(start, min(n, start + 5))) + '\n\n')
        fh.write('## References\n\n')
        for i in range(n):
            text = entry(i)
            if i % 10 == 9:
                cut = text.index('). ') + 3
                fh.write(text[:cut].rstrip() + '\n    ' + text[cut:] + '\n\n')
            else:
                fh.write(text + '\n\n')
