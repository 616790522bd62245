import JobsagCore

/// The `/` filter's text, folded once per keystroke: name, CPR and group match anywhere,
/// goal and subgoal titles only where a word starts (so `aa`, folded to `å`, does not find
/// every "på" and "mål" in the goals).
struct CaseQuery {
    var anywhere: String
    var atWordStart: String

    init(_ text: String) {
        anywhere = DanishText.searchKey(text)
        atWordStart = DanishText.wordStartKey(anywhere)
    }
}
