package cn.fzmetro.portal.perf.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import cn.fzmetro.portal.catalog.ItemDocument;
import cn.fzmetro.portal.catalog.ItemDocument.FormField;
import cn.fzmetro.portal.catalog.ItemDocument.Material;
import cn.fzmetro.portal.catalog.ItemDocument.Situation;
import cn.fzmetro.portal.perf.data.Population.Staff;
import cn.fzmetro.portal.perf.data.ReferenceData.Authority;
import cn.fzmetro.portal.perf.data.ReferenceData.Item;
import cn.fzmetro.portal.perf.data.ReferenceData.Window;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lives one case through the portal's flow (casefile module: submission, intake with its checklist,
 * correction rounds, the five-day rule, acceptance and same-instant transfer, sign-for, special
 * steps, decision, delivery, rating) and writes the rows the portal would have written, step by
 * step, stopping at {@code now}: a case whose next step lies in the future stays open where it is.
 * Every field follows the entity's own rules (CaseFile's step methods), so the clock facts, due
 * dates and verdicts agree with the status.
 */
final class CaseSimulator {

    static final ZoneOffsetSeconds SHANGHAI = new ZoneOffsetSeconds(8 * 3600);
    static final long NULL_TS = Long.MIN_VALUE;
    static final int INTAKE_LIMIT = 5;
    static final int FOLLOW_UP_WORKING_DAYS = 15;

    /** Asia/Shanghai has no daylight saving: a fixed offset is exact. */
    record ZoneOffsetSeconds(int seconds) {

        LocalDate date(long epochSecond) {
            return LocalDate.ofEpochDay(Math.floorDiv(epochSecond + seconds, 86_400L));
        }

        long at(LocalDate day, int minuteOfDay) {
            return day.toEpochDay() * 86_400L + minuteOfDay * 60L - seconds;
        }
    }

    /** The chunk's rows, one buffer per table, and the next id of each. */
    static final class Out {
        final Rows cases;
        final Rows history;
        final Rows checklist;
        final Rows corrections;
        final Rows files;
        final Rows materialFiles;
        final Rows ratings;
        final List<SampleFile> sampleFiles = new ArrayList<>();

        Out(boolean tsv, boolean backslash, int cases) {
            this.cases = new Rows(Tables.CASE_FILE, tsv, backslash, cases);
            this.history = new Rows(Tables.CASE_HISTORY, tsv, backslash, cases * 7);
            this.checklist = new Rows(Tables.CHECKLIST, tsv, backslash, cases * 20);
            this.corrections = new Rows(Tables.CORRECTION, tsv, backslash, cases / 5);
            this.files = new Rows(Tables.STORED_FILE, tsv, backslash, cases * 6);
            this.materialFiles = new Rows(Tables.MATERIAL_FILE, tsv, backslash, cases * 6);
            this.ratings = new Rows(Tables.RATING, tsv, backslash, cases / 3);
        }

        Rows[] all() {
            return new Rows[] { cases, history, checklist, corrections, files, materialFiles, ratings };
        }
    }

    /** A real PDF to write into the file store for a sampled case. */
    record SampleFile(String sha256, byte[] bytes) {
    }

    /** Ids handed out so far, per table. */
    static final class Ids {
        long history;
        long checklist;
        long correction;
        long file;
        long materialFile;
        long rating;
    }

    /** What the generator decided about a case before it is lived: where, when, who, what. */
    record Skeleton(long receivedAt, Item item, int applicant, Window window, String competentRegion,
            boolean online, boolean walkIn, String caseNumber, long caseId, boolean sample) {
    }

    private final ReferenceData ref;
    private final WorkCalendar calendar;
    private final Population people;
    private final long now;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Ids ids;
    private final Map<Material, String[]> fileNames = new java.util.IdentityHashMap<>();
    private final Map<Material, Encoded> encoded = new java.util.IdentityHashMap<>();
    private static final String PDF = "application/pdf";
    private static final String JPEG = "image/jpeg";

    CaseSimulator(ReferenceData ref, WorkCalendar calendar, Population people, long now, Ids ids) {
        this.ref = ref;
        this.calendar = calendar;
        this.people = people;
        this.now = now;
        this.ids = ids;
    }

    // ---------------------------------------------------------------- the case as it goes

    /** The case_file row being built: field names follow CaseFile. */
    private static final class State {
        String status = "DRAFT";
        int version;
        long createdAt;
        long updatedAt;
        long receivedAt = NULL_TS;
        LocalDate dueDate;
        LocalDate statutoryDue;
        LocalDate intakeDue;
        long intakeDecidedAt = NULL_TS;
        Boolean intakeOnTime;
        LocalDate decisionDue;
        long signedForAt = NULL_TS;
        Long receiptToSignFor;
        Boolean decisionOnTime;
        String authorityCode;
        int correctionRound;
        LocalDate deemedAcceptedOn;
        long acceptedAt = NULL_TS;
        long decidedAt = NULL_TS;
        long closedAt = NULL_TS;
        String outcomeReason;
        long identityVerifiedAt = NULL_TS;
        String identityVerifiedBy;
        String identityMethod;
        Long clerkId;
        String clerkName;
        String deferredMaterials;
        LocalDate deferredDue;
        String deliveryMethod;
        String trackingNumber;
    }

    static final String INTAKE = "INTAKE";
    static final String REVIEW = "REVIEW";

    /** A material's values as the checklist rows carry them, encoded once. */
    private static final class Encoded {
        final byte[] code;
        final byte[] name;
        final byte[] intakeStage;
        final byte[] reviewStage;
        final byte[][] intake;
        final byte[][] review;

