package cn.fzmetro.portal.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.area.WindowInfo;
import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.base.InvalidInputException.Problem;
import cn.fzmetro.portal.base.PortalUser;
import cn.fzmetro.portal.base.Role;
import cn.fzmetro.portal.casefile.CaseEvents.CaseSubmitted;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.catalog.ItemDocument;
import cn.fzmetro.portal.catalog.ItemDocument.Material;
import cn.fzmetro.portal.clock.Deadlines;

/**
 * Filling in and receiving an application, the same whether the applicant does it online or a
 * clerk does it at the counter: answers and form values are checked against the pinned guide,
 * completeness is listed problem by problem, and reception mints the number, starts the intake
 * clock, generates the intake checklist and issues the receipt.
 */
@Component
class CaseReception {

    /** Art. 32 of the Administrative Licensing Law: correction notice or acceptance within 5 days. */
    static final int INTAKE_LIMIT_WORKING_DAYS = 5;

    private final CaseSteps steps;
    private final CaseNumbers numbers;
    private final CatalogQuery catalog;
    private final AreaQuery area;
    private final Deadlines deadlines;
    private final ApplicationContent content;
    private final CaseMaterials materials;
    private final Checklists checklists;
    private final CaseNotices notices;
    private final Clock clock;

    CaseReception(CaseSteps steps, CaseNumbers numbers, CatalogQuery catalog, AreaQuery area, Deadlines deadlines,
            ApplicationContent content, CaseMaterials materials, Checklists checklists, CaseNotices notices,
            Clock clock) {
        this.steps = steps;
        this.numbers = numbers;
        this.catalog = catalog;
        this.area = area;
        this.deadlines = deadlines;
        this.content = content;
        this.materials = materials;
        this.checklists = checklists;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * Saves the situation answers and form values of a draft. What is filled in must be valid
     * (types, lengths, options); required fields may still be empty until submission.
     */
    void saveContent(CaseFile c, Map<String, String> answers, Map<String, String> formValues) {
        ItemDocument guide = guide(c);
        Map<String, String> a = clean(answers);
        Map<String, String> f = clean(formValues);
        List<Problem> problems = new ArrayList<>(content.checkAnswers(guide, a, false));
        problems.addAll(content.checkForm(guide, f, false));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        c.fillIn(content.write(a), content.write(f), clock.instant());
    }

    /** Everything still missing before the case can be received; empty when it is complete. */
    List<Problem> missing(CaseFile c) {
        return missing(c, guide(c));
    }

    private List<Problem> missing(CaseFile c, ItemDocument guide) {
        Map<String, String> answers = content.read(c.situationAnswers());
        List<Problem> problems = new ArrayList<>(content.checkAnswers(guide, answers, true));
        problems.addAll(content.checkForm(guide, content.read(c.formValues()), true));
        Set<String> present = materials.currentMaterialCodes(c.id());
        for (Material m : ApplicationContent.applicable(guide, answers)) {
            if (ApplicationContent.requiredAtSubmission(m) && !present.contains(m.code())) {
                problems.add(new Problem(ApplicationContent.MATERIALS_FIELD, "case.error.material-missing",
                        m.name()));
            }
        }
        if (c.receivingWindowCode() == null || c.competentRegionCode() == null) {
            problems.add(new Problem("case.window", "case.error.not-routed"));
        }
        return problems;
    }

    /** Checks completeness and the declaration, then receives the case. */
    CaseFile receive(CaseFile c, String submissionKey, boolean declared, boolean commitment, Role role,
            BiPredicate<PortalUser, CaseFile> entitled) {
        ItemDocument guide = guide(c);
        List<Problem> problems = new ArrayList<>(missing(c, guide));
        if (!declared) {
            problems.add(new Problem("case.declaration", "case.error.declaration"));
        }
        if (commitment && guide.commitment() == null) {
            problems.add(new Problem("case.commitment", "case.error.no-commitment"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        WindowInfo window = area.window(c.receivingWindowCode()).orElseThrow();
        String number = numbers.mint(window.regionCode(), deadlines.today());
        LocalDate intakeDue = intakeDue();
        CaseFile received = steps.step(c.id(), c.lockVersion(), entitled, role, CaseAction.SUBMITTED,
                window.name(), f -> f.submit(number, submissionKey, intakeDue, commitment, clock.instant()),
                f -> new CaseSubmitted(f.id(), f.caseNumber(), f.status(), clock.instant(), f.receivingWindowCode()));
        checklists.generate(received.id(), ChecklistStage.INTAKE, guide,
                content.read(received.situationAnswers()));
        notices.receipt(received, guide);
        return received;
    }

    LocalDate intakeDue() {
        return deadlines.dueDate(deadlines.today(), INTAKE_LIMIT_WORKING_DAYS, List.of());
    }

    ItemDocument guide(CaseFile c) {
        return catalog.guide(c.itemVersionId()).orElseThrow();
    }

    private static Map<String, String> clean(Map<String, String> values) {
        return values == null ? new LinkedHashMap<>()
                : values.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().trim(), (x, y) -> y,
                                LinkedHashMap::new));
    }
}
