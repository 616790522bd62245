/// A non-empty list to draw from: emptiness is ruled out when the pool is made, so drawing
/// never fails.
struct Pool<Element: Sendable>: Sendable {
    let elements: [Element]

    /// A pool, or nil when `elements` is empty.
    init?(_ elements: [Element]) {
        guard !elements.isEmpty else { return nil }
        self.elements = elements
    }

    init(_ first: Element, _ rest: Element...) {
        self.elements = [first] + rest
    }

    var count: Int { elements.count }

    /// The first element (there always is one).
    var first: Element { elements[0] }

    /// Any element, all equally likely.
    func pick(_ random: inout DemoRandom) -> Element {
        elements[random.int(below: elements.count)]
    }

    /// Any element, the first ones more likely (the lists are ordered by frequency, as with
    /// surnames): index = count · u^skew.
    func pickCommon(_ random: inout DemoRandom, skew: Double = 1.8) -> Element {
        let u = random.unit()
        var power = 1.0
        var remaining = skew
        // u^skew for a skew between 1 and 3 without Foundation's pow.
        while remaining >= 1 { power *= u; remaining -= 1 }
        if remaining > 0 { power *= 1 - remaining * (1 - u) }
        let index = min(elements.count - 1, Int(Double(elements.count) * power))
        return elements[index]
    }

    /// An element other than `other` when the pool has one.
    func pick(_ random: inout DemoRandom, otherThan other: Element) -> Element where Element: Equatable {
        for _ in 0..<4 {
            let candidate = pick(&random)
            if candidate != other { return candidate }
        }
        return elements.first(where: { $0 != other }) ?? other
    }
}
