package cn.fzmetro.portal.notification;

import java.util.List;

/** What to tell an applicant about one step of their case: a translation key and its arguments. */
record CaseMessage(long applicantId, long caseId, String caseNumber, String key, List<String> args) {
}