        Encoded(Rows rows, Material m) {
            code = rows.encodeValue(m.code());
            name = rows.encodeValue(shorten(m.name(), 200));
            intakeStage = rows.encodeValue(INTAKE);
            reviewStage = rows.encodeValue(REVIEW);
            intake = texts(rows, m.intakeStandards());
            review = texts(rows, m.reviewPoints());
        }

        private static byte[][] texts(Rows rows, List<String> points) {
            List<String> list = points == null ? List.of() : points;
            byte[][] b = new byte[list.size()][];
            for (int i = 0; i < b.length; i++) {
                b[i] = rows.encodeValue(shorten(list.get(i), 1000));
            }
            return b;
        }
    }

    /** One intake or review line. */
    private static final class Line {
        final String stage;
        final Material material;
        final int pointNo;
        final String text;
        String verdict;
        String reason;
        boolean editable = true;
        String decidedBy;
        long decidedAt = NULL_TS;
        int version;

        Line(String stage, Material material, int pointNo, String text, String verdict) {
            this.stage = stage;
            this.material = material;
            this.pointNo = pointNo;
            this.text = text;
            this.verdict = verdict;
        }

        void decide(String v, String why, String by, long at) {
            verdict = v;
            reason = why;
            decidedBy = by;
            decidedAt = at;
            version++;
        }
    }

    /** One case_material_file row with its stored_file. */
    private static final class MaterialFile {
        final String materialCode;
        final String name;
        final String contentType;
        final long size;
        final int pages;
        final int round;
        final long addedAt;
        final long uploadedBy;
        long replacedAt = NULL_TS;
        String sha256;
        long[] hash;
        byte[] bytes;

        MaterialFile(String materialCode, String name, String contentType, long size, int pages, int round,
                long addedAt, long uploadedBy) {
            this.materialCode = materialCode;
            this.name = name;
            this.contentType = contentType;
            this.size = size;
            this.pages = pages;
            this.round = round;
            this.addedAt = addedAt;
            this.uploadedBy = uploadedBy;
        }
    }

    private Out out;
    private SplittableRandom r;
    private Skeleton k;
    private State s;
    private long caseId;
    private Window window;
    private Authority authority;
    private Staff clerk;
    private Staff officer;
    private long applicantId;
    private String applicantName;
    private List<Line> intake;
    private List<Line> review;
    private List<MaterialFile> files;
    private List<Material> applicable;

    /** Lives the case and appends its rows to {@code out}. */
    void simulate(Skeleton skeleton, SplittableRandom random, Out target) {
        this.out = target;
        this.r = random;
        this.k = skeleton;
        this.s = new State();
        this.caseId = skeleton.caseId();
        this.window = skeleton.window();
        ItemDocument doc = skeleton.item().doc();
        this.authority = ref.competentAuthority(doc.department(), skeleton.competentRegion());
        List<Staff> windowClerks = people.clerks.get(window.code());
        this.clerk = r.nextInt(20) == 0 ? people.supervisors.get(window.code())
                : windowClerks.get(r.nextInt(windowClerks.size()));
        List<Staff> authorityOfficers = authority == null ? null : people.officers.get(authority.code());
        this.officer = authorityOfficers == null ? null : authorityOfficers.get(r.nextInt(authorityOfficers.size()));
        this.applicantId = people.applicantIds[skeleton.applicant()];
        this.applicantName = people.applicantNames[skeleton.applicant()];
        this.review = null;

        Map<String, String> answers = answers(doc);
        applicable = doc.materials().stream().filter(m -> m.appliesTo(answers)).toList();
        Map<String, String> form = formValues(doc);
        boolean commitment = doc.commitment() != null && r.nextInt(100) < 55;

        // the path this case takes (independent of now; now only cuts it short)
        int pathDraw = r.nextInt(1000);
        boolean withdrawBeforeIntake = pathDraw < 15;
        boolean refuse = pathDraw >= 15 && pathDraw < 45;
        boolean correction = pathDraw >= 45 && pathDraw < 165;
        List<Material> deferrable = applicable.stream().filter(m -> "DEFERRABLE".equals(m.requirement())
                && !"DATA_SHARING".equals(m.source())).toList();
        boolean defer = !withdrawBeforeIntake && !refuse && !correction && !deferrable.isEmpty() && r.nextInt(100) < 15;

        long received = skeleton.receivedAt();
        long created = skeleton.walkIn() ? received - 300 - r.nextInt(2100)
                : received - 600 - (long) (r.nextDouble() * r.nextDouble() * 3 * 86_400);
        s.createdAt = created;
        s.updatedAt = created;
        s.version = 2 + r.nextInt(4); // the draft's saves: answers, form, route, files

        // the draft's files: every applicable material the applicant hands in (not shared data, not deferred)
        files = new ArrayList<>();
        long uploader = skeleton.walkIn() ? clerk.id() : applicantId;
        for (Material m : applicable) {
            if ("DATA_SHARING".equals(m.source()) || (defer && same(deferrable, m))) {
                continue;
            }
            int n = r.nextInt(100) < 12 ? 2 : 1;
            for (int i = 0; i < n; i++) {
                long at = created + 30 + (long) ((received - created - 60) * r.nextDouble());
                files.add(newFile(m, 0, at, uploader));
            }
        }

        // walk-in: the clerk files the case at the counter after checking the applicant's identity
        if (skeleton.walkIn()) {
            String method = IDENTITY_METHODS[r.nextInt(IDENTITY_METHODS.length)];
            s.identityVerifiedAt = created;
            s.identityVerifiedBy = clerk.name();
            s.identityMethod = method;
            history(created, clerk.id(), clerk.name(), "CLERK", window.name(), "FILED_AT_COUNTER", "DRAFT", "DRAFT",
                    method);
        }

        // submission: number, intake clock, intake checklist
        s.receivedAt = received;
        s.intakeDue = calendar.addWorkingDays(SHANGHAI.date(received), INTAKE_LIMIT);
        s.dueDate = s.intakeDue;
        s.statutoryDue = s.intakeDue;
        if (skeleton.walkIn()) {
            step(received, clerk.id(), clerk.name(), "CLERK", window.name(), "SUBMITTED", "RECEIVED", window.name());
        } else {
            step(received, applicantId, applicantName, "APPLICANT", null, "SUBMITTED", "RECEIVED", window.name());
        }
        intake = new ArrayList<>();
        for (Material m : doc.materials()) {
            boolean applies = same(applicable, m);
            List<String> points = m.intakeStandards() == null ? List.of() : m.intakeStandards();
            for (int i = 0; i < points.size(); i++) {
                intake.add(new Line(INTAKE, m, i + 1, points.get(i), applies ? "OPEN" : "NOT_APPLICABLE"));
            }
        }

        live(doc, withdrawBeforeIntake, refuse, correction, defer ? deferrable : List.of());
        write(doc, answers, form, commitment);
    }

