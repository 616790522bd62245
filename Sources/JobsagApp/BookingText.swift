import JobsagCore

/// The keys of the texts of booked meetings: the booking form, recording a meeting as held or
/// as a no-show, and how the agenda and the case show a meeting. Looked up as
/// `booking.<case>` in Resources/Strings/<lang>-booking.json (`strings[booking: .meeting]`).
enum BookingText: String, StringTableKey, Sendable, CaseIterable {
    static let prefix = "booking"

    case bookIntro
    case moveIntro
    case heldIntro
    case bookedFor
    case describeBooked
    case describeMoved
    case describeCancelled
    case describeNoShow
    case meeting
    case meetingLine
    case atTime
    case selectAMeeting
    case selfBookedMark
    case timeHint
}

extension Strings {
    /// The text of booked meetings for `key` (`strings[booking: .meeting]`).
    subscript(booking key: BookingText) -> String { entry(of: key) }

    func format(booking key: BookingText, _ arguments: CustomStringConvertible...) -> String { format(key, with: arguments) }

    /// What a meeting is, without its day and time: "jobsamtale, fysisk, Jobcentret lokale 3,
    /// selvbooket".
    func meetingDetails(_ meeting: Meeting) -> String {
        var parts = [label(meeting.kind).lowercased(), label(meeting.form)]
        if !meeting.place.isEmpty { parts.append(meeting.place) }
        if meeting.selfBooked { parts.append(self[booking: .selfBookedMark]) }
        return parts.joined(separator: ", ")
    }
}

extension Meeting.State: LabeledValue { public static var labelPrefix: String { "meetingState" } }
