package cn.fzmetro.portal.casefile.ui;

import java.util.function.Consumer;

import cn.fzmetro.portal.base.InvalidInputException;
import cn.fzmetro.portal.casefile.CaseFiling;
import cn.fzmetro.portal.document.FileRefusedException;
import cn.fzmetro.portal.document.UploadLimits;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The applicant's upload for one material of a case: drag and drop, several files, the browser's
 * progress bar. Each file is streamed straight into {@link CaseFiling#addFile}, which checks its
 * bytes and stores it, so nothing is held in memory or in the session. {@code done} then receives
 * the refusal in the reader's language, or null when the file was taken.
 */
public class MaterialUpload extends Upload {

    public MaterialUpload(CaseFiling filing, long caseId, String materialCode, UploadLimits limits,
            Consumer<String> done) {
        setUploadHandler(handler(filing, caseId, materialCode, done));
        setId("upload-" + materialCode);
        setMaxFileSize((int) limits.maxFileBytes());
        setAcceptedFileTypes(UploadLimits.ACCEPTED_TYPES.toArray(String[]::new));
        // the case's own file list shows what was taken; the component's list only the progress
        addAllFinishedListener(e -> clearFileList());
        addFileRejectedListener(e -> done.accept(getTranslation("case.upload.rejected", e.getFileName())));
    }

    private UploadHandler handler(CaseFiling filing, long caseId, String materialCode, Consumer<String> done) {
        return event -> {
            String refusal = null;
            try {
                filing.addFile(caseId, materialCode, event.getFileName(), event.getInputStream(),
                        event.getFileSize());
            } catch (FileRefusedException e) {
                refusal = e.message(event.getUI().getLocale());
            } catch (InvalidInputException e) {
                refusal = String.join(getTranslation("case.upload.separator"), e.problems().stream()
                        .map(p -> getTranslation(p.messageKey(), p.args())).toList());
            }
            String shown = refusal;
            event.getUI().access(() -> done.accept(shown));
        };
    }
}