    private void live(ItemDocument doc, boolean withdrawBeforeIntake, boolean refuse,
            boolean correction, List<Material> deferred) {
        long lastReceipt = s.receivedAt;
        for (int round = 0;; round++) {
            // the clerk claims the case and checks it; the decision lands within the intake clock, or late
            long claimAt = after(lastReceipt, r.nextInt(100) < 75 ? 0 : 1);
            int days = intakeDays();
            long decideAt = after(claimAt, days);
            if (!happens(claimAt)) {
                deemIfDue(now);
                return;
            }
            deemIfDue(claimAt);
            s.clerkId = clerk.id();
            s.clerkName = clerk.name();
            step(claimAt, clerk.id(), clerk.name(), "CLERK", window.name(), "CLAIMED", s.status, null);
            if (withdrawBeforeIntake && round == 0) {
                long at = claimAt + 600 + r.nextInt(3 * 86_400);
                if (!happens(at)) {
                    deemIfDue(now);
                    return;
                }
                deemIfDue(at);
                withdraw(at);
                return;
            }
            if (!happens(decideAt)) {
                deemIfDue(now);
                return;
            }
            deemIfDue(decideAt);
            long checkedAt = decideAt - 60 - r.nextInt(1200);
            boolean again = round == 0 ? correction : r.nextInt(100) < 10 && round < 2;
            boolean refuseNow = round == 0 ? refuse : r.nextInt(100) < 4;
            if (again) {
                List<Material> flagged = flag();
                if (flagged.isEmpty()) {
                    again = false;
                } else {
                    requestCorrection(decideAt, checkedAt, flagged);
                    // the applicant corrects and resubmits, withdraws, or lets it lie
                    int choice = r.nextInt(100);
                    long at = decideAt + 3600 + (long) (r.nextDouble() * r.nextDouble() * 15 * 86_400);
                    if (choice < 8) {
                        if (happens(at)) {
                            withdraw(at);
                        }
                        return;
                    }
                    if (choice < 9 || !happens(at)) {
                        return; // abandoned or not yet corrected: waits for the applicant
                    }
                    resubmit(at, flagged, round + 1);
                    lastReceipt = at;
                    continue;
                }
            }
            if (refuseNow) {
                decideIntakeLines(checkedAt, List.of());
                String reason = REFUSALS[r.nextInt(REFUSALS.length)];
                String detail = reason + "（依据：" + REFUSAL_BASIS[r.nextInt(REFUSAL_BASIS.length)] + "）";
                intakeDecided(decideAt);
                s.outcomeReason = detail;
                s.dueDate = null;
                s.statutoryDue = null;
                step(decideAt, clerk.id(), clerk.name(), "CLERK", window.name(), "REFUSED", "REFUSED", detail);
                return;
            }
            accept(doc, decideAt, checkedAt, deferred);
            return;
        }
    }

