import ArgumentParser
import CiteCheck

/// `--max-input`, `--max-entries` and `--pdf-timeout`, shared by `parse` and `check`: the options named in the
/// input limits' error messages (docs/limits.md), for the rare honest paper past a default.
struct InputLimitOptions: ParsableArguments {
    @Option(name: .customLong("max-input"), help: ArgumentHelp(
        "Largest paper read, in bytes (suffixes K, M, G): text formats (default 32M); Word files and PDFs, the parts a Word file inflates to and the text pdftotext gives are allowed at least as much (defaults 100M, 20M, 32M).",
        valueName: "size"))
    var maxInput: String?

    @Option(name: .customLong("max-entries"), help: ArgumentHelp(
        "Most entries read from one file: BibTeX entries, CSL-JSON items, RIS records, a paper's notes (default 50000).",
        valueName: "n"))
    var maxEntries: Int = Limits.entriesPerFile

    @Option(name: .customLong("pdf-timeout"), help: ArgumentHelp(
        "Seconds pdftotext may take to turn a PDF into text before it is stopped (default 120).",
        valueName: "seconds"))
    var pdfTimeout: Double = Limits.pdfTextSeconds

    func validate() throws {
        if let maxInput, Limits.inputByteCount(maxInput) == nil {
            throw ValidationError("--max-input must be a byte count between 1 and 1G (digits with an optional K, M or G), got \(maxInput)")
        }
        if let problem = Limits.maxEntries.problem(maxEntries) { throw ValidationError(problem) }
        if let problem = Limits.pdfTimeout.problem(pdfTimeout) { throw ValidationError(problem) }
    }

    /// The input limits these options give.
    var limits: InputLimits {
        var limits = InputLimits()
        if let bytes = maxInput.flatMap(Limits.inputByteCount) { limits.raise(toBytes: bytes) }
        limits.entries = maxEntries
        limits.pdfSeconds = pdfTimeout
        return limits
    }
}
