package cn.fzmetro.portal.casefile;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.base.PortalUser;
import cn.fzmetro.portal.catalog.ItemDocument;
import cn.fzmetro.portal.catalog.ItemDocument.Material;

/**
 * The intake checklist (收件标准) and the review checklist (审查要点) of a case, generated from the
 * catalog version the case pinned: one line per standard or point of every material. Materials
 * the applicant's situation does not call for start as 不适用.
 */
@Component
class Checklists {

    private final ChecklistLineRepository lines;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Checklists(ChecklistLineRepository lines, JdbcTemplate jdbc, Clock clock) {
        this.lines = lines;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Lines for a stage; created once (a resubmitted case keeps its intake lines). Written as one
     * JDBC batch, one statement with the MySQL driver's rewritten batches, instead of an insert per
     * line: every submission creates some twenty of them.
     */
    void generate(long caseId, ChecklistStage stage, ItemDocument guide, Map<String, String> answers) {
        if (lines.existsByCaseIdAndStage(caseId, stage)) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        for (Material m : guide.materials()) {
            boolean applies = m.appliesTo(answers);
            if (stage == ChecklistStage.REVIEW && !applies) {
                continue;
            }
            List<String> points = stage == ChecklistStage.INTAKE ? m.intakeStandards() : m.reviewPoints();
            for (int i = 0; i < points.size(); i++) {
                rows.add(new Object[] {caseId, stage.name(), m.code(), m.name(), i + 1, points.get(i),
                        (applies ? Verdict.OPEN : Verdict.NOT_APPLICABLE).name()});
            }
        }
        jdbc.batchUpdate("""
                insert into case_checklist_line
                  (case_id, stage, material_code, material_name, point_no, point_text, verdict, editable, version)
                values (?, ?, ?, ?, ?, ?, ?, true, 0)
                """, rows);
    }

    List<ChecklistLine> of(long caseId, ChecklistStage stage) {
        return lines.findByCaseIdAndStageOrderByIdAsc(caseId, stage);
    }

    /** Both stages' lines of the case in one query, each stage in line order. */
    Map<ChecklistStage, List<ChecklistLine>> of(long caseId) {
        return lines.findByCaseIdOrderByIdAsc(caseId).stream()
                .collect(Collectors.groupingBy(ChecklistLine::stage, () -> new EnumMap<>(ChecklistStage.class),
                        Collectors.toList()));
    }

    /**
     * Records a verdict on one line of the given case and stage; refuses a verdict the stage does not
     * know, a missing reason, a frozen line, and a line someone else changed meanwhile.
     */
    ChecklistLine decide(CaseFile c, ChecklistStage stage, long lineId, int expectedVersion, Verdict verdict,
            String reason, PortalUser by) {
        long caseId = c.id();
        ChecklistLine line = lines.findById(lineId).filter(l -> l.caseId() == caseId && l.stage() == stage)
                .orElseThrow(() -> new InvalidInputException("case.checklist", "case.error.line-unknown"));
        if (!Verdict.allowedAt(stage).contains(verdict)) {
            throw new InvalidInputException("case.checklist", "case.error.verdict-not-allowed");
        }
        if (verdict.needsReason() && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("case.verdict-reason", "case.error.verdict-reason", line.pointText());
        }
        if (!line.editable()) {
            throw new InvalidInputException("case.checklist", "case.error.line-frozen");
        }
        if (line.lockVersion() != expectedVersion) {
            throw new CaseConflictException(caseId, c.status());
        }
        line.decide(verdict, reason == null || reason.isBlank() ? null : reason.trim(), by.displayName(),
                clock.instant());
        return lines.saveAndFlush(line);
    }

    /** After a correction round: lines of replaced materials reopen, the rest are frozen. */
    void afterCorrection(long caseId, Collection<String> replacedMaterials) {
        for (ChecklistLine line : lines.findByCaseIdAndStageOrderByIdAsc(caseId, ChecklistStage.INTAKE)) {
            line.afterCorrection(replacedMaterials.contains(line.materialCode()));
        }
    }

    static List<ChecklistLine> open(List<ChecklistLine> lines) {
        return lines.stream().filter(l -> l.verdict() == Verdict.OPEN).toList();
    }
}