    private void accept(ItemDocument doc, long at, long checkedAt, List<Material> deferred) {
        decideIntakeLines(checkedAt, deferred);
        LocalDate day = SHANGHAI.date(at);
        LocalDate promised = calendar.addWorkingDays(day, doc.timeLimits().promised());
        LocalDate statutory = calendar.addWorkingDays(day, doc.timeLimits().statutory());
        String detail = null;
        LocalDate supplyBy = null;
        if (!deferred.isEmpty()) {
            supplyBy = calendar.addWorkingDays(day, 5 + r.nextInt(6));
            detail = "容缺受理：" + String.join("、", deferred.stream().map(Material::name).toList()) + "，" + supplyBy
                    + " 前补交";
        } else if (r.nextInt(100) < 10) {
            detail = ACCEPT_NOTES[r.nextInt(ACCEPT_NOTES.length)];
        }
        s.acceptedAt = at;
        intakeDecided(at);
        s.decisionDue = promised;
        s.dueDate = promised;
        s.statutoryDue = statutory;
        if (!deferred.isEmpty()) {
            s.deferredMaterials = String.join(",", deferred.stream().map(Material::code).toList());
            s.deferredDue = supplyBy;
        }
        step(at, clerk.id(), clerk.name(), "CLERK", window.name(), "ACCEPTED", "ACCEPTED", detail);
        if (authority == null) {
            return; // no authority for this department in the district: the portal could not transfer either
        }
        s.authorityCode = authority.code();
        step(at, clerk.id(), clerk.name(), "CLERK", window.name(), "TRANSFERRED", "TRANSFERRED", authority.name());

        // the competent authority signs for it: mostly the same day
        int draw = r.nextInt(100);
        long signAt = after(at, draw < 70 ? 0 : draw < 95 ? 1 : 2 + r.nextInt(2));
        long decideAt = decisionTime(doc, signAt);
        if (!happens(signAt)) {
            return;
        }
        s.signedForAt = signAt;
        s.receiptToSignFor = signAt - s.receivedAt;
        step(signAt, officer.id(), officer.name(), "OFFICER", authority.name(), "SIGNED_FOR", "UNDER_REVIEW", null);
        // review lines: every review point of every material the applicant's situation calls for
        review = new ArrayList<>();
        for (Material m : applicable) {
            List<String> points = m.reviewPoints() == null ? List.of() : m.reviewPoints();
            for (int i = 0; i < points.size(); i++) {
                review.add(new Line(REVIEW, m, i + 1, points.get(i), "OPEN"));
            }
        }
        // a special step (现场核查, 听证, 检测, 专家评审) may stop the clock for a while
        ItemDocument.SpecialStep special = doc.specialSteps() != null && !doc.specialSteps().isEmpty()
                && r.nextInt(100) < 12 ? doc.specialSteps().get(r.nextInt(doc.specialSteps().size())) : null;
        long suspendAt = special == null ? NULL_TS
                : after(signAt, r.nextInt(Math.max(1, doc.timeLimits().promised())));
        // 容缺: the deferred materials arrive while the authority reviews
        if (s.deferredMaterials != null) {
            long next = suspendAt != NULL_TS ? Math.min(suspendAt, decideAt) : decideAt;
            long supplyAt = signAt + (long) ((next - signAt) * (0.1 + 0.8 * r.nextDouble()));
            if (!happens(supplyAt)) {
                return;
            }
            supplyDeferred(supplyAt, deferred);
        }
        long current = signAt;
        if (special != null) {
            if (!happens(suspendAt)) {
                return;
            }
            String suspension = recordName(special.kind()) + "：" + shorten(special.description(), 180);
            s.outcomeReason = suspension;
            step(suspendAt, officer.id(), officer.name(), "OFFICER", authority.name(), "SUSPENDED", "SUSPENDED",
                    suspension);
            int max = special.maxDays() == null ? 10 : Math.max(1, special.maxDays());
            long resumeAt = after(suspendAt, 1 + r.nextInt(max));
            if (!happens(resumeAt)) {
                return;
            }
            int stoppedDays = calendar.workingDaysBetween(SHANGHAI.date(suspendAt), SHANGHAI.date(resumeAt));
            s.dueDate = s.dueDate == null ? null : calendar.addWorkingDays(s.dueDate, stoppedDays);
            s.decisionDue = s.dueDate;
            s.statutoryDue = s.statutoryDue == null ? null : calendar.addWorkingDays(s.statutoryDue, stoppedDays);
            step(resumeAt, officer.id(), officer.name(), "OFFICER", authority.name(), "RESUMED", "UNDER_REVIEW", null);
            current = resumeAt;
            decideAt = decisionTime(doc, resumeAt);
        }
        if (!happens(decideAt)) {
            return;
        }
        boolean approved = r.nextInt(100) < 94;
        long reviewedAt = decideAt - 60 - r.nextInt(3600);
        if (reviewedAt <= current) {
            reviewedAt = current + 1;
        }
        List<Line> notMet = new ArrayList<>();
        if (!approved && !review.isEmpty()) {
            notMet.add(review.get(r.nextInt(review.size())));
        }
        for (Line l : review) {
            if (notMet.contains(l)) {
                l.decide("NOT_MET", NOT_MET[r.nextInt(NOT_MET.length)], officer.name(), reviewedAt);
            } else {
                l.decide("CONFORMS", null, officer.name(), reviewedAt);
            }
        }
        String reasons = approved ? APPROVALS[r.nextInt(APPROVALS.length)] : DENIALS[r.nextInt(DENIALS.length)];
        s.outcomeReason = reasons;
        s.decidedAt = decideAt;
        s.decisionOnTime = s.decisionDue == null || !SHANGHAI.date(decideAt).isAfter(s.decisionDue);
        s.dueDate = null;
        s.statutoryDue = null;
        step(decideAt, officer.id(), officer.name(), "OFFICER", authority.name(), approved ? "APPROVED" : "DENIED",
                approved ? "APPROVED" : "DENIED", reasons);

        // delivery closes the case: electronic at once, by post within days, at the window when the
        // applicant comes to pick the result up
        List<String> delivery = doc.result() == null || doc.result().delivery() == null
                || doc.result().delivery().isEmpty() ? List.of("WINDOW") : doc.result().delivery();
        String method = delivery.get(r.nextInt(delivery.size()));
        int wait = switch (method) {
            case "ELECTRONIC" -> r.nextInt(100) < 80 ? 0 : 1;
            case "POST" -> 1 + r.nextInt(3);
            default -> r.nextInt(100) < 30 ? 0 : 1 + Names.skewed(r, 15);
        };
        long closeAt = after(decideAt, wait);
        if (!happens(closeAt)) {
            return;
        }
        String tracking = "POST".equals(method) ? "9" + String.format("%012d", r.nextLong(1_000_000_000_000L)) : null;
        s.deliveryMethod = method;
        s.trackingNumber = tracking;
        s.closedAt = closeAt;
        step(closeAt, officer.id(), officer.name(), "OFFICER", authority.name(), "CLOSED", "CLOSED",
                deliveryName(method) + (tracking == null ? "" : "，邮件号 " + tracking));
        if (r.nextInt(100) < 30) {
            rate(closeAt);
        }
    }

