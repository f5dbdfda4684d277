package cn.fzmetro.portal.casefile.ui;

import java.util.List;

import cn.fzmetro.portal.casefile.CaseDetails;
import cn.fzmetro.portal.casefile.MaterialFile;
import cn.fzmetro.portal.catalog.ItemDocument;
import cn.fzmetro.portal.catalog.ItemDocument.Material;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The materials of a case with their files, and a viewer beside them: PDFs in a frame, images as
 * images, both streamed from {@code /files/{id}?inline=true}, which checks the reader again.
 */
public class CaseMaterialsPanel extends VerticalLayout {

    private final Div viewer = new Div();

    public CaseMaterialsPanel(CaseDetails details, ItemDocument guide) {
        setPadding(false);
        add(new H4(getTranslation("case.materials")));
        for (Material m : guide.materials()) {
            List<MaterialFile> files = details.files().stream().filter(f -> f.materialCode().equals(m.code()))
                    .toList();
            if (files.isEmpty() && !m.appliesTo(details.answers())) {
                continue;
            }
            Div material = new Div(new Span(m.code() + " " + m.name()));
            material.setId("material-" + m.code());
            if (files.isEmpty()) {
                material.add(new Span(" " + getTranslation("staff.materials.no-file")));
            }
            for (MaterialFile f : files) {
                material.add(file(f));
            }
            add(material);
        }
        viewer.setId("material-viewer");
        viewer.setWidthFull();
        add(viewer);
    }

    private Div file(MaterialFile f) {
        Anchor download = new Anchor("/files/" + f.fileId(), f.originalName());
        download.setTarget(AnchorTarget.BLANK);
        Div line = new Div(download);
        line.getStyle().set("margin-left", "1em");
        if (!f.current()) {
            line.add(new Span(" " + getTranslation("staff.materials.replaced")));
        } else if (f.addedRound() > 0) {
            line.add(new Span(" " + getTranslation("staff.materials.round", f.addedRound())));
        }
        if (f.viewableInline()) {
            Button view = new Button(getTranslation("staff.materials.view"), e -> show(f));
            view.setId("view-file-" + f.fileId());
            view.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            line.add(view);
        }
        return line;
    }

    private void show(MaterialFile f) {
        viewer.removeAll();
        String src = "/files/" + f.fileId() + "?inline=true";
        if (f.contentType().startsWith("image/")) {
            Image image = new Image(src, f.originalName());
            image.setMaxWidth("100%");
            viewer.add(image);
        } else {
            IFrame frame = new IFrame(src);
            frame.setWidthFull();
            frame.setHeight("70vh");
            frame.getElement().setAttribute("title", f.originalName());
            viewer.add(frame);
        }
    }
}
