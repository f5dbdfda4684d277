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
import cn.fzmetro.portal.base.Role;
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
            BiPredicate<PortalUser, ScopedCase> entitled) {
        // refused before any byte is received and parsed; one narrow read, no transaction needed
        checkMayAdd(caseId, materialCode, entitled);
        try (InspectedFile file = documents.inspect(fileName, in, size)) {
            // the case may have changed while the file arrived: checked again, then stored and linked
            // in one transaction, so a refusal or failure leaves no file record behind
            return tx.execute(s -> {
                CaseGate c = checkMayAdd(caseId, materialCode, entitled);
                StoredFile stored = documents.store(file, CaseDocumentsPolicy.OWNER_TYPE, caseId);
                MaterialFile added = files.save(new CaseMaterialFile(caseId, materialCode, stored,
                        c.status() == CaseStatus.CORRECTION_REQUESTED ? c.correctionRound() : 0, clock.instant()))
                        .view();
                if (c.deferredMaterials() != null && currentMaterialCodes(caseId)
                        .containsAll(Arrays.asList(c.deferredMaterials().split(",")))) {
                    CaseFile supplied = steps.load(caseId, entitled);
                    supplied.deferredSupplied(clock.instant());
                    steps.record(supplied, Role.APPLICANT, CaseAction.DEFERRED_SUPPLIED, supplied.status(), null);
                }
                return added;
            });
        }
    }

    /** The case as it stands, if the caller may add this material's file to it now. */
    private CaseGate checkMayAdd(long caseId, String materialCode, BiPredicate<PortalUser, ScopedCase> entitled) {
        CaseGate c = steps.gate(caseId, entitled);
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
        return c;
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
