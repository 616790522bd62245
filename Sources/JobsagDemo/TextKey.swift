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

    /// The key's position in `allCases`, without hashing.
    var ordinal: Int {
        switch self {
        case .resources: return 0
        case .resourcesForeign: return 1
        case .participantsStandard: return 2
        case .participantsInterpreter: return 3
        case .participantsJoint: return 4
        case .participantsRoundTable: return 5
        case .participantsSick: return 6
        case .participantsFlex: return 7
        case .formReasonFirst: return 8
        case .formReasonOverride: return 9
        case .justificationJobparat: return 10
        case .justificationAktivitetsparat: return 11
        case .justificationUddannelsesparat: return 12
        case .justificationAabenlyst: return 13
        case .justificationYouthActivity: return 14
        case .justificationReassessment: return 15
        case .summaryVisitationJob: return 16
        case .summaryVisitationActivity: return 17
        case .summaryVisitationYouth: return 18
        case .summaryVisitationIntegration: return 19
        case .summaryJob: return 20
        case .summaryJoint: return 21
        case .summaryActivity: return 22
        case .summaryYouth: return 23
        case .summaryIntegration: return 24
        case .summarySick: return 25
        case .summaryRehab: return 26
        case .summaryRoundTable: return 27
        case .summaryFlex: return 28
        case .summaryWritten: return 29
        case .summaryCancelled: return 30
        case .summaryNoShow: return 31
        case .agreementsJob: return 32
        case .agreementsActivity: return 33
        case .agreementsYouth: return 34
        case .agreementsIntegration: return 35
        case .agreementsSick: return 36
        case .agreementsRehab: return 37
        case .agreementsFlex: return 38
        case .agreementsRescheduled: return 39
        case .goalJobDescription: return 40
        case .goalSickDescription: return 41
        case .goalFlexDescription: return 42
        case .goalEducationDescription: return 43
        case .goalGenericDescription: return 44
        case .subgoalPhysical: return 45
        case .subgoalMental: return 46
        case .subgoalSocial: return 47
        case .subgoalFamily: return 48
        case .subgoalAbuse: return 49
        case .subgoalLanguage: return 50
        case .subgoalProfessional: return 51
        case .subgoalJobSearch: return 52
        case .subgoalOther: return 53
        case .subgoalYouth: return 54
        case .subgoalFlexProgression: return 55
        case .subgoalSick: return 56
        case .offerAssessmentGuidance: return 57
        case .offerPurposeGuidance: return 58
        case .offerAssessmentInternship: return 59
        case .offerPurposeInternship: return 60
        case .offerAssessmentWageSubsidy: return 61
        case .offerPurposeWageSubsidy: return 62
        case .offerAssessmentUtility: return 63
        case .offerPurposeUtility: return 64
        case .offerAssessmentMentor: return 65
        case .offerPurposeMentor: return 66
        case .offerAssessmentLiteracy: return 67
        case .offerPurposeLiteracy: return 68
        case .offerAssessmentDanish: return 69
        case .offerPurposeDanish: return 70
        case .offerAssessmentEducation: return 71
        case .offerPurposeEducation: return 72
        case .followUpNote: return 73
        case .evaluationResult: return 74
        case .interruptionReason: return 75
        case .deadlineChangeReason: return 76
        case .literacyExemptionEducation: return 77
        case .literacyExemptionIllness: return 78
        case .dropoutReaction: return 79
        case .guidanceRightsNote: return 80
        case .guidance225Note: return 81
        case .guidanceCoordinatorNote: return 82
        case .warningNote: return 83
        case .exemptionStandbyReason: return 84
        case .exemption225Reason: return 85
        case .exemption225StandardReason: return 86
        case .exemptionCVReason: return 87
        case .absenceReasonable: return 88
        case .absenceUnreasonable: return 89
        case .absenceUnknown: return 90
        case .absenceUnassessed: return 91
        case .contactPhone: return 92
        case .contactLetter: return 93
        case .contactHomeVisit: return 94
        case .contactMentor: return 95
        case .contactProvider: return 96
        case .contactFamily: return 97
        case .sanctionLengthReason: return 98
        case .ordinarySanctionReason: return 99
        case .unwillingness: return 100
        case .promotesAvailability: return 101
        case .approvalNote: return 102
        case .rehabGoalFlex: return 103
        case .rehabGoalResource: return 104
        case .rehabJobKinds: return 105
        case .rehabAccommodations: return 106
        case .flexHoursReason: return 107
        case .reminderText: return 108
        }
    }
}
