package cn.fzmetro.portal.notice.ui;

import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;

import cn.fzmetro.portal.notice.FingerprintCheck;
import cn.fzmetro.portal.notice.Notices;
import cn.fzmetro.portal.notice.VerifiableNotice;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The public page behind the QR code of every notice: whether a notice with this token was
 * issued, what kind, for which case, by whom and when, and its fingerprint; and a check of a PDF
 * the visitor holds against that fingerprint. Shows no personal data: the visitor may be anyone
 * who saw the notice.
 */
@Route("verify/:token")
@AnonymousAllowed
class VerifyNoticeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Notices are tens of kilobytes; anything above this cannot be one. */
    static final int MAX_UPLOAD = 5 * 1024 * 1024;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final transient Notices notices;
    private final Paragraph result = new Paragraph();
    private String token = "";

    VerifyNoticeView(Notices notices) {
        this.notices = notices;
        addClassName("portal-narrow");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notice.verify.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        H2 title = new H2(getTranslation("notice.verify.title"));
        title.setId("verify-title");
        add(title, new Paragraph(getTranslation("notice.verify.intro")));
        notices.findByToken(token).ifPresentOrElse(this::showNotice, this::showUnknown);
    }

    private void showUnknown() {
        Paragraph unknown = new Paragraph(getTranslation("notice.verify.unknown"));
        unknown.setId("verify-unknown");
        unknown.getStyle().set("color", "var(--lumo-error-text-color)");
        add(unknown);
    }

    private void showNotice(VerifiableNotice notice) {
        Paragraph found = new Paragraph(VaadinIcon.CHECK_CIRCLE.create(),
                new Span(" " + getTranslation("notice.verify.found")));
        found.setId("verify-found");
        found.getStyle().set("color", "var(--lumo-success-text-color)").set("font-weight", "600");
        add(found);
        Div facts = new Div(
                fact("verify-kind", "notice.verify.kind", getTranslation(notice.kind().titleKey())),
                fact("verify-case-number", "notice.verify.case-number", notice.caseNumber()),
                fact("verify-issued-by", "notice.verify.issued-by", notice.issuedBy()),
                fact("verify-issued-on", "notice.verify.issued-on", DATE.format(notice.issuedOn())),
                fact("verify-sha256", "notice.verify.sha256", notice.sha256()));
        facts.getStyle().set("display", "grid").set("grid-template-columns", "max-content 1fr")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-m)");
        Paragraph privacy = new Paragraph(getTranslation("notice.verify.privacy"));
        privacy.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        // the case's status page; signing in decides whether the visitor may see it
        Anchor track = new Anchor("track/" + notice.caseNumber(), getTranslation("notice.verify.track"));
        track.setId("verify-track");
        add(facts, privacy, track, new H3(getTranslation("notice.verify.upload.title")),
                new Paragraph(getTranslation("notice.verify.upload.hint")), upload());
        result.setId("verify-result");
        result.getStyle().set("font-weight", "600");
        add(result);
    }

    private Div fact(String id, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span text = new Span(value);
        text.setId(id);
        text.getStyle().set("overflow-wrap", "anywhere");
        Div row = new Div(label, text);
        row.getStyle().set("display", "contents");
        return row;
    }

    private Upload upload() {
        String tooBig = getTranslation("notice.verify.upload.too-big");
        Upload upload = new Upload(new PdfCheck(tooBig));
        upload.setId("verify-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD);
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setUploadButton(new Button(getTranslation("notice.verify.upload.button"), VaadinIcon.UPLOAD.create()));
        upload.setDropLabel(new Span(getTranslation("notice.verify.upload.drop")));
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error().setFileIsTooBig(tooBig)
                .setIncorrectFileType(getTranslation("notice.verify.upload.wrong-type"))));
        upload.addFileRejectedListener(e -> show(e.getErrorMessage(), false));
        return upload;
    }

    private void showCheck(byte[] pdf) {
        FingerprintCheck check = notices.checkFingerprint(token, pdf);
        String verdict = getTranslation(check.genuine() ? "notice.verify.genuine" : "notice.verify.not-genuine");
        show(verdict + " " + getTranslation("notice.verify.uploaded-sha256", check.uploadedSha256()), check.genuine());
    }

    private void show(String text, boolean good) {
        result.setText(text);
        result.getElement().setAttribute("data-genuine", String.valueOf(good));
        result.getStyle().set("color", good ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
    }

    /**
     * Reads the upload into memory, at most {@link #MAX_UPLOAD} bytes (the server refuses more, and
     * so does this reader if a client ignores the limit), then checks it in the UI.
     */
    private final class PdfCheck implements UploadHandler {

        private final String tooBig;

        PdfCheck(String tooBig) {
            this.tooBig = tooBig;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(MAX_UPLOAD + 1);
            }
            UI ui = event.getUI();
            if (bytes.length > MAX_UPLOAD) {
                event.reject(tooBig);
                ui.access(() -> show(tooBig, false));
                return;
            }
            ui.access(() -> showCheck(bytes));
        }

        @Override
        public long getFileSizeMax() {
            return MAX_UPLOAD;
        }
    }
}
