package cn.fzmetro.portal.casefile;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A narrow read of a case: who may act on it ({@link ScopedCase}) and where it stands, without the
 * rest of its 50 columns. Uploads check it twice per file and file downloads once, where loading
 * the whole case cost more than the check.
 */
record CaseGate(long id, Long itemVersionId, CaseStatus status, boolean walkIn, int correctionRound,
        String deferredMaterials, Long applicantId, String applicantIdNumber, String receivingWindowCode,
        String competentAuthorityCode) implements ScopedCase {

    static final String SQL = "SELECT id, item_version_id, status, walk_in, correction_round, deferred_materials,"
            + " applicant_id, applicant_id_number, receiving_window_code, competent_authority_code"
            + " FROM case_file WHERE id = ?";

    static CaseGate of(ResultSet rs, int row) throws SQLException {
        return new CaseGate(rs.getLong("id"), rs.getObject("item_version_id", Long.class),
                CaseStatus.valueOf(rs.getString("status")), rs.getBoolean("walk_in"), rs.getInt("correction_round"),
                rs.getString("deferred_materials"), rs.getObject("applicant_id", Long.class),
                rs.getString("applicant_id_number"), rs.getString("receiving_window_code"),
                rs.getString("competent_authority_code"));
    }
}
