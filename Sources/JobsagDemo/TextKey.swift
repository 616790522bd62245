/// The template lists of `Resources/Demo/texts.json`, one case per key. Every key must be
/// in the file and the file may hold no other key (besides `comment`).
enum TextKey: String, CaseIterable, Sendable {
    case resources, resourcesForeign, participantsStandard, participantsInterpreter
    case participantsJoint, participantsRoundTable, participantsSick, participantsFlex
    case formReasonFirst, formReasonOverride, justificationJobparat, justificationAktivitetsparat
    case justificationUddannelsesparat, justificationAabenlyst, justificationYouthActivity, justificationReassessment
    case summaryVisitationJob, summaryVisitationActivity, summaryVisitationYouth, summaryVisitationIntegration
    case summaryJob, summaryJoint, summaryActivity, summaryYouth
    case summaryIntegration, summarySick, summaryRehab, summaryRoundTable
    case summaryFlex, summaryWritten, summaryCancelled, summaryNoShow
    case agreementsJob, agreementsActivity, agreementsYouth, agreementsIntegration
    case agreementsSick, agreementsRehab, agreementsFlex, agreementsRescheduled
    case goalJobDescription, goalSickDescription, goalFlexDescription, goalEducationDescription
    case goalGenericDescription, subgoalPhysical, subgoalMental, subgoalSocial
    case subgoalFamily, subgoalAbuse, subgoalLanguage, subgoalProfessional
    case subgoalJobSearch, subgoalOther, subgoalYouth, subgoalFlexProgression
    case subgoalSick, offerAssessmentGuidance, offerPurposeGuidance, offerAssessmentInternship
    case offerPurposeInternship, offerAssessmentWageSubsidy, offerPurposeWageSubsidy, offerAssessmentUtility
    case offerPurposeUtility, offerAssessmentMentor, offerPurposeMentor, offerAssessmentLiteracy
    case offerPurposeLiteracy, offerAssessmentDanish, offerPurposeDanish, offerAssessmentEducation
    case offerPurposeEducation, followUpNote, evaluationResult, interruptionReason
    case deadlineChangeReason, literacyExemptionEducation, literacyExemptionIllness, dropoutReaction
    case guidanceRightsNote, guidance225Note, guidanceCoordinatorNote, warningNote
    case exemptionStandbyReason, exemption225Reason, exemption225StandardReason, exemptionCVReason
    case absenceReasonable, absenceUnreasonable, absenceUnknown, absenceUnassessed
    case contactPhone, contactLetter, contactHomeVisit, contactMentor
    case contactProvider, contactFamily, sanctionLengthReason, ordinarySanctionReason
    case unwillingness, promotesAvailability, approvalNote, rehabGoalFlex
    case rehabGoalResource, rehabJobKinds, rehabAccommodations, flexHoursReason
    case reminderText
}
