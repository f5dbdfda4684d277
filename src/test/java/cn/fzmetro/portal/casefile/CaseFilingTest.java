package cn.fzmetro.portal.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.fzmetro.portal.account.AccountKind;
import cn.fzmetro.portal.account.AccountService;
import cn.fzmetro.portal.account.Registration;
import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.base.PortalUser;
import cn.fzmetro.portal.catalog.CatalogAdmin;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.catalog.Docs;
import cn.fzmetro.portal.catalog.ItemDocument;
import cn.fzmetro.portal.document.Documents;
import cn.fzmetro.portal.document.FileRefusedException;
import cn.fzmetro.portal.notice.NoticeKind;
import cn.fzmetro.portal.testsupport.Applications;
import cn.fzmetro.portal.testsupport.PortalSpringTest;
import cn.fzmetro.portal.testsupport.SignIn;
import cn.fzmetro.portal.testsupport.TestIdentities;

/**
 * The applicant's side: drafts resumed later, checked uploads per material, the version-change
 * notice, submission refused until complete, unique numbers under concurrent submissions, the
 * receipt, counter cases linked by ID number, masking, and nobody else's case or files.
 */
@PortalSpringTest
class CaseFilingTest {

    @Autowired
    CaseFiling filing;
    @Autowired
    CaseIntake intake;
    @Autowired
    Cases cases;
    @Autowired
    CatalogQuery catalog;
    @Autowired
    CatalogAdmin catalogAdmin;
    /** The portal's clock: "today" is the day in Asia/Shanghai, not the machine's (UTC) date. */
    @Autowired
    Clock clock;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    MockMvc mvc;
    @Autowired
    Documents documents;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private ItemDocument guide(String code) {
        return catalog.current(code).orElseThrow().document();
    }

    @Test
    void aDraftIsKeptAndResumedWithItsAnswersFormAndFiles() {
        SignIn.as(users, "zhangwei");
        ItemDocument guide = guide("SCJG-001");
        long id = filing.startDraft("SCJG-001");
        Map<String, String> answers = Applications.firstOptions(guide);
        Map<String, String> form = Applications.validForm(guide);
        filing.saveDraft(id, answers, form);
        filing.addFile(id, "M01", "申请书.pdf", new ByteArrayInputStream(Applications.pdf()), -1);

        SignIn.out();
        SignIn.as(users, "zhangwei"); // later, another browser: everything is in the database
        CaseDetails resumed = cases.details(id);
        assertThat(resumed.summary().status()).isEqualTo(CaseStatus.DRAFT);
        assertThat(resumed.answers()).isEqualTo(answers);
        assertThat(resumed.formValues()).isEqualTo(form);
        assertThat(resumed.files()).extracting(MaterialFile::originalName).containsExactly("申请书.pdf");
        assertThat(cases.myCases(PageRequest.of(0, 100)).getContent()).extracting(CaseSummary::id).contains(id);
    }

