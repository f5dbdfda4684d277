package cn.fzmetro.portal.area;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuthorityRepository extends JpaRepository<Authority, String> {

    Optional<Authority> findByRegionCodeAndDepartmentCode(String regionCode, String departmentCode);
}
