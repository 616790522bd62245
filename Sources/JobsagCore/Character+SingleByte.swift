extension Character {
    /// The character's byte when it is written in one (ASCII, but for "\r\n"), read from its
    /// UTF-8: `asciiValue` and `isASCII` first compare the character with "\r\n" as strings,
    /// which took most of the time of drawing a search's hits.
    var singleByte: UInt8? {
        let utf8 = self.utf8
        return utf8.count == 1 ? utf8.first : nil
    }
}