    @Test
    void invalidFormValuesAreRefusedNamingTheFieldAndNothingIsSaved() {
        SignIn.as(users, "zhangwei");
        ItemDocument guide = guide("SCJG-001");
        ItemDocument.FormField number = guide.formFields().stream().filter(f -> f.type().equals("NUMBER")).findFirst()
                .orElseThrow();
        long id = filing.startDraft("SCJG-001");
        assertThatThrownBy(() -> filing.saveDraft(id, Map.of(), Map.of(number.key(), "一百万")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems().get(0).messageKey()).isEqualTo("case.error.field-number");
                    assertThat(e.problems().get(0).args()).containsExactly(number.label());
                });
        assertThat(cases.details(id).formValues()).isEmpty();
    }

    @Test
    void submissionIsRefusedWithEverythingMissingUntilTheDraftIsComplete() {
        SignIn.as(users, "zhangwei");
        long id = filing.startDraft("SCJG-001");
        assertThatThrownBy(() -> filing.submit(id, UUID.randomUUID().toString(), true, false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .contains("case.error.situation-unanswered", "case.error.field-required",
                                "case.error.material-missing", "case.error.not-routed"));
        long complete = new Applications(filing, catalog).completeDraft("SCJG-001", "W350104", "350102");
        assertThatThrownBy(() -> filing.submit(complete, UUID.randomUUID().toString(), false, false))
                .as("the declaration is required").isInstanceOf(InvalidInputException.class);
        assertThat(cases.get(complete).status()).isEqualTo(CaseStatus.DRAFT);
        CaseSummary submitted = filing.submit(complete, UUID.randomUUID().toString(), true, false);
        assertThat(submitted.caseNumber()).startsWith("350104-");
        assertThat(cases.details(complete).notices()).extracting(n -> n.kind()).containsExactly(NoticeKind.RECEIPT);
    }

    @Test
    void aProgramRenamedToPdfIsRefusedWithTheFileNamedAndNothingIsLinked() {
        SignIn.as(users, "zhangwei");
        long id = filing.startDraft("SCJG-001");
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertThatThrownBy(() -> filing.addFile(id, "M01", "申请书.pdf", new ByteArrayInputStream(exe), exe.length))
                .isInstanceOfSatisfying(FileRefusedException.class,
                        e -> assertThat(e.getMessage()).contains("申请书.pdf"));
        assertThat(cases.details(id).files()).isEmpty();
    }

    @Test
    void aFileStillArrivingWhenTheCaseIsSubmittedIsRefusedAndLeavesNoRecord() {
        SignIn.as(users, "zhangwei");
        long id = new Applications(filing, catalog).completeDraft("SCJG-001", "W350104", "350102");
        int filesBefore = cases.details(id).files().size();
        int recordsBefore = documents.list(CaseDocumentsPolicy.OWNER_TYPE, id).size();
        byte[] pdf = Applications.pdf();
        // the upload passes the first check on the draft; while its bytes arrive the case is submitted
        InputStream arriving = new ByteArrayInputStream(pdf) {
            private boolean submitted;

            @Override
            public synchronized int read(byte[] b, int off, int len) {
                if (!submitted) {
                    submitted = true;
                    filing.submit(id, UUID.randomUUID().toString(), true, false);
                }
                return super.read(b, off, len);
            }
        };
        assertThatThrownBy(() -> filing.addFile(id, "M01", "补充.pdf", arriving, pdf.length))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("case.error.material-locked"));
        assertThat(cases.get(id).status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(cases.details(id).files()).hasSize(filesBefore);
        assertThat(documents.list(CaseDocumentsPolicy.OWNER_TYPE, id)).hasSize(recordsBefore);
    }

    @Test
    void anApplicantIsToldWhatChangedWhenTheItemWasRepublishedBeforeSubmitting() {
        SignIn.as(users, "zhangwei");
        long id = new Applications(filing, catalog).completeDraft("WL-004", "W350104", "350102");
        assertThat(filing.catalogChanges(id)).isEmpty();

        SignIn.as(users, "admin");
        ItemDocument doc = catalogAdmin.startDraft("WL-004").document();
        catalogAdmin.saveDraft("WL-004", Docs.withIntake(doc, doc.materials().get(0).code(), 0, "（修订）须核对原件。"),
                catalogAdmin.draft("WL-004").orElseThrow().lockVersion());
        catalogAdmin.publish("WL-004", LocalDate.now(clock));

        SignIn.as(users, "zhangwei");
        assertThat(filing.catalogChanges(id)).isNotEmpty()
                .anySatisfy(change -> assertThat(change.after()).contains("（修订）须核对原件。"));
        assertThatThrownBy(() -> filing.submit(id, UUID.randomUUID().toString(), true, false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("case.error.catalog-changed"));
        filing.adoptCurrentVersion(id);
        assertThat(filing.catalogChanges(id)).isEmpty();
        assertThat(filing.submit(id, UUID.randomUUID().toString(), true, false).status())
                .isEqualTo(CaseStatus.RECEIVED);
    }

    @Test
    void concurrentSubmissionsAtOneWindowGetDistinctNumbersAndTheSameKeyTwiceIsOneCase() throws Exception {
        SignIn.as(users, "zhangwei");
        Applications applications = new Applications(filing, catalog);
        List<Long> drafts = List.of(applications.completeDraft("SCJG-001", "W350104", "350102"),
                applications.completeDraft("SCJG-001", "W350104", "350102"),
                applications.completeDraft("SCJG-001", "W350104", "350102"));
        PortalUser applicant = (PortalUser) users.loadUserByUsername("zhangwei");
        String sharedKey = UUID.randomUUID().toString();
        List<Callable<String>> submissions = new java.util.ArrayList<>();
        for (long draft : drafts) {
            submissions.add(() -> SignIn.call(applicant,
                    () -> filing.submit(draft, UUID.randomUUID().toString(), true, false).caseNumber()));
        }
        // a double click: the same draft and key twice at once
        submissions.add(() -> SignIn.call(applicant,
                () -> filing.submit(drafts.get(0), sharedKey, true, false).caseNumber()));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Set<String> numbers = new HashSet<>();
        try {
            for (Future<String> f : pool.invokeAll(submissions)) {
                try {
                    numbers.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    // the double click lost the race on the draft: told, not a second case
                    assertThat(e.getCause()).isInstanceOfAny(CaseConflictException.class, CaseStateException.class);
                }
            }
        } finally {
            pool.shutdown();
        }
        assertThat(numbers).hasSizeBetween(3, 4).allMatch(n -> n.startsWith("350104-"));
        long distinctCases = drafts.stream().map(d -> cases.get(d).caseNumber()).distinct().count();
        assertThat(distinctCases).isEqualTo(3);
    }

    @Test
    void aCounterCaseAppearsInTheAccountOfWhoeverRegistersWithItsIdNumber() {
        String idNumber = TestIdentities.residentId();
        SignIn.as(users, "clerk.cangshan");
        long id = intake.startCounterCase("SCJG-001", "林小平", idNumber, "身份证读卡器核验", "350102");
        assertThat(cases.details(id).particulars().applicantIdNumber()).as("staff handling it see it in full")
                .isEqualTo(idNumber);

        SignIn.out();
        String username = TestIdentities.username("lin");
        accounts.register(new Registration(AccountKind.NATURAL_PERSON, username, "Passw0rd2026", "林小平", idNumber, null,
                "13800000001", "lin@example.cn"));
        SignIn.as(users, username);
        assertThat(cases.myCases(PageRequest.of(0, 10)).getContent()).extracting(CaseSummary::id).containsExactly(id);
        SignIn.as(users, "admin");
        assertThat(cases.details(id).particulars().applicantIdNumber()).as("masked for anyone else")
                .isNotEqualTo(idNumber).contains("*").startsWith(idNumber.substring(0, 4));
    }

    @Test
    void anotherApplicantCannotOpenTheCaseItsFilesOrNoticesAlsoByDirectUrl() throws Exception {
        SignIn.as(users, "zhangwei");
        CaseSummary mine = new Applications(filing, catalog).submitted("SCJG-001", "W350104", "350102");
        CaseDetails details = cases.details(mine.id());
        long fileId = details.files().get(0).fileId();
        long noticeId = details.notices().get(0).id();
        PortalUser owner = (PortalUser) users.loadUserByUsername("zhangwei");
        PortalUser other = (PortalUser) users.loadUserByUsername("minjiang");

        mvc.perform(get("/files/" + fileId).with(user(owner))).andExpect(status().isOk());
        mvc.perform(get("/case-notices/" + mine.id() + "/" + noticeId).with(user(owner)))
                .andExpect(status().isOk());
        mvc.perform(get("/files/" + fileId).with(user(other))).andExpect(status().isNotFound());
        mvc.perform(get("/case-notices/" + mine.id() + "/" + noticeId).with(user(other)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/case-notices/" + mine.id() + "/" + noticeId)).andExpect(status().is3xxRedirection());

        SignIn.as(users, "minjiang");
        assertThatThrownBy(() -> cases.details(mine.id())).isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> filing.addFile(mine.id(), "M01", "x.pdf",
                new ByteArrayInputStream(Applications.pdf()), -1)).isInstanceOf(CaseNotFoundException.class);
    }

}
