extension String {
    /// Absent values are null in every report, never "": readers of external data map "" to nil.
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
