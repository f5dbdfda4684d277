package cn.fzmetro.portal.casefile;

/**
 * Filters of a queue; every part may be null / false for "all".
 *
 * @param status          only cases in this status
 * @param itemCode        only this catalog item
 * @param competentRegion only cases decided in this district
 * @param overdueOnly     only cases whose running clock has passed its due date
 * @param mineOnly        only cases the signed-in clerk has claimed (window queue)
 * @param deemedOnly      only cases the five-day rule marked deemed accepted (window queue)
 * @param caseNumber      only the case with this number (as the applicant reads it out)
 */
public record QueueFilter(CaseStatus status, String itemCode, String competentRegion, boolean overdueOnly,
        boolean mineOnly, boolean deemedOnly, String caseNumber) {

    public static final QueueFilter ALL = new QueueFilter(null, null, null, false, false, false, null);
}
