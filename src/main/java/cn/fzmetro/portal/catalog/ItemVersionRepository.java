package cn.fzmetro.portal.catalog;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ItemVersionRepository extends JpaRepository<ItemVersion, Long> {

    /** The version in force: the highest published one whose effective date has come. */
    @Query("""
            select v from ItemVersion v where v.itemCode = :code
              and v.state = cn.fzmetro.portal.catalog.VersionState.PUBLISHED and v.effectiveFrom <= :today
            order by v.versionNo desc limit 1
            """)
    Optional<ItemVersion> findCurrent(@Param("code") String code, @Param("today") LocalDate today);

    /** What {@link #findCurrent} finds, without its guide: the guide of a published version is read once and kept. */
    @Query("""
            select new cn.fzmetro.portal.catalog.VersionInfo(v.id, v.itemCode, v.versionNo, v.state, v.effectiveFrom,
                v.createdBy, v.createdAt, v.publishedBy, v.publishedAt)
            from ItemVersion v where v.itemCode = :code
              and v.state = cn.fzmetro.portal.catalog.VersionState.PUBLISHED and v.effectiveFrom <= :today
            order by v.versionNo desc limit 1
            """)
    Optional<VersionInfo> findCurrentInfo(@Param("code") String code, @Param("today") LocalDate today);

    @Query("select v.document from ItemVersion v where v.id = :id")
    String findDocument(@Param("id") long id);

    /** The id of {@link #findCurrent}, without reading the guide, for an item that is not retired. */
    @Query("""
            select v.id from ItemVersion v where v.itemCode = :code
              and v.state = cn.fzmetro.portal.catalog.VersionState.PUBLISHED and v.effectiveFrom <= :today
              and exists (select 1 from CatalogItem i where i.code = v.itemCode
                          and i.status <> cn.fzmetro.portal.catalog.ItemStatus.RETIRED)
            order by v.versionNo desc limit 1
            """)
    Optional<Long> findCurrentId(@Param("code") String code, @Param("today") LocalDate today);

    @Query("""
            select v.itemCode, max(v.versionNo) from ItemVersion v where v.itemCode in :codes
              and v.state = cn.fzmetro.portal.catalog.VersionState.PUBLISHED and v.effectiveFrom <= :today
            group by v.itemCode
            """)
    List<Object[]> findCurrentNumbers(@Param("codes") Collection<String> codes, @Param("today") LocalDate today);

    @Query("""
            select distinct v.itemCode from ItemVersion v where v.itemCode in :codes
              and v.state = cn.fzmetro.portal.catalog.VersionState.DRAFT
            """)
    List<String> findCodesWithDraft(@Param("codes") Collection<String> codes);

    /** The latest published version, whether in force yet or not. */
    @Query("""
            select v from ItemVersion v where v.itemCode = :code
              and v.state = cn.fzmetro.portal.catalog.VersionState.PUBLISHED
            order by v.versionNo desc limit 1
            """)
    Optional<ItemVersion> findLatestPublished(@Param("code") String code);

    Optional<ItemVersion> findByItemCodeAndState(String itemCode, VersionState state);

    List<ItemVersion> findByItemCodeOrderByVersionNoDesc(String itemCode);

    @Query("select coalesce(max(v.versionNo), 0) from ItemVersion v where v.itemCode = :code")
    int findLastNumber(@Param("code") String code);
}
