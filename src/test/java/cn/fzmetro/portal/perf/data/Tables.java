package cn.fzmetro.portal.perf.data;

import cn.fzmetro.portal.perf.data.Rows.Table;

/** The portal tables the generator fills, with the columns it writes (see the Flyway migrations). */
final class Tables {

    static final Table APP_USER = new Table("app_user", "id", "username", "password_hash", "display_name", "kind",
            "id_number", "mobile", "email", "legal_representative", "window_code", "authority_code", "enabled",
            "must_change_password", "created_at", "version");
    static final Table USER_ROLE = new Table("user_role", "user_id", "role");
    static final Table CASE_FILE = new Table("case_file", "id", "case_number", "item_code", "item_name",
            "item_version_id", "applicant_id", "applicant_name", "receiving_window_code", "competent_region_code",
            "competent_authority_code", "status", "received_at", "due_date", "created_at", "updated_at", "version",
            "applicant_id_number", "submission_key", "assigned_clerk_id", "correction_round", "deemed_accepted_on",
            "accepted_at", "decided_at", "closed_at", "outcome_reason", "situation_answers", "form_values",
            "declared_at", "commitment_given", "handed_in_online", "walk_in", "identity_verified_at",
            "identity_verified_by", "identity_method", "assigned_clerk_name", "deferred_materials", "deferred_due",
            "statutory_due", "delivery_method", "tracking_number", "intake_due", "intake_decided_at", "decision_due",
            "signed_for_at", "receipt_to_sign_for_seconds", "intake_on_time", "decision_on_time",
            "receiving_region_code");
    static final Table CASE_HISTORY = new Table("case_history", "id", "case_id", "occurred_at", "actor_id",
            "actor_name", "actor_role", "place", "action", "from_status", "to_status", "detail");
    static final Table CHECKLIST = new Table("case_checklist_line", "id", "case_id", "stage", "material_code",
            "material_name", "point_no", "point_text", "verdict", "reason", "editable", "decided_by", "decided_at",
            "version");
    static final Table CORRECTION = new Table("case_correction_item", "id", "case_id", "round_no", "material_code",
            "material_name", "reason", "rule_text");
    static final Table STORED_FILE = new Table("stored_file", "id", "sha256", "size_bytes", "content_type",
            "page_count", "original_name", "owner_type", "owner_id", "uploaded_by", "uploaded_at");
    static final Table MATERIAL_FILE = new Table("case_material_file", "id", "case_id", "material_code", "file_id",
            "original_name", "content_type", "size_bytes", "page_count", "added_round", "added_at", "replaced_at");
    static final Table RATING = new Table("case_rating", "id", "case_id", "case_number", "item_name", "applicant_id",
            "applicant_name", "satisfaction", "rating_comment", "rated_at", "follow_up_state", "follow_up_due",
            "follow_up_result", "followed_up_by", "followed_up_at", "version", "assigned_window_code");

    /** The tables of generated case data, parents first. */
    static final Table[] CASE_TABLES = { CASE_FILE, CASE_HISTORY, CHECKLIST, CORRECTION, STORED_FILE, MATERIAL_FILE,
            RATING };

    private Tables() {
    }
}