    /** When the officer decides: mostly within the promised limit, some up to the statutory one, a few late. */
    private long decisionTime(ItemDocument doc, long from) {
        LocalDate fromDay = SHANGHAI.date(from);
        int budget = Math.max(0, calendar.workingDaysBetween(fromDay, s.decisionDue));
        int statutoryBudget = s.statutoryDue == null ? budget
                : Math.max(budget, calendar.workingDaysBetween(fromDay, s.statutoryDue));
        int draw = r.nextInt(1000);
        int days;
        if (draw < 880) {
            days = r.nextInt(budget + 1);
        } else if (draw < 975) {
            days = budget + r.nextInt(Math.max(1, statutoryBudget - budget + 1));
        } else if (draw < 993) {
            days = budget + 1 + r.nextInt(8);
        } else {
            days = budget + 15 + r.nextInt(60); // stuck: long overdue
        }
        return after(from, days);
    }

    private void supplyDeferred(long at, List<Material> deferred) {
        for (Material m : deferred) {
            files.add(newFile(m, 0, at - 120, applicantId));
        }
        s.deferredMaterials = null;
        s.deferredDue = null;
        step(at, applicantId, applicantName, "APPLICANT", null, "DEFERRED_SUPPLIED", s.status, null);
    }

    private void requestCorrection(long at, long checkedAt, List<Material> flagged) {
        for (Line l : intake) {
            if (!"OPEN".equals(l.verdict)) {
                continue;
            }
            if (same(flagged, l.material) && (l.pointNo == 1 || r.nextBoolean())) {
                boolean missing = r.nextInt(100) < 15;
                l.decide(missing ? "MISSING" : "NEEDS_CORRECTION",
                        missing ? null : CORRECTION_REASONS[r.nextInt(CORRECTION_REASONS.length)], clerk.name(),
                        checkedAt);
            } else {
                l.decide("CONFORMS", null, clerk.name(), checkedAt);
            }
        }
        intakeDecided(at);
        s.correctionRound++;
        s.dueDate = null;
        s.statutoryDue = null;
        List<String> names = new ArrayList<>();
        for (Material m : flagged) {
            List<Line> lines = intake.stream().filter(l -> l.material == m && isFlagged(l.verdict)).toList();
            if (lines.isEmpty()) {
                continue;
            }
            names.add(m.name());
            String reason = String.join("；", lines.stream()
                    .map(l -> "MISSING".equals(l.verdict) ? "未提交该材料" : l.reason).distinct().toList());
            String rule = String.join("；", lines.stream().map(l -> l.text).toList());
            out.corrections.num(++ids.correction).num(caseId).num(s.correctionRound).str(m.code()).str(m.name())
                    .str(reason).str(rule).end();
        }
        step(at, clerk.id(), clerk.name(), "CLERK", window.name(), "CORRECTION_REQUESTED", "CORRECTION_REQUESTED",
                String.join("、", names));
    }

    private static boolean isFlagged(String verdict) {
        return "NEEDS_CORRECTION".equals(verdict) || "MISSING".equals(verdict);
    }

    private void resubmit(long at, List<Material> flagged, int round) {
        List<String> replaced = new ArrayList<>();
        for (Material m : flagged) {
            long addAt = at - 60 - r.nextInt(3600);
            for (MaterialFile f : files) {
                if (f.materialCode.equals(m.code()) && f.round < round && f.replacedAt == NULL_TS) {
                    f.replacedAt = at;
                }
            }
            files.add(newFile(m, round, addAt, applicantId));
            replaced.add(m.code());
        }
        s.intakeDue = calendar.addWorkingDays(SHANGHAI.date(at), INTAKE_LIMIT);
        s.intakeDecidedAt = NULL_TS;
        s.dueDate = s.intakeDue;
        s.statutoryDue = s.intakeDue;
        step(at, applicantId, applicantName, "APPLICANT", null, "RESUBMITTED", "RECEIVED", String.join("、", replaced));
        for (Line l : intake) {
            if (replaced.contains(l.material.code())) {
                l.verdict = "OPEN";
                l.reason = null;
                l.editable = true;
            } else {
                l.editable = false;
            }
            l.version++;
        }
    }

    private void decideIntakeLines(long at, List<Material> deferred) {
        for (Line l : intake) {
            if ("OPEN".equals(l.verdict)) {
                if (same(deferred, l.material)) {
                    l.decide("MISSING", null, clerk.name(), at);
                } else {
                    l.decide("CONFORMS", null, clerk.name(), at);
                }
            }
        }
    }

    private void withdraw(long at) {
        s.dueDate = null;
        s.statutoryDue = null;
        step(at, applicantId, applicantName, "APPLICANT", null, "WITHDRAWN", "WITHDRAWN", null);
    }

    private void intakeDecided(long at) {
        s.intakeDecidedAt = at;
        s.intakeOnTime = s.intakeDue == null || !SHANGHAI.date(at).isAfter(s.intakeDue);
    }

    /**
     * The five-day rule (FiveDayRule, at 00:05 and 08:05 every day): a received case whose intake
     * clock ran out counts as accepted on the day it was received. Applied when its run falls
     * before {@code until}.
     */
    private void deemIfDue(long until) {
        if (!"RECEIVED".equals(s.status) || s.deemedAcceptedOn != null || s.dueDate == null) {
            return;
        }
        long runAt = SHANGHAI.at(s.dueDate.plusDays(1), 5);
        if (runAt < until && runAt <= now) {
            s.deemedAcceptedOn = SHANGHAI.date(s.receivedAt);
            step(runAt, null, "system", "SYSTEM", null, "DEEMED_ACCEPTED", "RECEIVED",
                    s.deemedAcceptedOn.toString());
        }
    }

