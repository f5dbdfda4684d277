package cn.fzmetro.portal.notice;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Lists and look-ups select the metadata only; the PDF bytes live in the file store. */
interface NoticeRecordRepository extends JpaRepository<NoticeRecord, Long> {

    @Query("""
            select new cn.fzmetro.portal.notice.IssuedNotice(n.id, n.token, n.kind, n.caseNumber, n.sha256, n.issuedOn)
            from NoticeRecord n where n.caseNumber = :caseNumber order by n.createdAt, n.id
            """)
    List<IssuedNotice> findIssuedByCaseNumber(@Param("caseNumber") String caseNumber);

    @Query("""
            select new cn.fzmetro.portal.notice.VerifiableNotice(n.token, n.kind, n.caseNumber, n.issuedBy, n.issuedOn,
                n.sha256)
            from NoticeRecord n where n.token = :token
            """)
    Optional<VerifiableNotice> findVerifiableByToken(@Param("token") String token);
}
