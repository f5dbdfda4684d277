package cn.fzmetro.portal.rating;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseRatingRepository extends JpaRepository<CaseRating, Long> {

    Optional<CaseRating> findByCaseId(long caseId);

    boolean existsByCaseId(long caseId);

    /** Newest first; a {@code null} filter (level, state, window) matches every rating. */
    @Query("""
            select r from CaseRating r
            where (:level is null or r.level = :level) and (:state is null or r.followUpState = :state)
              and (:window is null or r.assignedWindowCode = :window)
            order by r.ratedAt desc, r.id desc
            """)
    Page<CaseRating> search(@Param("level") SatisfactionLevel level, @Param("state") FollowUpState state,
            @Param("window") String window, Pageable page);
}
