extension String {
    /// `count` (Characters), from the byte count when the text is ASCII without a carriage return:
    /// in ASCII only "\r\n" joins two scalars into one Character. Counting graphemes, or copying
    /// a line into `[Character]` to count it, was a third of segmenting a list paper's body.
    var characterCount: Int {
        for byte in utf8 where byte >= 0x80 || byte == 0x0D { return count }
        return utf8.count
    }
}
