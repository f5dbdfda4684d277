package cn.fzmetro.portal.catalog;

import java.time.LocalDate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CatalogItemRepository extends JpaRepository<CatalogItem, String> {

    /** Items the public may see: a version in force, not retired, filtered by department and keyword. */
    @Query("""
            select i from CatalogItem i
            where i.status <> cn.fzmetro.portal.catalog.ItemStatus.RETIRED
              and (:department is null or i.departmentCode = :department)
              and (:category is null or i.category = :category)
              and (:keyword is null or lower(i.name) like concat('%', :keyword, '%')
                   or i.pinyinInitials like concat('%', :keyword, '%') or lower(i.code) like concat('%', :keyword, '%'))
              and exists (select v.id from ItemVersion v where v.itemCode = i.code
                          and v.state = cn.fzmetro.portal.catalog.VersionState.PUBLISHED and v.effectiveFrom <= :today)
            order by i.code
            """)
    Page<CatalogItem> findPublished(@Param("department") String department, @Param("category") String category,
            @Param("keyword") String keyword, @Param("today") LocalDate today, Pageable page);

    /** The categories of the items the public may see, for browsing. */
    @Query("""
            select distinct i.category from CatalogItem i
            where i.status <> cn.fzmetro.portal.catalog.ItemStatus.RETIRED
            order by i.category
            """)
    java.util.List<String> findPublicCategories();

    /** Every item, whatever its state, for administrators. */
    @Query("""
            select i from CatalogItem i
            where (:department is null or i.departmentCode = :department)
              and (:keyword is null or lower(i.name) like concat('%', :keyword, '%')
                   or i.pinyinInitials like concat('%', :keyword, '%') or lower(i.code) like concat('%', :keyword, '%'))
            order by i.code
            """)
    Page<CatalogItem> findAllFiltered(@Param("department") String department, @Param("keyword") String keyword,
            Pageable page);
}
