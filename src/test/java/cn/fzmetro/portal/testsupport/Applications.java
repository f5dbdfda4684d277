package cn.fzmetro.portal.testsupport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import cn.fzmetro.portal.casefile.CaseDetails;
import cn.fzmetro.portal.casefile.CaseFiling;
import cn.fzmetro.portal.casefile.CaseIntake;
import cn.fzmetro.portal.casefile.CaseReview;
import cn.fzmetro.portal.casefile.CaseSummary;
import cn.fzmetro.portal.casefile.Cases;
import cn.fzmetro.portal.casefile.CheckItem;
import cn.fzmetro.portal.casefile.ChecklistStage;
import cn.fzmetro.portal.casefile.Verdict;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.catalog.ItemDocument;
import cn.fzmetro.portal.catalog.ItemDocument.FormField;
import cn.fzmetro.portal.catalog.ItemDocument.Material;

/**
 * Builds complete applications through the real services, the way an applicant fills them in:
 * the first option of every situation question, a valid value for every form field and a small
 * real PDF for every material the answers call for. The caller signs in first.
 */
public final class Applications {

    private final CaseFiling filing;
    private final CatalogQuery catalog;

    public Applications(CaseFiling filing, CatalogQuery catalog) {
        this.filing = filing;
        this.catalog = catalog;
    }

    /** A complete draft for {@code itemCode}, handed in at {@code windowCode} for {@code region}. */
    public long completeDraft(String itemCode, String windowCode, String region) {
        ItemDocument guide = catalog.current(itemCode).orElseThrow().document();
        long id = filing.startDraft(itemCode);
        Map<String, String> answers = firstOptions(guide);
        filing.saveDraft(id, answers, validForm(guide));
        for (Material m : guide.materials()) {
            if (m.appliesTo(answers) && !"DATA_SHARING".equals(m.source())) {
                filing.addFile(id, m.code(), m.code() + ".pdf", new ByteArrayInputStream(pdf()), -1);
            }
        }
        filing.route(id, windowCode, region);
        return id;
    }

    /** Submitted with the declaration, no commitment. */
    public CaseSummary submitted(String itemCode, String windowCode, String region) {
        return filing.submit(completeDraft(itemCode, windowCode, region), UUID.randomUUID().toString(), true, false);
    }

    public static Map<String, String> firstOptions(ItemDocument guide) {
        Map<String, String> answers = new LinkedHashMap<>();
        guide.situations().forEach(s -> answers.put(s.code(), s.options().get(0).code()));
        return answers;
    }

    public static Map<String, String> validForm(ItemDocument guide) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FormField f : guide.formFields()) {
            values.put(f.key(), switch (f.type()) {
                case "NUMBER" -> "100";
                case "DATE" -> "2026-12-01";
                case "SELECT" -> f.options().get(0);
                default -> "福州测试" + f.key().length();
            });
        }
        return values;
    }

    /** Marks every open line of a checklist as conforming (clerk or officer signed in). */
    public static void conformAll(Cases cases, CaseIntake intake, CaseReview review, long caseId,
            ChecklistStage stage) {
        CaseDetails d = cases.details(caseId);
        for (CheckItem line : stage == ChecklistStage.INTAKE ? d.intakeChecklist() : d.reviewChecklist()) {
            if (line.verdict() == Verdict.OPEN) {
                if (stage == ChecklistStage.INTAKE) {
                    intake.recordVerdict(caseId, line.id(), line.version(), Verdict.CONFORMS, null);
                } else {
                    review.recordVerdict(caseId, line.id(), line.version(), Verdict.CONFORMS, null);
                }
            }
        }
    }

    /** A one-page PDF, small and valid. */
    public static byte[] pdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
