package cn.fzmetro.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IdentityNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"350104199003071237", "350302198511120027", "350102198808084417", "11010519491231002X"})
    void acceptsResidentIdsWithTheirCheckCharacter(String id) {
        assertThat(IdentityNumbers.isValidResidentId(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"350104199003071238", "35010419900307123", "3501041990030712377", "350104199002301237",
            "35010419900307123x", "ABCDEFGHIJKLMNOPQR", ""})
    void refusesWrongCheckCharacterLengthOrBirthDate(String id) {
        assertThat(IdentityNumbers.isValidResidentId(id)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350104MA2Y8K7Q6J", "91350100MA34ABCD13", "91110000600001760P"})
    void acceptsCreditCodesWithTheirCheckCharacter(String code) {
        assertThat(IdentityNumbers.isValidCreditCode(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350104MA2Y8K7Q6K", "91350104MA2Y8K7Q6", "91350104MA2Y8K7QIJ", "91350104ma2y8k7q6j"})
    void refusesWrongCreditCodes(String code) {
        assertThat(IdentityNumbers.isValidCreditCode(code)).isFalse();
    }

    @Test
    void masksAllButTheFirstAndLastFour() {
        assertThat(IdentityNumbers.mask("350104199003071237")).isEqualTo("3501**********1237");
    }
}
