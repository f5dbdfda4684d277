package cn.fzmetro.portal.catalog;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrators' side of the catalog: every item whatever its state, drafts included. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class CatalogAdmin {

    private final CatalogItemRepository items;
    private final CatalogQuery query;

    CatalogAdmin(CatalogItemRepository items, CatalogQuery query) {
        this.items = items;
        this.query = query;
    }

    /** All items with their current version number and whether a draft is waiting. */
    @Transactional(readOnly = true)
    public Page<ItemSummary> items(String department, String keyword, Pageable page) {
        return query.withVersions(items.findAllFiltered(department == null || department.isBlank() ? null : department,
                CatalogQuery.normalize(keyword), page));
    }
}
