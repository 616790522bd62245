// JobsagCore: the domain of Jobsag as value types (cases and their entries, CPR numbers,
// calendar dates, Danish text). Pure: it never reads the clock, the disk or the terminal.

/// The format version of a case file that this build writes.
public enum JobsagFormat {
    /// The name written in every case file's `format` field.
    public static let caseFormatName = "jobsag.case"
}
