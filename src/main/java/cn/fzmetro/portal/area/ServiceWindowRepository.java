package cn.fzmetro.portal.area;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceWindowRepository extends JpaRepository<ServiceWindow, String> {
}
