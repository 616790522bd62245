import JobsagCore
import JobsagRules

extension AppState {
    /// What the runtime does before the first key: start the session, which reads the news.
    public var startEffects: [Effect] { [.startSession] }

    /// The audit events since the user's last session are read (at start): the news is kept
    /// for `N`, and shown at once over the caseload when there is any and nothing else is open.
    mutating func newsLoaded(since: Timestamp?, events: [AuditEvent]) {
        let loaded = News(
            since: since, events: events, user: context.user.initials, cases: cases.values, assessments: assessments,
            leadTimeDays: engine.policy.leadTimeDays)
        news = loaded
        markTransfersInNews(loaded)
        guard !loaded.isEmpty else { return }
        if overlay == nil, screen == .caseload {
            showNews()
        } else if message == nil {
            message = StatusMessage(strings.format(news: .ready, loaded.changedCases.count, loaded.dueObligations.count))
        }
    }

    /// `N`: "Nyt siden sidst" as a window to read, closed with Esc; any key it does not use
    /// closes it and acts on the screen below.
    mutating func showNews() {
        overlay = .reading(ReadingState(title: strings[news: .title], linked: newsParagraphs(news), passesOtherKeys: true))
    }

    /// The lines of the window: since when, the cases others changed (who, what, when) and the
    /// deadlines that came near; a case's line leads to its Historik, a deadline's to its overview.
    func newsParagraphs(_ news: News?) -> [(label: String, text: String, link: ReadingLink?)] {
        let format = Format(strings: strings)
        guard let news, let since = news.since else { return [("", strings[news: .firstSession], nil)] }
        var lines: [(label: String, text: String, link: ReadingLink?)] = [
            (strings[news: .sinceLabel], strings.format(news: .since, format.time(since)), nil),
        ]
        if news.isEmpty { lines.append(("", strings.format(news: .nothing, format.time(since)), nil)) }
        if !news.changedCases.isEmpty {
            lines.append((strings[news: .changedLabel], strings.format(news: .changed, news.changedCases.count), nil))
            for changed in news.changedCases {
                let item = cases[changed.caseID]
                let events = changed.events.map { event in
                    let what = item.map { item in event.changes.map { ChangePathText.describe($0, in: item, strings: strings) } } ?? []
                    return strings.format(news: .eventLine, event.user, strings.label(event.action), format.time(event.time))
                        + (what.isEmpty ? "" : ": " + what.joined(separator: ", "))
                }
                lines.append((changed.caseID, ([item?.citizen.name ?? changed.caseID] + events).joined(separator: " · "),
                              item.map { ReadingLink(caseID: $0.id, tab: .history) }))
            }
        }
        if !news.dueObligations.isEmpty {
            lines.append((strings[news: .dueLabel], strings.format(news: .due, news.dueObligations.count), nil))
            for due in news.dueObligations {
                let rule = RuleCatalogue.rule(id: due.obligation.ruleID, version: due.obligation.ruleVersion)
                lines.append((due.caseID, strings.format(
                    news: .dueLine, cases[due.caseID]?.citizen.name ?? due.caseID, rule.map { strings.text($0.title) } ?? due.obligation.ruleID,
                    format.long(due.deadline), strings.text(due.obligation.status.label)),
                    cases[due.caseID].map { _ in ReadingLink(caseID: due.caseID, tab: .overview) }))
            }
        }
        lines.append(("", strings[news: .keys], nil))
        return lines
    }
}
