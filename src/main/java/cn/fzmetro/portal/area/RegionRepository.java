package cn.fzmetro.portal.area;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegionRepository extends JpaRepository<Region, String> {
}
