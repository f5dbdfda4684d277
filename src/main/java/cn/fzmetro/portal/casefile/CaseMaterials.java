package cn.fzmetro.portal.casefile;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.fzmetro.portal.base.CurrentUser;
import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.base.PortalUser;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.catalog.ItemDocument.Material;
import cn.fzmetro.portal.document.Documents;
import cn.fzmetro.portal.document.InspectedFile;
import cn.fzmetro.portal.document.StoredFile;

/**
 * The files handed in per material. Which material may take a file depends on where the case
 * stands: any material of a draft; during a correction only the materials the notice flagged
 * (their earlier files are kept, marked replaced, on resubmission); after 容缺 acceptance the
 * deferred materials. The upload is inspected by the document module outside any transaction (no
 * connection is held while bytes arrive); storing and linking it is one transaction.
 */
@Component
class CaseMaterials {

    private static final Set<CaseStatus> DEFERRED_SUPPLY = EnumSet.of(CaseStatus.ACCEPTED, CaseStatus.TRANSFERRED,
            CaseStatus.UNDER_REVIEW, CaseStatus.SUSPENDED);

    /** The columns an upload is checked against: who may act on the case and where it stands. */
    private static final String GATE_SQL = "SELECT id, item_version_id, status, walk_in, correction_round,"
            + " deferred_materials, applicant_id, applicant_id_number, receiving_window_code, competent_authority_code"
            + " FROM case_file WHERE id = ?";

    private final CaseSteps steps;
    private final CaseMaterialFileRepository files;
    private final CorrectionItemRepository corrections;
    private final CatalogQuery catalog;
    private final Documents documents;
    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final TransactionTemplate tx;
    private final Clock clock;

    CaseMaterials(CaseSteps steps, CaseMaterialFileRepository files, CorrectionItemRepository corrections,
            CatalogQuery catalog, Documents documents, JdbcTemplate jdbc, CurrentUser currentUser,
            TransactionTemplate tx, Clock clock) {
        this.steps = steps;
        this.files = files;
        this.corrections = corrections;
        this.catalog = catalog;
        this.documents = documents;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.tx = tx;
        this.clock = clock;
    }

    MaterialFile add(long caseId, String materialCode, String fileName, InputStream in, long size,
            BiPredicate<PortalUser, ScopedCase> entitled) {
        // refused before any byte is received and parsed; one narrow read, no transaction needed
        checkMayAdd(gate(caseId, entitled), materialCode);
        try (InspectedFile file = documents.inspect(fileName, in, size)) {
            // the case may have changed while the file arrived: checked again, then stored and linked
            // in one transaction, so a refusal or failure leaves no file record behind
            return tx.execute(s -> {
                UploadGate c = gate(caseId, entitled);
                checkMayAdd(c, materialCode);
                StoredFile stored = documents.store(file, CaseDocumentsPolicy.OWNER_TYPE, caseId);
                MaterialFile added = files.save(new CaseMaterialFile(caseId, materialCode, stored,
                        c.status() == CaseStatus.CORRECTION_REQUESTED ? c.correctionRound() : 0, clock.instant()))
                        .view();
                if (c.deferredMaterials() != null && currentMaterialCodes(caseId)
                        .containsAll(Arrays.asList(c.deferredMaterials().split(",")))) {
                    CaseFile supplied = steps.load(caseId, entitled);
                    supplied.deferredSupplied(clock.instant());
                    steps.record(supplied, cn.fzmetro.portal.base.Role.APPLICANT, CaseAction.DEFERRED_SUPPLIED,
                            supplied.status(), null);
                }
                return added;
            });
        }
    }

    /**
     * What decides whether a file may be added, read without the rest of the case (an upload checks
     * it twice; the whole case row is not needed for that).
     */
    record UploadGate(long id, Long itemVersionId, CaseStatus status, boolean walkIn, int correctionRound,
            String deferredMaterials, Long applicantId, String applicantIdNumber, String receivingWindowCode,
            String competentAuthorityCode) implements ScopedCase {
    }

