package cn.fzmetro.portal.intake.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.catalog.CatalogQuery;
import cn.fzmetro.portal.catalog.ItemDocument;
import cn.fzmetro.portal.catalog.ItemDocument.Material;
import cn.fzmetro.portal.catalog.PublishedItem;
import cn.fzmetro.portal.testsupport.Applications;
import cn.fzmetro.portal.testsupport.KaribuViewTest;
import cn.fzmetro.portal.testsupport.TestIdentities;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

/** A walk-in applicant's case is filed, scanned in and received at the counter. */
class CounterKaribuTest extends KaribuViewTest {

    @Autowired
    CatalogQuery catalog;
    @Autowired
    AreaQuery area;

    @Test
    @SuppressWarnings("unchecked")
    void theClerkFilesAWalkInCaseAndReceivesIt() {
        signIn("clerk.cangshan");
        UI.getCurrent().navigate("window/counter");
        PublishedItem item = catalog.current("SCJG-001").orElseThrow();
        _setValue(_get(ComboBox.class, spec -> spec.withId("counter-item")), item.item());
        _setValue(_get(TextField.class, spec -> spec.withId("counter-applicant-name")), "林晓");
        _setValue(_get(TextField.class, spec -> spec.withId("counter-applicant-id")), TestIdentities.residentId());
        _setValue(_get(Select.class, spec -> spec.withId("counter-identity-method")), "intake.identity.card-reader");
        _setValue(_get(ComboBox.class, spec -> spec.withId("counter-region")), area.region("350102").orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("counter-start")));

        ItemDocument guide = item.document();
        Map<String, String> answers = Applications.firstOptions(guide);
        answers.forEach((code, option) -> _setValue(field("counter-situation-" + code), option));
        Applications.validForm(guide).forEach((key, value) -> _setValue(field("counter-field-" + key), value));
        _click(_get(Button.class, spec -> spec.withId("counter-save")));
        for (Material m : guide.materials()) {
            if (m.appliesTo(answers) && !"DATA_SHARING".equals(m.source())) {
                UploadKt._upload(_get(Upload.class, spec -> spec.withId("counter-upload-" + m.code())),
                        m.code() + ".pdf", "application/pdf", Applications.pdf());
                MockVaadin.clientRoundtrip(false);
            }
        }
        assertThat(_find(Div.class, spec -> spec.withId("case-message"))).as("no refusal shown").isEmpty();

        _setValue(_get(Checkbox.class, spec -> spec.withId("counter-declaration")), true);
        _click(_get(Button.class, spec -> spec.withId("counter-receive")));
        assertThat(_get(Span.class, spec -> spec.withId("counter-case-number")).getText()).startsWith("350104-");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("notice-RECEIPT"))).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private static HasValue<?, String> field(String id) {
        return (HasValue<?, String>) _get(Component.class, spec -> spec.withId(id));
    }
}
