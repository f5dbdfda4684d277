package cn.fzmetro.portal.notice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import cn.fzmetro.portal.base.InvalidInputException.Problem;

/**
 * What a notice says; the notice module decides how it looks. Built by the case modules and
 * checked on construction, so an invalid notice cannot even be described: a missing element, an
 * over-long text, a table row with the wrong number of cells or an adverse decision
 * ({@link NoticeKind#isAdverseDecision() REFUSAL / DENIAL}) without reason, legal basis and a
 * statement of the right to 行政复议 (60 days) and 行政诉讼 (6 months) is refused with an
 * {@link InvalidNoticeException} naming every problem.
 * <p>
 * Texts may contain line breaks ({@code \n}) where a new paragraph should start; the one-line
 * elements (case number, applicant, item, issuer, phone) may not.
 *
 * @param kind           which notice
 * @param caseNumber     the case number (办件编号), e.g. {@code 350104-20260305-000123}
 * @param applicantName  the applicant (person or organisation), printed on the notice, never shown on the
 *                       public verification page
 * @param itemName       the service item applied for
 * @param issuedBy       the window or authority issuing the notice (出具单位)
 * @param issuedOn       the date of the notice; not in the future when issued
 * @param timeLimitsText the time limits that apply (法定 / 承诺办结时限), as a sentence
 * @param complaintPhone the supervision and complaint phone number printed in the footer
 * @param sections       further sections, each a heading with paragraphs (may be empty)
 * @param table          an optional table, e.g. the materials received or the flagged materials with reason and
 *                       rule; {@code null} for none
 * @param reason         why (required for REFUSAL and DENIAL, else optional)
 * @param legalBasis     the legal basis of the decision (required for REFUSAL and DENIAL, else optional)
 * @param appealText     the appeal rights (required for REFUSAL and DENIAL and must name 行政复议 within 60 days
 *                       and 行政诉讼 within 6 months; see {@link #standardAppealText(String, String)})
 * @param recipient      to whom the notice is addressed: required for a TRANSFER_SLIP (the competent authority);
 *                       for the other kinds {@code null} means the applicant
 */
