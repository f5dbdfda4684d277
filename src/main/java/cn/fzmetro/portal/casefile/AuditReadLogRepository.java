package cn.fzmetro.portal.casefile;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditReadLogRepository extends JpaRepository<AuditReadLog, Long> {

    List<AuditReadLog> findTop10ByReaderIdOrderByIdDesc(long readerId);
}