    private void rate(long closedAt) {
        long at = closedAt + 1800 + (long) (r.nextDouble() * r.nextDouble() * 10 * 86_400);
        if (!happens(at)) {
            return;
        }
        int draw = r.nextInt(1000);
        String level = draw < 720 ? "VERY_SATISFIED" : draw < 920 ? "SATISFIED" : draw < 970 ? "BASIC"
                : draw < 992 ? "DISSATISFIED" : "VERY_DISSATISFIED";
        boolean poor = level.startsWith("DIS") || level.startsWith("VERY_DIS");
        String comment = r.nextInt(100) < (poor ? 90 : 25) ? (poor ? POOR_COMMENTS[r.nextInt(POOR_COMMENTS.length)]
                : GOOD_COMMENTS[r.nextInt(GOOD_COMMENTS.length)]) : null;
        LocalDate followUpDue = poor ? calendar.addWorkingDays(SHANGHAI.date(at), FOLLOW_UP_WORKING_DAYS) : null;
        String state = poor ? "OPEN" : null;
        String result = null;
        String by = null;
        long doneAt = NULL_TS;
        int version = 0;
        if (poor) {
            long answerAt = after(at, 1 + r.nextInt(FOLLOW_UP_WORKING_DAYS + 3));
            if (r.nextInt(100) < 92 && answerAt <= now) {
                state = "DONE";
                result = FOLLOW_UPS[r.nextInt(FOLLOW_UPS.length)];
                by = people.supervisors.get(window.code()).name();
                doneAt = answerAt;
                version = 1;
            }
        }
        out.ratings.num(++ids.rating).num(caseId).str(k.caseNumber()).str(k.item().doc().name()).num(applicantId)
                .str(applicantName).str(level).str(comment).ts(at).str(state).date(followUpDue).str(result).str(by)
                .ts(doneAt).num(version).str(window.code()).end();
    }

    // ---------------------------------------------------------------- history and time

    /** A step that changes the case (CaseSteps.step): history line, status, version, updated_at. */
    private void step(long at, Long actorId, String actorName, String role, String place, String action, String to,
            String detail) {
        String from = s.status;
        s.status = to;
        s.version++;
        s.updatedAt = at;
        history(at, actorId, actorName, role, place, action, from, to, detail);
    }

    private void history(long at, Long actorId, String actorName, String role, String place, String action,
            String from, String to, String detail) {
        Rows row = out.history.num(++ids.history).num(caseId).ts(at).num(actorId);
        if ("APPLICANT".equals(role)) {
            row.str(actorName);
        } else {
            row.ref(actorName);
        }
        row.ref(role).ref(place)
                .ref(action).ref(from).ref(to).str(detail).end();
    }

    private boolean happens(long at) {
        return at <= now;
    }

    private int intakeDays() {
        int draw = r.nextInt(1000);
        if (draw < 420) {
            return 0;
        }
        if (draw < 760) {
            return 1;
        }
        if (draw < 900) {
            return 2;
        }
        if (draw < 965) {
            return 3 + r.nextInt(2);
        }
        return 5 + r.nextInt(5); // late: the five-day rule deems it accepted first
    }

    /**
     * An instant during office hours {@code workingDays} working days after {@code t}'s day (0: the
     * same day, later than {@code t}; rolls on to the next working day when the day is over).
     */
    private long after(long t, int workingDays) {
        LocalDate day = SHANGHAI.date(t);
        if (!calendar.isWorkingDay(day)) {
            day = calendar.addWorkingDays(day, 1);
            workingDays = Math.max(0, workingDays - 1);
            long at = SHANGHAI.at(calendar.addWorkingDays(day, workingDays), officeMinute());
            return Math.max(at, t + 60);
        }
        if (workingDays == 0) {
            long endOfDay = SHANGHAI.at(day, 17 * 60 + 30);
            long startOfDay = SHANGHAI.at(day, 8 * 60 + 30);
            long from = Math.max(t, startOfDay);
            if (from + 600 < endOfDay) {
                long span = endOfDay - from;
                return from + 60 + (long) (r.nextDouble() * r.nextDouble() * (span - 60));
            }
            workingDays = 1;
        }
        return Math.max(SHANGHAI.at(calendar.addWorkingDays(day, workingDays), officeMinute()), t + 60);
    }

    private int officeMinute() {
        return r.nextInt(100) < 55 ? 8 * 60 + 30 + r.nextInt(210) : 14 * 60 + 30 + r.nextInt(180);
    }

    // ---------------------------------------------------------------- content

    private Map<String, String> answers(ItemDocument doc) {
        Map<String, String> answers = new LinkedHashMap<>();
        if (doc.situations() != null) {
            for (Situation q : doc.situations()) {
                if (!q.options().isEmpty()) {
                    answers.put(q.code(), q.options().get(Names.skewed(r, q.options().size())).code());
                }
            }
        }
        return answers;
    }

    private Map<String, String> formValues(ItemDocument doc) {
        Map<String, String> values = new LinkedHashMap<>();
        if (doc.formFields() == null) {
            return values;
        }
        int applicant = k.applicant();
        for (FormField f : doc.formFields()) {
            if (!f.required() && r.nextInt(100) < 35) {
                continue;
            }
            String v = switch (f.type()) {
                case "NUMBER" -> String.valueOf(1 + r.nextInt(f.key().toLowerCase().contains("capital") ? 5000 : 500));
                case "DATE" -> SHANGHAI.date(k.receivedAt()).plusDays(r.nextInt(120) - 30).toString();
                case "SELECT" -> f.options() == null || f.options().isEmpty() ? null
                        : f.options().get(r.nextInt(f.options().size()));
                case "TEXTAREA" -> TEXTAREAS[r.nextInt(TEXTAREAS.length)];
                default -> text(f, applicant);
            };
            if (v == null || v.isBlank()) {
                continue;
            }
            int max = f.maxLength() == null ? 4000 : Math.min(f.maxLength(), 4000);
            values.put(f.key(), v.length() > max ? v.substring(0, max) : v);
        }
        return values;
    }

