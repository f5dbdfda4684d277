package cn.fzmetro.portal.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.fzmetro.portal.testsupport.KaribuViewTest;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;

/** An unexpected failure of a step is shown to the user with an incident number, not swallowed. */
class UnexpectedErrorNoticeKaribuTest extends KaribuViewTest {

    @Test
    void anUnexpectedErrorTellsTheUserTheStepWasNotDone() {
        VaadinSession.getCurrent().getErrorHandler()
                .error(new ErrorEvent(new IllegalStateException("Timeout trying to lock table")));

        Notification notice = _get(Notification.class, spec -> spec.withId("unexpected-error"));
        assertThat(notice.isOpened()).isTrue();
        assertThat(notice.getElement().getProperty("text")).contains("操作未完成").containsPattern("事件编号 [0-9a-f]{8}");
    }
}
