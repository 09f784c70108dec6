import Testing
@testable import CiteCheck

@Suite struct ReferenceAssemblerTests {
    func assemble(_ texts: [String], labels: [String]? = nil) -> ReferenceAssembler {
        let parser = ReferenceParser()
        var assembler = ReferenceAssembler()
        for (i, text) in texts.enumerated() {
            let note = Note(index: i + 1, label: labels?[i] ?? String(i + 1), kind: .citation, text: text)
            assembler.add(note, parser.parse(note: note, firstID: 1))
        }
        return assembler
    }

    @Test func ibidAndShortNotesRepeatTheFullReference() {
        let a = assemble([
            #"Martin Klein et al., "Scholarly Context Not Found: One in Five Articles Suffers from Reference Rot," PLOS ONE 9, no. 12 (2014): e115253, https://doi.org/10.1371/journal.pone.0115253."#,
            "Ibid., 4.",
            "Ibid.",
            #"Klein et al., "Scholarly Context Not Found," e115253."#,
        ])
        #expect(a.references.map(\.id) == ["r1", "r2", "r3", "r4"])
        #expect(a.references.map(\.repeats) == [nil, "r1", "r1", "r1"])
        #expect(a.references.map(\.pages) == [a.references[0].pages, "4", "4", "e115253"])
        #expect(a.references.allSatisfy { $0.title == a.references[0].title && $0.doi == "10.1371/journal.pone.0115253" })
        #expect(a.references.map(\.note) == [1, 2, 3, 4])
        #expect(a.references[1].raw == "Ibid., 4.")
        #expect(a.notes.allSatisfy { $0.kind == .citation })
        #expect(a.findings.isEmpty)
    }

    @Test func chineseRepeatsByAuthorAndByNoteLabel() {
        let a = assemble([
            "张三：《网络引文失效研究》，载《图书情报工作》2020年第5期，第12页。",
            "李四：《法学期刊网络引文的可获得性》，《中国法学》2019年第3期，第45页。",
            "同上，第47页。",
            "前引张三文，第15页。",
            "同前注①，第20页。",
        ], labels: ["①", "②", "③", "①", "②"])
        #expect(a.references.map(\.repeats) == [nil, nil, "r2", "r1", "r1"])
        #expect(a.references.suffix(3).map(\.pages) == ["47", "15", "20"])
    }

    @Test func aShortNoteWithNoFullNoteIsKeptAndFlagged() {
        let a = assemble(["Ibid., 3.", #"Lehmann, "Last Light," 44."#, "前引王力书，第12页。"])
        #expect(a.references.count == 3)
        #expect(a.references.allSatisfy { $0.repeats == nil })
        #expect(a.references.map(\.pages) == ["3", "44", "12"])
        #expect(a.findings.map(\.kind) == [.unresolvedShortNote, .unresolvedShortNote, .unresolvedShortNote])
        #expect(a.findings.map(\.reference) == ["r1", "r2", "r3"])
        #expect(a.findings.map(\.severity) == [.warning, .warning, .warning])
        #expect(a.findings[1].message.contains("Lehmann"))
    }

    @Test func commentsStayComments() {
        let a = assemble(["On this point, see the discussion in chapter 3.", "本文所称网络引文，指以网址标注出处的引文。"])
        #expect(a.references.isEmpty)
        #expect(a.notes.map(\.kind) == [.comment, .comment])
        #expect(a.findings.isEmpty)
    }

    @Test func shortTitlesFindWorksCitedAfterAnEarlierShortNote() {
        // A short note looks among the titles of every full reference before it: the second short
        // note must see the work cited between the two.
        let a = assemble([
            #"Martin Klein et al., "Scholarly Context Not Found: One in Five Articles Suffers from Reference Rot," PLOS ONE 9, no. 12 (2014): e115253."#,
            #"Klein et al., "Scholarly Context Not Found," e115253."#,
            #"Jonathan Zittrain, Kendra Albert, and Lawrence Lessig, "Perma: Scoping and Addressing the Problem of Link and Reference Rot in Legal Citations," Harvard Law Review Forum 127 (2014): 176."#,
            #"Zittrain, Albert, and Lessig, "Perma," e177."#,
            #"Klein et al., "Scholarly Context," e4."#,
        ])
        #expect(a.references.map(\.repeats) == [nil, "r1", nil, "r3", "r1"])
        #expect(a.references.map(\.pages).suffix(3) == [a.references[2].pages, "e177", "e4"])
        #expect(a.findings.isEmpty)
    }

    @Test func aNoteKeptByTheCallerIsAssembledInPlace() {
        // The text path keeps its own notes and hands each to `assemble`: only its kind is set, and the
        // references are the same as `add` makes.
        let parser = ReferenceParser()
        let texts = ["See the discussion in chapter 3.", "Ibid., 4.",
                     #"Klein et al., "Scholarly Context Not Found," PLOS ONE 9 (2014): e115253."#, "Ibid., 7."]
        var notes = texts.enumerated().map { Note(index: $0.offset + 1, label: String($0.offset + 1), kind: .citation, text: $0.element) }
        var assembler = ReferenceAssembler(references: 4)
        for i in notes.indices {
            let refs = parser.parse(note: notes[i], firstID: 1)
            assembler.assemble(&notes[i], refs, prepared: ReferenceAssembler.prepare(notes[i], refs))
        }
        let added = assemble(texts)
        #expect(notes == added.notes)
        #expect(notes.map(\.kind) == [.comment, .citation, .citation, .citation])
        #expect(assembler.references == added.references)
        #expect(assembler.findings == added.findings)
        let taken = assembler.takeReferences()
        #expect(taken.map(\.repeats) == [nil, nil, "r2"])
        #expect(assembler.references.isEmpty)
    }
}
