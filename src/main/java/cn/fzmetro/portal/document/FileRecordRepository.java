package cn.fzmetro.portal.document;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FileRecordRepository extends JpaRepository<FileRecord, Long> {

    @Query("select coalesce(sum(f.sizeBytes), 0) from FileRecord f where f.ownerType = ?1 and f.ownerId = ?2")
    long totalBytes(String ownerType, long ownerId);

    List<FileRecord> findByOwnerTypeAndOwnerIdOrderByIdAsc(String ownerType, long ownerId);

    long countBySha256(String sha256);
}