    /** The case's gate, if the caller may act on it in the given capacity; others are "not found". */
    private UploadGate gate(long caseId, BiPredicate<PortalUser, ScopedCase> entitled) {
        PortalUser user = currentUser.require();
        return jdbc.query(GATE_SQL, CaseMaterials::gateRow, caseId).stream().filter(g -> entitled.test(user, g))
                .findFirst().orElseThrow(() -> new CaseNotFoundException(caseId));
    }

    private static UploadGate gateRow(ResultSet rs, int row) throws SQLException {
        return new UploadGate(rs.getLong("id"), rs.getObject("item_version_id", Long.class),
                CaseStatus.valueOf(rs.getString("status")), rs.getBoolean("walk_in"), rs.getInt("correction_round"),
                rs.getString("deferred_materials"), rs.getObject("applicant_id", Long.class),
                rs.getString("applicant_id_number"), rs.getString("receiving_window_code"),
                rs.getString("competent_authority_code"));
    }

    private void checkMayAdd(UploadGate c, String materialCode) {
        Material m = catalog.guide(c.itemVersionId()).orElseThrow().material(materialCode);
        if (m == null) {
            throw new InvalidInputException(ApplicationContent.MATERIALS_FIELD, "case.error.material-unknown",
                    materialCode);
        }
        if ("DATA_SHARING".equals(m.source())) {
            throw new InvalidInputException(ApplicationContent.MATERIALS_FIELD, "case.error.material-shared",
                    m.name());
        }
        boolean allowed = switch (c.status()) {
            case DRAFT -> true;
            case RECEIVED -> c.walkIn();
            case CORRECTION_REQUESTED -> flagged(c.id(), c.correctionRound()).stream()
                    .anyMatch(f -> f.materialCode().equals(materialCode));
            default -> DEFERRED_SUPPLY.contains(c.status()) && c.deferredMaterials() != null
                    && Arrays.asList(c.deferredMaterials().split(",")).contains(materialCode);
        };
        if (!allowed) {
            throw new InvalidInputException(ApplicationContent.MATERIALS_FIELD, "case.error.material-locked",
                    m.name());
        }
    }

    /** Removes a file of a draft (or counter case), or one added in the current correction round. */
    void remove(CaseFile c, long materialFileId) {
        CaseMaterialFile f = files.findById(materialFileId).filter(x -> x.caseId() == c.id())
                .orElseThrow(() -> new InvalidInputException(ApplicationContent.MATERIALS_FIELD,
                        "case.error.file-unknown"));
        boolean removable = c.status() == CaseStatus.DRAFT || (c.status() == CaseStatus.RECEIVED && c.walkIn())
                || (c.status() == CaseStatus.CORRECTION_REQUESTED && f.addedRound() == c.correctionRound());
        if (!removable) {
            throw new InvalidInputException(ApplicationContent.MATERIALS_FIELD, "case.error.file-locked");
        }
        files.delete(f);
        documents.remove(f.fileId(), CaseDocumentsPolicy.OWNER_TYPE, c.id());
    }

    /** Materials that have at least one file not replaced. */
    Set<String> currentMaterialCodes(long caseId) {
        return files.findByCaseIdOrderByIdAsc(caseId).stream().filter(CaseMaterialFile::current)
                .map(CaseMaterialFile::materialCode).collect(Collectors.toSet());
    }

    List<CaseMaterialFile> of(long caseId) {
        return files.findByCaseIdOrderByIdAsc(caseId);
    }

    List<FlaggedMaterial> flagged(long caseId, int round) {
        return corrections.findByCaseIdAndRoundOrderByIdAsc(caseId, round).stream().map(CorrectionItem::view)
                .toList();
    }

    /** Materials that received new files in this correction round. */
    Set<String> replacedInRound(long caseId, int round) {
        return files.findByCaseIdOrderByIdAsc(caseId).stream().filter(f -> round > 0 && f.addedRound() == round)
                .map(CaseMaterialFile::materialCode).collect(Collectors.toSet());
    }

    /** On resubmission: earlier files of the replaced materials are kept, marked replaced. */
    void markReplaced(long caseId, int round, Set<String> materialCodes) {
        for (CaseMaterialFile f : files.findByCaseIdOrderByIdAsc(caseId)) {
            if (materialCodes.contains(f.materialCode()) && f.addedRound() < round && f.current()) {
                f.replace(clock.instant());
            }
        }
    }
}
