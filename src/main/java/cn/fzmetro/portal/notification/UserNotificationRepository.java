package cn.fzmetro.portal.notification;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface UserNotificationRepository extends Repository<UserNotification, Long> {

    UserNotification save(UserNotification notification);

    /** Newest first, on the index (user_id, created_at). */
    Page<UserNotification> findByUserIdOrderByCreatedAtDescIdDesc(long userId, Pageable page);

    long countByUserIdAndReadAtIsNull(long userId);

    @Modifying
    @Query("update UserNotification n set n.readAt = :at where n.id = :id and n.userId = :userId and n.readAt is null")
    int markRead(@Param("id") long id, @Param("userId") long userId, @Param("at") Instant at);

    @Modifying
    @Query("update UserNotification n set n.readAt = :at where n.userId = :userId and n.readAt is null")
    int markAllRead(@Param("userId") long userId, @Param("at") Instant at);
}
