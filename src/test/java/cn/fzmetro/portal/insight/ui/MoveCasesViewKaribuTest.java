package cn.fzmetro.portal.insight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.fzmetro.portal.testsupport.KaribuViewTest;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;

/** The move screen names the missing choice in Chinese and is for administrators only. */
class MoveCasesViewKaribuTest extends KaribuViewTest {

    @Test
    void movingWithoutChoosingIsRefusedWithAMessage() {
        signIn("admin");
        UI.getCurrent().navigate("admin/move-cases");
        _click(_get(Button.class, spec -> spec.withId("move-window-cases")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("move-result")).getText())
                .isEqualTo("原窗口或审批机关：请选择要转出办件的窗口或审批机关");
    }

    @Test
    void aClerkIsRefused() {
        signIn("clerk.cangshan");
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/move-cases"))
                .isInstanceOf(MockAccessDeniedException.class);
    }
}
