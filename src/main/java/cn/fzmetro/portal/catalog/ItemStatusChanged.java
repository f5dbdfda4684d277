package cn.fzmetro.portal.catalog;

/**
 * An item was suspended, retired or reactivated. Suspended and retired items refuse new
 * applications ({@link CatalogQuery#acceptsApplications(String)}); cases already filed continue.
 */
public record ItemStatusChanged(String code, ItemStatus status, String reason) {
}
