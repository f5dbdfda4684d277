package cn.fzmetro.portal.casefile;

import java.util.List;
import java.util.Map;

import cn.fzmetro.portal.notice.IssuedNotice;

/**
 * Everything a case page shows, cut to the reader: the applicant sees no staff-only checklist of
 * the review and no transfer slip; the ID number is masked except for the applicant and the staff
 * handling the case. Labels of answers, fields and materials come from the pinned guide
 * ({@code itemVersionId}).
 */
public record CaseDetails(CaseSummary summary, CaseParticulars particulars, long itemVersionId,
        Map<String, String> answers, Map<String, String> formValues, List<MaterialFile> files,
        List<CheckItem> intakeChecklist, List<CheckItem> reviewChecklist, List<FlaggedMaterial> corrections,
        List<IssuedNotice> notices) {
}