public record NoticeContent(
        NoticeKind kind,
        String caseNumber,
        String applicantName,
        String itemName,
        String issuedBy,
        LocalDate issuedOn,
        String timeLimitsText,
        String complaintPhone,
        List<Section> sections,
        Table table,
        String reason,
        String legalBasis,
        String appealText,
        String recipient) {

    public static final int MAX_SECTIONS = 30;
    public static final int MAX_PARAGRAPHS = 50;
    public static final int MAX_PARAGRAPH = 2000;
    public static final int MAX_COLUMNS = 6;
    public static final int MAX_ROWS = 500;
    public static final int MAX_CELL = 1000;
    /** All texts together: keeps rendering time and size bounded. */
    public static final int MAX_TOTAL = 100_000;

    private static final Pattern CASE_NUMBER = Pattern.compile("[0-9A-Za-z][0-9A-Za-z-]{0,31}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-]{2,31}");

    /** A section of the notice: a heading and its paragraphs. */
    public record Section(String heading, List<String> paragraphs) {

        public Section {
            paragraphs = paragraphs == null ? List.of() : paragraphs.stream().map(NoticeContent::clean).toList();
            heading = clean(heading);
        }

        public Section(String heading, String... paragraphs) {
            this(heading, List.of(paragraphs));
        }
    }

    /** A table: one header row and the data rows, each with as many cells as the header. */
    public record Table(List<String> header, List<List<String>> rows) {

        public Table {
            header = header == null ? List.of() : header.stream().map(NoticeContent::clean).toList();
            rows = rows == null ? List.of()
                    : rows.stream().map(r -> r == null ? List.<String>of()
                            : r.stream().map(c -> c == null ? "" : clean(c)).toList()).toList();
        }
    }

    public NoticeContent {
        caseNumber = clean(caseNumber);
        applicantName = clean(applicantName);
        itemName = clean(itemName);
        issuedBy = clean(issuedBy);
        timeLimitsText = clean(timeLimitsText);
        complaintPhone = clean(complaintPhone);
        sections = sections == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(sections));
        reason = clean(reason);
        legalBasis = clean(legalBasis);
        appealText = clean(appealText);
        recipient = clean(recipient);
        List<Problem> problems = check(kind, caseNumber, applicantName, itemName, issuedBy, issuedOn, timeLimitsText,
                complaintPhone, sections, table, reason, legalBasis, appealText, recipient);
        if (!problems.isEmpty()) {
            throw new InvalidNoticeException(problems);
        }
    }

    /** A builder, for the many optional parts. */
    public static Builder builder(NoticeKind kind) {
        return new Builder(kind);
    }

    /**
     * The standard statement of appeal rights for refusals and denials: 行政复议 to
     * {@code reconsiderationBody} within 60 days, or 行政诉讼 before {@code court} within 6 months
     * (行政复议法 art. 20, 行政诉讼法 art. 46).
     */
    public static String standardAppealText(String reconsiderationBody, String court) {
        return NoticeTexts.zh("notice.appeal.standard", Objects.requireNonNull(reconsiderationBody),
                Objects.requireNonNull(court));
    }

    public boolean hasTable() {
        return table != null;
    }

    /** Whom the notice addresses: the recipient if given, else the applicant. */
    public String addressee() {
        return recipient == null || recipient.isBlank() ? applicantName : recipient;
    }

    /** Every text of the notice with the field it belongs to, in reading order. */
    List<FieldText> texts() {
        List<FieldText> texts = new ArrayList<>();
        texts.add(new FieldText("notice.field.case-number", caseNumber, false));
        texts.add(new FieldText("notice.field.applicant-name", applicantName, false));
        texts.add(new FieldText("notice.field.item-name", itemName, false));
        texts.add(new FieldText("notice.field.issued-by", issuedBy, false));
        texts.add(new FieldText("notice.field.complaint-phone", complaintPhone, false));
        texts.add(new FieldText("notice.field.time-limits", timeLimitsText, true));
        for (Section s : sections) {
            if (s == null) {
                continue;
            }
            texts.add(new FieldText("notice.field.section-heading", s.heading(), false));
            s.paragraphs().forEach(p -> texts.add(new FieldText("notice.field.paragraph", p, true)));
        }
        if (table != null) {
            table.header().forEach(h -> texts.add(new FieldText("notice.field.table-header", h, true)));
            table.rows().forEach(r -> r.forEach(c -> texts.add(new FieldText("notice.field.table-cell", c, true))));
        }
        texts.add(new FieldText("notice.field.reason", reason, true));
        texts.add(new FieldText("notice.field.legal-basis", legalBasis, true));
        texts.add(new FieldText("notice.field.appeal", appealText, true));
        texts.add(new FieldText("notice.field.recipient", recipient, false));
        return texts;
    }

    /** One text of a notice: the field's translation key, the text (may be null) and whether it may break lines. */
    record FieldText(String field, String text, boolean multiLine) {
    }

    private static String clean(String s) {
        return s == null ? null : s.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static List<Problem> check(NoticeKind kind, String caseNumber, String applicantName, String itemName,
            String issuedBy, LocalDate issuedOn, String timeLimitsText, String complaintPhone, List<Section> sections,
            Table table, String reason, String legalBasis, String appealText, String recipient) {
        List<Problem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new Problem("notice.field.kind", "notice.validation.required"));
        }
        if (required(problems, "notice.field.case-number", caseNumber, 32)
                && !CASE_NUMBER.matcher(caseNumber).matches()) {
            problems.add(new Problem("notice.field.case-number", "notice.validation.case-number"));
        }
        required(problems, "notice.field.applicant-name", applicantName, 100);
        required(problems, "notice.field.item-name", itemName, 128);
        required(problems, "notice.field.issued-by", issuedBy, 128);
        if (issuedOn == null) {
            problems.add(new Problem("notice.field.issued-on", "notice.validation.required"));
        }
        required(problems, "notice.field.time-limits", timeLimitsText, 500);
        if (required(problems, "notice.field.complaint-phone", complaintPhone, 32)
                && !PHONE.matcher(complaintPhone).matches()) {
            problems.add(new Problem("notice.field.complaint-phone", "notice.validation.phone"));
        }
        oneLine(problems, "notice.field.case-number", caseNumber);
        oneLine(problems, "notice.field.applicant-name", applicantName);
        oneLine(problems, "notice.field.item-name", itemName);
        oneLine(problems, "notice.field.issued-by", issuedBy);
        oneLine(problems, "notice.field.recipient", recipient);
        if (kind == NoticeKind.TRANSFER_SLIP) {
            required(problems, "notice.field.recipient", recipient, 128);
        } else {
            optional(problems, "notice.field.recipient", recipient, 128);
        }
        checkSections(problems, sections);
        checkTable(problems, table);
        optional(problems, "notice.field.reason", reason, 4000);
        optional(problems, "notice.field.legal-basis", legalBasis, 2000);
        optional(problems, "notice.field.appeal", appealText, 2000);
        if (kind != null && kind.isAdverseDecision()) {
            required(problems, "notice.field.reason", reason, 4000);
            required(problems, "notice.field.legal-basis", legalBasis, 2000);
            if (required(problems, "notice.field.appeal", appealText, 2000) && !statesAppealRights(appealText)) {
                problems.add(new Problem("notice.field.appeal", "notice.validation.appeal-rights"));
            }
        }
        long total = length(caseNumber) + length(applicantName) + length(itemName) + length(issuedBy)
                + length(timeLimitsText) + length(complaintPhone) + length(reason) + length(legalBasis)
                + length(appealText) + length(recipient)
                + sections.stream().filter(Objects::nonNull).mapToLong(s -> length(s.heading())
                        + s.paragraphs().stream().mapToLong(NoticeContent::length).sum()).sum()
                + (table == null ? 0 : table.header().stream().mapToLong(NoticeContent::length).sum()
                        + table.rows().stream().flatMap(List::stream).mapToLong(NoticeContent::length).sum());
        if (total > MAX_TOTAL) {
            problems.add(new Problem("notice.field.content", "notice.validation.too-long", MAX_TOTAL));
        }
        return problems;
    }

    private static void oneLine(List<Problem> problems, String field, String value) {
        if (value != null && value.indexOf('\n') >= 0) {
            problems.add(new Problem(field, "notice.validation.one-line"));
        }
    }

    private static void checkSections(List<Problem> problems, List<Section> sections) {
        if (sections.size() > MAX_SECTIONS) {
            problems.add(new Problem("notice.field.sections", "notice.validation.too-many", MAX_SECTIONS));
        }
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            if (s == null) {
                problems.add(new Problem("notice.field.sections", "notice.validation.section-missing", i + 1));
                continue;
            }
            required(problems, "notice.field.section-heading", s.heading(), 60);
            if (s.paragraphs().isEmpty()) {
                problems.add(new Problem("notice.field.paragraph", "notice.validation.section-empty", i + 1));
            }
            if (s.paragraphs().size() > MAX_PARAGRAPHS) {
                problems.add(new Problem("notice.field.paragraph", "notice.validation.too-many", MAX_PARAGRAPHS));
            }
            s.paragraphs().forEach(p -> required(problems, "notice.field.paragraph", p, MAX_PARAGRAPH));
        }
    }

    private static void checkTable(List<Problem> problems, Table table) {
        if (table == null) {
            return;
        }
        if (table.header().isEmpty() || table.header().size() > MAX_COLUMNS) {
            problems.add(new Problem("notice.field.table-header", "notice.validation.columns", MAX_COLUMNS));
        }
        table.header().forEach(h -> required(problems, "notice.field.table-header", h, 40));
        if (table.rows().isEmpty()) {
            problems.add(new Problem("notice.field.table-row", "notice.validation.table-empty"));
        }
        if (table.rows().size() > MAX_ROWS) {
            problems.add(new Problem("notice.field.table-row", "notice.validation.too-many", MAX_ROWS));
        }
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> row = table.rows().get(i);
            if (row.size() != table.header().size()) {
                problems.add(new Problem("notice.field.table-row", "notice.validation.row-shape", i + 1, row.size(),
                        table.header().size()));
            }
            row.forEach(c -> optional(problems, "notice.field.table-cell", c, MAX_CELL));
        }
    }

    /** The appeal text names both remedies and both time limits (60 days, 6 months). */
    static boolean statesAppealRights(String text) {
        String t = text.replace(" ", "");
        return t.contains("行政复议") && t.contains("行政诉讼")
                && (t.contains("六十日") || t.contains("60日") || t.contains("六十天") || t.contains("60天"))
                && (t.contains("六个月") || t.contains("6个月"));
    }

    private static boolean required(List<Problem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, "notice.validation.required"));
            return false;
        }
        return optional(problems, field, value, max);
    }

    private static boolean optional(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            problems.add(new Problem(field, "notice.validation.too-long", max));
            return false;
        }
        return true;
    }

    private static long length(String s) {
        return s == null ? 0 : s.length();
    }

    /** Fluent construction of a {@link NoticeContent}; {@link #build()} validates. */
    public static final class Builder {
        private final NoticeKind kind;
        private String caseNumber;
        private String applicantName;
        private String itemName;
        private String issuedBy;
        private LocalDate issuedOn;
        private String timeLimitsText;
        private String complaintPhone;
        private final List<Section> sections = new ArrayList<>();
        private Table table;
        private String reason;
        private String legalBasis;
        private String appealText;
        private String recipient;

        private Builder(NoticeKind kind) {
            this.kind = kind;
        }

        public Builder caseNumber(String v) {
            caseNumber = v;
            return this;
        }

        public Builder applicant(String v) {
            applicantName = v;
            return this;
        }

        public Builder item(String v) {
            itemName = v;
            return this;
        }

        public Builder issuedBy(String v) {
            issuedBy = v;
            return this;
        }

        public Builder issuedOn(LocalDate v) {
            issuedOn = v;
            return this;
        }

        public Builder timeLimits(String v) {
            timeLimitsText = v;
            return this;
        }

        public Builder complaintPhone(String v) {
            complaintPhone = v;
            return this;
        }

        public Builder section(String heading, String... paragraphs) {
            sections.add(new Section(heading, paragraphs));
            return this;
        }

        public Builder table(List<String> header, List<List<String>> rows) {
            table = new Table(header, rows);
            return this;
        }

        public Builder reason(String v) {
            reason = v;
            return this;
        }

        public Builder legalBasis(String v) {
            legalBasis = v;
            return this;
        }

        public Builder appeal(String v) {
            appealText = v;
            return this;
        }

        /** The addressee, if not the applicant: the competent authority on a transfer slip. */
        public Builder recipient(String v) {
            recipient = v;
            return this;
        }

        public NoticeContent build() {
            return new NoticeContent(kind, caseNumber, applicantName, itemName, issuedBy, issuedOn, timeLimitsText,
                    complaintPhone, sections, table, reason, legalBasis, appealText, recipient);
        }
    }
}
