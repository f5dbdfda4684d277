package cn.fzmetro.portal.casefile;

import java.io.InputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.base.PortalUser;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.catalog.ItemDocument.Material;
import cn.fzmetro.portal.document.Documents;
import cn.fzmetro.portal.document.StoredFile;

/**
 * The files handed in per material. Which material may take a file depends on where the case
 * stands: any material of a draft; during a correction only the materials the notice flagged
 * (their earlier files are kept, marked replaced, on resubmission); after 容缺 acceptance the
 * deferred materials. The upload is checked and stored by the document module outside any
 * transaction (no connection is held while bytes arrive); only linking it is transactional.
 */
@Component
class CaseMaterials {

    private static final Set<CaseStatus> DEFERRED_SUPPLY = EnumSet.of(CaseStatus.ACCEPTED, CaseStatus.TRANSFERRED,
            CaseStatus.UNDER_REVIEW, CaseStatus.SUSPENDED);

    private final CaseSteps steps;
    private final CaseMaterialFileRepository files;
    private final CorrectionItemRepository corrections;
    private final CatalogQuery catalog;
    private final Documents documents;
    private final TransactionTemplate tx;
    private final Clock clock;

    CaseMaterials(CaseSteps steps, CaseMaterialFileRepository files, CorrectionItemRepository corrections,
            CatalogQuery catalog, Documents documents, TransactionTemplate tx, Clock clock) {
        this.steps = steps;
        this.files = files;
        this.corrections = corrections;
        this.catalog = catalog;
        this.documents = documents;
        this.tx = tx;
        this.clock = clock;
    }

    MaterialFile add(long caseId, String materialCode, String fileName, InputStream in, long size,
            BiPredicate<PortalUser, CaseFile> entitled) {
        tx.executeWithoutResult(s -> checkMayAdd(steps.load(caseId, entitled), materialCode));
        StoredFile stored = documents.store(fileName, in, size, CaseDocumentsPolicy.OWNER_TYPE, caseId);
        try {
            return tx.execute(s -> {
                CaseFile c = steps.load(caseId, entitled);
                checkMayAdd(c, materialCode);
                MaterialFile added = files.save(new CaseMaterialFile(caseId, materialCode, stored,
                        c.status() == CaseStatus.CORRECTION_REQUESTED ? c.correctionRound() : 0, clock.instant()))
                        .view();
                if (c.deferredMaterials() != null && currentMaterialCodes(caseId)
                        .containsAll(Arrays.asList(c.deferredMaterials().split(",")))) {
                    c.deferredSupplied(clock.instant());
                    steps.record(c, cn.fzmetro.portal.base.Role.APPLICANT, CaseAction.DEFERRED_SUPPLIED, c.status(),
                            null);
                }
                return added;
            });
        } catch (RuntimeException e) {
            // the case changed while the file arrived: take the file out again, nothing half-done stays
            documents.remove(stored.id(), CaseDocumentsPolicy.OWNER_TYPE, caseId);
            throw e;
        }
    }

    private void checkMayAdd(CaseFile c, String materialCode) {
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
