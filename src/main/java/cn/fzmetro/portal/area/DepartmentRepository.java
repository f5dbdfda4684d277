package cn.fzmetro.portal.area;

import org.springframework.data.jpa.repository.JpaRepository;

interface DepartmentRepository extends JpaRepository<Department, String> {
}
