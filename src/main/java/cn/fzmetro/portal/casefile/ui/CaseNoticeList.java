package cn.fzmetro.portal.casefile.ui;

import java.util.List;

import cn.fzmetro.portal.notice.IssuedNotice;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/** The notices issued on a case, each opening its PDF to view or print. */
public class CaseNoticeList extends UnorderedList {

    public CaseNoticeList(long caseId, List<IssuedNotice> notices) {
        setId("case-notices");
        for (IssuedNotice n : notices) {
            Anchor link = new Anchor("/case-notices/" + caseId + "/" + n.id() + "?inline=true",
                    getTranslation(n.kind().titleKey()) + " " + n.issuedOn());
            link.setTarget(AnchorTarget.BLANK);
            link.setId("notice-" + n.kind().name() + "-" + n.id());
            link.addClassName("notice-" + n.kind().name());
            add(new ListItem(link));
        }
    }
}
