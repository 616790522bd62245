/// The template lists of `Resources/Demo/texts.json`, one case per key. Every key must be
/// in the file and the file may hold no other key (besides `comment`).
enum TextKey: String, CaseIterable, Sendable {
    case resources, resourcesForeign, participantsStandard, participantsInterpreter
    case participantsJoint, participantsRoundTable, participantsSick, participantsFlex
    case formReasonFirst, formReasonOverride, justificationJobparat, justificationAktivitetsparat
    case justificationUddannelsesparat, justificationAabenlyst, justificationYouthActivity, justificationReassessment
    case summaryVisitationJob, summaryVisitationActivity, summaryVisitationYouth, summaryVisitationIntegration
    case summaryFirstJob, summaryFirstRehab, summaryJob, summaryJoint
    case summaryActivity, summaryYouth, summaryIntegration, summarySick
    case summaryRehab, summaryRoundTable, summaryFlex, summaryWritten
    case summaryCancelled, summaryNoShow, agreementsJob, agreementsActivity
    case agreementsYouth, agreementsIntegration, agreementsSick, agreementsRehab
    case agreementsFlex, agreementsRescheduled, goalJobDescription, goalSickDescription
    case goalFlexDescription, goalEducationDescription, goalGenericDescription, subgoalPhysical
    case subgoalMental, subgoalSocial, subgoalFamily, subgoalAbuse
    case subgoalLanguage, subgoalProfessional, subgoalJobSearch, subgoalOther
    case subgoalYouth, subgoalFlexProgression, subgoalSick, offerAssessmentInternship
    case offerPurposeInternship, offerAssessmentWageSubsidy, offerPurposeWageSubsidy, offerAssessmentUtility
    case offerPurposeUtility, offerAssessmentMentor, offerPurposeMentor, offerAssessmentJobSearch
    case offerPurposeJobSearch, offerAssessmentCertificate, offerPurposeCertificate, offerAssessmentClarification
    case offerPurposeClarification, offerAssessmentYouthGuidance, offerPurposeYouthGuidance, offerAssessmentYouthInternship
    case offerPurposeYouthInternshipHours, offerPurposeYouthInternshipSkills, offerPurposeYouthInternshipClarify, offerAssessmentLiteracy
    case offerPurposeLiteracy, offerAssessmentDanish, offerPurposeDanish, offerAssessmentEducation
    case offerPurposeEducation, followUpCourse, followUpPlacement, evaluationCourse
    case evaluationPlacement, interruptionReason, deadlineChangeReason, literacyExemptionEducation
    case literacyExemptionIllness, dropoutReaction, guidanceRightsNote, guidanceRightsRepeatNote
    case guidance225Note, guidanceCoordinatorNote, warningNote, exemptionStandbyReason
    case exemption225Reason, exemption225StandardReason, exemptionCVReason, absenceReasonable
    case absenceUnreasonable, absenceUnknown, absenceUnassessed, contactPhone
    case contactLetter, contactHomeVisit, contactMentor, contactProvider
    case contactFamily, sanctionLengthReason, ordinarySanctionReason, unwillingness
    case promotesAvailability, approvalNote, rehabGoalFlex, rehabGoalResource
    case rehabJobKinds, rehabAccommodations, flexHoursReason, reminderText
    /// A journal note, written `emne|tekst`.
    case journalNote
    /// The text of a note correcting an earlier one.
    case journalCorrection

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
        case .summaryFirstJob: return 20
        case .summaryFirstRehab: return 21
        case .summaryJob: return 22
        case .summaryJoint: return 23
        case .summaryActivity: return 24
        case .summaryYouth: return 25
        case .summaryIntegration: return 26
        case .summarySick: return 27
        case .summaryRehab: return 28
        case .summaryRoundTable: return 29
        case .summaryFlex: return 30
        case .summaryWritten: return 31
        case .summaryCancelled: return 32
        case .summaryNoShow: return 33
        case .agreementsJob: return 34
        case .agreementsActivity: return 35
        case .agreementsYouth: return 36
        case .agreementsIntegration: return 37
        case .agreementsSick: return 38
        case .agreementsRehab: return 39
        case .agreementsFlex: return 40
        case .agreementsRescheduled: return 41
        case .goalJobDescription: return 42
        case .goalSickDescription: return 43
        case .goalFlexDescription: return 44
        case .goalEducationDescription: return 45
        case .goalGenericDescription: return 46
        case .subgoalPhysical: return 47
        case .subgoalMental: return 48
        case .subgoalSocial: return 49
        case .subgoalFamily: return 50
        case .subgoalAbuse: return 51
        case .subgoalLanguage: return 52
        case .subgoalProfessional: return 53
        case .subgoalJobSearch: return 54
        case .subgoalOther: return 55
        case .subgoalYouth: return 56
        case .subgoalFlexProgression: return 57
        case .subgoalSick: return 58
        case .offerAssessmentInternship: return 59
        case .offerPurposeInternship: return 60
        case .offerAssessmentWageSubsidy: return 61
        case .offerPurposeWageSubsidy: return 62
        case .offerAssessmentUtility: return 63
        case .offerPurposeUtility: return 64
        case .offerAssessmentMentor: return 65
        case .offerPurposeMentor: return 66
        case .offerAssessmentJobSearch: return 67
        case .offerPurposeJobSearch: return 68
        case .offerAssessmentCertificate: return 69
        case .offerPurposeCertificate: return 70
        case .offerAssessmentClarification: return 71
        case .offerPurposeClarification: return 72
        case .offerAssessmentYouthGuidance: return 73
        case .offerPurposeYouthGuidance: return 74
        case .offerAssessmentYouthInternship: return 75
        case .offerPurposeYouthInternshipHours: return 76
        case .offerPurposeYouthInternshipSkills: return 77
        case .offerPurposeYouthInternshipClarify: return 78
        case .offerAssessmentLiteracy: return 79
        case .offerPurposeLiteracy: return 80
        case .offerAssessmentDanish: return 81
        case .offerPurposeDanish: return 82
        case .offerAssessmentEducation: return 83
        case .offerPurposeEducation: return 84
        case .followUpCourse: return 85
        case .followUpPlacement: return 86
        case .evaluationCourse: return 87
        case .evaluationPlacement: return 88
        case .interruptionReason: return 89
        case .deadlineChangeReason: return 90
        case .literacyExemptionEducation: return 91
        case .literacyExemptionIllness: return 92
        case .dropoutReaction: return 93
        case .guidanceRightsNote: return 94
        case .guidanceRightsRepeatNote: return 95
        case .guidance225Note: return 96
        case .guidanceCoordinatorNote: return 97
        case .warningNote: return 98
        case .exemptionStandbyReason: return 99
        case .exemption225Reason: return 100
        case .exemption225StandardReason: return 101
        case .exemptionCVReason: return 102
        case .absenceReasonable: return 103
        case .absenceUnreasonable: return 104
        case .absenceUnknown: return 105
        case .absenceUnassessed: return 106
        case .contactPhone: return 107
        case .contactLetter: return 108
        case .contactHomeVisit: return 109
        case .contactMentor: return 110
        case .contactProvider: return 111
        case .contactFamily: return 112
        case .sanctionLengthReason: return 113
        case .ordinarySanctionReason: return 114
        case .unwillingness: return 115
        case .promotesAvailability: return 116
        case .approvalNote: return 117
        case .rehabGoalFlex: return 118
        case .rehabGoalResource: return 119
        case .rehabJobKinds: return 120
        case .rehabAccommodations: return 121
        case .flexHoursReason: return 122
        case .reminderText: return 123
        case .journalNote: return 124
        case .journalCorrection: return 125
        }
    }
}
