package cn.fzmetro.portal.testsupport;

import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.fzmetro.portal.casefile.CaseFiling;
import cn.fzmetro.portal.casefile.CaseIntake;
import cn.fzmetro.portal.casefile.CaseReview;
import cn.fzmetro.portal.casefile.CaseSummary;
import cn.fzmetro.portal.casefile.Cases;
import cn.fzmetro.portal.casefile.ChecklistStage;
import cn.fzmetro.portal.casefile.DeliveryMethod;
import cn.fzmetro.portal.catalog.CatalogQuery;

/**
 * Cases driven through the services by the demo staff: 有限责任公司设立登记 (SCJG-001) handed in at
 * the 仓山 window for 鼓楼区, decided by the 鼓楼 market regulator, every checklist line passed.
 * Each method leaves the last actor signed in.
 */
public final class TestCases {

    private TestCases() {
    }

    /** A complete application, submitted by {@code applicant}. */
    public static CaseSummary submitted(ApplicationContext context, String applicant) {
        SignIn.as(context.getBean(UserDetailsService.class), applicant);
        CaseFiling filing = context.getBean(CaseFiling.class);
        long id = new Applications(filing, context.getBean(CatalogQuery.class))
                .completeDraft("SCJG-001", "W350104", "350102");
        return filing.submit(id, UUID.randomUUID().toString(), true, false);
    }

    /** 陈静 of the 仓山 window accepts the case, which transfers it to the 鼓楼 market regulator. */
    public static CaseSummary accepted(ApplicationContext context, CaseSummary submitted) {
        SignIn.as(context.getBean(UserDetailsService.class), "clerk.cangshan");
        conformAll(context, submitted.id(), ChecklistStage.INTAKE);
        return context.getBean(CaseIntake.class).accept(submitted.id(), version(context, submitted.id()), null);
    }

    public static CaseSummary transferred(ApplicationContext context, String applicant) {
        return accepted(context, submitted(context, applicant));
    }

    /** Transferred, then signed for, approved and closed by 王强 of the 鼓楼 market regulator. */
    public static CaseSummary closed(ApplicationContext context, String applicant) {
        long id = transferred(context, applicant).id();
        SignIn.as(context.getBean(UserDetailsService.class), "officer.gulou");
        CaseReview review = context.getBean(CaseReview.class);
        review.signFor(id, version(context, id));
        conformAll(context, id, ChecklistStage.REVIEW);
        review.decide(id, version(context, id), true, "申请材料齐全，符合法定形式，准予登记");
        return review.close(id, version(context, id), DeliveryMethod.WINDOW, null);
    }

    private static void conformAll(ApplicationContext context, long caseId, ChecklistStage stage) {
        Applications.conformAll(context.getBean(Cases.class), context.getBean(CaseIntake.class),
                context.getBean(CaseReview.class), caseId, stage);
    }

    private static int version(ApplicationContext context, long caseId) {
        return context.getBean(Cases.class).get(caseId).version();
    }
}
