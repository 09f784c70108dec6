/// What the reports say when the history store could not record the audit: the links were
/// checked and the reports are whole, but the store does not hold this audit (docs/history.md,
/// "When the store cannot be written").
public enum StoreFailure {
    /// The `store-not-written` finding every paper's audit carries, first in its findings.
    public static func finding(_ error: CiteCheckError) -> Finding {
        Finding(kind: .storeNotWritten, severity: .error,
                message: "the history store could not record this audit (\(error.description)); "
                    + "the links were checked and this report is complete, but the next audit will not see this one")
    }

    /// The `archive-cache-not-written` finding (info): the archive's answers are in the report,
    /// but the store could not cache them, so the next run asks the archive again.
    public static func archiveCacheFinding(_ error: CiteCheckError) -> Finding {
        Finding(kind: .archiveCacheNotWritten, severity: .info,
                message: "the archive lookups of this audit could not be cached in the history store (\(error.description)); "
                    + "their answers are in this report, and the next audit asks the archive again")
    }

    /// The line `check` prints before it exits 2.
    public static func line(_ error: CiteCheckError) -> String {
        "\(error.description) (the reports were written; the audit is not recorded in the history store)"
    }
}
