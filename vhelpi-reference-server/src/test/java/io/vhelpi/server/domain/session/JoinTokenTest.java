package io.vhelpi.server.domain.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinTokenTest {

    @Test
    void tokensAreTwentyFourLettersAndDigits() {
        for (int i = 0; i < 1_000; i++) {
            assertThat(JoinToken.generate().value()).matches("[A-Za-z0-9]{24}");
        }
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(JoinToken.generate().value());
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void theHashIsTheSha256OfTheTokenInHex() {
        assertThat(new JoinToken("abc").hash())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void onlyWellFormedTokensAreLookedUp() {
        assertThat(JoinToken.isWellFormed("qaH4Izn7raljK9nDjgRREUiy")).isTrue();
        assertThat(JoinToken.isWellFormed("qaH4Izn7raljK9nDjgRREUi")).isFalse();
        assertThat(JoinToken.isWellFormed("qaH4Izn7raljK9nDjgRREUi-")).isFalse();
        assertThat(JoinToken.isWellFormed("qaH4Izn7raljK9nDjgRREUiyy")).isFalse();
        assertThat(JoinToken.isWellFormed(null)).isFalse();
    }

    @Test
    void toStringShowsOnlyTheFirstFourCharacters() {
        assertThat(new JoinToken("qaH4Izn7raljK9nDjgRREUiy").toString())
                .isEqualTo("JoinToken[qaH4…]");
    }
}
