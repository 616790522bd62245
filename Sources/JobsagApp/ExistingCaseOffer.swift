import JobsagCore

/// A CPR number is one citizen, one case: when a new case (or a changed CPR number) has the
/// number of another case, in the cases loaded or anywhere in the store, the form names that
/// case and its caseworker and offers to open it: Enter (or `j`) opens it (a colleague's case asks
/// for a work reason first, as always); any other key goes back to the form.
extension AppState {
    /// The store refused the save: another case has the CPR number.
    mutating func cprInUse(by caseID: CaseID, caseworker: Initials) {
        pendingSave = nil
        guard case .form(var form)? = overlay else {
            message = StatusMessage(cprInUseText(caseID, caseworker: caseworker), kind: .error)
            return
        }
        offerCase(caseID, caseworker: caseworker, in: &form)
        overlay = .form(form)
    }

    /// Shows the case that has the CPR number above the form's fields, with the offer to open it.
    func offerCase(_ caseID: CaseID, caseworker: Initials, in form: inout FormState) {
        form.refusal = cprInUseText(caseID, caseworker: caseworker)
        form.offeredCase = caseID
    }

    /// "CPR-nummeret har allerede en sag: S-000042, sagsbehandler AB (Anne Berg). Intet er gemt."
    func cprInUseText(_ caseID: CaseID, caseworker: Initials) -> String {
        let name = context.caseworker(caseworker).map { caseworker + " (" + $0.name + ")" } ?? caseworker
        return strings.format(.cprInUseOffer, caseID, name)
    }

    /// Enter on the offer: opens the case, reading it first when it is not loaded.
    mutating func openExistingCase(_ id: CaseID) -> [Effect] {
        guard cases[id] != nil else { return [.loadCase(id)] }
        return openCaseAskingForAccess(id, tab: .overview)
    }

    /// The case is read: it is opened (asking for a reason when it is not the user's own),
    /// without joining the caseload's rows.
    mutating func openLoadedCase(_ item: Case) -> [Effect] {
        cases[item.id] = item
        assessments[item.id] = engine.evaluate(item, asOf: context.asOf).unsettled
        return openCaseAskingForAccess(item.id, tab: .overview)
    }
}
