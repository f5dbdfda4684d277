package cn.fzmetro.portal.catalog;

/**
 * One difference between two guide documents. {@code path} names the field like
 * {@code materials[M03].intakeStandards[1]} (materials, situations and options by code, form fields by
 * key, other lists by index); {@code before} or {@code after} is null when the element was added or
 * removed. Whole added or removed elements are shown as compact JSON.
 */
public record FieldChange(String path, String before, String after) {
}
