// JobsagResources: the Danish and English UI strings and the demo name lists, loaded
// through the package's resource bundle.
import Foundation

public enum JobsagResources {
    /// The bundle that holds `Strings/` and `Demo/`.
    public static var bundle: Bundle { Bundle.module }
}
