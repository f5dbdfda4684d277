package cn.fzmetro.portal.casefile;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseNumberSequenceRepository extends JpaRepository<CaseNumberSequence, CaseNumberSequence.Key> {

    /** Locks the row (SELECT … FOR UPDATE) until the submitting transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from CaseNumberSequence s where s.key = :key")
    Optional<CaseNumberSequence> lock(@Param("key") CaseNumberSequence.Key key);
}
