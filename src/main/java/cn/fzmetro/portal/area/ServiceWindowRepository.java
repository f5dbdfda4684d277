package cn.fzmetro.portal.area;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ServiceWindowRepository extends JpaRepository<ServiceWindow, String> {

    /** Windows of a region (or all), whose code, name or address contains the lower-case text (or all). */
    @Query("""
            select w from ServiceWindow w
            where (:region is null or w.regionCode = :region)
              and (:text is null or lower(w.code) like :text or lower(w.name) like :text
                   or lower(w.address) like :text)""")
    Page<ServiceWindow> search(@Param("region") String region, @Param("text") String text, Pageable page);
}
