package com.kpbank.lc.gateway.checks;

/**
 * Customer Onboarding's message, in its words: the credit assessment of the applicant of the application
 * with reference {@code applicationRef} (our application id).
 *
 * @param recommendation {@code GRANT}, {@code DECLINE}, or {@code PENDING_DOCUMENTS} (not final)
 * @param riskGrade      Onboarding's grade of the applicant, e.g. {@code A} to {@code E}
 * @param assessorComment free text by the credit analyst
 */
public record CreditAssessment(String applicationRef, String recommendation, String riskGrade, String assessorComment) {
}
