package cn.fzmetro.portal.perf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The replay's scripts: every copy must write rows of its own, and "writes only" must keep every write. */
class SubmissionReplayTest {

    private static final String EVENT = "'5bd806e1-cfb9-4897-a4b9-d83f1edf5c67'";

    // the writes as every copy sends them
    private static final String DRAFT = "insert into case_file (case_number,version) values (null,0)";
    private static final String NEW_CASE = "SET @c = LAST_INSERT_ID()";
    private static final String UPLOAD = "insert into stored_file (owner_id,size_bytes) values (@c,594)";
    private static final String NEW_FILE = "SET @f = LAST_INSERT_ID()";
    private static final String LINK = "insert into case_material_file (case_id,file_id,size_bytes) values (@c,@f,594)";
    private static final String SUBMIT = "update case_file set case_number=CONCAT('R-', @c),"
            + "submission_key=CONCAT('K-', @c),version=1 where id=@c and version=0";
    private static final String NEXT_NUMBER =
            "update case_number_sequence set last_value=last_value+1 where region_code='350104'";
    private static final String NEW_EVENT = "SET @e = UUID()";
    private static final String PUBLISH = "INSERT INTO EVENT_PUBLICATION (ID, SERIALIZED_EVENT) VALUES (@e, '{\"caseId\":@c}')";
    private static final String RECEIPT =
            "insert into issued_notice (case_number,token) values (CONCAT('R-', @c),CONCAT('T-', @c))";
    private static final String COMPLETE = "UPDATE EVENT_PUBLICATION SET STATUS = 'COMPLETED' WHERE ID = @e";

    private final SubmissionReplay.Captured captured = new SubmissionReplay.Captured(1001444,
            "350104-20261207-001495", "60cf03b9-5240-4220-9806-dac44debf5c9", "QUZE0StlY51qEGrNcpmCjBnb",
            List.of(6720468L), List.of(
                    "SET autocommit=0",
                    "select ci1_0.code from catalog_item ci1_0 where ci1_0.code='SCJG-001'",
                    "COMMIT",
                    "SET autocommit=1",
                    "SET autocommit=0",
                    "insert into case_file (case_number,version) values (null,0)",
                    "COMMIT",
                    "SET autocommit=1",
                    "SET autocommit=0",
                    "SELECT COALESCE(SUM(size_bytes), 0) FROM stored_file WHERE owner_id = 1001444",
                    "insert into stored_file (owner_id,size_bytes) values (1001444,594)",
                    "insert into case_material_file (case_id,file_id,size_bytes) values (1001444,6720468,594)",
                    "COMMIT",
                    "SET autocommit=1",
                    "SET autocommit=0",
                    "select cf1_0.id from case_file cf1_0 where cf1_0.submission_key='60cf03b9-5240-4220-9806-dac44debf5c9'",
                    "update case_file set case_number='350104-20261207-001495',"
                            + "submission_key='60cf03b9-5240-4220-9806-dac44debf5c9',version=1 where id=1001444 and version=0",
                    "update case_number_sequence set last_value=1495 where region_code='350104'",
                    "INSERT INTO EVENT_PUBLICATION (ID, SERIALIZED_EVENT) VALUES (" + EVENT + ", '{\"caseId\":1001444}')",
                    "insert into issued_notice (case_number,token) values ('350104-20261207-001495','QUZE0StlY51qEGrNcpmCjBnb')",
                    "COMMIT",
                    "SET autocommit=1",
                    "UPDATE EVENT_PUBLICATION SET STATUS = 'COMPLETED' WHERE ID = " + EVENT));

    @Test
    void everyCopyGetsKeysOfItsOwnMadeFromItsNewCase() {
        List<String> script = SubmissionReplay.script(captured, false);

        assertThat(script).containsSubsequence(DRAFT, NEW_CASE,
                "SELECT COALESCE(SUM(size_bytes), 0) FROM stored_file WHERE owner_id = @c", UPLOAD, NEW_FILE, LINK,
                "select cf1_0.id from case_file cf1_0 where cf1_0.submission_key=CONCAT('K-', @c)", SUBMIT,
                NEXT_NUMBER, NEW_EVENT, PUBLISH, RECEIPT, COMPLETE);
        assertThat(String.join("\n", script)).doesNotContain("1001444", "6720468", "1495", "350104-20261207",
                "60cf03b9", "QUZE0St", "5bd806e1");
        assertThat(script).contains("select ci1_0.code from catalog_item ci1_0 where ci1_0.code='SCJG-001'",
                "SET autocommit=0", "SET autocommit=1");
    }

    @Test
    void writesOnlyKeepsEveryWriteInItsTransactionAndDropsReadsAndReadOnlyTransactions() {
        List<String> script = SubmissionReplay.script(captured, true);

        assertThat(script).containsExactly(
                "START TRANSACTION", DRAFT, NEW_CASE, "COMMIT",
                "START TRANSACTION", UPLOAD, NEW_FILE, LINK, "COMMIT",
                "START TRANSACTION", SUBMIT, NEXT_NUMBER, NEW_EVENT, PUBLISH, RECEIPT, "COMMIT",
                COMPLETE);
    }
}
