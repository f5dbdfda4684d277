package cn.fzmetro.portal.catalog;

import java.util.List;

/**
 * The enumerated codes of the item file format (catalog/schema/item.schema.json), in the order
 * the format lists them. Screens translate them with the key prefix named beside each list.
 */
public final class ItemVocabulary {

    /** catalog.type.* */
    public static final List<String> TYPES = List.of("LICENSING", "CONFIRMATION", "FILING", "OTHER");
    /** catalog.applicant-type.* */
    public static final List<String> APPLICANT_TYPES = List.of("NATURAL_PERSON", "LEGAL_PERSON");
    /** catalog.handling.* */
    public static final List<String> HANDLING = List.of("ON_THE_SPOT", "FORWARD");
    /** catalog.decision-level.* */
    public static final List<String> DECISION_LEVELS = List.of("DISTRICT", "CITY");
    /** catalog.cross-region.* */
    public static final List<String> CROSS_REGION_MODES = List.of("ONLINE", "REMOTE_INTAKE", "JOINT");
    /** catalog.special-step.* */
    public static final List<String> SPECIAL_STEPS = List.of("SITE_INSPECTION", "HEARING", "TESTING", "EXPERT_REVIEW");
    /** catalog.field-type.* */
    public static final List<String> FIELD_TYPES = List.of("TEXT", "TEXTAREA", "NUMBER", "DATE", "SELECT");
    /** catalog.form.* */
    public static final List<String> FORMS = List.of("ORIGINAL", "COPY", "ORIGINAL_AND_COPY");
    /** catalog.medium.* */
    public static final List<String> MEDIA = List.of("PAPER", "ELECTRONIC", "PAPER_OR_ELECTRONIC");
    /** catalog.requirement.* */
    public static final List<String> REQUIREMENTS = List.of("REQUIRED", "CONDITIONAL", "DEFERRABLE");
    /** catalog.source.* */
    public static final List<String> SOURCES = List.of("APPLICANT", "DEPARTMENT", "DATA_SHARING");
    /** catalog.result-type.* */
    public static final List<String> RESULT_TYPES = List.of("LICENCE", "APPROVAL", "FILING_RECEIPT", "OTHER");
    /** catalog.delivery.* */
    public static final List<String> DELIVERY = List.of("WINDOW", "POST", "ELECTRONIC");

    private ItemVocabulary() {
    }
}
