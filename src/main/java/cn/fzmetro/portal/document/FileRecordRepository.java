package cn.fzmetro.portal.document;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FileRecordRepository extends JpaRepository<FileRecord, Long> {

    List<FileRecord> findByOwnerTypeAndOwnerIdOrderByIdAsc(String ownerType, long ownerId);

    long countBySha256(String sha256);
}
