package cn.fzmetro.portal.notice;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a rendered notice, already kept in the file store, and announces it, in one transaction
 * (the caller's, if it has one).
 */
@Component
class NoticeRegistry {

    private final NoticeRecordRepository records;
    private final ApplicationEventPublisher events;

    NoticeRegistry(NoticeRecordRepository records, ApplicationEventPublisher events) {
        this.records = records;
        this.events = events;
    }

    @Transactional
    IssuedNotice register(String token, NoticeContent content, String sha256, int pdfSize, Instant createdAt) {
        NoticeRecord saved = records.save(new NoticeRecord(token, content.kind(), content.caseNumber(), sha256,
                content.issuedOn(), content.issuedBy(), createdAt, pdfSize));
        IssuedNotice issued = saved.issued();
        events.publishEvent(new NoticeIssued(issued.id(), issued.token(), issued.kind(), issued.caseNumber(),
                issued.issuedOn()));
        return issued;
    }
}