    private String text(FormField f, int applicant) {
        String key = f.key().toLowerCase();
        String label = f.label() == null ? "" : f.label();
        if (key.contains("creditcode") || label.contains("信用代码")) {
            return people.enterprise[applicant] ? people.applicantIdNumbers[applicant]
                    : Names.creditCode(r, k.competentRegion(), r.nextInt(1_000_000));
        }
        if (key.contains("address") || label.contains("地址") || label.contains("住所")) {
            var district = ref.regions.get(k.competentRegion());
            var city = district == null ? null : ref.regions.get(district.parent());
            return Names.address(r, city == null ? "" : city.name(), district == null ? "" : district.name());
        }
        if (key.contains("phone") || key.contains("mobile") || label.contains("电话")) {
            return Names.mobile(r);
        }
        if (key.contains("idnumber") || label.contains("身份证")) {
            return Names.residentId(r, k.competentRegion());
        }
        if (key.endsWith("name") || label.contains("名称") || label.contains("姓名") || key.contains("representative")
                || key.contains("principal") || key.contains("operator")) {
            if (label.contains("名称") || key.contains("company") || key.contains("enterprise")) {
                return people.enterprise[applicant] ? people.applicantNames[applicant]
                        : Names.enterprise(r, "福州", r.nextInt(1000));
            }
            return people.enterprise[applicant] ? Names.person(r) : people.applicantNames[applicant];
        }
        if (key.contains("scope") || label.contains("范围")) {
            return SCOPES[r.nextInt(SCOPES.length)];
        }
        if (key.contains("number") || key.contains("no") || label.contains("编号") || label.contains("号码")) {
            return String.format("闽%02d%08d", r.nextInt(100), r.nextInt(100_000_000));
        }
        return TEXTS[r.nextInt(TEXTS.length)];
    }

    /** Materials to flag: handed in by the applicant and with lines still open (after a round: the replaced ones). */
    private List<Material> flag() {
        List<Material> candidates = applicable.stream().filter(m -> !"DATA_SHARING".equals(m.source())
                && intake.stream().anyMatch(l -> l.material == m && "OPEN".equals(l.verdict))).toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Material> flagged = new ArrayList<>();
        flagged.add(candidates.get(r.nextInt(candidates.size())));
        if (candidates.size() > 2 && r.nextInt(100) < 30) {
            Material second = candidates.get(r.nextInt(candidates.size()));
            if (!same(flagged, second)) {
                flagged.add(second);
            }
        }
        return flagged;
    }

    private MaterialFile newFile(Material m, int round, long at, long uploadedBy) {
        boolean image = !k.sample() && r.nextInt(100) < 15;
        int pages = image ? 1 : 1 + Names.skewed(r, 12);
        String[] names = fileNames.computeIfAbsent(m, x -> {
            String base = x.name().length() > 60 ? x.name().substring(0, 60) : x.name();
            return new String[] { base + ".pdf", base + ".jpg" };
        });
        if (k.sample()) {
            byte[] pdf = Pdfs.materialPdf(k.caseNumber(), m.code(), round, files.size() + 1, pages);
            MaterialFile f = new MaterialFile(m.code(), names[0], PDF, pdf.length, pages, round, at, uploadedBy);
            f.bytes = pdf;
            f.sha256 = Pdfs.sha256(pdf);
            return f;
        }
        long size = image ? 150_000 + r.nextInt(1_800_000) : 40_000L * pages + r.nextInt(300_000);
        MaterialFile f = new MaterialFile(m.code(), names[image ? 1 : 0], image ? JPEG : PDF, size, pages, round, at,
                uploadedBy);
        f.hash = new long[] { r.nextLong(), r.nextLong(), r.nextLong(), r.nextLong() };
        return f;
    }

    // ---------------------------------------------------------------- the rows

    private void write(ItemDocument doc, Map<String, String> answers, Map<String, String> form, boolean commitment) {
        Item item = k.item();
        out.cases.num(caseId).str(k.caseNumber()).ref(item.code()).ref(doc.name()).num(item.versionId())
                .num(applicantId).str(applicantName).ref(window.code()).ref(k.competentRegion())
                .ref(s.authorityCode).ref(s.status).ts(s.receivedAt).date(s.dueDate).ts(s.createdAt).ts(s.updatedAt)
                .num(s.version).str(people.applicantIdNumbers[k.applicant()]).str(submissionKey(caseId))
                .num(s.clerkId).num(s.correctionRound).date(s.deemedAcceptedOn).ts(s.acceptedAt).ts(s.decidedAt)
                .ts(s.closedAt).str(shorten(s.outcomeReason, 2000)).str(json.writeValueAsString(answers))
                .str(json.writeValueAsString(form)).ts(s.receivedAt).bool(commitment).bool(k.online())
                .bool(k.walkIn()).ts(s.identityVerifiedAt).ref(s.identityVerifiedBy).ref(s.identityMethod)
                .ref(s.clerkName).str(s.deferredMaterials).date(s.deferredDue).date(s.statutoryDue)
                .ref(s.deliveryMethod).str(s.trackingNumber).date(s.intakeDue).ts(s.intakeDecidedAt)
                .date(s.decisionDue).ts(s.signedForAt).num(s.receiptToSignFor).bool(s.intakeOnTime)
                .bool(s.decisionOnTime).ref(window.regionCode()).end();
        for (Line l : intake) {
            line(l);
        }
        if (review != null) {
            for (Line l : review) {
                line(l);
            }
        }
        for (MaterialFile f : files) {
            long fileId = ++ids.file;
            long uploaded = f.addedAt;
            if (f.sha256 != null) {
                out.files.num(fileId).str(f.sha256);
            } else {
                out.files.num(fileId).hex256(f.hash[0], f.hash[1], f.hash[2], f.hash[3]);
            }
            out.files.num(f.size).ref(f.contentType).num(f.pages).ref(f.name).ref("CASE").num(caseId)
                    .num(f.uploadedBy).ts(uploaded).end();
            out.materialFiles.num(++ids.materialFile).num(caseId).ref(f.materialCode).num(fileId).ref(f.name)
                    .ref(f.contentType).num(f.size).num(f.pages).num(f.round).ts(f.addedAt).ts(f.replacedAt).end();
            if (f.bytes != null) {
                out.sampleFiles.add(new SampleFile(f.sha256, f.bytes));
            }
        }
    }

