package cn.fzmetro.portal.casefile.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;

/**
 * Links to a case's files ({@code /files/{id}}) and notices ({@code /case-notices/{case}/{notice}}).
 * Both are plain HTTP downloads guarded by the case's readers, so the router must leave them alone.
 */
public final class CaseLinks {

    private CaseLinks() {
    }

    public static Anchor file(long fileId, String text, boolean inline) {
        return link("files/" + fileId, text, inline);
    }

    public static Anchor notice(long caseId, long noticeId, String text, boolean inline) {
        return link("case-notices/" + caseId + "/" + noticeId, text, inline);
    }

    private static Anchor link(String path, String text, boolean inline) {
        Anchor a = new Anchor(inline ? path + "?inline=true" : path, text);
        a.setRouterIgnore(true);
        if (inline) {
            a.setTarget(AnchorTarget.BLANK);
        }
        return a;
    }
}
