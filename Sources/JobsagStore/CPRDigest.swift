import Crypto
import Foundation
import JobsagCore

/// Keyed digests of CPR numbers (HMAC-SHA256, the first 16 bytes in hex), so the case index
/// can say whether a CPR number is in the store without holding CPR numbers in clear: the
/// key is derived from the store's identity, so digests from the index alone cannot be
/// matched against the space of CPR numbers, and two stores give different digests.
struct CPRDigester: Sendable {
    private let key: SymmetricKey

    init(identity: StoreIdentity) {
        let seed = "jobsag.cpr-digest:" + (identity.id ?? identity.created.iso)
        key = SymmetricKey(data: SHA256.hash(data: Data(seed.utf8)))
    }

    func digest(_ cpr: CPR) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data(cpr.digits.utf8), using: key)
        return code.prefix(16).map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }
}
