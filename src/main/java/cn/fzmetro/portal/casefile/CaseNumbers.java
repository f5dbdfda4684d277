package cn.fzmetro.portal.casefile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mints case numbers {@code <intake region>-<yyyyMMdd>-<6-digit sequence>}. The sequence row of
 * a region and day is locked in the database, so numbers stay unique with several application
 * nodes on one database; the first number of a day creates the row (in a transaction of its
 * own), and a node that loses that race simply locks the row the other created.
 */
@Component
class CaseNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final CaseNumberSequenceRepository sequences;
    private final TransactionTemplate newTransaction;

    CaseNumbers(CaseNumberSequenceRepository sequences, TransactionTemplate transactionTemplate) {
        this.sequences = sequences;
        this.newTransaction = new TransactionTemplate(transactionTemplate.getTransactionManager());
        this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The next number. Call inside the submitting transaction: the row stays locked until it
     * ends (and the pessimistic lock refuses to run without one).
     */
    String mint(String regionCode, LocalDate day) {
        CaseNumberSequence.Key key = new CaseNumberSequence.Key(regionCode, day);
        // Create the day's row first, in its own transaction: a locking read of a missing row
        // would take a gap lock (InnoDB) that the insert would then wait on.
        if (!sequences.existsById(key)) {
            createRow(key);
        }
        CaseNumberSequence sequence = sequences.lock(regionCode, day).orElseThrow();
        return format(regionCode, day, sequence.next());
    }

    static String format(String regionCode, LocalDate day, int sequence) {
        return regionCode + "-" + DAY.format(day) + "-" + String.format("%06d", sequence);
    }

    private void createRow(CaseNumberSequence.Key key) {
        try {
            newTransaction.executeWithoutResult(s -> sequences.saveAndFlush(new CaseNumberSequence(key)));
        } catch (DataIntegrityViolationException alreadyCreatedByAnotherNode) {
            // the other node's row is there now; locking it below is all we need
        }
    }
}