    private void line(Line l) {
        Rows row = out.checklist;
        Encoded e = encoded.computeIfAbsent(l.material, m -> new Encoded(row, m));
        row.num(++ids.checklist).num(caseId).raw(l.stage == INTAKE ? e.intakeStage : e.reviewStage).raw(e.code)
                .raw(e.name).num(l.pointNo).raw((l.stage == INTAKE ? e.intake : e.review)[l.pointNo - 1])
                .ref(l.verdict).ref(l.reason).bool(l.editable).ref(l.decidedBy).ts(l.decidedAt).num(l.version).end();
    }

    /** The submission key of a generated case: how generated cases are told apart (and reset). */
    static String submissionKey(long caseId) {
        return Population.PREFIX + pad(caseId, 12);
    }

    /** Whether the list holds this very material (records compare deeply; identity is enough here). */
    private static boolean same(List<Material> list, Material m) {
        for (Material x : list) {
            if (x == m) {
                return true;
            }
        }
        return false;
    }

    /** {@code value} with leading zeros to {@code width} digits. */
    static String pad(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static String shorten(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static String recordName(String kind) {
        return switch (kind) {
            case "SITE_INSPECTION" -> "现场核查";
            case "HEARING" -> "听证";
            case "TESTING" -> "检测";
            case "EXPERT_REVIEW" -> "专家评审";
            default -> kind;
        };
    }

    private static String deliveryName(String method) {
        return switch (method) {
            case "WINDOW" -> "窗口领取";
            case "POST" -> "邮寄送达";
            case "ELECTRONIC" -> "电子送达";
            default -> method;
        };
    }

    // ---------------------------------------------------------------- wording pools

    private static final String[] IDENTITY_METHODS = { "身份证读卡器核验", "身份证读卡器核验", "人脸识别比对", "居民身份证原件核验",
            "电子营业执照扫码核验", "授权委托书及代理人身份证核验" };
    private static final String[] CORRECTION_REASONS = { "申请人签章不全，请加盖公章或签字", "复印件未注明“与原件一致”并加盖公章",
            "材料内容与申请表填写不一致", "扫描件不清晰，无法辨认关键信息", "材料已超过有效期，请提供有效期内的材料", "缺少法定代表人签字",
            "材料页码不全，缺少附件页", "申请日期填写有误" };
    private static final String[] REFUSALS = { "申请事项依法不属于本行政机关职权范围", "申请人不具备申请该事项的主体资格",
            "申请事项依法不需要取得行政许可", "申请人隐瞒有关情况或者提供虚假材料申请" };
    private static final String[] REFUSAL_BASIS = { "《中华人民共和国行政许可法》第三十二条第一款第（一）项",
            "《中华人民共和国行政许可法》第三十二条第一款第（二）项", "《中华人民共和国行政许可法》第七十八条" };
    private static final String[] ACCEPT_NOTES = { "原件已当场核验", "申请人已现场签署告知承诺书", "已告知申请人领证方式",
            "材料齐全，当日转办" };
    private static final String[] APPROVALS = { "申请材料齐全，符合法定条件、标准。", "经审查，申请人提交的材料真实有效，符合法定条件。",
            "经现场核查及材料审查，符合许可条件。", "准予许可，请按告知的方式领取许可结果。" };
    private static final String[] DENIALS = { "经审查，申请人不符合法定条件：场所条件与申请内容不符。",
            "经现场核查，经营场所不符合相关安全要求。", "申请人提交的材料不能证明其具备相应的专业技术条件。",
            "经审查，申请事项不符合相关规划要求。" };
    private static final String[] NOT_MET = { "现场核查情况与申请材料不一致", "专业技术人员配备不足", "场所布局不符合规范要求",
            "管理制度不健全", "设施设备不满足要求" };
    private static final String[] GOOD_COMMENTS = { "窗口服务很好，一次办成", "跨区通办很方便，不用来回跑", "工作人员很耐心",
            "效率很高，当天就受理了", "网上办很方便" };
    private static final String[] POOR_COMMENTS = { "等待时间太长", "补正要求没有一次说清楚", "办理进度查询不到", "窗口人员态度一般",
            "审批时间超过了承诺时限" };
    private static final String[] FOLLOW_UPS = { "已电话回访申请人，说明办理情况并致歉，申请人表示理解。",
            "已核实情况并对窗口人员进行提醒教育，优化了补正告知流程。", "已协调审批机关加快办理，申请人已取得结果。",
            "经核实，办理符合规定时限，已向申请人解释说明。" };
    private static final String[] TEXTAREAS = { "详见申请材料。", "本次申请内容真实，如有不实愿承担相应法律责任。",
            "因业务发展需要，申请办理本事项，相关情况详见附件。", "申请人已按要求准备全部材料，请予审查。" };
    private static final String[] TEXTS = { "详见附件", "按申请材料填写", "无", "同申请表", "见附件说明", "已核对" };
    private static final String[] SCOPES = { "软件开发；信息技术咨询服务；计算机系统服务", "食品销售；日用百货销售；家用电器销售",
            "餐饮服务；食品经营", "道路货物运输（不含危险货物）", "建筑工程施工；建筑装饰工程", "旅行社服务网点旅游招徕、咨询服务",
            "医疗器械销售；健康咨询服务" };
}
