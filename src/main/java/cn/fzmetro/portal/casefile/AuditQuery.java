package cn.fzmetro.portal.casefile;

import java.time.LocalDate;

/**
 * A search of the case action log; every part may be null for "any".
 *
 * @param caseNumber exact case number
 * @param actor      user name shown in the log (part of it)
 * @param place      window or authority name (part of it)
 * @param action     the action
 * @param from       first day (Asia/Shanghai), included
 * @param to         last day, included
 */
public record AuditQuery(String caseNumber, String actor, String place, CaseAction action, LocalDate from,
        LocalDate to) {

    @Override
    public String toString() {
        return "case=" + blank(caseNumber) + "; actor=" + blank(actor) + "; place=" + blank(place) + "; action="
                + (action == null ? "" : action.name()) + "; from=" + (from == null ? "" : from) + "; to="
                + (to == null ? "" : to);
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
