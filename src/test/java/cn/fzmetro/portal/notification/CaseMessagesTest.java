package cn.fzmetro.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.fzmetro.portal.area.AreaQuery;
import cn.fzmetro.portal.base.i18n.PortalI18NProvider;
import cn.fzmetro.portal.casefile.CaseEvents;
import cn.fzmetro.portal.casefile.CaseEvents.CaseAccepted;
import cn.fzmetro.portal.casefile.CaseEvents.CaseDecided;
import cn.fzmetro.portal.casefile.CaseEvents.CaseEvent;
import cn.fzmetro.portal.casefile.CaseEvents.CaseWithdrawn;
import cn.fzmetro.portal.casefile.CaseParties;
import cn.fzmetro.portal.casefile.CaseParty;
import cn.fzmetro.portal.casefile.CaseStatus;

/**
 * Every case event tells the applicant something in both languages (a new event in
 * {@link CaseEvents} fails here until it has its words), except the acceptance, whose transfer
 * follows in the same step.
 */
class CaseMessagesTest {

    private final CaseParties parties = mock(CaseParties.class);
    private final AreaQuery area = mock(AreaQuery.class);
    private final CaseMessages messages = new CaseMessages(parties, area);
    private final PortalI18NProvider i18n = new PortalI18NProvider();

    @Test
    void everyCaseEventButTheAcceptanceHasAMessageInChineseAndEnglish() throws Exception {
        when(parties.of(anyLong())).thenReturn(Optional.of(new CaseParty(7, "350104-20261129-000001",
                "有限责任公司设立登记", 42L, "张伟")));
        when(area.window(anyString())).thenReturn(Optional.empty());
        when(area.authority(anyString())).thenReturn(Optional.empty());
        List<Class<?>> events = Arrays.stream(CaseEvents.class.getDeclaredClasses())
                .filter(c -> c.isRecord() && CaseEvent.class.isAssignableFrom(c)).toList();
        assertThat(events).hasSizeGreaterThan(10);
        for (Class<?> type : events) {
            Optional<CaseMessage> message = messages.about(sample(type));
            if (type == CaseAccepted.class) {
                assertThat(message).as(type.getSimpleName()).isEmpty();
                continue;
            }
            assertThat(message).as(type.getSimpleName()).isPresent();
            assertThat(message.get().applicantId()).isEqualTo(42L);
            for (var locale : i18n.getProvidedLocales()) {
                String text = i18n.getTranslation(message.get().key(), locale, message.get().args().toArray());
                assertThat(text).as(type.getSimpleName() + " in " + locale).doesNotStartWith("!")
                        .contains("350104-20261129-000001").doesNotContain("{");
            }
        }
        String denied = messages.about(new CaseDecided(7, "350104-20261129-000001", CaseStatus.DENIED, Instant.now(),
                false)).orElseThrow().key();
        assertThat(i18n.getTranslation(denied, PortalI18NProvider.CHINESE, "N", "I")).contains("不予许可");
        assertThat(i18n.getTranslation(denied, PortalI18NProvider.ENGLISH, "N", "I")).contains("denied");
    }

    @Test
    void aCaseWithoutAnAccountOrADraftWithoutNumberTellsNobody() {
        when(parties.of(anyLong())).thenReturn(Optional.of(new CaseParty(7, "350104-20261129-000001",
                "有限责任公司设立登记", null, "张伟")));
        assertThat(messages.about(new CaseWithdrawn(7, "350104-20261129-000001", CaseStatus.WITHDRAWN, Instant.now())))
                .isEmpty();
        assertThat(messages.about(new CaseWithdrawn(7, null, CaseStatus.WITHDRAWN, Instant.now()))).isEmpty();
    }

    /** An instance of the event record with plain values of each component's type. */
    private static CaseEvent sample(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = Arrays.stream(components).map(c -> switch (c.getName()) {
            case "caseNumber" -> "350104-20261129-000001";
            default -> value(c.getType());
        }).toArray();
        Constructor<?> constructor = type.getDeclaredConstructor(types);
        return (CaseEvent) constructor.newInstance(values);
    }

    private static Object value(Class<?> type) {
        if (type == long.class) {
            return 7L;
        } else if (type == int.class) {
            return 1;
        } else if (type == boolean.class) {
            return true;
        } else if (type == Instant.class) {
            return Instant.parse("2026-11-29T02:00:00Z");
        } else if (type == LocalDate.class) {
            return LocalDate.parse("2026-11-29");
        } else if (type == CaseStatus.class) {
            return CaseStatus.RECEIVED;
        }
        return "W350104";
    }
}
