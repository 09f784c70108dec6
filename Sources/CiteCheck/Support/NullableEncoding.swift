extension KeyedEncodingContainer {
    /// The JSON contract says an absent value is `null`, never a missing key or an empty string.
    mutating func encodeNullable<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
}
