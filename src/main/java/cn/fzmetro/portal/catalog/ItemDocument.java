package cn.fzmetro.portal.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The guide (办事指南) of one catalog item version: exactly the structure of an item file in
 * {@code catalog/items} (see catalog/FORMAT.md). One document per item for the whole area, so
 * materials, intake standards and review points cannot differ between districts.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemDocument(String code, String basicCode, String name, String type, String department,
        String category, List<String> applicantTypes, String handling, String decisionLevel,
        List<String> crossRegionModes, boolean online, int visits, List<LegalBasis> legalBasis,
        List<String> acceptanceConditions, List<String> prohibitions, Commitment commitment, TimeLimits timeLimits,
        List<SpecialStep> specialSteps, Fee fee, List<Situation> situations, List<FormField> formFields,
        List<Material> materials, Result result, Support support) {

    public record LegalBasis(String law, String article, String text) {
    }

    public record Commitment(String text) {
    }

    public record TimeLimits(int statutory, int promised) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SpecialStep(String kind, String description, Integer maxDays) {
    }

    public record Fee(boolean charged, String description) {
    }

    public record Situation(String code, String question, List<Option> options) {
    }

    public record Option(String code, String label) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FormField(String key, String label, String type, boolean required, Integer maxLength,
            List<String> options, String hint) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Material(String code, String name, String basis, String form, int copies, String medium,
            String requirement, When when, String source, String template, List<String> intakeStandards,
            List<String> reviewPoints) {

        /** Whether this material is asked for, given the applicant's situation answers. */
        public boolean appliesTo(java.util.Map<String, String> answers) {
            return when == null || when.option().equals(answers.get(when.situation()));
        }
    }

    public record When(String situation, String option) {
    }

    public record Result(String name, String type, String validity, List<String> delivery) {
    }

    public record Support(String consultationPhone, String complaintPhone, String appeal, List<Faq> faq) {
    }

    public record Faq(String q, String a) {
    }

    public Material material(String materialCode) {
        return materials.stream().filter(m -> m.code().equals(materialCode)).findFirst().orElse(null);
    }
}
