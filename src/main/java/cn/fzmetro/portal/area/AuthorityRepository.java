package cn.fzmetro.portal.area;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuthorityRepository extends JpaRepository<Authority, String> {

    Optional<Authority> findByRegionCodeAndDepartmentCode(String regionCode, String departmentCode);

    /** Authorities of a region and department type (or any), whose code or name contains the lower-case text. */
    @Query("""
            select a from Authority a
            where (:region is null or a.regionCode = :region)
              and (:department is null or a.departmentCode = :department)
              and (:text is null or lower(a.code) like :text or lower(a.name) like :text)""")
    Page<Authority> search(@Param("region") String region, @Param("department") String department,
            @Param("text") String text, Pageable page);
}
