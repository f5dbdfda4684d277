package cn.fzmetro.portal.casefile;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import cn.fzmetro.portal.clock.Deadlines;

/**
 * A case (办件): one application for one pinned catalog item version, received at one 通办
 * window and decided by the competent authority of the applicant's district. Every change of
 * status goes through {@link #move}, which asks {@link CaseLifecycle} whether the current
 * status allows it; two people acting at once are kept apart by {@code @Version}.
 */
@Entity
@Table(name = "case_file")
class CaseFile implements ScopedCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_number")
    private String caseNumber;
    @Column(name = "item_code", nullable = false)
    private String itemCode;
    @Column(name = "item_name", nullable = false)
    private String itemName;
    @Column(name = "item_version_id")
    private Long itemVersionId;
    @Column(name = "applicant_id", nullable = false)
    private Long applicantId;
    @Column(name = "applicant_name", nullable = false)
    private String applicantName;
    @Column(name = "applicant_id_number")
    private String applicantIdNumber;
    @Column(name = "receiving_window_code")
    private String receivingWindowCode;
    @Column(name = "competent_region_code")
    private String competentRegionCode;
    @Column(name = "competent_authority_code")
    private String competentAuthorityCode;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private CaseStatus status;
    @Column(name = "received_at")
    private Instant receivedAt;
    /** The clock that runs now (intake or decision), as a due date in working days. */
    @Column(name = "due_date")
    private LocalDate dueDate;
    /** Idempotency key of the submission: the same key twice is the same case. */
    @Column(name = "submission_key")
    private String submissionKey;
    @Column(name = "correction_round", nullable = false)
    private int correctionRound;
    /** Art. 32: no correction notice nor acceptance within 5 working days → accepted on receipt. */
    @Column(name = "deemed_accepted_on")
    private LocalDate deemedAcceptedOn;
    @Column(name = "accepted_at")
    private Instant acceptedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    /** Reason of a refusal, return, suspension or decision, as last given. */
    @Column(name = "outcome_reason", length = 2000)
    private String outcomeReason;
    /** Situation answers (情形) as JSON, question code → option code. */
    @Column(name = "situation_answers", length = 2000)
    private String situationAnswers;
    /** The item's form fields as JSON, key → value as entered. */
    @Column(name = "form_values", columnDefinition = "longtext")
    private String formValues;
    @Column(name = "declared_at")
    private Instant declaredAt;
    /** The applicant chose the item's 告知承诺 commitment. */
    @Column(name = "commitment_given", nullable = false)
    private boolean commitmentGiven;
    @Column(name = "handed_in_online", nullable = false)
    private boolean handedInOnline;
    /** Filed by a clerk at the counter for the applicant. */
    @Column(name = "walk_in", nullable = false)
    private boolean walkIn;
    @Column(name = "identity_verified_at")
    private Instant identityVerifiedAt;
    @Column(name = "identity_verified_by")
    private String identityVerifiedBy;
    @Column(name = "identity_method")
    private String identityMethod;
    @Column(name = "assigned_clerk_id")
    private Long assignedClerkId;
    @Column(name = "assigned_clerk_name")
    private String assignedClerkName;
    /** 容缺受理: the material codes still to be supplied (comma separated) and by when. */
    @Column(name = "deferred_materials", length = 500)
    private String deferredMaterials;
    @Column(name = "deferred_due")
    private LocalDate deferredDue;
    /** The statutory limit of the clock that runs now, beside the promised {@link #dueDate}. */
    @Column(name = "statutory_due")
    private LocalDate statutoryDue;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "delivery_method")
    private DeliveryMethod deliveryMethod;
    @Column(name = "tracking_number")
    private String trackingNumber;
    /** The intake clock of the last receipt, and when the window decided on it (dashboards). */
    @Column(name = "intake_due")
    private LocalDate intakeDue;
    @Column(name = "intake_decided_at")
    private Instant intakeDecidedAt;
    /** The promised decision date, moved by special steps (dashboards: decided on time). */
    @Column(name = "decision_due")
    private LocalDate decisionDue;
    @Column(name = "signed_for_at")
    private Instant signedForAt;
    /** How long the case took from receipt at the window to the authority's sign-for. */
    @Column(name = "receipt_to_sign_for_seconds")
    private Long receiptToSignForSeconds;
    @Column(name = "intake_on_time")
    private Boolean intakeOnTime;
    @Column(name = "decision_on_time")
    private Boolean decisionOnTime;
    @Column(name = "receiving_region_code")
    private String receivingRegionCode;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private int version;

    protected CaseFile() {
    }

    /** A new draft, pinned to the item version the applicant started from. */
    CaseFile(String itemCode, String itemName, long itemVersionId, Long applicantId, String applicantName,
            String applicantIdNumber, Instant now) {
        this.itemCode = itemCode;
        this.itemName = itemName;
        this.itemVersionId = itemVersionId;
        this.applicantId = applicantId;
        this.applicantName = applicantName;
        this.applicantIdNumber = applicantIdNumber;
        this.status = CaseStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Where the applicant hands in and which district's authority decides; drafts only. */
    void route(String windowCode, String windowRegionCode, boolean online, String competentRegionCode,
            String competentAuthorityCode, Instant now) {
        if (status != CaseStatus.DRAFT && status != CaseStatus.RECEIVED) {
            throw new CaseStateException(status, CaseAction.SUBMITTED);
        }
        this.receivingWindowCode = windowCode;
        this.receivingRegionCode = windowRegionCode;
        this.handedInOnline = online;
        this.competentRegionCode = competentRegionCode;
        this.competentAuthorityCode = competentAuthorityCode;
        this.updatedAt = now;
    }

    /** The draft's answers and form values; only while it is a draft. */
    void fillIn(String situationAnswersJson, String formValuesJson, Instant now) {
        requireDraft();
        this.situationAnswers = situationAnswersJson;
        this.formValues = formValuesJson;
        this.updatedAt = now;
    }

    /** The applicant accepts the item's current guide instead of the one the draft pinned. */
    void repin(long versionId, String name, Instant now) {
        requireDraft();
        this.itemVersionId = versionId;
        this.itemName = name;
        this.updatedAt = now;
    }

    /** A counter case: the clerk files it at their window for an applicant whose identity they checked. */
    void fileAtCounter(String windowCode, String windowRegionCode, String competentRegionCode, String verifiedBy,
            String method, Instant now) {
        requireDraft();
        this.walkIn = true;
        this.receivingWindowCode = windowCode;
        this.receivingRegionCode = windowRegionCode;
        this.competentRegionCode = competentRegionCode;
        this.identityVerifiedAt = now;
        this.identityVerifiedBy = verifiedBy;
        this.identityMethod = method;
    }

    void verifyIdentity(String verifiedBy, String method, Instant now) {
        this.identityVerifiedAt = now;
        this.identityVerifiedBy = verifiedBy;
        this.identityMethod = method;
        this.updatedAt = now;
    }

    /** The receiving window closed: the case continues at another window, unclaimed. */
    void moveToWindow(String windowCode, String windowRegionCode, Instant now) {
        this.receivingWindowCode = windowCode;
        this.receivingRegionCode = windowRegionCode;
        this.assignedClerkId = null;
        this.assignedClerkName = null;
        this.updatedAt = now;
    }

    /** The competent authority closed: the case continues at the authority that takes over. */
    void moveToAuthority(String authorityCode, Instant now) {
        this.competentAuthorityCode = authorityCode;
        this.updatedAt = now;
    }

    /** Claimed by a clerk of the window; {@code null} releases it. */
    void assignTo(Long clerkId, String clerkName, Instant now) {
        this.assignedClerkId = clerkId;
        this.assignedClerkName = clerkName;
        this.updatedAt = now;
    }

    private void requireDraft() {
        if (status != CaseStatus.DRAFT) {
            throw new CaseStateException(status, CaseAction.SUBMITTED);
        }
    }

    void submit(String number, String key, LocalDate intakeDue, boolean commitment, Instant now) {
        move(CaseAction.SUBMITTED, now);
        this.declaredAt = now;
        this.commitmentGiven = commitment;
        this.statutoryDue = intakeDue;
        this.intakeDue = intakeDue;
        this.caseNumber = number;
        this.submissionKey = key;
        this.receivedAt = now;
        this.dueDate = intakeDue;
    }

    /** The intake clock stops while the applicant corrects. */
    void requestCorrection(Instant now) {
        move(CaseAction.CORRECTION_REQUESTED, now);
        intakeDecided(now);
        this.correctionRound++;
        this.dueDate = null;
        this.statutoryDue = null;
    }

    /** The corrected case is received again, with a fresh intake clock. */
    void resubmit(LocalDate intakeDue, Instant now) {
        move(CaseAction.RESUBMITTED, now);
        this.intakeDue = intakeDue;
        this.intakeDecidedAt = null;
        this.dueDate = intakeDue;
        this.statutoryDue = intakeDue;
    }

    void accept(LocalDate promisedDue, LocalDate statutoryDue, Instant now) {
        move(CaseAction.ACCEPTED, now);
        this.acceptedAt = now;
        intakeDecided(now);
        this.decisionDue = promisedDue;
        this.dueDate = promisedDue;
        this.statutoryDue = statutoryDue;
    }

    /** 容缺受理: these materials may follow by {@code due}, on the applicant's written commitment. */
    void deferMaterials(String materialCodes, LocalDate due) {
        this.deferredMaterials = materialCodes;
        this.deferredDue = due;
    }

    /** Every deferred material has arrived. */
    void deferredSupplied(Instant now) {
        this.deferredMaterials = null;
        this.deferredDue = null;
        this.updatedAt = now;
    }

    void markDeemedAccepted(LocalDate receivedOn, Instant now) {
        move(CaseAction.DEEMED_ACCEPTED, now);
        this.deemedAcceptedOn = receivedOn;
    }

    void refuse(String reason, Instant now) {
        move(CaseAction.REFUSED, now);
        intakeDecided(now);
        this.outcomeReason = reason;
        this.dueDate = null;
        this.statutoryDue = null;
    }

    void transferTo(String authorityCode, Instant now) {
        move(CaseAction.TRANSFERRED, now);
        this.competentAuthorityCode = authorityCode;
    }

    void signFor(Instant now) {
        move(CaseAction.SIGNED_FOR, now);
        this.signedForAt = now;
        this.receiptToSignForSeconds = receivedAt == null ? null
                : java.time.Duration.between(receivedAt, now).toSeconds();
    }

    /** The authority is not competent: the case goes back to the receiving window to re-route. */
    void returnNotCompetent(String reason, Instant now) {
        move(CaseAction.RETURNED, now);
        this.outcomeReason = reason;
        this.competentAuthorityCode = null;
    }

    void suspend(String reason, Instant now) {
        move(CaseAction.SUSPENDED, now);
        this.outcomeReason = reason;
    }

    void resume(LocalDate newDue, LocalDate newStatutoryDue, Instant now) {
        move(CaseAction.RESUMED, now);
        this.dueDate = newDue;
        this.decisionDue = newDue;
        this.statutoryDue = newStatutoryDue;
    }

    void decide(boolean approved, String reason, Instant now) {
        move(approved ? CaseAction.APPROVED : CaseAction.DENIED, now);
        this.outcomeReason = reason;
        this.decidedAt = now;
        this.decisionOnTime = decisionDue == null || !Deadlines.localDate(now).isAfter(decisionDue);
        this.dueDate = null;
        this.statutoryDue = null;
    }

    void close(DeliveryMethod method, String trackingNumber, Instant now) {
        move(CaseAction.CLOSED, now);
        this.deliveryMethod = method;
        this.trackingNumber = trackingNumber;
        this.closedAt = now;
    }

    void withdraw(Instant now) {
        move(CaseAction.WITHDRAWN, now);
        this.dueDate = null;
        this.statutoryDue = null;
    }

    private void intakeDecided(Instant now) {
        this.intakeDecidedAt = now;
        this.intakeOnTime = intakeDue == null || !Deadlines.localDate(now).isAfter(intakeDue);
    }

    /** Checks the step against the state machine, then moves. */
    private void move(CaseAction action, Instant now) {
        status = CaseLifecycle.require(status, action);
        updatedAt = now;
    }

    Long id() {
        return id;
    }

    String caseNumber() {
        return caseNumber;
    }

    @Override
    public CaseStatus status() {
        return status;
    }

    @Override
    public Long applicantId() {
        return applicantId;
    }

    @Override
    public String receivingWindowCode() {
        return receivingWindowCode;
    }

    String receivingRegionCode() {
        return receivingRegionCode;
    }

    @Override
    public String competentAuthorityCode() {
        return competentAuthorityCode;
    }

    String competentRegionCode() {
        return competentRegionCode;
    }

    int correctionRound() {
        return correctionRound;
    }

    LocalDate deemedAcceptedOn() {
        return deemedAcceptedOn;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    Long itemVersionId() {
        return itemVersionId;
    }

    int lockVersion() {
        return version;
    }

    String itemCode() {
        return itemCode;
    }

    String applicantName() {
        return applicantName;
    }

    @Override
    public String applicantIdNumber() {
        return applicantIdNumber;
    }

    String situationAnswers() {
        return situationAnswers;
    }

    String formValues() {
        return formValues;
    }

    @Override
    public boolean walkIn() {
        return walkIn;
    }

    boolean handedInOnline() {
        return handedInOnline;
    }

    boolean commitmentGiven() {
        return commitmentGiven;
    }

    Long assignedClerkId() {
        return assignedClerkId;
    }

    String deferredMaterials() {
        return deferredMaterials;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    LocalDate statutoryDue() {
        return statutoryDue;
    }

    CaseParticulars particulars() {
        return new CaseParticulars(applicantIdNumber, handedInOnline, walkIn, commitmentGiven, declaredAt,
                identityVerifiedAt, identityVerifiedBy, identityMethod, assignedClerkId, assignedClerkName,
                deferredMaterials, deferredDue, statutoryDue, deliveryMethod, trackingNumber, outcomeReason,
                correctionRound, deemedAcceptedOn);
    }

    CaseSummary summary() {
        return new CaseSummary(id, caseNumber, itemCode, itemName, applicantName, receivingWindowCode,
                competentRegionCode, competentAuthorityCode, status, receivedAt, dueDate, updatedAt, version);
    }
}
