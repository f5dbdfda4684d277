package cn.fzmetro.portal.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

/** Test helpers: bundled item files and small edits of guide documents. */
public final class Docs {

    private Docs() {
    }

    /** The bundled item file of {@code code} as text. */
    public static String bundled(String code) {
        try (InputStream in = new ClassPathResource("catalog/items/" + code + ".yaml").getInputStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of {@code doc} whose material {@code materialCode} has intake standard {@code index} replaced. */
    public static ItemDocument withIntake(ItemDocument doc, String materialCode, int index, String text) {
        List<ItemDocument.Material> materials = new ArrayList<>();
        for (ItemDocument.Material m : doc.materials()) {
            if (m.code().equals(materialCode)) {
                List<String> intake = new ArrayList<>(m.intakeStandards());
                intake.set(index, text);
                m = new ItemDocument.Material(m.code(), m.name(), m.basis(), m.form(), m.copies(), m.medium(),
                        m.requirement(), m.when(), m.source(), m.template(), intake, m.reviewPoints());
            }
            materials.add(m);
        }
        return withMaterials(doc, materials);
    }

    public static ItemDocument withMaterials(ItemDocument d, List<ItemDocument.Material> materials) {
        return new ItemDocument(d.code(), d.basicCode(), d.name(), d.type(), d.department(), d.category(),
                d.applicantTypes(), d.handling(), d.decisionLevel(), d.crossRegionModes(), d.online(), d.visits(),
                d.legalBasis(), d.acceptanceConditions(), d.prohibitions(), d.commitment(), d.timeLimits(),
                d.specialSteps(), d.fee(), d.situations(), d.formFields(), materials, d.result(), d.support());
    }

    public static ItemDocument withName(ItemDocument d, String name) {
        return new ItemDocument(d.code(), d.basicCode(), name, d.type(), d.department(), d.category(),
                d.applicantTypes(), d.handling(), d.decisionLevel(), d.crossRegionModes(), d.online(), d.visits(),
                d.legalBasis(), d.acceptanceConditions(), d.prohibitions(), d.commitment(), d.timeLimits(),
                d.specialSteps(), d.fee(), d.situations(), d.formFields(), d.materials(), d.result(), d.support());
    }

    public static ItemDocument withVisits(ItemDocument d, int visits) {
        return new ItemDocument(d.code(), d.basicCode(), d.name(), d.type(), d.department(), d.category(),
                d.applicantTypes(), d.handling(), d.decisionLevel(), d.crossRegionModes(), d.online(), visits,
                d.legalBasis(), d.acceptanceConditions(), d.prohibitions(), d.commitment(), d.timeLimits(),
                d.specialSteps(), d.fee(), d.situations(), d.formFields(), d.materials(), d.result(), d.support());
    }
}
